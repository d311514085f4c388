/**
 * Counted nouns in prose: "1 problem", "2 problems", "0 variants". English only, with an explicit
 * plural for irregular words ("1 analysis", "2 analyses"), so report lines never read "1 problems".
 */

/** `n` and the noun, singular when n is exactly 1. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
