// Normalised word matching, shared by the lexicon finders (phrase-matcher.ts), the claim checks
// and keyword coverage: a text becomes words with their offsets, so a phrase found in the source
// can be quoted back as evidence.
//
// A word is a run of letters, digits and combining marks, keeping a trailing "+"/"++"/"#" (C++,
// C#) and "&" as a word of its own. Its normal form drops accents (NFKD), lowercases, and
// expands a few abbreviations on both sides alike (sr -> senior, dba -> database administrator,
// & -> and), so "Sr. DBA" matches "Senior Database Administrator". Punctuation is ignored, so
// "T-SQL" is "t sql" and "Node.js" is "node js" whichever way it was written.
// Fuzzy name matching uses natural's Jaro-Winkler similarity (imported by path, so natural's
// dotenv side effect does not run), at NAME_SIMILARITY_THRESHOLD.
// Leaves out: stemming (evaluate/keyword-coverage.ts stems its own phrases), transliteration, synonyms.

import { JaroWinklerDistance } from "natural/lib/natural/distance";

export interface Word {
  /** The normal form compared. */
  norm: string;
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

export interface WordIndex {
  text: string;
  words: Word[];
  /** Positions in `words` of each normal form. */
  positions: Map<string, number[]>;
}

/** A span of the source quoted as evidence. */
export interface Found {
  text: string;
  start: number;
  end: number;
}

/**
 * Jaro-Winkler similarity (1 = identical) at or above which two names count as the same. 0.94
 * accepts typos and near forms ("accentrue"/"accenture" 0.98, "tata consultancy services"/"tata
 * consulting services" 0.95) and rejects different names with a common prefix ("university of
 * illinois"/"university of iowa" 0.92, "university of michigan"/"university of minnesota" 0.91).
 */
export const NAME_SIMILARITY_THRESHOLD = 0.94;

const EXPANSIONS: Record<string, string[]> = {
  sr: ["senior"],
  jr: ["junior"],
  mgr: ["manager"],
  dba: ["database", "administrator"],
  "&": ["and"],
  univ: ["university"],
  dept: ["department"],
  intl: ["international"],
  mgmt: ["management"],
};

const WORD = /[\p{L}\p{N}\p{M}]+(?:\+\+|\+|#)?|&/gu;

/** The normal form of one word as written (before expansion). */
export function normalizeWord(raw: string): string {
  return raw.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a text with their offsets; an expanded abbreviation gives several words at one span. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index as number;
    const norm = normalizeWord(raw);
    for (const part of EXPANSIONS[norm] ?? [norm]) words.push({ norm: part, raw, start, end: start + raw.length });
  }
  return words;
}

/** The normal forms of a phrase's words. */
export function phraseNorms(phrase: string): string[] {
  return splitWords(phrase).map((word) => word.norm);
}

/** Indexes a text's words for repeated phrase look-ups. */
export function indexWords(text: string): WordIndex {
  const words = splitWords(text);
  const positions = new Map<string, number[]>();
  words.forEach((word, i) => {
    const list = positions.get(word.norm);
    if (list) list.push(i);
    else positions.set(word.norm, [i]);
  });
  return { text, words, positions };
}

/** The first place the phrase (normal forms) occurs as consecutive words, or null. */
export function findPhrase(index: WordIndex, norms: readonly string[]): Found | null {
  if (norms.length === 0) return null;
  for (const i of index.positions.get(norms[0]) ?? []) {
    let k = 1;
    while (k < norms.length && index.words[i + k]?.norm === norms[k]) k++;
    if (k === norms.length) return spanOf(index, i, i + k - 1);
  }
  return null;
}

/**
 * The source window of about the phrase's length (one word fewer to one more) most similar to
 * it by Jaro-Winkler, when at or above the threshold; else null. Exact phrases should be tried first.
 */
export function findSimilarPhrase(
  index: WordIndex,
  norms: readonly string[],
  threshold = NAME_SIMILARITY_THRESHOLD,
): Found | null {
  const target = norms.join(" ");
  if (target.length === 0) return null;
  let best: { score: number; found: Found } | null = null;
  const counts = charCounts(target);
  for (let size = Math.max(1, norms.length - 1); size <= norms.length + 1; size++) {
    const candidates = windowsOf(index, size);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i];
      // Strings whose lengths differ by more than a quarter cannot reach the threshold usefully.
      if (Math.abs(candidate.length - target.length) > target.length / 4) continue;
      if (!canReach(counts, target.length, candidate, threshold)) continue;
      const score = JaroWinklerDistance(target, candidate);
      if (score >= threshold && (best === null || score > best.score))
        best = { score, found: spanOf(index, i, i + size - 1) };
    }
  }
  return best?.found ?? null;
}

// An exact bound that skips most Jaro-Winkler calls without changing any result. Winkler adds
// at most 4 × 0.1 × (1 − jaro), so JW ≤ 0.4 + 0.6 × jaro; jaro = (m/|a| + m/|b| + (m − t)/m) / 3
// ≤ (m/|a| + m/|b| + 1) / 3, and the m matched characters are at most the characters the two
// strings share (as multisets, in UTF-16 code units as natural compares them).
function canReach(
  targetCounts: ReadonlyMap<number, number>,
  targetLength: number,
  candidate: string,
  threshold: number,
): boolean {
  const used = new Map<number, number>();
  let shared = 0;
  for (let i = 0; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    const n = used.get(code) ?? 0;
    if (n < (targetCounts.get(code) ?? 0)) shared++;
    used.set(code, n + 1);
  }
  const jaroBound = (shared / targetLength + shared / candidate.length + 1) / 3;
  return 0.4 + 0.6 * jaroBound >= threshold - 1e-9;
}

function charCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < text.length; i++) counts.set(text.charCodeAt(i), (counts.get(text.charCodeAt(i)) ?? 0) + 1);
  return counts;
}

// A source is searched for many claims (the dataset stage checks thousands of targets against
// the same job details): its windows of n words are joined once per index and size, not per claim.
const WINDOWS = new WeakMap<WordIndex, Map<number, string[]>>();

function windowsOf(index: WordIndex, size: number): string[] {
  let bySize = WINDOWS.get(index);
  if (!bySize) WINDOWS.set(index, (bySize = new Map()));
  let windows = bySize.get(size);
  if (!windows) {
    windows = [];
    for (let i = 0; i + size <= index.words.length; i++) {
      windows.push(
        index.words
          .slice(i, i + size)
          .map((word) => word.norm)
          .join(" "),
      );
    }
    bySize.set(size, windows);
  }
  return windows;
}

function spanOf(index: WordIndex, first: number, last: number): Found {
  const start = index.words[first].start;
  const end = index.words[last].end;
  return { text: index.text.slice(start, end), start, end };
}
