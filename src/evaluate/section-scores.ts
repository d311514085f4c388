/**
 * The measurements of one tailored section, in one record: the better metrics (claims traced
 * to the resume and the model's input, job-keyword coverage, prompt echo) and the study's UP and
 * JA on plain text. The model's own inventions (unsupported) are counted apart from what the
 * pipeline handed it (input_only); `scoreSectionClaims` also returns every claim, for claims.jsonl.
 * Used by the prompt studio's matrix and by the evaluation runner, so both report the same
 * numbers for the same output.
 */
import { ClaimReport, groundClaims } from "./grounding";
import { coverKeywords, groundedCoverage, JobKeywords } from "./keyword-coverage";
import { sectionToPlainText } from "./plain-text";
import { measurePromptEcho } from "./prompt-echo";
import { computeContentMetrics, computeMetricSet } from "./study-metrics";
import type { SectionScores } from "../schemas/evaluation";

export type { SectionScores };

export interface SectionScoreInput {
  /** The model's (or baseline's) section, parsed. */
  output: unknown;
  /** The original section. */
  original: unknown;
  /** The whole resume text: a claim is supported when the resume states it (dates and titles in their entry). */
  resumeText: string;
  /** What the model was given besides the resume text (extracted section, job details, persona): input_only claims. */
  modelInput?: unknown;
  /** The section's name: a skills section is read as a list, every item a claim. */
  section?: string;
  jobDetails: unknown & { skills?: JobKeywords };
  /** The job ad and the prompt's instructions, to measure copying. */
  jobText: string;
  instructions: string;
}

export function scoreSection(input: SectionScoreInput): SectionScores {
  return scoreSectionClaims(input).scores;
}

/** The scores and the claim report they were computed from. */
export function scoreSectionClaims(input: SectionScoreInput): { scores: SectionScores; claims: ClaimReport } {
  const outputText = sectionToPlainText(input.output);
  const grounding = groundClaims(outputText, input.resumeText, {
    ...(input.modelInput !== undefined ? { input: input.modelInput } : {}),
    job: input.jobText,
    skillList: input.section === "skills",
  });
  const skills = input.jobDetails.skills ?? { required: [], preferred: [] };
  const coverage = coverKeywords(skills, outputText, sectionToPlainText(input.original));
  const echo = measurePromptEcho(outputText, { instructions: input.instructions, jobAd: input.jobText });
  const pair = { original: input.original, output: input.output, jobDetails: input.jobDetails };
  const study = computeMetricSet(pair, "plain");
  const content = computeContentMetrics(pair);
  const scores: SectionScores = {
    unsupportedShare: grounding.unsupportedShare,
    inputOnlyShare: grounding.inputOnlyShare,
    claims: grounding.claims.length,
    unsupported: grounding.claims
      .filter((claim) => claim.verdict === "unsupported")
      .map((claim) => ({ type: claim.type, text: claim.text })),
    inputOnly: grounding.claims
      .filter((claim) => claim.verdict === "input_only")
      .map((claim) => ({ type: claim.type, text: claim.text })),
    claimsByType: grounding.byType,
    keywordCoverage: coverage.all.output.share,
    keywordCoverageOriginal: coverage.all.original.share,
    groundedKeywordCoverage: groundedCoverage(skills, outputText, input.resumeText).share,
    echoJobAd: echo.jobAd,
    echoInstructions: echo.instructions,
    userPersonalization: study.userPersonalization.value,
    jobAlignment: study.jobAlignment.value,
    userPersonalizationContent: content.userPersonalization.value,
    jobAlignmentContent: content.jobAlignment.value,
    outputWords: outputText.split(/\s+/).filter(Boolean).length,
  };
  return { scores, claims: grounding };
}
