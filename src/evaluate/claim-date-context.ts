// Dates outside an anchored entry (a project, an achievement, a certificate line): with no
// employer or school to tie them to a source entry, "some date of that year anywhere" let every
// template year pass ("Database Optimization and Migration, 2017-2018" was supported by a job's
// "December 2017" and another's "June 2018"). A date there must be stated in the same context:
//
// - context: a source date that matches the claim (claim-trace.ts's date rule) is in context when
//   a content word of the claim's output line (when it has none: of the nearest line above that
//   has one, a project's name over its dates) stands within CONTEXT_WORDS words of it in the same source
//   sentence; words are compared by Porter stem; stop words, numbers and month names do not count.
//   A real project or award keeps its name next to its year; a year moved from an honours line to
//   an invented achievement does not. When those lines have no content word (a list item "2007"
//   cut out of "Microsoft Office 2003, 2007" by a sectioner), there is nothing to judge by and any
//   matching source date is in context;
//   Or, the source date's description (the text after it, or after its range, up to the next
//   date, at most BLOCK_WORDS content words: a job's bullets) shares two content words with those
//   lines: a job recast as a project keeps its matter, not its title;
// - range: a date that is one end of a range ("2016-2017", "from 2010 to 2013", "January 2015 -
//   Present") is supported only by the same range in the source, each end by the date rule, in
//   the same order ("2016 to 2017" supports it; a job ending in 2016 and another starting in 2017
//   do not). A range with month and year at both ends (or a month-year to "Present") needs no
//   context: the same range in the source is no coincidence (a job recast as a project).
// A sentence ends at ".", "!" or "?" before a capital or a digit, at a bullet or a ";"; a line
// break does not end one (resumes put a project's name and its year on two lines).
// Leaves out: dates under an employer or school (grounding.ts ties those to the source entry).

import type { NumericMention } from "./numeric-claims";
import { stemWord } from "./claim-stems";
import { ENGLISH_STOP_WORDS } from "./stop-words";
import type { Found, WordIndex } from "../lexicon/match-text";
import { phraseNorms } from "../lexicon/match-text";

/** Words either side of a source date searched for a context word. */
export const CONTEXT_WORDS = 12;

const CONNECTOR = /^\s*(?:-|–|—|to|until|till|through|thru)\s*$/i;
const OPEN_END = /^\s*(?:-|–|—|to|until|till|through)\s*(?:present|current|now|today|date)\b/i;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const OPEN_WORDS = new Set(["present", "current", "now", "today", "date"]);
const SENTENCE_END = /[.!?]\s+[\p{Lu}\p{N}]|[•;▪●◦]/u;

/**
 * The range a date mention stands in, among the text's date mentions (in order of position):
 * whether it is the start, and the other end (a date or "present"); null when it is no range.
 */
export function rangeOf<T extends { start: number; end: number }>(
  text: string,
  dates: readonly T[],
  mention: T,
): { first: boolean; partner: T | "present" } | null {
  const i = dates.indexOf(mention);
  const next = dates[i + 1];
  if (next && CONNECTOR.test(text.slice(mention.end, next.start))) return { first: true, partner: next };
  const previous = dates[i - 1];
  if (previous && CONNECTOR.test(text.slice(previous.end, mention.start))) return { first: false, partner: previous };
  if (OPEN_END.test(text.slice(mention.end, mention.end + 16))) return { first: true, partner: "present" };
  return null;
}

/** The comparison stems of the content words of a text. */
export function contextStems(text: string): Set<string> {
  return new Set(phraseNorms(text).filter(isContentWord).map(stemWord));
}

function isContentWord(norm: string): boolean {
  return (
    norm.length > 2 && !/\d/.test(norm) && !ENGLISH_STOP_WORDS.has(norm) && !MONTH.test(norm) && !OPEN_WORDS.has(norm)
  );
}

/**
 * The first source date that matches (`matches`), stands in the same range when `range` is
 * given, and has a context word near it; null when none does.
 */
export function traceDateInContext(
  source: { text: string; index: WordIndex; dates: readonly NumericMention[] },
  matches: (mention: NumericMention) => boolean,
  range: { first: boolean; partner: ((mention: NumericMention) => boolean) | "present"; exact?: boolean } | null,
  context: ReadonlySet<string>,
): Found | null {
  for (const mention of source.dates) {
    if (!matches(mention)) continue;
    if (range) {
      const theirs = rangeOf(source.text, source.dates, mention);
      if (!theirs || theirs.first !== range.first) continue;
      const partnerMatches =
        range.partner === "present"
          ? theirs.partner === "present"
          : theirs.partner !== "present" && range.partner(theirs.partner);
      if (!partnerMatches) continue;
    }
    const inContext =
      context.size === 0 ||
      (range?.exact ?? false) ||
      hasContext(source, mention, context) ||
      describes(source, mention, context);
    if (inContext) {
      return { text: mention.text, start: mention.start, end: mention.end };
    }
  }
  return null;
}

function hasContext(
  source: { text: string; index: WordIndex },
  mention: NumericMention,
  context: ReadonlySet<string>,
): boolean {
  const words = source.index.words;
  let after = words.findIndex((word) => word.start >= mention.end);
  if (after < 0) after = words.length;
  let before = after - 1;
  while (before >= 0 && words[before].end > mention.start) before--;
  // The text between the word and the date, and the word's first letter (a sentence's capital).
  const near = (i: number, edge: number) =>
    !SENTENCE_END.test(source.text.slice(Math.min(words[i].end, edge), Math.max(words[i].start + 1, edge)));
  for (let i = before, n = 0; i >= 0 && n < CONTEXT_WORDS && near(i, mention.start); i--) {
    if (isContentWord(words[i].norm)) {
      if (context.has(stemWord(words[i].norm))) return true;
      n++;
    } else if (/\d/.test(words[i].norm) || MONTH.test(words[i].norm)) continue;
    else n++;
  }
  for (let i = after, n = 0; i < words.length && n < CONTEXT_WORDS && near(i, mention.end); i++) {
    if (isContentWord(words[i].norm)) {
      if (context.has(stemWord(words[i].norm))) return true;
      n++;
    } else if (/\d/.test(words[i].norm) || MONTH.test(words[i].norm)) continue;
    else n++;
  }
  return false;
}

/** Words after a source date read as the description of what it dates (a job's bullets). */
export const BLOCK_WORDS = 120;

// Whether the text after a source date, up to the next date that starts another entry (not the
// end of its own range), shares two content words with the claim's line: a job recast as a
// project keeps its dates and its matter, not its title.
function describes(
  source: { text: string; index: WordIndex; dates: readonly NumericMention[] },
  mention: NumericMention,
  context: ReadonlySet<string>,
): boolean {
  const range = rangeOf(source.text, source.dates, mention);
  const from = range && range.first && range.partner !== "present" ? range.partner.end : mention.end;
  const next = source.dates.find((date) => date.start >= from && date !== mention);
  const until = next ? next.start : source.text.length;
  const shared = new Set<string>();
  let n = 0;
  for (const word of source.index.words) {
    if (word.start < from || !isContentWord(word.norm)) continue;
    if (word.start >= until || n++ >= BLOCK_WORDS) break;
    const stem = stemWord(word.norm);
    if (context.has(stem)) shared.add(stem);
  }
  return shared.size >= 2;
}
