/**
 * The evaluation's files as data shapes: `evaluate/records.jsonl` (one record per system and case:
 * the output, who answered it, its scores), `scores.jsonl` and `summary.json` (means with
 * intervals, paired comparisons, identical systems, per-section means). The evaluate modules take
 * their types from here, and every reader (figures, report, CLI table, notebooks, studio) parses
 * with these schemas, so a file of another shape is an error naming the file and field, not a
 * figure of undefined values. Fields added after a file format was first written default on read
 * (null or []), so an older run's files still read.
 */
import { z } from "zod";
import { CLAIM_TYPES } from "./claims";

/**
 * Metrics reported for every record, headline first: claims, then UP and JA on content words
 * (`*_content`), keyword coverage plain and grounded; then the study's formulas on plain text
 * (`*_plain`) and exactly as the study ran them, on dumped JSON (`*_study`).
 */
export const EVAL_METRICS = [
  "unsupportedShare",
  "inputOnlyShare",
  "up_content",
  "ja_content",
  "keywordCoverage",
  "groundedKeywordCoverage",
  "echoJobAd",
  "up_plain",
  "ja_plain",
  "hall_plain",
  "rougeLsum_plain",
  "up_study",
  "ja_study",
  "hall_study",
  "rougeLsum_study",
] as const;
export const EvalMetric = z.enum(EVAL_METRICS);
export type EvalMetric = z.infer<typeof EvalMetric>;

const count = z.number().int().nonnegative();

/** The seed of a summary written before the seed was recorded (and of callers that pass none). */
export const DEFAULT_SUMMARY_SEED = 20241220;
const share = z.number().nullable();

/** A mean with its percentile bootstrap interval (src/evaluate/bootstrap.ts). */
export const MeanInterval = z.object({
  n: count,
  mean: z.number(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
  resamples: count,
  seed: z.number().int(),
});
export type MeanInterval = z.infer<typeof MeanInterval>;

/** The same with whole clusters (resumes) resampled (src/evaluate/cluster-bootstrap.ts). */
export const ClusterInterval = MeanInterval.extend({ clusters: count });
export type ClusterInterval = z.infer<typeof ClusterInterval>;

/** The Wilcoxon signed-rank test of paired differences (src/evaluate/wilcoxon.ts). */
export const WilcoxonResult = z.object({
  /** Non-zero differences ranked (zeros dropped). */
  n: count,
  zeros: count,
  /** T = min(R+, R-). */
  statistic: z.number(),
  rankSumPositive: z.number(),
  rankSumNegative: z.number(),
  /** Two-sided p; null when every difference is zero (scipy raises). */
  pValue: share,
  method: z.enum(["exact", "normal approximation", "none"]),
  /** (R+ - R-) / (R+ + R-); null when every difference is zero. */
  rankBiserial: share,
});
export type WilcoxonResult = z.infer<typeof WilcoxonResult>;

/** Two systems on the same cases (src/evaluate/paired.ts). */
export const PairedComparison = z.object({
  /** Pairs compared (both scores present). */
  n: count,
  /** Pairs left out because a score was null. */
  dropped: count,
  meanA: share,
  meanB: share,
  /** Mean of a - b with its paired bootstrap interval; null when no pair is left. */
  difference: MeanInterval.nullable(),
  wilcoxon: WilcoxonResult,
  /** Pairs where a > b, a < b, a = b. */
  wins: count,
  losses: count,
  ties: count,
});
export type PairedComparison = z.infer<typeof PairedComparison>;

/** One score: a metric of one system's output for one case and section (null when undefined). */
export const ScoreRecord = z.object({
  system: z.string(),
  caseId: z.string(),
  /** The resume the case tailors: the cluster of the cluster bootstrap. */
  resumeId: z.string(),
  section: z.string(),
  metric: z.string(),
  value: share,
});
export type ScoreRecord = z.infer<typeof ScoreRecord>;

export const SystemSummary = z.object({
  system: z.string(),
  metric: EvalMetric,
  /** Cases with a value / all cases. */
  n: count,
  cases: count,
  /** Over cases (sections), as if independent. */
  interval: MeanInterval.nullable(),
  /** Over resumes: whole resumes resampled with all their sections (wider, and the honest one). */
  clusterInterval: ClusterInterval.nullable().default(null),
});
export type SystemSummary = z.infer<typeof SystemSummary>;

export const PairSummary = z.object({
  a: z.string(),
  b: z.string(),
  metric: EvalMetric,
  comparison: PairedComparison,
  /** The mean difference's interval with whole resumes resampled (their sections' differences together). */
  clusterDifference: ClusterInterval.nullable().default(null),
  /** Wilcoxon p after Holm's correction across every metric of this pair of systems; null where p is. */
  pHolm: share.default(null),
  /** "a beats b in k of n" in the metric's better direction. */
  wins: z.string(),
});
export type PairSummary = z.infer<typeof PairSummary>;

/** Two systems whose outputs are the same on every case: one result reported twice, not two. */
export const IdenticalSystems = z.object({
  a: z.string(),
  b: z.string(),
  /** Cases both answered (all of each system's answered cases). */
  cases: count,
});
export type IdenticalSystems = z.infer<typeof IdenticalSystems>;

export const SectionMean = z.object({
  system: z.string(),
  section: z.string(),
  metric: EvalMetric,
  mean: share,
  n: count,
  /** 95 % bootstrap interval over the section's cases (one section per resume and job). */
  interval: MeanInterval.nullable().default(null),
});
export type SectionMean = z.infer<typeof SectionMean>;

/** What the evaluate stage writes to summary.json: every number a table or figure shows. */
export const EvaluationSummary = z.object({
  systems: z.array(z.string()),
  reference: z.string(),
  /** The seed every interval here was drawn with (the run configuration's); 20241220 before it was recorded. */
  seed: z.number().int().default(DEFAULT_SUMMARY_SEED),
  perSystem: z.array(SystemSummary),
  pairs: z.array(PairSummary),
  /** Systems with the same outputs on every case; a system identical to the reference has no pairs. */
  identical: z.array(IdenticalSystems).default([]),
  /** Mean of every metric per system and section. */
  sections: z.array(SectionMean),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;

/** A metric's value, or null with the reason it is undefined. */
export const Measured = z.object({ value: share, reason: z.string().nullable() });
export type Measured = z.infer<typeof Measured>;

export const StudyMetricSet = z.object({
  userPersonalization: Measured,
  jobAlignment: Measured,
  /** JA / UP: unbounded, and higher for copying the job ad; kept to compare with the study. */
  hallucination: Measured,
  /** ROUGE-Lsum F1 against the teacher's output. */
  rougeLsum: Measured,
});
export type StudyMetricSet = z.infer<typeof StudyMetricSet>;

/** UP and JA on content words: plain text, English stop words removed. */
export const ContentMetricSet = z.object({ userPersonalization: Measured, jobAlignment: Measured });
export type ContentMetricSet = z.infer<typeof ContentMetricSet>;

const UNMEASURED = { value: null, reason: "not measured when this record was written" };

/** The study's metrics both ways, side by side, and the content-word UP and JA. */
export const StudyMetricsRecord = z.object({
  study: StudyMetricSet,
  plain: StudyMetricSet,
  content: ContentMetricSet.default({ userPersonalization: UNMEASURED, jobAlignment: UNMEASURED }),
});
export type StudyMetricsRecord = z.infer<typeof StudyMetricsRecord>;

const ClaimCounts = z.object({ claims: count, unsupported: count, inputOnly: count });
const TypedClaim = z.object({ type: z.string(), text: z.string() });

/** The measurements of one tailored section (src/evaluate/section-scores.ts). */
export const SectionScores = z.object({
  /** Share of the output's checkable claims found neither in the resume nor in the model's input; null without claims. */
  unsupportedShare: share,
  /** Share found not in the resume but in the model's input (inherited from the pipeline); null without claims. */
  inputOnlyShare: share,
  claims: count,
  unsupported: z.array(TypedClaim),
  inputOnly: z.array(TypedClaim),
  /** Claims, unsupported and input-only claims per claim type (for the breakdown figure). */
  claimsByType: z.record(z.enum(CLAIM_TYPES), ClaimCounts),
  /** Share of the job's required + preferred skills the output mentions, and the original did. */
  keywordCoverage: share,
  keywordCoverageOriginal: share,
  /** Share of the job's keywords the output mentions and the resume holds (pasting the ad earns nothing). */
  groundedKeywordCoverage: share.default(null),
  /** Share of the output's 5-grams copied from the job ad / the instructions. */
  echoJobAd: share,
  echoInstructions: share,
  /** The study's user personalization and job alignment, on plain text. */
  userPersonalization: share,
  jobAlignment: share,
  /** The same on content words (English stop words removed): the headline UP and JA. */
  userPersonalizationContent: share.default(null),
  jobAlignmentContent: share.default(null),
  outputWords: count,
});
export type SectionScores = z.infer<typeof SectionScores>;

export const SYSTEM_KINDS = ["identity", "rules", "llm", "recorded"] as const;

/** One system's answer for one case, with its provenance and scores (`evaluate/records.jsonl`). */
export const EvalRecord = z.object({
  system: z.string(),
  caseId: z.string(),
  resumeId: z.string(),
  jobId: z.string(),
  section: z.string(),
  provenance: z.object({
    kind: z.enum(SYSTEM_KINDS),
    answeredBy: z.string(),
    model: z.string(),
    cached: z.boolean(),
    costUsd: z.number().nullable(),
    source: z.string().nullable(),
  }),
  ok: z.boolean(),
  error: z.string().nullable(),
  output: z.unknown(),
  scores: SectionScores.nullable(),
  study: StudyMetricsRecord.nullable(),
});
export type EvalRecord = z.infer<typeof EvalRecord>;

/** One answer of a prompt comparison (`runs/<run>/prompts/<comparison>.jsonl`), scored as the evaluation scores. */
export const PromptRunRow = z.object({
  run: z.string(),
  variant: z.string(),
  system: z.string(),
  caseId: z.string(),
  section: z.string(),
  promptVersions: z.object({ master: z.string(), section: z.string() }),
  answeredBy: z.string(),
  model: z.string(),
  key: z.string(),
  ok: z.boolean(),
  error: z.object({ kind: z.string(), message: z.string() }).nullable(),
  output: z.unknown(),
  usage: z.object({ inputTokens: count, outputTokens: count, cachedInputTokens: count }),
  /** What producing this output cost (for a replayed answer: what the recorded call cost). */
  costUsd: z.number().nullable(),
  scores: SectionScores.nullable(),
});
export type PromptRunRow = z.infer<typeof PromptRunRow>;
