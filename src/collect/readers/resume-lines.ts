/**
 * The cleaning shared by every line-structured resume format (text, Markdown, PDF, DOCX,
 * JSON Resume, HTML, CSV cells), so the same resume in two formats gives the same text.
 *
 * One line per heading, paragraph or bullet: spaces inside a line are folded as for the florex
 * text, blank lines are dropped (DOCX and HTML put them between paragraphs, PDF text has none),
 * and a leading bullet glyph ("-", "*", "•", "·", "▪", "◦", "‣", "●", "–") becomes "• ", the one
 * bullet the sectioner has to know.
 * Leaves out: joining a sentence that a PDF wrapped over two lines (the text keeps the break).
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const LEADING_BULLET = /^(?:[-*•·▪◦‣●∙–]|\uf0b7|\uf0a7)\s+/; // U+F0B7/F0A7: Word's Symbol-font bullets

/** Cleans one line: folded spaces, trimmed, the bullet glyph normalised. */
export function cleanResumeLine(line: string): string {
  const folded = line.replace(SPACES, " ").trim();
  return LEADING_BULLET.test(folded) ? folded.replace(LEADING_BULLET, "• ") : folded;
}

/** Cleans a text line by line; line breaks are LF, CRLF, CR, U+2028 or U+2029 (and form feeds between PDF pages). */
export function cleanResumeLines(text: string): string {
  return text
    .split(/\r\n|[\n\r\f\v\u2028\u2029]/)
    .map(cleanResumeLine)
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * The text a link leaves in a resume: its own text, plus the address in parentheses when the
 * text does not show it ("LinkedIn (https://linkedin.com/in/x)"), so a profile link is not lost.
 * mailto:, tel: and in-page links add nothing: the text shows what matters.
 */
export function linkText(text: string, href: string | null): string {
  const shown = text.trim();
  const target = (href ?? "").trim();
  if (!/^https?:\/\//i.test(target)) return shown;
  const bare = target.replace(/^https?:\/\/(?:www\.)?/i, "").replace(/\/$/, "");
  if (shown === "") return target;
  return shown.toLowerCase().includes(bare.toLowerCase()) ? shown : `${shown} (${target})`;
}
