/**
 * Splitting by resume: every section (and every job) of one resume lands in the same split, so
 * no resume's text is seen in training and again in validation or test.
 *
 * Follows: a Fisher–Yates shuffle driven by the seeded mulberry32 generator over the resume ids
 * sorted in code-point order (d3-array's `shuffle` walks the same way), so the same ids and
 * seed give the same split on any machine. Sizes: validation = round(n × validation fraction),
 * test = round(n × test fraction), train = the rest; the shuffled order fills train, then
 * validation, then test. Leaves out: stratification (by label or section), which the study's
 * 471-of-532 database administrators would make nearly moot.
 */
import { InputError } from "../util/input-error";
import { SftSplit } from "../schemas/sft";
import { mulberry32, randomIndex } from "../util/random";

export interface SplitFractions {
  train: number;
  validation: number;
  test: number;
}

export const DEFAULT_SPLIT: SplitFractions = { train: 0.9, validation: 0.05, test: 0.05 };
export const DEFAULT_SPLIT_SEED = 2024;

/** "0.9,0.05,0.05" → fractions; three non-negative numbers that add up to 1. */
export function parseSplitFractions(text: string): SplitFractions {
  const parts = text.split(",").map((part) => part.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 3 || parts.some((part) => part === "") || numbers.some((n) => !Number.isFinite(n) || n < 0)) {
    throw new InputError(`a split is three non-negative fractions "train,validation,test", got "${text}"`);
  }
  if (Math.abs(numbers[0] + numbers[1] + numbers[2] - 1) > 1e-9)
    throw new InputError(`split fractions must add up to 1, got ${numbers.join(" + ")}`);
  return { train: numbers[0], validation: numbers[1], test: numbers[2] };
}

/** The split of each resume id. Duplicated ids are counted once. */
export function splitResumes(
  resumeIds: Iterable<string>,
  { seed = DEFAULT_SPLIT_SEED, fractions = DEFAULT_SPLIT } = {},
): Map<string, SftSplit> {
  const ids = [...new Set(resumeIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const random = mulberry32(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const validation = Math.round(ids.length * fractions.validation);
  const test = Math.min(Math.round(ids.length * fractions.test), ids.length - validation);
  const train = ids.length - validation - test;
  const splits = new Map<string, SftSplit>();
  ids.forEach((id, index) =>
    splits.set(id, index < train ? "train" : index < train + validation ? "validation" : "test"),
  );
  return splits;
}
