/**
 * The rounding rules every result table and caption shares, so a number reads the same in the
 * CSV, the Markdown, the LaTeX and the report: scores to 3 decimals, intervals as
 * "mean [low, high]", p-values to 3 decimals with anything smaller shown as "< 0.001" (never
 * "p = 0.000"), and a missing value as an em dash. Pure.
 */

export const MISSING = "—";

/** A score to `digits` decimals; -0.000 becomes 0.000 (the sign of a rounded zero means nothing). */
export function formatScore(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** "0.412 [0.371, 0.455]": a mean with its interval. */
export function formatInterval(
  interval: { mean: number; low: number; high: number } | null | undefined,
  digits = 3,
): string {
  if (!interval) return MISSING;
  return `${formatScore(interval.mean, digits)} [${formatScore(interval.low, digits)}, ${formatScore(interval.high, digits)}]`;
}

/** A p-value: "< 0.001" below one in a thousand, else three decimals. */
export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return MISSING;
  return p < 0.001 ? "< 0.001" : p.toFixed(3);
}
