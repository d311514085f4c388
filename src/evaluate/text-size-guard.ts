/**
 * The size guard for metric and grounding inputs: a text longer than MAX_TEXT_CHARS is rejected
 * for its record, with the reason, before any metric sees it.
 *
 * Why: ROUGE-L's LCS is quadratic in tokens (rouge.ts, lcs.ts), so one pasted book in a JSONL
 * line would stall a run for hours or exhaust memory; no resume section or job posting is near
 * the limit (the study's longest section is a few thousand characters). 200,000 characters is
 * about 40,000 words. Leaves out: a linear-time fallback; an oversize text is not scored at all.
 */

export const MAX_TEXT_CHARS = 200_000;

const formatCount = (n: number) => n.toLocaleString("en-US");

/** Why `text` is too long to score, or null. */
export function textTooLong(text: string, label = "the text"): string | null {
  return text.length > MAX_TEXT_CHARS
    ? `${label} has ${formatCount(text.length)} characters, over the ${formatCount(MAX_TEXT_CHARS)} a metric input may have`
    : null;
}

/** The same for any JSON value (a structured section), measured as its compact JSON. */
export function oversizeProblem(value: unknown, label = "the output"): string | null {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? "");
  return textTooLong(text, label);
}
