// ROUGE-N, ROUGE-L and ROUGE-Lsum exactly as Google's rouge_score scores them, with the
// argument order of `RougeScorer(types, use_stemmer=True).score(target, prediction)`.
//
// Follows: Lin (2004), "ROUGE: A Package for Automatic Evaluation of Summaries", as implemented
// in rouge_score 0.1.2 `rouge_scorer.py`. precision = hits / prediction tokens, recall = hits /
// target tokens, F = 2PR / (P + R), and 0 for all three when a side has no tokens. ROUGE-Lsum
// splits both texts on "\n" only (not "\r", not U+2028), drops empty pieces but keeps
// whitespace-only ones (they hold no tokens), and sums, over target sentences, the union of their
// LCS with every prediction sentence, counting each token at most as often as it occurs on both
// sides (the ROUGE-1.5.5 guard rouge_score copies).
// Leaves out: bootstrap aggregation (rouge_score's `scoring.BootstrapAggregator`; see our
// statistics), sentence splitting with nltk (`split_summaries=True`), ROUGE-W.

import { lcsIndices, lcsLength, TokenIds } from "./lcs";
import { tokenizeRouge } from "./rouge-tokenize";

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

type Digit = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";
/** rouge_score's type names: "rouge1"…"rouge9" (n-grams), "rougeL", "rougeLsum". */
export type RougeType = `rouge${Digit}` | "rougeL" | "rougeLsum";

const DEFAULT_TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const;

export interface ScoreRougeOptions<T extends RougeType> {
  /** Which scores to compute (default rouge1, rouge2, rougeL, rougeLsum). */
  types?: readonly T[];
  /** Porter-stem tokens longer than 3 characters, as `use_stemmer=True` (default true). */
  stem?: boolean;
}

/** Scores `prediction` against `target` for each requested ROUGE type. */
export function scoreRouge<T extends RougeType = (typeof DEFAULT_TYPES)[number]>(
  target: string,
  prediction: string,
  { types = DEFAULT_TYPES as readonly RougeType[] as readonly T[], stem = true }: ScoreRougeOptions<T> = {},
): Record<T, RougeScore> {
  const scores = {} as Record<T, RougeScore>;
  let tokens: [string[], string[]] | undefined; // tokenized once, only if a type needs it
  const both = () => (tokens ??= [tokenizeRouge(target, { stem }), tokenizeRouge(prediction, { stem })]);
  for (const type of types) {
    if (type === "rougeLsum") {
      scores[type] = rougeLsum(tokenizeSummary(target, { stem }), tokenizeSummary(prediction, { stem }));
    } else if (type === "rougeL") {
      scores[type] = rougeL(...both());
    } else if (/^rouge[0-9]$/.test(type)) {
      scores[type] = rougeN(...both(), Number(type.slice(5)));
    } else {
      throw new Error(`Invalid rouge type: ${type} (use rouge1…rouge9, rougeL or rougeLsum)`);
    }
  }
  return scores;
}

/** rougeLsum's sentences: the text split on "\n", empty pieces dropped, each piece tokenized. */
export function tokenizeSummary(text: string, { stem = true }: { stem?: boolean } = {}): string[][] {
  return text.split("\n").filter((piece) => piece.length > 0).map((piece) => tokenizeRouge(piece, { stem }));
}

/** ROUGE-N from clipped n-gram counts. */
export function rougeN(targetTokens: readonly string[], predictionTokens: readonly string[], n: number): RougeScore {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`rougen requires positive n: ${n}`);
  const target = countNgrams(targetTokens, n);
  const prediction = countNgrams(predictionTokens, n);
  let overlap = 0;
  for (const [ngram, count] of target) overlap += Math.min(count, prediction.get(ngram) ?? 0);
  const precision = overlap / Math.max(predictionTokens.length - n + 1, 1);
  const recall = overlap / Math.max(targetTokens.length - n + 1, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** ROUGE-L from one longest common subsequence of the two token lists. */
export function rougeL(targetTokens: readonly string[], predictionTokens: readonly string[]): RougeScore {
  if (targetTokens.length === 0 || predictionTokens.length === 0) return zeroScore();
  const ids = new TokenIds();
  const hits = lcsLength(ids.encode(targetTokens), ids.encode(predictionTokens));
  const precision = hits / predictionTokens.length;
  const recall = hits / targetTokens.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** Summary-level ROUGE-L (union LCS) over sentence token lists, as rouge_score's `_summary_level_lcs`. */
export function rougeLsum(targetSentences: readonly string[][], predictionSentences: readonly string[][]): RougeScore {
  const m = targetSentences.reduce((sum, sentence) => sum + sentence.length, 0);
  const n = predictionSentences.reduce((sum, sentence) => sum + sentence.length, 0);
  if (m === 0 || n === 0) return zeroScore();
  const ids = new TokenIds();
  const targets = targetSentences.map((sentence) => ids.encode(sentence));
  const predictions = predictionSentences.map((sentence) => ids.encode(sentence));
  // Tokens left to match on each side: a token is a hit at most min(count in target, in prediction).
  const targetLeft = countIds(targets, ids.size);
  const predictionLeft = countIds(predictions, ids.size);
  let hits = 0;
  for (const ref of targets) {
    const inUnion = new Uint8Array(ref.length);
    for (const can of predictions) for (const i of lcsIndices(ref, can)) inUnion[i] = 1;
    for (let i = 0; i < ref.length; i++) {
      const token = ref[i];
      if (inUnion[i] && targetLeft[token] > 0 && predictionLeft[token] > 0) {
        hits++;
        targetLeft[token]--;
        predictionLeft[token]--;
      }
    }
  }
  const precision = hits / n;
  const recall = hits / m;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

/** rouge_score's `scoring.fmeasure`: the harmonic mean, 0 when both are 0. */
export function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function zeroScore(): RougeScore {
  return { precision: 0, recall: 0, fmeasure: 0 };
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const ngram = JSON.stringify(tokens.slice(i, i + n)); // an unambiguous key for the tuple
    counts.set(ngram, (counts.get(ngram) ?? 0) + 1);
  }
  return counts;
}

function countIds(sentences: readonly Int32Array[], size: number): Int32Array {
  const counts = new Int32Array(size);
  for (const sentence of sentences) for (const id of sentence) counts[id]++;
  return counts;
}
