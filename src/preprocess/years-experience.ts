/**
 * Years of experience a posting asks for: "3+ years", "5-7 years of experience", "at least two
 * years", "minimum of five (5) years", Indeed's "SQL: 3 years (Preferred)".
 *
 * A number of years only counts near the word "experience" (or in Indeed's "Skill: N years
 * (Required)" form), so "a 5 year old company" or "vesting over 4 years" are not read as
 * requirements. Number words one to fifteen are read as numbers.
 * Leaves out: months ("6 months of experience"), which postings rarely use for a minimum.
 */
import { YearsOfExperience } from "../schemas/job-details";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  a: 1,
  an: 1,
};
const NUM = String.raw`(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)(?:\s*\(\d{1,2}\))?`;
const YEARS_RE = new RegExp(
  String.raw`(?:(at least|minimum of|a minimum of|min\.?|over|more than|up to)\s+)?${NUM}\s*(\+|plus)?` +
    String.raw`(?:\s*(?:-|–|to)\s*${NUM}\s*\+?)?\s*(?:full[- ])?(?:years?|yrs?)\b(\+)?`,
  "gi",
);
/** "experience" after the number (within a few words) or before it ("Experience: 3 years"). */
const EXPERIENCE_AFTER = /^[^.;\n]{0,60}?\bexperience/i;
const EXPERIENCE_BEFORE = /experience[^.;\n]{0,25}$/i;
const INDEED_FORM = /^\s*\((?:preferred|required)\)/i;

function toNumber(token: string | undefined): number | null {
  if (token === undefined) return null;
  const lower = token.toLowerCase();
  return NUMBER_WORDS[lower] ?? (Number.isFinite(Number(lower)) ? Number(lower) : null);
}

/** Every years-of-experience mention in `text`, in order. */
export function findYearsOfExperience(text: string): YearsOfExperience[] {
  const found: YearsOfExperience[] = [];
  for (const match of text.matchAll(YEARS_RE)) {
    const [whole, qualifier, first, , second] = match;
    const start = match.index ?? 0;
    const end = start + whole.length;
    const after = text.slice(end, end + 80);
    const before = text.slice(Math.max(0, start - 40), start);
    if (!EXPERIENCE_AFTER.test(after) && !EXPERIENCE_BEFORE.test(before) && !INDEED_FORM.test(after)) continue;
    const low = toNumber(first);
    const high = toNumber(second);
    if (low === null || low > 40) continue;
    const upTo = qualifier !== undefined && /up to/i.test(qualifier);
    found.push({
      min: upTo ? null : low,
      max: upTo ? low : high !== null && high >= low ? high : null,
      text: sentenceAround(text, start, end),
    });
  }
  return found;
}

/**
 * The clause holding [start, end): from the previous line/bullet/sentence break to the next,
 * at most `reach` characters each way (so long unbroken texts stay linear).
 */
export function sentenceAround(text: string, start: number, end: number, reach = 300): string {
  let from = start;
  while (
    from > 0 &&
    start - from < reach &&
    !/[\n•;]/.test(text[from - 1]) &&
    !(/[.!?]/.test(text[from - 1]) && /\s/.test(text[from] ?? ""))
  )
    from--;
  let to = end;
  while (
    to < text.length &&
    to - end < reach &&
    !/[\n•;]/.test(text[to]) &&
    !(/[.!?]/.test(text[to]) && /\s|$/.test(text[to + 1] ?? ""))
  )
    to++;
  return text
    .slice(from, to)
    .replace(/^[\s*\-–·]+/, "")
    .replace(/\s+/g, " ")
    .trim();
}
