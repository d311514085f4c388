// What a plain number counts: "Managed a team of 10 engineers" counts engineers, and is not
// supported by "Windows (10+ years)" although both say 10 (claim-trace.ts, number rule).
//
// The unit of a number in an output is the content words within UNIT_WORDS words after it
// ("over 30 Oracle databases": oracle, databases) and the last content word within UNIT_WORDS
// words before it ("engineers: 10", "NIST SP 800-137"); the search stops at a comma, bracket, line
// break or sentence end.
// Content words are not stop words, have letters and no digits, and are compared by Porter stem.
// A source number of the same value supports the claim when one of the unit's stems stands
// within UNIT_WORDS words of it, on either side ("over 30 Production databases").
// A number with no unit (a bare "10" in a list) keeps the old rule: any number of that value.
// Year-like numbers are versions ("SQL Server 2008") and keep the old rule too: their product
// stands before them and the words after are free.
// Leaves out: synonyms ("staff" / "employees"), units spelled out in the number ("a dozen").

import { stemWord } from "./claim-stems";
import { ENGLISH_STOP_WORDS } from "./stop-words";
import { splitWords, WordIndex } from "../lexicon/match-text";

export const UNIT_WORDS = 3;

const STOP = /[\n.!?;•,()[\]]/;
const STOPS = /[\n.!?;•,()[\]]/g;

function isUnitWord(norm: string): boolean {
  return /\p{L}/u.test(norm) && !/\d/.test(norm) && !ENGLISH_STOP_WORDS.has(norm) && norm.length > 1;
}

/** The stems of the nouns a number at [start, end) of `text` counts ("|"-joined), or null. */
export function numberUnit(text: string, start: number, end: number): string | null {
  if (/^(?:19|20)\d\d$/.test(text.slice(start, end).trim())) return null;
  const after = text.slice(end, end + 80);
  const cut = after.search(STOP);
  const next = splitWords(cut >= 0 ? after.slice(0, cut) : after)
    .slice(0, UNIT_WORDS)
    .filter((word) => isUnitWord(word.norm));
  const before = text.slice(Math.max(0, start - 80), start);
  const from = Math.max(...[...before.matchAll(STOPS)].map((m) => (m.index as number) + 1), 0);
  const previous = splitWords(before.slice(from))
    .slice(-UNIT_WORDS)
    .reverse()
    .find((word) => isUnitWord(word.norm));
  const unit = [...next, ...(previous ? [previous] : [])].map((word) => stemWord(word.norm));
  return unit.length > 0 ? [...new Set(unit)].join("|") : null;
}

/** Whether one of the stems of `unit` stands within UNIT_WORDS words of [start, end) in a stemmed index. */
export function unitNear(stems: WordIndex, start: number, end: number, unit: string): boolean {
  const wanted = new Set(unit.split("|"));
  const words = stems.words;
  let after = words.findIndex((word) => word.start >= end);
  if (after < 0) after = words.length;
  let before = after - 1;
  while (before >= 0 && words[before].end > start) before--;
  for (let i = before; i >= 0 && i > before - UNIT_WORDS; i--) if (wanted.has(words[i].norm)) return true;
  for (let i = after; i < words.length && i < after + UNIT_WORDS; i++) if (wanted.has(words[i].norm)) return true;
  return false;
}
