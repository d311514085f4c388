/**
 * A person's name in the header of a resume: the first line (after a "Resume" or "Curriculum
 * Vitae" title line), or the first words of a one-line resume. Resumes put the name there, and
 * it is the one place a rule can tell "Jordan Reyes" from "Oracle Exadata".
 *
 * The header must start with two to four capitalised words (initials and particles such as "van"
 * or "bin" allowed inside), cut at the first resume or job word ("Data", "Engineer", "Summary").
 * They are a name when one of these holds: a "Name:" label precedes them; the first word is a
 * common given name (first-names.ts); or a contact detail (e-mail, phone, URL) follows them on the
 * same line or within the next two lines. Every later occurrence of the full name is found too.
 * Misses: names after a headline or elsewhere in the text (a referee, a manager), a lone given
 * name, names in lower case or with words from the stop list ("Grant Lead"), names in non-Latin
 * scripts, a name after an unrecognised title line; and a one-line resume whose name runs into a
 * capitalised city may take the city as a surname ("Priya Raman Pune"), unless the city is
 * followed by its ", ST" region.
 */
import { PiiSpan } from "../schemas/persona";
import { FIRST_NAMES } from "./first-names";

const TOKEN = /^(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}\.?|\p{Lu}{2,}(?:-\p{Lu}{2,})?)$/u;
const PARTICLE = /^(?:van|von|de|da|del|der|di|du|la|le|bin|binti|al|el|ter|ten)$/;
/** Words that end a name: resume headings, job titles, tech, places and company words. */
const STOP = new Set(
  `
resume résumé curriculum vitae cv biodata profile summary objective experience education skills work history professional
personal contact details address email e-mail phone mobile tel cell linkedin github portfolio senior junior lead principal staff
chief head data software engineer engineering developer analyst analytics scientist science manager management director
consultant architect administrator admin specialist designer intern associate assistant officer coordinator technician
executive president representative accountant nurse teacher oracle java python sql database web full stack machine learning
business intelligence project product sales marketing network systems system security cloud devops qa quality test testing
support it technical information technology services solutions inc llc ltd corp corporation company university college
institute school bank group about job description position role title team location remote hybrid street st ave avenue road
city county dear hiring sincerely the and of for at in to with our we you your who what overview key responsibilities
requirements qualifications certified certification microsoft sap aws azure google amazon apple
`
    .split(/\s+/)
    .filter(Boolean),
);
const TITLE_LINE = /^(?:resume|résumé|curriculum vitae|cv|bio-?data)\s*:?\s*$/i;
const NAME_LABEL = /^(?:full\s+)?name\s*[:\-–]\s*/i;

/** The header line's start offset and text. */
function headerLine(text: string): { start: number; line: string } | null {
  let start = 0;
  for (let skipped = 0; skipped < 4 && start < text.length; skipped++) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== "" && !TITLE_LINE.test(line.trim())) {
      const lead = line.length - line.trimStart().length;
      return { start: start + lead, line: line.trimStart().slice(0, 200) };
    }
    if (end < 0) break;
    start = end + 1;
  }
  return null;
}

/** The name in the header (and its later occurrences), given the contact details already found. */
export function detectHeaderName(text: string, contacts: readonly PiiSpan[]): PiiSpan[] {
  const header = headerLine(text);
  if (header === null) return [];
  const markdown = /^#{1,6}\s+/.exec(header.line)?.[0].length ?? 0; // "# Priya Raman"
  const label = NAME_LABEL.exec(header.line.slice(markdown));
  const offset = header.start + markdown + (label ? label[0].length : 0);
  const words = [...text.slice(offset, offset + 200).matchAll(/[^\s,|·•;:()]+/g)];
  const taken: RegExpMatchArray[] = [];
  for (const word of words) {
    const previous = taken[taken.length - 1];
    if (previous && !/^[ \t]+$/.test(text.slice(offset + previous.index! + previous[0].length, offset + word.index!)))
      break; // a name's words are separated by spaces only
    const lower = word[0].toLowerCase().replace(/[.'’]+$/, "");
    if (STOP.has(lower) || taken.length === 4) break;
    if (!TOKEN.test(word[0]) && !(taken.length > 0 && PARTICLE.test(word[0]))) break;
    // "Raman Pune, MH": a word followed by ", XX" is a city, not part of the name.
    if (taken.length >= 2 && /^,\s*\p{Lu}{2,3}\b/u.test(text.slice(offset + word.index! + word[0].length))) break;
    taken.push(word);
  }
  while (
    taken.length > 0 &&
    (PARTICLE.test(taken[taken.length - 1][0]) || /^\p{Lu}\.?$/u.test(taken[taken.length - 1][0]))
  )
    taken.pop();
  if (taken.length < 2) return [];
  const start = offset + taken[0].index!;
  const end = offset + taken[taken.length - 1].index! + taken[taken.length - 1][0].length;
  const name = text.slice(start, end);
  const lineEnd = text.indexOf("\n", end);
  const nextLines = lineEnd < 0 ? text.length : nthNewline(text, lineEnd, 2);
  const contactNear = contacts.some(
    (span) => span.type !== "placeholder" && span.start >= end && span.start < Math.min(nextLines, end + 200),
  );
  const firstName = FIRST_NAMES.has(taken[0][0].toLowerCase());
  if (!label && !firstName && !contactNear) return [];
  const spans: PiiSpan[] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"))) {
    spans.push({
      type: "name",
      kind: "NAME",
      start: match.index!,
      end: match.index! + match[0].length,
      text: match[0],
    });
  }
  return spans;
}

/** The offset of the `count`-th newline after `from`, or the text's end. */
function nthNewline(text: string, from: number, count: number): number {
  let at = from;
  for (let i = 0; i < count; i++) {
    const next = text.indexOf("\n", at + 1);
    if (next < 0) return text.length;
    at = next;
  }
  return at;
}
