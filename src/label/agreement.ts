/**
 * Agreement statistics for hand labels: a proportion with its Wilson score interval, and Cohen's
 * kappa between two raters.
 *
 * Wilson (1927), "Probable inference, the law of succession, and statistical inference", JASA 22:
 * the interval is p̃ ± z/(1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²) around p̃ = (p + z²/2n)/(1 + z²/n).
 * Unlike the normal (Wald) interval it stays inside [0, 1] and is usable at p = 0 or 1 and small n,
 * which is where a labelled sample per claim type lands. z = 1.959964 for 95 %.
 * Cohen (1960), "A coefficient of agreement for nominal scales": κ = (p_o − p_e)/(1 − p_e), p_o the
 * observed agreement, p_e the agreement expected from each rater's marginal shares. κ is null when
 * p_e = 1 (both raters used one and the same label: agreement is then not measurable).
 */

export const Z95 = 1.959963984540054;

export interface Proportion {
  /** Successes. */
  k: number;
  /** Trials; 0 leaves the proportion undefined. */
  n: number;
  /** k / n; null when n = 0. */
  p: number | null;
  /** The Wilson score interval; null when n = 0. */
  low: number | null;
  high: number | null;
}

/** k out of n with its Wilson score interval at `z` (default 95 %). */
export function wilson(k: number, n: number, z = Z95): Proportion {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < 0 || k > n) {
    throw new Error(`wilson: need whole 0 <= k <= n, got ${k}/${n}`);
  }
  if (n === 0) return { k, n, p: null, low: null, high: null };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 or k = n the bound is exactly 0 or 1; clamp the rounding error away.
  return { k, n, p, low: k === 0 ? 0 : Math.max(0, centre - half), high: k === n ? 1 : Math.min(1, centre + half) };
}

export interface Kappa {
  /** Items both raters labelled. */
  n: number;
  /** Null when n = 0 or chance agreement is 1. */
  kappa: number | null;
  observed: number | null;
  expected: number | null;
  /** The labels, in the order given (then any others met, sorted). */
  labels: string[];
  /** table[i][j]: items rater A labelled labels[i] and rater B labels[j]. */
  table: number[][];
}

/** Cohen's κ of paired labels. `labels` fixes the table's order. */
export function cohenKappa(pairs: readonly (readonly [string, string])[], labels: readonly string[] = []): Kappa {
  const all = [...labels, ...[...new Set(pairs.flat())].filter((label) => !labels.includes(label)).sort()];
  const index = new Map(all.map((label, i) => [label, i]));
  const table = all.map(() => all.map(() => 0));
  for (const [a, b] of pairs) table[index.get(a)!][index.get(b)!]++;
  const n = pairs.length;
  if (n === 0) return { n, kappa: null, observed: null, expected: null, labels: all, table };
  const observed = all.reduce((sum, _, i) => sum + table[i][i], 0) / n;
  const rowShare = table.map((row) => row.reduce((a, b) => a + b, 0) / n);
  const columnShare = all.map((_, j) => table.reduce((sum, row) => sum + row[j], 0) / n);
  const expected = rowShare.reduce((sum, share, i) => sum + share * columnShare[i], 0);
  const kappa = expected === 1 ? null : (observed - expected) / (1 - expected);
  return { n, kappa, observed, expected, labels: all, table };
}
