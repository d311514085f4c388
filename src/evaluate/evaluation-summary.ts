/**
 * From evaluation records to what a reader wants: one score per (system, case, metric), the mean
 * of each metric per system with a seeded 95 % bootstrap interval over cases and a cluster
 * bootstrap interval over resumes (a resume's sections are not independent), paired comparisons
 * between systems on the same cases (paired bootstrap of the difference, per case and by resume;
 * Wilcoxon signed-rank with Holm's correction across the metrics of a pair; wins), and a
 * per-section breakdown of every metric with its interval. Systems whose outputs are identical on
 * every case are reported as identical and not compared (a comparison of a system with itself is a
 * tautology, e.g. a ROUGE of 1.0). Pure. Every interval is drawn from the seed the caller passes
 * (the run configuration's), and figures and tables read these numbers rather than resample.
 */
import { bootstrapMean } from "./bootstrap";
import { bootstrapClusterMean } from "./cluster-bootstrap";
import { holmAdjust } from "./holm";
import { comparePaired, describeWins } from "./paired";
import {
  DEFAULT_SUMMARY_SEED,
  EVAL_METRICS,
  EvalMetric,
  EvalRecord,
  EvaluationSummary,
  IdenticalSystems,
  PairSummary,
  ScoreRecord,
  SectionMean,
  SystemSummary,
} from "../schemas/evaluation";

export { DEFAULT_SUMMARY_SEED, EVAL_METRICS };
export type { EvalMetric, EvaluationSummary, IdenticalSystems, PairSummary, ScoreRecord, SectionMean, SystemSummary };

/** For these, lower is better (claims the resume does not support; copying the ad; the study's ratio). */
export const LOWER_IS_BETTER: ReadonlySet<EvalMetric> = new Set([
  "unsupportedShare",
  "inputOnlyShare",
  "echoJobAd",
  "hall_plain",
  "hall_study",
]);

function metricValues(record: EvalRecord): Record<EvalMetric, number | null> {
  const scores = record.scores;
  const study = record.study;
  return {
    unsupportedShare: scores?.unsupportedShare ?? null,
    inputOnlyShare: scores?.inputOnlyShare ?? null,
    up_content: study?.content?.userPersonalization.value ?? null,
    ja_content: study?.content?.jobAlignment.value ?? null,
    keywordCoverage: scores?.keywordCoverage ?? null,
    groundedKeywordCoverage: scores?.groundedKeywordCoverage ?? null,
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
    return EVAL_METRICS.map((metric) => ({
      system: record.system,
      caseId: record.caseId,
      resumeId: record.resumeId,
      section: record.section,
      metric,
      value: values[metric],
    }));
  });
}

const defined = (score: ScoreRecord): score is ScoreRecord & { value: number } =>
  score.value !== null && Number.isFinite(score.value);

export function summarizeSystems(
  scores: readonly ScoreRecord[],
  systems: readonly string[],
  seed = DEFAULT_SUMMARY_SEED,
): SystemSummary[] {
  return systems.flatMap((system) =>
    EVAL_METRICS.map((metric) => {
      const ofSystem = scores.filter((score) => score.system === system && score.metric === metric);
      const scored = ofSystem.filter(defined);
      const values = scored.map((score) => score.value);
      return {
        system,
        metric,
        n: values.length,
        cases: ofSystem.length,
        interval: bootstrapMean(values, { seed }),
        clusterInterval: bootstrapClusterMean(
          values,
          scored.map((score) => score.resumeId),
          { seed },
        ),
      };
    }),
  );
}

/**
 * Paired comparisons of every system against `reference` on the same cases; a system in `skip`
 * (identical to the reference) is not compared.
 */
export function comparePairs(
  scores: readonly ScoreRecord[],
  systems: readonly string[],
  reference: string,
  seed = DEFAULT_SUMMARY_SEED,
  skip: ReadonlySet<string> = new Set(),
): PairSummary[] {
  const valueOf = new Map(
    scores.map((score) => [`${score.system}\u0000${score.caseId}\u0000${score.metric}`, score.value]),
  );
  const caseIds = [...new Set(scores.map((score) => score.caseId))];
  const resumeOf = new Map(scores.map((score) => [score.caseId, score.resumeId]));
  return systems
    .filter((system) => system !== reference && !skip.has(system))
    .flatMap((system) => {
      const perMetric = EVAL_METRICS.map((metric) => {
        const a = caseIds.map((id) => valueOf.get(`${system}\u0000${id}\u0000${metric}`) ?? null);
        const b = caseIds.map((id) => valueOf.get(`${reference}\u0000${id}\u0000${metric}`) ?? null);
        const comparison = comparePaired(a, b, { seed });
        const paired = caseIds.flatMap((id, i) =>
          a[i] !== null && b[i] !== null ? [{ d: a[i]! - b[i]!, resume: resumeOf.get(id)! }] : [],
        );
        const clusterDifference = bootstrapClusterMean(
          paired.map((pair) => pair.d),
          paired.map((pair) => pair.resume),
          { seed },
        );
        // describeWins counts a > b as a win; for lower-is-better metrics flip the sides' roles in words.
        const wins = LOWER_IS_BETTER.has(metric)
          ? `${system} is lower (better) than ${reference} in ${comparison.losses} of ${comparison.n}`
          : describeWins(system, reference, comparison);
        return { a: system, b: reference, metric, comparison, clusterDifference, wins };
      });
      const holm = holmAdjust(perMetric.map((pair) => pair.comparison.wilcoxon.pValue));
      return perMetric.map((pair, i) => ({ ...pair, pHolm: holm[i] }));
    });
}

/**
 * Pairs of systems (in system order) that answered the same cases with exactly the same outputs
 * (JSON-equal). Failed answers count as answers that differ.
 */
export function identicalSystems(records: readonly EvalRecord[]): IdenticalSystems[] {
  const outputs = new Map<string, Map<string, string | null>>();
  for (const record of records) {
    if (!outputs.has(record.system)) outputs.set(record.system, new Map());
    outputs.get(record.system)!.set(record.caseId, record.ok ? JSON.stringify(record.output) : null);
  }
  const systems = [...outputs.keys()];
  const found: IdenticalSystems[] = [];
  systems.forEach((a, i) =>
    systems.slice(i + 1).forEach((b) => {
      const [x, y] = [outputs.get(a)!, outputs.get(b)!];
      if (x.size === 0 || x.size !== y.size) return;
      for (const [caseId, output] of x) if (output === null || y.get(caseId) !== output) return;
      found.push({ a, b, cases: x.size });
    }),
  );
  return found;
}

/** Mean of a metric per system and section with its interval (the heatmap's numbers, as a table). */
export function sectionBreakdown(
  scores: readonly ScoreRecord[],
  metric: EvalMetric,
  seed = DEFAULT_SUMMARY_SEED,
): SectionMean[] {
  const groups = new Map<string, number[]>();
  for (const score of scores) {
    if (score.metric !== metric) continue;
    const key = `${score.system}\u0000${score.section}`;
    if (!groups.has(key)) groups.set(key, []);
    if (score.value !== null && Number.isFinite(score.value)) groups.get(key)!.push(score.value);
  }
  return [...groups].map(([key, values]) => {
    const [system, section] = key.split("\u0000");
    return {
      system,
      section,
      metric,
      n: values.length,
      mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
      interval: bootstrapMean(values, { seed }),
    };
  });
}

export interface SummarizeOptions {
  /** Seed of every bootstrap interval: pass the run configuration's seed. */
  seed?: number;
}

export function summarizeEvaluation(
  records: readonly EvalRecord[],
  reference: string,
  { seed = DEFAULT_SUMMARY_SEED }: SummarizeOptions = {},
): EvaluationSummary {
  const systems = [...new Set(records.map((record) => record.system))];
  const scores = scoreRecords(records);
  const identical = identicalSystems(records);
  // Not compared: a system identical to the reference, and the later of two identical systems (the first speaks for both).
  const notCompared = new Set(
    identical.flatMap((pair) => (pair.a === reference ? [pair.b] : [pair.b === reference ? pair.a : pair.b])),
  );
  return {
    systems,
    reference,
    seed,
    perSystem: summarizeSystems(scores, systems, seed),
    pairs: comparePairs(scores, systems, reference, seed, notCompared),
    identical,
    sections: EVAL_METRICS.flatMap((metric) => sectionBreakdown(scores, metric, seed)),
  };
}
