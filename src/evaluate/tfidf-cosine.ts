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

/** Cosine of the TF-IDF rows of `a` and `b`; 0 when one has no token, throws when both have none. */
export function tfidfCosine(a: string, b: string): number {
  const counts = [countTerms(sklearnTokens(a)), countTerms(sklearnTokens(b))];
  // sklearn numbers the terms by first appearance (in a, then in b), keeps each row in that order
  // and reverses it when multiplying by the idf diagonal: every sum below runs in that order.
  const appearance = new Map<string, number>();
  for (const count of counts) for (const term of count.keys()) if (!appearance.has(term)) appearance.set(term, appearance.size);
  if (appearance.size === 0) throw new EmptyVocabularyError();
  const rows = counts.map((count) => {
    const terms = [...count.keys()].sort((s, t) => (appearance.get(t) as number) - (appearance.get(s) as number));
    const weights = terms.map((term) => {
      const df = counts.filter((c) => c.has(term)).length;
      return (count.get(term) as number) * (Math.log((1 + 2) / (1 + df)) + 1);
    });
    // The vectorizer normalises each row, then cosine_similarity normalises it again.
    const normalized = normalizeL2(normalizeL2(weights));
    return new Map(terms.map((term, k) => [term, normalized[k]]));
  });
  let dot = 0;
  for (const [term, weight] of rows[0]) {
    const other = rows[1].get(term);
    if (other !== undefined) dot += weight * other;
  }
  return dot;
}

function countTerms(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

// sklearn's inplace_csr_row_normalize_l2: divide by the root of the sum of squares; a zero row stays zero.
function normalizeL2(row: number[]): number[] {
  let sum = 0;
  for (const value of row) sum += value * value;
  if (sum === 0) return row;
  const norm = Math.sqrt(sum);
  return row.map((value) => value / norm);
}
