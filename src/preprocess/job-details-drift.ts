/**
 * The drift report of free-form job details: over many inputs, every key variant met (as
 * written: "Job Title", "job_title", "Position"), how often, and the JobDetails field it went to
 * or "unmapped", so the synonym table can be extended where the data drifts.
 *
 * Follows: the study's observation that 26 GPT-4 outputs used 35 top-level keys (STUDY.md).
 * Leaves out: value-level drift (e.g. salary formats); the normaliser's warnings say those.
 */
import { Target } from "./job-details-synonyms";
import { normalizeJobDetails } from "./normalize-job-details";

export interface DriftReport {
  inputs: number;
  /** Inputs that were not parsable objects. */
  failures: number;
  /** Every key variant met, with its count and where it went; most frequent first. */
  keys: { key: string; count: number; mappedTo: Target | "unmapped" }[];
  /** The distinct keys that were not mapped (the synonym table's to-do list). */
  unmapped: string[];
}

/** Normalises every input and reports the key variants met. */
export function reportJobDetailsDrift(inputs: unknown[]): DriftReport {
  const counts = new Map<string, { count: number; mappedTo: Target | "unmapped" }>();
  let failures = 0;
  for (const input of inputs) {
    const { mappings, warnings } = normalizeJobDetails(input);
    if (warnings.length > 0 && mappings.length === 0) failures++;
    for (const { key, mappedTo } of mappings) {
      const seen = counts.get(key);
      if (seen) seen.count++;
      else counts.set(key, { count: 1, mappedTo });
    }
  }
  const keys = [...counts]
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    inputs: inputs.length,
    failures,
    keys,
    unmapped: keys.filter((k) => k.mappedTo === "unmapped").map((k) => k.key),
  };
}
