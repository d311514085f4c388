/**
 * What may stand as a section's value: text, a list or an object. Shared by the dataset stage
 * (teacher targets) and the evaluation (recorded outputs), so it lives below both.
 */

/**
 * Why a value cannot be a section's target or recorded output, or null when it can. A section is
 * text, a list or an object (the study's files mix all three); a number, a boolean, null or
 * blank text is not a section, and scoring or training on it would coerce it into one.
 */
export function sectionValueProblem(value: unknown): string | null {
  if (value === undefined) return "no value";
  if (value === null) return "the value is null, not a section (text, list or object)";
  if (typeof value === "string") return value.trim() === "" ? "the value is blank text" : null;
  if (typeof value === "object") return null;
  return `the value is a ${typeof value} (${String(value).slice(0, 40)}), not a section (text, list or object)`;
}
