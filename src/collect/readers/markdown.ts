/**
 * Markdown → resume text lines: the markup goes, the line structure stays.
 *
 * Follows CommonMark where resumes use it: ATX (`## Experience`) and setext (`Experience` over
 * `====`) headings become bare lines, list items become "• " lines (ordered ones keep "1."),
 * emphasis, code spans, block quotes and table pipes are unwrapped, links keep their text (and
 * the address when the text does not show it, see `linkText`), images and rules disappear,
 * backslash escapes and HTML entities are decoded.
 * Leaves out: nested emphasis edge cases, reference-style link definitions (their text is kept
 * as written), raw HTML blocks beyond removing their tags.
 */
import { decodeHtmlEntities, stripHtmlTags } from "../clean-text";
import { linkText } from "./resume-lines";

const RULE_OR_UNDERLINE = /^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

/** Inline markup of one line → plain text. */
function inline(line: string): string {
  return decodeHtmlEntities(
    stripHtmlTags(
      line
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, "") // images carry no resume text
        .replace(/\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (_, text: string, href: string) =>
          linkText(text, href),
        )
        .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, (_, href: string) => href.replace(/^mailto:/, ""))
        .replace(/(`+)(.+?)\1/g, "$2")
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
        .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, "$1")
        .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, "$1")
        .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1"),
    ),
  ).replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

/** Converts a Markdown resume to text, one line per heading, paragraph line, list item or table row. */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.split(/\r\n|\r|\n/)) {
    if (FENCE.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(raw);
      continue;
    }
    let line = raw.replace(/^\s{0,3}(?:>\s?)+/, ""); // block quotes
    if (RULE_OR_UNDERLINE.test(line) || TABLE_SEPARATOR.test(line)) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) {
      out.push(inline(heading[1]));
      continue;
    }
    let prefix = "";
    const bullet = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/.exec(line);
    const numbered = /^\s*(\d{1,3}[.)])\s+/.exec(line);
    if (bullet) {
      prefix = "• ";
      line = line.slice(bullet[0].length);
    } else if (numbered) {
      prefix = `${numbered[1]} `;
      line = line.slice(numbered[0].length);
    }
    if (/^\s*\|.*\|\s*$/.test(line))
      line = line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim())
        .join("\t");
    const text = inline(line).trim();
    if (text !== "") out.push(prefix + text);
  }
  return out.join("\n");
}
