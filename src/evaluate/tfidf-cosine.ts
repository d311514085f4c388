// The study's similarity: scikit-learn's `TfidfVectorizer()` with its defaults, fitted on the two
// texts alone, then `cosine_similarity` of the two rows.
//
// Follows: scikit-learn 1.2 defaults. Lowercase with Python's `str.lower()`; tokens are the
// matches of `(?u)\b\w\w+\b`, i.e. every maximal run of two or more Python word characters
// (letters and digits of any script and "_"; combining marks split words); raw counts; smooth
// idf = ln((1 + 2) / (1 + df)) + 1, so 1 for a term in both texts and 1 + ln 1.5 for a term in
// one; l2-normalised rows. Floating-point sums run in the order scikit-learn's sparse matrices
// (scipy 1.10) store the terms, and rows are normalised twice as the vectorizer and then
// cosine_similarity do, so the result is bit-for-bit scikit-learn's, not just within 1e-15.
// Leaves out: every non-default option (stop words, n-grams, sublinear tf, max_df...).

import { isPythonWordChar, pythonLower } from "./python-unicode";

/** What scikit-learn raises (as ValueError) when neither text has a single token. */
export class EmptyVocabularyError extends Error {
  constructor() {
    super(
      "empty vocabulary; perhaps the documents only contain stop words " +
        "(scikit-learn's ValueError: neither text has a run of two or more letters, digits or " +
        "underscores, so the TF-IDF cosine is undefined; decide how to report such a pair)",
    );
    this.name = "EmptyVocabularyError";
  }
}

/** The tokens of `TfidfVectorizer().build_analyzer()(text)`, in order. */
export function sklearnTokens(text: string): string[] {
  // Fast path for ASCII text (every dumped text is): there \w is [A-Za-z0-9_], and a greedy
  // match of two or more is exactly a maximal run of two or more.
  if (!NON_ASCII.test(text)) return text.toLowerCase().match(ASCII_TOKEN) ?? [];
  const tokens: string[] = [];
  let run = "";
  let length = 0; // in code points, as Python counts
  for (const char of pythonLower(text)) {
    if (isPythonWordChar(char)) {
      run += char;
      length++;
      continue;
    }
    if (length >= 2) tokens.push(run);
    run = "";
    length = 0;
  }
  if (length >= 2) tokens.push(run);
  return tokens;
}

const NON_ASCII = /[^\x00-\x7f]/;
const ASCII_TOKEN = /[a-z0-9_]{2,}/g;

// The two smooth idf values, written as scikit-learn computes them: ln((1 + n) / (1 + df)) + 1.
const IDF_IN_BOTH = Math.log((1 + 2) / (1 + 2)) + 1;
const IDF_IN_ONE = Math.log((1 + 2) / (1 + 1)) + 1;

/** Cosine of the TF-IDF rows of `a` and `b`; 0 when one has no token, throws when both have none. */
export function tfidfCosine(a: string, b: string): number {
  return tfidfCosineOfTokens(sklearnTokens(a), sklearnTokens(b));
}

/** tfidfCosine on tokens already split by sklearnTokens (to tokenize a text once for many pairs). */
export function tfidfCosineOfTokens(tokensA: readonly string[], tokensB: readonly string[]): number {
  // sklearn numbers the terms by first appearance (in a, then in b), keeps each row in that order
  // and reverses it when multiplying by the idf diagonal: every sum below runs in that order,
  // from the last-seen term down. Terms of `a` are exactly the ids 0 .. termsInA - 1.
  const ids = new Map<string, number>();
  const countsA: number[] = [];
  const countsB: number[] = [];
  for (const token of tokensA) {
    const id = ids.get(token);
    if (id === undefined) {
      ids.set(token, countsA.length);
      countsA.push(1);
      countsB.push(0);
    } else countsA[id]++;
  }
  const termsInA = countsA.length;
  for (const token of tokensB) {
    const id = ids.get(token);
    if (id === undefined) {
      ids.set(token, countsB.length);
      countsA.push(0);
      countsB.push(1);
    } else countsB[id]++;
  }
  if (ids.size === 0) throw new EmptyVocabularyError();
  const rowA = new Float64Array(ids.size);
  const rowB = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) {
    const idf = countsA[id] > 0 && countsB[id] > 0 ? IDF_IN_BOTH : IDF_IN_ONE;
    rowA[id] = countsA[id] * idf;
    rowB[id] = countsB[id] * idf;
  }
  // The vectorizer normalises each row, then cosine_similarity normalises it again.
  for (let pass = 0; pass < 2; pass++) {
    normalizeL2(rowA);
    normalizeL2(rowB);
  }
  let dot = 0;
  for (let id = termsInA - 1; id >= 0; id--) if (countsB[id] > 0) dot += rowA[id] * rowB[id];
  return dot;
}

// sklearn's inplace_csr_row_normalize_l2 over the stored (non-zero) entries, last-seen term first:
// divide by the root of the sum of squares; a zero row stays zero.
function normalizeL2(row: Float64Array): void {
  let sum = 0;
  for (let id = row.length - 1; id >= 0; id--) if (row[id] !== 0) sum += row[id] * row[id];
  if (sum === 0) return;
  const norm = Math.sqrt(sum);
  for (let id = 0; id < row.length; id++) row[id] /= norm;
}
