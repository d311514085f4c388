// Holm's step-down correction of p-values for testing several metrics on the same pair of
// systems: with a dozen metrics, one of them "significant" at 0.05 by chance is likely; Holm keeps
// the family-wise error at the level without Bonferroni's loss of power, and assumes nothing
// about how the tests depend on each other.
//
// Follows: Holm (1979), "A simple sequentially rejective multiple test procedure", Scand. J.
// Statist. 6(2). Sort the m p-values ascending; the i-th smallest (from 1) becomes
// min(1, max over j <= i of (m - j + 1) p_(j)). Ties keep their input order. Matches
// statsmodels' `multipletests(p, method="holm")`.
// Leaves out: null p-values (a test that could not be run) are not part of the family and stay null.

export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues
    .map((p, i) => ({ p, i }))
    .filter((entry): entry is { p: number; i: number } => entry.p !== null);
  for (const { p } of tested) if (!(p >= 0 && p <= 1)) throw new Error(`a p-value must be in [0, 1], got ${p}`);
  const m = tested.length;
  const sorted = [...tested].sort((a, b) => a.p - b.p || a.i - b.i);
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 0;
  sorted.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
