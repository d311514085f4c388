/**
 * Removing repeated postings. JobSpy returns the same ad from several sites and searches,
 * and the study's `jd_description.csv` holds 65 exact repeats among 558 descriptions.
 *
 * A posting repeats an earlier kept one when, checked in this order,
 * 1. its `job_url` is the same (`same_url`),
 * 2. its description is the same string (`same_description`),
 * 3. its description is the same after normalisation (`same_normalized_description`):
 *    lower case, markdown escapes (`\-`, `\+`) undone, runs of white space folded.
 * The first occurrence is kept; each removal names the kept posting and the rule.
 */
import { JobPosting } from "../schemas/job";
import { RejectRecord } from "../schemas/reject";
import { excerpt } from "./clean-text";

export const DUPLICATE_RULES = ["same_url", "same_description", "same_normalized_description"] as const;
export type DuplicateRule = (typeof DUPLICATE_RULES)[number];

/** The normalisation of rule 3. */
export function normalizeDescription(description: string): string {
  return description
    .replace(/\\([-+*_#.()[\]!&|])/g, "$1")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export interface DedupeResult {
  kept: JobPosting[];
  duplicates: RejectRecord[];
  byRule: Record<DuplicateRule, number>;
}

export function dedupePostings(postings: JobPosting[]): DedupeResult {
  const seen: Record<DuplicateRule, Map<string, string>> = {
    same_url: new Map(),
    same_description: new Map(),
    same_normalized_description: new Map(),
  };
  const result: DedupeResult = {
    kept: [],
    duplicates: [],
    byRule: { same_url: 0, same_description: 0, same_normalized_description: 0 },
  };
  for (const posting of postings) {
    const keys: Record<DuplicateRule, string | null> = {
      same_url: posting.jobUrl,
      same_description: posting.description,
      same_normalized_description: normalizeDescription(posting.description),
    };
    const rule = DUPLICATE_RULES.find((name) => keys[name] !== null && seen[name].has(keys[name] as string));
    if (rule) {
      const keptId = seen[rule].get(keys[rule] as string) as string;
      result.byRule[rule]++;
      result.duplicates.push(
        RejectRecord.parse({
          kind: "duplicate",
          input: "job",
          source: posting.source,
          field: rule === "same_url" ? "job_url" : "description",
          reason: `${rule.replace(/_/g, " ")} as ${keptId}`,
          excerpt: excerpt(rule === "same_url" ? (posting.jobUrl ?? "") : posting.description),
          duplicateOf: keptId,
        }),
      );
      continue;
    }
    for (const name of DUPLICATE_RULES) if (keys[name] !== null) seen[name].set(keys[name] as string, posting.id);
    result.kept.push(posting);
  }
  return result;
}
