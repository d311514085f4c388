/** Small descriptive statistics used by profiles and tables. Pure; inputs are not mutated. */

export interface Summary {
  count: number;
  min: number | null;
  p25: number | null;
  median: number | null;
  mean: number | null;
  p75: number | null;
  max: number | null;
}

/** Quantile with linear interpolation between order statistics (numpy's default, "linear"). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error("quantile of an empty list");
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { count: 0, min: null, p25: null, median: null, mean: null, p75: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    count: sorted.length,
    min: sorted[0],
    p25: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    mean: sum / sorted.length,
    p75: quantile(sorted, 0.75),
    max: sorted[sorted.length - 1],
  };
}

/**
 * Counts values into an object ordered by count (descending), then key (ascending), so the
 * JSON it becomes is the same on every run.
 */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** The arithmetic mean; throws on an empty list (say what an empty group means where you call it). */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error("mean of an empty list");
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Ranks from 1, tied values sharing the average of their ranks (scipy.stats.rankdata's default
 * "average" method), in the order of the input.
 */
export function rankAverage(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && values[order[end]] === values[order[start]]) end++;
    const rank = (start + 1 + end) / 2; // the average of ranks start+1 .. end
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}
