// Comparing two systems on the same cases: the mean difference with a paired bootstrap interval,
// the Wilcoxon signed-rank test with its rank-biserial effect size, and wins, losses and ties
// ("tuned beats base in 2 of 26", the study's one paired statement).
//
// Follows: the paired bootstrap resamples cases, not systems' scores separately, so each draw
// keeps a case's two scores together (bootstrap.ts on the differences a - b). Wilcoxon as in
// wilcoxon.ts. A pair where either score is null (an undefined metric) is left out and counted
// in `dropped`. A tie is an exact equality, or |a - b| <= `tieTolerance` when given.
// Leaves out: multiple-comparison correction across metrics (report p-values, not stars).

import { bootstrapMean, BootstrapOptions } from "./bootstrap";
import { wilcoxonSignedRank } from "./wilcoxon";
import { mean } from "../util/stats";
import type { PairedComparison } from "../schemas/evaluation";

export type { PairedComparison };

export interface PairedOptions extends BootstrapOptions {
  /** Differences this small count as ties (default 0: exact equality). */
  tieTolerance?: number;
}

/** Compares scores a[i] and b[i] of two systems on the same cases i. */
export function comparePaired(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  options: PairedOptions = {},
): PairedComparison {
  if (a.length !== b.length) throw new Error(`paired scores need the same cases: ${a.length} vs ${b.length} values`);
  const tolerance = options.tieTolerance ?? 0;
  const pairs: [number, number][] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x !== null && y !== null) pairs.push([x, y]);
  });
  const differences = pairs.map(([x, y]) => {
    const d = x - y;
    return Math.abs(d) <= tolerance ? 0 : d;
  });
  return {
    n: pairs.length,
    dropped: a.length - pairs.length,
    meanA: pairs.length ? mean(pairs.map(([x]) => x)) : null,
    meanB: pairs.length ? mean(pairs.map(([, y]) => y)) : null,
    difference: bootstrapMean(
      pairs.map(([x, y]) => x - y),
      options,
    ),
    wilcoxon: wilcoxonSignedRank(differences),
    wins: differences.filter((d) => d > 0).length,
    losses: differences.filter((d) => d < 0).length,
    ties: differences.filter((d) => d === 0).length,
  };
}

/** "A beats B in k of n" (ties and dropped pairs named when there are any). */
export function describeWins(nameA: string, nameB: string, comparison: PairedComparison): string {
  const extras = [
    comparison.ties ? `${comparison.ties} tied` : "",
    comparison.dropped ? `${comparison.dropped} left out` : "",
  ].filter(Boolean);
  return `${nameA} beats ${nameB} in ${comparison.wins} of ${comparison.n}${extras.length ? ` (${extras.join(", ")})` : ""}`;
}
