// Test helper: reads the reference vectors that live beside the repo in ../shared/reference (made
// once with the study's Python implementations; see their README) and skips the tests that need
// them, saying why, when that folder is absent. The hand-computed tests never need it.

import * as fs from "node:fs";
import * as path from "node:path";

/** The folder of reference vectors; RPW_REFERENCE_DIR overrides it (e.g. to check the skip). */
export const REFERENCE_DIR = process.env.RPW_REFERENCE_DIR ?? path.resolve(__dirname, "../../../shared/reference");

const SKIP_MESSAGE = "skipped: ../shared/reference not present (reference vectors live outside the repo)";

/** A mocha suite whose tests are skipped, with the reason in its title, when the folder is absent. */
export function describeReference(title: string, body: () => void): void {
  const present = fs.existsSync(REFERENCE_DIR);
  describe(present ? title : `${title} (${SKIP_MESSAGE})`, function () {
    before(function () {
      if (!present) this.skip();
    });
    body();
  });
}

/** One JSON object per line of a reference .jsonl file, read once and kept. */
export function readJsonl<T>(file: string): T[] {
  return cached(file, () => readLines(file).map((line) => JSON.parse(line) as T));
}

/** The non-empty lines of a reference file. */
export function readLines(file: string): string[] {
  return fs
    .readFileSync(path.join(REFERENCE_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.length > 0);
}

const cache = new Map<string, unknown>();

function cached<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}

export interface ReferenceScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

/** A line of metric-vectors.jsonl: `a` is rouge_score's target, `b` its prediction. */
export interface MetricVector {
  id: string;
  kind: string;
  note: string;
  a: string;
  b: string;
  tfidf_cosine: number | null;
  tfidf_error?: string;
  rouge1: ReferenceScore;
  rouge2: ReferenceScore;
  rougeL: ReferenceScore;
  rougeLsum: ReferenceScore;
  dumped: { tfidf_cosine: number | null; tfidf_error?: string; rougeLsum: ReferenceScore };
}

/** The pair kinds of metric-vectors.jsonl, with how many pairs of each the README describes. */
export const PAIR_KINDS: Record<string, number> = {
  resume_vs_jd: 35,
  jd_vs_jd: 20,
  resume_vs_edited: 27,
  identical: 11,
  empty: 10,
  unicode: 26,
  newlines: 22,
  lsum_stress: 10,
  numbers_punct: 15,
  short: 15,
  long: 5,
  json_like: 10,
  stemming: 10,
};

/** The pairs of one kind (or all of them). */
export function readPairs(kind?: string): MetricVector[] {
  const pairs = readJsonl<MetricVector>("metric-vectors.jsonl");
  return kind === undefined ? pairs : pairs.filter((pair) => pair.kind === kind);
}

/** A line of tokenizer-vectors.jsonl. */
export interface TokenizerVector {
  text: string;
  sklearn_tokens: string[];
  rouge_tokens: string[];
  rouge_tokens_nostem: string[];
  rougeLsum_sentences: string[][];
  json_dumps: string;
  json_dumps_sklearn_tokens: string[];
}

/** A line of python-json-dumps.jsonl. */
export interface DumpsVector {
  value: unknown;
  dumps: string;
  python_repr: string;
  python_type: string;
}

/** Compares three ROUGE numbers exactly; returns a line per difference. */
export function scoreDifferences(label: string, actual: ReferenceScore, expected: ReferenceScore): string[] {
  return (["precision", "recall", "fmeasure"] as const)
    .filter((field) => actual[field] !== expected[field])
    .map((field) => `${label} ${field}: got ${actual[field]}, rouge_score gives ${expected[field]}`);
}
