// The tokenizer of Google's rouge_score: `DefaultTokenizer(use_stemmer=True).tokenize(text)`.
//
// Follows: rouge_score 0.1.2 `tokenize.py`. Lowercase with Python's `str.lower()`, turn every run
// of characters outside [a-z0-9] into a space, split on whitespace, Porter-stem (NLTK's default
// mode) only the tokens longer than 3 characters, and keep the tokens matching ^[a-z0-9]+$.
// So non-ASCII letters vanish and split words ("café" -> "caf"); the only non-ASCII characters
// that survive are those Python lowercases to ASCII (KELVIN SIGN -> "k", U+0130 -> "i" + a dot).
// Leaves out: rouge_score's optional sentence splitting (nltk.sent_tokenize), unused by the study.

import { stemPorter } from "./porter";
import { pythonLower } from "./python-unicode";

export interface RougeTokenizeOptions {
  /** Porter-stem tokens longer than 3 characters, as `use_stemmer=True` does (default true). */
  stem?: boolean;
}

const VALID_TOKEN = /^[a-z0-9]+$/;

// Stemming is most of tokenizing, and a corpus has few distinct words: remember each stem
// (a pure function of the word). Cleared when full so memory stays bounded on huge inputs.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemCached(word: string): string {
  let stem = STEM_CACHE.get(word);
  if (stem === undefined) {
    if (STEM_CACHE.size >= STEM_CACHE_LIMIT) STEM_CACHE.clear();
    STEM_CACHE.set(word, (stem = stemPorter(word)));
  }
  return stem;
}

/** Splits a text into rouge_score's tokens. */
export function tokenizeRouge(text: string, { stem = true }: RougeTokenizeOptions = {}): string[] {
  return tokenizeLowered(pythonLower(text), stem);
}

/**
 * rougeLsum's sentences: the text split on "\n" only, empty pieces dropped, each piece tokenized.
 * Lowercasing the whole text first is the same as lowercasing each piece: Python's only
 * context-dependent rule (Greek final sigma) never looks across a "\n".
 */
export function tokenizeSentences(text: string, { stem = true }: RougeTokenizeOptions = {}): string[][] {
  return pythonLower(text)
    .split("\n")
    .filter((piece) => piece.length > 0)
    .map((piece) => tokenizeLowered(piece, stem));
}

// The runs of [a-z0-9] are exactly the non-empty pieces rouge_score keeps after replacing every
// other run with a space and splitting; stems of such words stay within [a-z0-9].
function tokenizeLowered(lowered: string, stem: boolean): string[] {
  const tokens: string[] = [];
  for (const piece of lowered.match(ALPHANUMERIC_RUN) ?? []) {
    const token = stem && piece.length > 3 ? stemCached(piece) : piece;
    if (VALID_TOKEN.test(token)) tokens.push(token);
  }
  return tokens;
}

const ALPHANUMERIC_RUN = /[a-z0-9]+/g;
