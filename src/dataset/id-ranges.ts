/**
 * Ordering and printing ids the way people read them: numeric ids by value ("2" before "10"),
 * and runs of consecutive ids as ranges ("275–532"), so a report can list 258 ids in one line.
 */

/** Numeric ids in numeric order, others after them in code-point order. */
export function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
  if (numeric.test(a) !== numeric.test(b)) return numeric.test(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "1–3, 7, 9–12": runs of consecutive numeric ids joined (ids sorted first). */
export function formatIdRanges(ids: readonly string[]): string {
  const sorted = [...ids].sort(compareIds);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      /^\d+$/.test(sorted[j]) &&
      /^\d+$/.test(sorted[j + 1]) &&
      Number(sorted[j + 1]) === Number(sorted[j]) + 1
    )
      j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : sorted[i]);
    i = j;
  }
  return parts.join(", ");
}
