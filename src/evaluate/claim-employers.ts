// Employers without a legal-form cue, read from an entry's head line: "Software Engineer, Tech
// Innovators, Austin, TX, 2019 - 2021" names the employer "Tech Innovators" though nothing in
// the name says so. The study's targets invent such names ("Tech Innovators", "Data Insights"),
// and a checker that waits for "Inc" or "LLC" never sees them.
//
// A head line holds a job title (found before) and a date (a year or "Present"). Its parts
// between separators (comma, pipe, " - ", "–", "—", "|") that are wholly capitalised words, not
// yet part of another claim, not a month or "Present", and not a place (a part followed by a
// two-letter state code, or the code itself) are employers. Only the first such part is taken,
// and none when the line names an employer or school already (by a legal-form cue or keyword):
// an entry has one employer, and later parts are usually places or departments ("Hindustan
// Computers Limited, Noida, Uttar Pradesh": Noida is a city).
// Leaves out: employers on a line of their own without a date (a florex "Acme - City" line),
// which cannot be told from a heading.

import type { Span } from "./claim-entries";

const PART = /[^,|–—]+|(?<=\s)-(?=\s)/g;
const CAPITALISED =
  /^(?:[A-Z][\p{L}\p{N}'’&.+-]*|&|of|and|the|de)(?:\s+(?:[A-Z][\p{L}\p{N}'’&.+-]*|&|of|and|the|de))*$/u;
const NOT_A_NAME =
  /^(?:present|current|now|remote|hybrid|onsite|full[- ]time|part[- ]time|contract|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|usa|us|united states)/i;
const STATE = /^[A-Z]{2}$/;
const DATE = /\b(?:19|20)\d\d\b|\bpresent\b|\bcurrent\b/i;

/** The employer span of each head line (title + date) of a text; `masked` has earlier claims blanked. */
export function headLineEmployers(
  text: string,
  masked: string,
  titles: readonly Span[],
  employers: readonly Span[] = [],
): Span[] {
  const found: Span[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    const hasTitle = titles.some((title) => title.start >= lineStart && title.end <= lineEnd);
    const hasEmployer = employers.some((employer) => employer.start >= lineStart && employer.end <= lineEnd);
    if (hasTitle && !hasEmployer && DATE.test(line)) {
      const parts = splitParts(masked.slice(lineStart, lineEnd), lineStart);
      const at = parts.findIndex(
        (part, i) =>
          CAPITALISED.test(part.text) &&
          !NOT_A_NAME.test(part.text) &&
          !STATE.test(part.text) &&
          !STATE.test(parts[i + 1]?.text ?? ""),
      );
      if (at >= 0) found.push({ start: parts[at].start, end: parts[at].end });
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

function splitParts(line: string, offset: number): { text: string; start: number; end: number }[] {
  // " - " separates too ("Acme Corp - Austin"), a hyphen inside a word does not.
  const spaced = line.replace(/\s-\s/g, (dash) => dash.replace("-", "|"));
  const parts: { text: string; start: number; end: number }[] = [];
  for (const match of spaced.matchAll(PART)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text.length === 0 || text.includes("\u0001")) continue;
    const start = offset + (match.index as number) + lead;
    parts.push({ text, start, end: start + text.length });
  }
  return parts;
}
