/**
 * The evaluation as notebook tables: means with their intervals, paired comparisons against the
 * reference, the study's metrics next to the plain-text ones, and the first unsupported claims.
 * Numbers come from the evaluate stage's summary (its seeded intervals); nothing is resampled here.
 */
import type { EvalRecord } from "../evaluate/evaluate-systems";
import type { EvaluationSummary } from "../evaluate/evaluation-report";
import { METRIC_NAMES } from "../schemas/display-names";
import type { TableRow } from "./html-table";

/** Three decimals, or a dash for a missing value. */
export const fixed3 = (value: number | null | undefined): string =>
  value === null || value === undefined ? "—" : value.toFixed(3);

function intervalOf(summary: EvaluationSummary, system: string, metric: string) {
  return summary.perSystem.find((entry) => entry.system === system && entry.metric === metric)?.interval ?? null;
}

/** One row per system: each metric's mean and 95 % interval as "mean [low, high]". */
export function meanTableRows(summary: EvaluationSummary, metrics: readonly string[]): TableRow[] {
  return summary.systems.map((system) =>
    Object.fromEntries([
      ["system", system],
      ...metrics.map((metric) => {
        const interval = intervalOf(summary, system, metric);
        return [
          metric,
          interval ? `${fixed3(interval.mean)} [${fixed3(interval.low)}, ${fixed3(interval.high)}]` : "—",
        ];
      }),
    ]),
  );
}

/** One row per (system, metric) paired with the reference: mean difference, interval, Wilcoxon p, wins. */
export function pairedTableRows(summary: EvaluationSummary, metrics: readonly string[]): TableRow[] {
  return summary.pairs
    .filter((pair) => metrics.includes(pair.metric))
    .map((pair) => ({
      system: pair.a,
      metric: pair.metric,
      n: pair.comparison.n,
      mean_difference: fixed3(pair.comparison.difference?.mean),
      ci: `[${fixed3(pair.comparison.difference?.low)}, ${fixed3(pair.comparison.difference?.high)}]`,
      wilcoxon_p: fixed3(pair.comparison.wilcoxon.pValue),
      wins: pair.wins,
    }));
}

/** The study's metrics on dumped JSON next to the same metrics on plain section text, per system. */
export function studyVsPlainRows(summary: EvaluationSummary): TableRow[] {
  const mean = (system: string, metric: string) => fixed3(intervalOf(summary, system, metric)?.mean);
  return summary.systems.map((system) => ({
    system,
    UP_study: mean(system, "up_study"),
    UP_plain: mean(system, "up_plain"),
    UP_content: mean(system, "up_content"),
    JA_study: mean(system, "ja_study"),
    JA_plain: mean(system, "ja_plain"),
    JA_content: mean(system, "ja_content"),
    Hall_study: mean(system, "hall_study"),
    Hall_plain: mean(system, "hall_plain"),
    ROUGE_Lsum_study: mean(system, "rougeLsum_study"),
    ROUGE_Lsum_plain: mean(system, "rougeLsum_plain"),
  }));
}

/** The first records with unsupported claims, each claim as "type: text". */
export function unsupportedClaimRows(records: readonly EvalRecord[], limit = 12): TableRow[] {
  return records
    .filter((record) => record.scores && record.scores.unsupported.length > 0)
    .slice(0, limit)
    .map((record) => ({
      system: record.system,
      case: record.caseId,
      unsupported: record.scores!.unsupported.map((claim) => `${claim.type}: ${claim.text}`).join("; "),
    }));
}

/** One row per metric: the name a reader sees, its unit and its definition (the report's and README's table). */
export function metricDefinitionRows(metrics: readonly string[] = Object.keys(METRIC_NAMES)): TableRow[] {
  return metrics
    .filter((metric) => METRIC_NAMES[metric])
    .map((metric) => ({
      metric,
      name: METRIC_NAMES[metric].label,
      unit: METRIC_NAMES[metric].unit,
      definition: METRIC_NAMES[metric].definition,
    }));
}
