/**
 * The measurements of one tailored section, in one record: the better metrics (claims traced
 * to the resume, job-keyword coverage, prompt echo) and the study's UP and JA on plain text.
 * Used by the prompt studio's matrix and by the evaluation runner, so both report the same
 * numbers for the same output.
 */
import { groundClaims, GroundingReport } from "./grounding";
import { coverKeywords, JobKeywords } from "./keyword-coverage";
import { sectionToPlainText } from "./plain-text";
import { measurePromptEcho } from "./prompt-echo";
import { computeMetricSet } from "./study-metrics";

export interface SectionScoreInput {
  /** The model's (or baseline's) section, parsed. */
  output: unknown;
  /** The original section. */
  original: unknown;
  /** The whole resume text: a claim is supported when the resume states it anywhere. */
  resumeText: string;
  jobDetails: unknown & { skills?: JobKeywords };
  /** The job ad and the prompt's instructions, to measure copying. */
  jobText: string;
  instructions: string;
}

export interface SectionScores {
  /** Share of the output's checkable claims not found in the resume; null without claims. */
  unsupportedShare: number | null;
  claims: number;
  unsupported: { type: string; text: string }[];
  /** Claims and unsupported claims per claim type (for the breakdown figure). */
  claimsByType: GroundingReport["byType"];
  /** Share of the job's required + preferred skills the output mentions, and the original did. */
  keywordCoverage: number | null;
  keywordCoverageOriginal: number | null;
  /** Share of the output's 5-grams copied from the job ad / the instructions. */
  echoJobAd: number | null;
  echoInstructions: number | null;
  /** The study's user personalization and job alignment, on plain text. */
  userPersonalization: number | null;
  jobAlignment: number | null;
  outputWords: number;
}

export function scoreSection(input: SectionScoreInput): SectionScores {
  const outputText = sectionToPlainText(input.output);
  const grounding = groundClaims(outputText, input.resumeText);
  const skills = input.jobDetails.skills ?? { required: [], preferred: [] };
  const coverage = coverKeywords(skills, outputText, sectionToPlainText(input.original));
  const echo = measurePromptEcho(outputText, { instructions: input.instructions, jobAd: input.jobText });
  const study = computeMetricSet({ original: input.original, output: input.output, jobDetails: input.jobDetails }, "plain");
  return {
    unsupportedShare: grounding.unsupportedShare,
    claims: grounding.claims.length,
    unsupported: grounding.claims.filter((claim) => !claim.supported).map((claim) => ({ type: claim.type, text: claim.text })),
    claimsByType: grounding.byType,
    keywordCoverage: coverage.all.output.share,
    keywordCoverageOriginal: coverage.all.original.share,
    echoJobAd: echo.jobAd,
    echoInstructions: echo.instructions,
    userPersonalization: study.userPersonalization.value,
    jobAlignment: study.jobAlignment.value,
    outputWords: outputText.split(/\s+/).filter(Boolean).length,
  };
}
