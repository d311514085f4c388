/**
 * How much of a resume the sections kept: the share of its non-whitespace characters that the
 * section texts (the seven plus `other`) hold, and corpus summaries of it.
 *
 * Follows: the acceptance rule (concatenated sections cover >= 95 % of the resume's
 * non-whitespace characters). Section texts are slices of the resume, so the share is exact
 * and cannot pass 1; heading words ("Work Experience") are structure, not content, and are the
 * only text the rules sectioner leaves out.
 * Leaves out: whether the right text went to the right section (the fixtures score that).
 */
import { SECTION_NAMES, ResumeSections } from "../schemas/resume-sections";
import { quantile } from "../util/stats";

const nonSpace = (text: string) => text.replace(/\s+/g, "").length;

/** Non-whitespace characters in the sections (and `other`) over those in the resume text; 1 for an empty text. */
export function sectionCoverage(text: string, sections: ResumeSections): number {
  const total = nonSpace(text);
  if (total === 0) return 1;
  const kept = SECTION_NAMES.reduce((sum, name) => sum + nonSpace(sections[name].text), nonSpace(sections.other));
  return kept / total;
}

export interface CoverageSummary {
  count: number;
  mean: number;
  p5: number;
  min: number;
}

/** Mean, 5th percentile (numpy's linear) and minimum of coverage values. */
export function summarizeCoverage(values: number[]): CoverageSummary {
  if (values.length === 0) return { count: 0, mean: 1, p5: 1, min: 1 };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: values.length,
    mean: values.reduce((a, b) => a + b, 0) / values.length,
    p5: quantile(sorted, 0.05),
    min: sorted[0],
  };
}
