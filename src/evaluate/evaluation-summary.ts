/**
 * From evaluation records to what a reader wants: one score per (system, case, metric), the mean
 * of each metric per system with a seeded 95 % bootstrap interval, paired comparisons between
 * systems on the same cases (paired bootstrap of the difference, Wilcoxon signed-rank, wins),
 * and a per-section breakdown of every metric. Pure. Every interval is drawn from the seed the
 * caller passes (the run configuration's), and figures and tables read these numbers rather than
 * resample.
 */
import { bootstrapMean, MeanInterval } from "./bootstrap";
import { comparePaired, describeWins, PairedComparison } from "./paired";
import type { EvalRecord } from "./evaluate-systems";

/** One score: a metric of one system's output for one case and section (null when undefined). */
export interface ScoreRecord {
  system: string;
  caseId: string;
  section: string;
  metric: string;
  value: number | null;
}

/** The seed used when a caller gives none (kept for summaries written before the seed was passed in). */
export const DEFAULT_SUMMARY_SEED = 20241220;

/** Metrics reported for every record; `*_study` are the study's on dumped JSON, `*_plain` on plain text. */
export const EVAL_METRICS = [
  "unsupportedShare", "inputOnlyShare", "keywordCoverage", "echoJobAd",
  "up_plain", "ja_plain", "hall_plain", "rougeLsum_plain",
  "up_study", "ja_study", "hall_study", "rougeLsum_study",
] as const;
export type EvalMetric = (typeof EVAL_METRICS)[number];

/** For these, lower is better (claims the resume does not support; copying the ad; the study's ratio). */
export const LOWER_IS_BETTER: ReadonlySet<EvalMetric> = new Set(["unsupportedShare", "inputOnlyShare", "echoJobAd", "hall_plain", "hall_study"]);

function metricValues(record: EvalRecord): Record<EvalMetric, number | null> {
  const scores = record.scores;
  const study = record.study;
  return {
    unsupportedShare: scores?.unsupportedShare ?? null,
    inputOnlyShare: scores?.inputOnlyShare ?? null,
    keywordCoverage: scores?.keywordCoverage ?? null,
    echoJobAd: scores?.echoJobAd ?? null,
    up_plain: study?.plain.userPersonalization.value ?? null,
    ja_plain: study?.plain.jobAlignment.value ?? null,
    hall_plain: study?.plain.hallucination.value ?? null,
    rougeLsum_plain: study?.plain.rougeLsum.value ?? null,
    up_study: study?.study.userPersonalization.value ?? null,
    ja_study: study?.study.jobAlignment.value ?? null,
    hall_study: study?.study.hallucination.value ?? null,
    rougeLsum_study: study?.study.rougeLsum.value ?? null,
  };
}

export function scoreRecords(records: readonly EvalRecord[]): ScoreRecord[] {
  return records.flatMap((record) => {
    const values = metricValues(record);
    return EVAL_METRICS.map((metric) => ({ system: record.system, caseId: record.caseId, section: record.section, metric, value: values[metric] }));
  });
}

export interface SystemSummary {
  system: string;
  metric: EvalMetric;
  /** Cases with a value / all cases. */
  n: number;
  cases: number;
  interval: MeanInterval | null;
}

export function summarizeSystems(scores: readonly ScoreRecord[], systems: readonly string[], seed = DEFAULT_SUMMARY_SEED): SystemSummary[] {
  return systems.flatMap((system) => EVAL_METRICS.map((metric) => {
    const ofSystem = scores.filter((score) => score.system === system && score.metric === metric);
    const values = ofSystem.map((score) => score.value).filter((value): value is number => value !== null && Number.isFinite(value));
    return { system, metric, n: values.length, cases: ofSystem.length, interval: bootstrapMean(values, { seed }) };
  }));
}

export interface PairSummary {
  a: string;
  b: string;
  metric: EvalMetric;
  comparison: PairedComparison;
  /** "a beats b in k of n" in the metric's better direction. */
  wins: string;
}

/** Paired comparisons of every system against `reference` on the same cases. */
export function comparePairs(scores: readonly ScoreRecord[], systems: readonly string[], reference: string, seed = DEFAULT_SUMMARY_SEED): PairSummary[] {
  const valueOf = new Map(scores.map((score) => [`${score.system}\u0000${score.caseId}\u0000${score.metric}`, score.value]));
  const caseIds = [...new Set(scores.map((score) => score.caseId))];
  return systems.filter((system) => system !== reference).flatMap((system) => EVAL_METRICS.map((metric) => {
    const a = caseIds.map((id) => valueOf.get(`${system}\u0000${id}\u0000${metric}`) ?? null);
    const b = caseIds.map((id) => valueOf.get(`${reference}\u0000${id}\u0000${metric}`) ?? null);
    const comparison = comparePaired(a, b, { seed });
    // describeWins counts a > b as a win; for lower-is-better metrics flip the sides' roles in words.
    const wins = LOWER_IS_BETTER.has(metric)
      ? `${system} is lower (better) than ${reference} in ${comparison.losses} of ${comparison.n}`
      : describeWins(system, reference, comparison);
    return { a: system, b: reference, metric, comparison, wins };
  }));
}

export interface SectionMean {
  system: string;
  section: string;
  metric: EvalMetric;
  mean: number | null;
  n: number;
}

/** Mean of a metric per system and section (the heatmap's numbers, as a table). */
export function sectionBreakdown(scores: readonly ScoreRecord[], metric: EvalMetric): SectionMean[] {
  const groups = new Map<string, number[]>();
  for (const score of scores) {
    if (score.metric !== metric) continue;
    const key = `${score.system}\u0000${score.section}`;
    if (!groups.has(key)) groups.set(key, []);
    if (score.value !== null && Number.isFinite(score.value)) groups.get(key)!.push(score.value);
  }
  return [...groups].map(([key, values]) => {
    const [system, section] = key.split("\u0000");
    return { system, section, metric, n: values.length, mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null };
  });
}

/** What the evaluate stage writes to summary.json: every number a table or figure shows. */
export interface EvaluationSummary {
  systems: string[];
  reference: string;
  /** The seed every interval here was drawn with (the run configuration's). */
  seed: number;
  perSystem: SystemSummary[];
  pairs: PairSummary[];
  /** Mean of every metric per system and section. */
  sections: SectionMean[];
}

export interface SummarizeOptions {
  /** Seed of every bootstrap interval: pass the run configuration's seed. */
  seed?: number;
}

export function summarizeEvaluation(records: readonly EvalRecord[], reference: string, { seed = DEFAULT_SUMMARY_SEED }: SummarizeOptions = {}): EvaluationSummary {
  const systems = [...new Set(records.map((record) => record.system))];
  const scores = scoreRecords(records);
  return {
    systems, reference, seed,
    perSystem: summarizeSystems(scores, systems, seed),
    pairs: comparePairs(scores, systems, reference, seed),
    sections: EVAL_METRICS.flatMap((metric) => sectionBreakdown(scores, metric)),
  };
}
