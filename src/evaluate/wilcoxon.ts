// The Wilcoxon signed-rank test of paired differences, two-sided, with scipy's default handling
// of zero differences ("wilcox": dropped before ranking), and the matched-pairs rank-biserial
// correlation as its effect size.
//
// Follows: Wilcoxon (1945); scipy 1.10 `scipy.stats.wilcoxon`. The statistic is
// T = min(R+, R-) over the ranks of |d| (ties share their average rank). The p-value is
//  - exact when 1 <= n <= 25 with no ties and no zero differences: twice the smaller tail of the
//    null distribution of R+ (all 2^n sign patterns), capped at 1, and 1 at the centre, as
//    scipy's wilcoxon(x, y, method="exact");
//  - otherwise the normal approximation with the tie correction of the variance and a
//    continuity correction, as scipy's wilcoxon(x, y, zero_method="wilcox", correction=True,
//    method="approx"): z = (T - n(n+1)/4 + 0.5) / sqrt(n(n+1)(2n+1)/24 - sum(t^3 - t)/48).
// (scipy's own default switches to exact up to n = 50 and skips the continuity correction; we
// keep exact to n <= 25, where its 2^n enumeration is cheap, and correct for continuity.)
// Rank-biserial r = (R+ - R-) / (R+ + R-) (Kerby 2014): +1 when every pair favours the first.
// Leaves out: one-sided tests, the "pratt" and "zsplit" zero methods.

import { rankAverage } from "../util/stats";
import { normalSurvival } from "./normal-distribution";
import type { WilcoxonResult } from "../schemas/evaluation";

export type { WilcoxonResult };

export const EXACT_MAX_N = 25;

/** Wilcoxon signed-rank test of `differences` (a - b per pair) against zero. */
export function wilcoxonSignedRank(differences: readonly number[]): WilcoxonResult {
  if (differences.some((d) => !Number.isFinite(d))) throw new Error("wilcoxonSignedRank needs finite differences");
  const nonZero = differences.filter((d) => d !== 0);
  const zeros = differences.length - nonZero.length;
  const n = nonZero.length;
  const ranks = rankAverage(nonZero.map(Math.abs));
  let rankSumPositive = 0;
  let rankSumNegative = 0;
  nonZero.forEach((d, i) => {
    if (d > 0) rankSumPositive += ranks[i];
    else rankSumNegative += ranks[i];
  });
  const statistic = Math.min(rankSumPositive, rankSumNegative);
  const base = { n, zeros, statistic, rankSumPositive, rankSumNegative };
  if (n === 0) return { ...base, pValue: null, method: "none", rankBiserial: null };
  const rankBiserial = (rankSumPositive - rankSumNegative) / (rankSumPositive + rankSumNegative);
  const ties = ranks.length - new Set(ranks).size;
  if (n <= EXACT_MAX_N && ties === 0 && zeros === 0) {
    return { ...base, pValue: exactPValue(n, rankSumPositive), method: "exact", rankBiserial };
  }
  const mean = (n * (n + 1)) / 4;
  let variance = n * (n + 1) * (2 * n + 1);
  for (const t of tieGroupSizes(ranks)) variance -= 0.5 * t * (t * t - 1);
  const se = Math.sqrt(variance / 24);
  const correction = 0.5 * Math.sign(statistic - mean);
  const z = (statistic - mean - correction) / se;
  return {
    ...base,
    pValue: Math.min(1, 2 * normalSurvival(Math.abs(z))),
    method: "normal approximation",
    rankBiserial,
  };
}

// scipy's _get_wilcoxon_distr: counts of sign patterns by R+, then its two-sided rule.
function exactPValue(n: number, rankSumPositive: number): number {
  const max = (n * (n + 1)) / 2;
  let counts = new Float64Array(max + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    const next = counts.slice();
    for (let s = rank; s <= max; s++) next[s] += counts[s - rank];
    counts = next;
  }
  const total = 2 ** n;
  const r = Math.floor(rankSumPositive);
  if (r === Math.floor(max / 2)) return 1;
  let less = 0;
  let greater = 0;
  for (let s = 0; s <= max; s++) {
    if (s <= r) less += counts[s] / total;
    if (s >= r) greater += counts[s] / total;
  }
  return Math.min(1, Math.max(0, 2 * Math.min(less, greater)));
}

function tieGroupSizes(ranks: readonly number[]): number[] {
  const sizes = new Map<number, number>();
  for (const rank of ranks) sizes.set(rank, (sizes.get(rank) ?? 0) + 1);
  return [...sizes.values()].filter((size) => size > 1);
}
