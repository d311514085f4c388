/**
 * A JobSpy markdown description split into headed blocks of lines, bullets marked.
 *
 * Follows: the markdown JobSpy writes (markdownify of the sites' HTML): `#`-headings, bold-only
 * lines (`**Responsibilities**`, `##### **Qualifications**`), plain lines ending with ':',
 * `*`/`-`/`•`/`·`/numbered bullets, and backslash escapes (`\-`, `\+`, `\.`; doubled as `\\-` in
 * the study's CSV) which are undone first. A plain short line that is a known heading
 * ("Qualifications") counts too. A bold "Label: value" line is content, not a heading.
 * Leaves out: tables and links (kept as text), nested list depth.
 */
import { classifyHeading, HeadingCategory } from "./posting-headings";

export interface PostingLine {
  text: string;
  bullet: boolean;
}

export interface PostingBlock {
  /** The heading as written (markdown removed), or null for text before the first heading. */
  heading: string | null;
  category: HeadingCategory;
  lines: PostingLine[];
}

/** Undoes markdown backslash escapes, including the doubled `\\-` of the study's CSV. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\+([-+.!#*_()[\]{}|~>`&$=:'"])/g, "$1").replace(/\r\n?/g, "\n");
}

const BULLET = /^(?:[*\-•·–+▪●◦]|\d{1,2}[.)])\s+(.*)$/;
const MD_HEADING = /^#{1,6}\s*(.+?)\s*#*$/;
const BOLD_ONLY = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/;
const BOLD_LEAD = /^(?:\*\*|__)([^*_]{2,60}?):?(?:\*\*|__):?\s+(.+)$/;

function stripMarks(text: string): string {
  return text
    .replace(/\*\*|__/g, "")
    .replace(/^\*(.+)\*$/, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** A bold or colon line whose text is "Label: value" holds a value, so it is content. */
function isLabelValue(text: string): boolean {
  return /^[^:]{1,40}:\s*\S/.test(text);
}

/** Heading text of `line`, or null; `rest` is inline content after a bold lead-in heading. */
function headingOf(line: string): { heading: string; rest: string | null } | null {
  const md = MD_HEADING.exec(line);
  if (md && /[\p{L}\d]/u.test(md[1])) {
    const text = stripMarks(md[1]);
    return text && !isLabelValue(text) ? { heading: text, rest: null } : null;
  }
  const bold = BOLD_ONLY.exec(line);
  if (bold) {
    const text = stripMarks(bold[1]);
    return text && !isLabelValue(text) && text.split(" ").length <= 12 ? { heading: text, rest: null } : null;
  }
  const lead = BOLD_LEAD.exec(line);
  if (lead && classifyHeading(lead[1]) !== "other") return { heading: stripMarks(lead[1]), rest: stripMarks(lead[2]) };
  const plain = stripMarks(line);
  if (/:$/.test(plain) && plain.length <= 80 && plain.split(" ").length <= 10) return { heading: plain, rest: null };
  if (
    plain.length <= 60 &&
    plain.split(" ").length <= 6 &&
    !/[.,;!?]$/.test(plain) &&
    !isLabelValue(plain) &&
    classifyHeading(plain) !== "other"
  ) {
    return { heading: plain, rest: null };
  }
  return null;
}

/**
 * Markdownify sometimes glues a bold heading to the end of the previous paragraph
 * ("… our culture. **About You**"): put a known heading back on its own line.
 */
function splitTrailingHeadings(text: string): string {
  return text.replace(/([^\s#])[ \t]+(\*\*[^*\n]{2,60}\*\*:?)[ \t]*$/gm, (whole, before: string, bold: string) =>
    classifyHeading(bold) === "other" ? whole : `${before}\n${bold}`,
  );
}

/** Splits a description into blocks; the text before the first heading is a block with heading null. */
export function splitPostingSections(description: string): PostingBlock[] {
  const blocks: PostingBlock[] = [{ heading: null, category: "other", lines: [] }];
  for (const raw of splitTrailingHeadings(unescapeMarkdown(description)).split("\n")) {
    const line = raw.trim();
    if (line === "" || /^(?:[=\-_*]\s*){3,}$/.test(line)) continue; // blank, rule, or setext underline
    const bullet = BULLET.exec(line);
    if (bullet) {
      const text = stripMarks(bullet[1]);
      if (text) blocks[blocks.length - 1].lines.push({ text, bullet: true });
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      blocks.push({
        heading: heading.heading.replace(/:$/, "").trim(),
        category: classifyHeading(heading.heading),
        lines: [],
      });
      if (heading.rest) blocks[blocks.length - 1].lines.push({ text: heading.rest, bullet: false });
      continue;
    }
    const text = stripMarks(line);
    if (text) blocks[blocks.length - 1].lines.push({ text, bullet: false });
  }
  return blocks.filter((block, index) => index > 0 || block.lines.length > 0);
}
