// The mean of a metric with a cluster (block) bootstrap interval: the sections of one resume are
// not independent cases (one writer, one career, one tailoring call per section of the same
// person), so resampling sections one by one makes intervals too narrow. Here whole resumes are
// drawn with replacement, every scored section of a drawn resume comes along, and each draw's
// estimate is the mean over the sections drawn (total / count, so a resume weighs by its sections,
// as the point estimate does).
//
// Follows: Davison & Hinkley (1997), "Bootstrap Methods and their Application", §3.8 (resampling
// clusters, "strategy 1": clusters only, not within them); Field & Welsh (2007), "Bootstrapping
// clustered data", JRSS B 69(3). Percentile interval with numpy's linear quantile, mulberry32(seed),
// clusters numbered by first appearance, so the same values, clusters and seed give the same
// interval on every machine.
// Leaves out: resampling within clusters too (a two-stage bootstrap), which matters when there are
// few sections per resume and many resumes are alike; bias correction.

import type { BootstrapOptions } from "./bootstrap";
import type { ClusterInterval } from "../schemas/evaluation";
import { mulberry32, randomIndex } from "../util/random";
import { mean, quantile } from "../util/stats";

export type { ClusterInterval };

/** values[i] belongs to cluster clusters[i]; null for no values. */
export function bootstrapClusterMean(
  values: readonly number[],
  clusters: readonly string[],
  { resamples = 2000, seed = 0, level = 0.95 }: BootstrapOptions = {},
): ClusterInterval | null {
  if (values.length !== clusters.length)
    throw new Error(`every value needs its cluster: ${values.length} values, ${clusters.length} clusters`);
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new Error(`resamples must be a positive whole number, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new Error(`level must be between 0 and 1, got ${level}`);
  if (values.some((value) => !Number.isFinite(value)))
    throw new Error("bootstrapClusterMean needs finite numbers (leave undefined metrics out first)");
  if (values.length === 0) return null;
  const order = new Map<string, number>();
  const sums: number[] = [];
  const counts: number[] = [];
  values.forEach((value, i) => {
    let k = order.get(clusters[i]);
    if (k === undefined) {
      k = order.size;
      order.set(clusters[i], k);
      sums.push(0);
      counts.push(0);
    }
    sums[k] += value;
    counts[k] += 1;
  });
  const k = sums.length;
  const random = mulberry32(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let total = 0;
    let count = 0;
    for (let i = 0; i < k; i++) {
      const drawn = randomIndex(random, k);
      total += sums[drawn];
      count += counts[drawn];
    }
    means[r] = total / count;
  }
  means.sort();
  const sorted = Array.from(means);
  return {
    n: values.length,
    clusters: k,
    mean: mean(values),
    low: quantile(sorted, (1 - level) / 2),
    high: quantile(sorted, (1 + level) / 2),
    level,
    resamples,
    seed,
  };
}
