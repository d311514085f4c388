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
import { tokenizeSentences } from "./rouge-tokenize";

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
  // Each text is tokenized once and its tokens numbered once for every type: rouge_score's
  // tokenizer turns "\n" into a space, so a text's tokens are its rougeLsum sentences end to end.
  const ids = new TokenIds();
  const sentences = [tokenizeSummary(target, { stem }), tokenizeSummary(prediction, { stem })].map((pieces) =>
    pieces.map((piece) => ids.encode(piece)),
  );
  const [targetIds, predictionIds] = sentences.map(concatenate);
  for (const type of types) {
    if (type === "rougeLsum") {
      // With one sentence a side, the union LCS is the LCS and no token can be counted twice,
      // so rougeLsum is rougeL to the bit (the study's single-line dumped JSON always is).
      const single = sentences[0].length === 1 && sentences[1].length === 1;
      scores[type] =
        single && scores["rougeL" as T]
          ? { ...scores["rougeL" as T] }
          : single
            ? rougeLOfIds(targetIds, predictionIds)
            : rougeLsumOfIds(sentences[0], sentences[1], ids.size);
    } else if (type === "rougeL") {
      scores[type] = rougeLOfIds(targetIds, predictionIds);
    } else if (/^rouge[0-9]$/.test(type)) {
      scores[type] = rougeNOfIds(targetIds, predictionIds, Number(type.slice(5)), ids.size);
    } else {
      throw new Error(`Invalid rouge type: ${type} (use rouge1…rouge9, rougeL or rougeLsum)`);
    }
  }
  return scores;
}

/** rougeLsum's sentences: the text split on "\n", empty pieces dropped, each piece tokenized. */
export function tokenizeSummary(text: string, { stem = true }: { stem?: boolean } = {}): string[][] {
  return tokenizeSentences(text, { stem });
}

/** ROUGE-N from clipped n-gram counts. */
export function rougeN(targetTokens: readonly string[], predictionTokens: readonly string[], n: number): RougeScore {
  const ids = new TokenIds();
  return rougeNOfIds(ids.encode(targetTokens), ids.encode(predictionTokens), n, ids.size);
}

/** ROUGE-L from one longest common subsequence of the two token lists. */
export function rougeL(targetTokens: readonly string[], predictionTokens: readonly string[]): RougeScore {
  const ids = new TokenIds();
  return rougeLOfIds(ids.encode(targetTokens), ids.encode(predictionTokens));
}

/** Summary-level ROUGE-L (union LCS) over sentence token lists, as rouge_score's `_summary_level_lcs`. */
export function rougeLsum(targetSentences: readonly string[][], predictionSentences: readonly string[][]): RougeScore {
  const ids = new TokenIds();
  const targets = targetSentences.map((sentence) => ids.encode(sentence));
  const predictions = predictionSentences.map((sentence) => ids.encode(sentence));
  return rougeLsumOfIds(targets, predictions, ids.size);
}

// The three scores on token ids (numbered by one TokenIds; `size` = how many ids it gave).

function rougeNOfIds(target: Int32Array, prediction: Int32Array, n: number, size: number): RougeScore {
  if (!Number.isInteger(n) || n <= 0) throw new Error(`rougen requires positive n: ${n}`);
  let overlap = 0;
  if (n === 1) {
    const targetCounts = countIds([target], size);
    const predictionCounts = countIds([prediction], size);
    for (let id = 0; id < size; id++) overlap += Math.min(targetCounts[id], predictionCounts[id]);
  } else {
    const predictionCounts = countNgrams(prediction, n, size);
    for (const [ngram, count] of countNgrams(target, n, size))
      overlap += Math.min(count, predictionCounts.get(ngram) ?? 0);
  }
  const precision = overlap / Math.max(prediction.length - n + 1, 1);
  const recall = overlap / Math.max(target.length - n + 1, 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function rougeLOfIds(target: Int32Array, prediction: Int32Array): RougeScore {
  if (target.length === 0 || prediction.length === 0) return zeroScore();
  const hits = lcsLength(target, prediction);
  const precision = hits / prediction.length;
  const recall = hits / target.length;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}

function rougeLsumOfIds(targets: readonly Int32Array[], predictions: readonly Int32Array[], size: number): RougeScore {
  const m = targets.reduce((sum, sentence) => sum + sentence.length, 0);
  const n = predictions.reduce((sum, sentence) => sum + sentence.length, 0);
  if (m === 0 || n === 0) return zeroScore();
  // Tokens left to match on each side: a token is a hit at most min(count in target, in prediction).
  const targetLeft = countIds(targets, size);
  const predictionLeft = countIds(predictions, size);
  let hits = 0;
  // A prediction sentence sharing no token with the target sentence adds nothing to the union:
  // skip its LCS table (most pairs of lines in a long section share none).
  const seenIn = new Int32Array(size);
  targets.forEach((ref, r) => {
    for (const token of ref) seenIn[token] = r + 1;
    const inUnion = new Uint8Array(ref.length);
    for (const can of predictions) {
      if (!can.some((token) => seenIn[token] === r + 1)) continue;
      for (const i of lcsIndices(ref, can)) inUnion[i] = 1;
    }
    for (let i = 0; i < ref.length; i++) {
      const token = ref[i];
      if (inUnion[i] && targetLeft[token] > 0 && predictionLeft[token] > 0) {
        hits++;
        targetLeft[token]--;
        predictionLeft[token]--;
      }
    }
  });
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

// Counts n-grams of token ids under an unambiguous key: the ids as digits in base `size` when
// that number stays exact, else the ids joined by commas.
function countNgrams(ids: Int32Array, n: number, size: number): Map<number | string, number> {
  const counts = new Map<number | string, number>();
  const numeric = Math.pow(Math.max(size, 1), n) <= Number.MAX_SAFE_INTEGER;
  for (let i = 0; i + n <= ids.length; i++) {
    let key: number | string;
    if (numeric) {
      key = 0;
      for (let k = i; k < i + n; k++) key = key * size + ids[k];
    } else {
      key = Array.prototype.join.call(ids.subarray(i, i + n), ",");
    }
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function concatenate(sentences: readonly Int32Array[]): Int32Array {
  if (sentences.length === 1) return sentences[0];
  const out = new Int32Array(sentences.reduce((sum, sentence) => sum + sentence.length, 0));
  let at = 0;
  for (const sentence of sentences) {
    out.set(sentence, at);
    at += sentence.length;
  }
  return out;
}

function countIds(sentences: readonly Int32Array[], size: number): Int32Array {
  const counts = new Int32Array(size);
  for (const sentence of sentences) for (const id of sentence) counts[id]++;
  return counts;
}
