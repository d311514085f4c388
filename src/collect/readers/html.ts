/**
 * HTML → resume text lines, keeping the block structure a browser would show: each heading,
 * paragraph, list item, table row and `<br>` starts a line; list items get "• " (ordered lists
 * "1. "); table cells are separated by a tab; links keep their text (and the address when the
 * text does not show it, see `linkText`). Also used for DOCX, which mammoth turns into HTML.
 *
 * Nothing is fetched: scripts, styles, the head, templates, SVG and comments are dropped unread,
 * images and embedded objects leave no text. Whitespace collapses as in a browser, except inside
 * `<pre>`. A small tag scanner, not a full HTML5 parser: unclosed `<p>`/`<li>` work because a
 * line break is all they produce.
 * Leaves out: CSS (`display:none` text is kept), the page title, form field values.
 */
import { decodeHtmlEntities } from "../clean-text";
import { linkText } from "./resume-lines";

const DROPPED =
  /<(script|style|head|template|svg|noscript|object|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/gi;
const BLOCK = new Set(
  "address article aside blockquote caption center dd details dialog dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol p pre section summary table tbody td tfoot th thead title tr ul".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`, "i").exec(attributes);
  return match ? decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? "") : null;
}

/** Converts an HTML document or fragment to text lines. */
export function htmlToText(html: string): string {
  const source = html.replace(DROPPED, " ");
  let out = "";
  let pre = 0;
  const lists: { ordered: boolean; next: number }[] = [];
  const links: { start: number; href: string | null }[] = [];
  let rowHasCell = false;
  const text = (raw: string) => {
    const decoded = decodeHtmlEntities(raw);
    out += pre > 0 ? decoded : decoded.replace(/[ \t\n\r\f]+/g, " ");
  };
  let at = 0;
  for (const match of source.matchAll(TAG)) {
    text(source.slice(at, match.index));
    at = (match.index ?? 0) + match[0].length;
    const closing = match[1] === "/";
    const name = match[2].toLowerCase();
    if (name === "br") out += "\n";
    else if (name === "pre") pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === "a") {
      if (!closing) links.push({ start: out.length, href: attribute(match[3], "href") });
      else if (links.length > 0) {
        const link = links.pop() as { start: number; href: string | null };
        out = out.slice(0, link.start) + linkText(out.slice(link.start).replace(/\s+/g, " "), link.href);
      }
      continue;
    }
    if ((name === "ul" || name === "ol") && !closing)
      lists.push({ ordered: name === "ol", next: Number(attribute(match[3], "start") ?? 1) || 1 });
    if ((name === "ul" || name === "ol") && closing) lists.pop();
    if (name === "td" || name === "th") {
      if (!closing && rowHasCell) out += "\t";
      rowHasCell = true;
      continue;
    }
    if (name === "tr") rowHasCell = false;
    if (BLOCK.has(name)) {
      out += "\n";
      if (name === "li" && !closing) {
        const list = lists[lists.length - 1];
        out += list?.ordered ? `${list.next++}. ` : "• ";
      }
    }
  }
  text(source.slice(at));
  // A list item whose text already starts with a bullet glyph keeps one bullet, not two.
  return out.replace(/• (?=\s*[•·▪◦‣●∙])\s*[•·▪◦‣●∙]\s*/g, "• ");
}
