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

/** Splits a text into rouge_score's tokens. */
export function tokenizeRouge(text: string, { stem = true }: RougeTokenizeOptions = {}): string[] {
  const tokens: string[] = [];
  for (const piece of pythonLower(text).replace(/[^a-z0-9]+/g, " ").split(" ")) {
    const token = stem && piece.length > 3 ? stemPorter(piece) : piece;
    if (VALID_TOKEN.test(token)) tokens.push(token);
  }
  return tokens;
}
