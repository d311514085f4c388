/**
 * The evaluation's result tables, from summary.json (never recomputed): the mean of every metric
 * per system with its 95 % bootstrap interval, and every system against the reference per metric
 * (mean paired difference with its interval, Wilcoxon signed-rank p, wins). Display names come
 * from the registry, digits from the shared rounding rules. Pure.
 */
import { EvalMetric, EvaluationSummary, LOWER_IS_BETTER } from "./evaluation-summary";
import { METRIC_NAMES, metricLabel, systemLabel } from "../schemas/display-names";
import { plural } from "../util/words";
import { formatInterval, formatP, MISSING } from "../report/format";
import { ResultTable } from "../report/result-table";

/** The metrics in the order the summary reports them (its perSystem order). */
function metricsOf(summary: EvaluationSummary): string[] {
  return [...new Set(summary.perSystem.map((entry) => entry.metric))];
}

function definitions(metrics: readonly string[]): string[] {
  return metrics.filter((metric) => METRIC_NAMES[metric]).map((metric) => `${METRIC_NAMES[metric].label}: ${METRIC_NAMES[metric].definition}.`);
}

export function evaluationMeansTable(summary: EvaluationSummary, source: { run: string }): ResultTable {
  const metrics = metricsOf(summary);
  const cases = Math.max(0, ...summary.perSystem.map((entry) => entry.cases));
  return {
    name: "evaluation-means", stage: "evaluate",
    title: "Mean score per system and metric",
    caption: `Mean over every case and section with its 95 % percentile bootstrap interval (2,000 resamples); ` +
      `n = ${plural(cases, "scored section")} per system (fewer where a metric is undefined). Source: run "${source.run}", seed ${summary.seed}.`,
    columns: [{ label: "System", align: "left" }, ...metrics.map((metric) => ({ label: metricLabel(metric), align: "right" as const }))],
    rows: summary.systems.map((system) => [systemLabel(system), ...metrics.map((metric) => {
      const entry = summary.perSystem.find((item) => item.system === system && item.metric === metric);
      return entry ? formatInterval(entry.interval) : MISSING;
    })]),
    notes: definitions(metrics),
  };
}

export function evaluationPairsTable(summary: EvaluationSummary, source: { run: string }): ResultTable {
  return {
    name: "evaluation-pairs", stage: "evaluate",
    title: `Each system against ${systemLabel(summary.reference)}`,
    caption: `Paired by case and section: mean difference (system minus reference) with its 95 % paired bootstrap interval, ` +
      `two-sided Wilcoxon signed-rank p, and how often the system is better in the metric's direction. Source: run "${source.run}", seed ${summary.seed}.`,
    columns: [
      { label: "System", align: "left" }, { label: "Metric", align: "left" }, { label: "n", align: "right" },
      { label: "Mean difference [95 % CI]", align: "right" }, { label: "Wilcoxon p", align: "right" }, { label: "Better in", align: "right" },
    ],
    rows: summary.pairs.map((pair) => {
      const c = pair.comparison;
      return [systemLabel(pair.a), metricLabel(pair.metric), String(c.n), formatInterval(c.difference), formatP(c.wilcoxon.pValue), betterIn(pair)];
    }),
    notes: ["Better in: pairs where the system beats the reference in the metric's better direction (lower for unsupported claims, job-ad echo and hallucination), of all pairs with both scores."],
  };
}

function betterIn(pair: EvaluationSummary["pairs"][number]): string {
  const c = pair.comparison;
  // comparePaired counts a > b as a win; where lower is better, the system's "losses" are its wins.
  return c.n ? `${LOWER_IS_BETTER.has(pair.metric as EvalMetric) ? c.losses : c.wins} of ${c.n}` : MISSING;
}

/** Every evaluation table, in the order the report shows them. */
export function evaluationTables(summary: EvaluationSummary, source: { run: string }): ResultTable[] {
  return [evaluationMeansTable(summary, source), evaluationPairsTable(summary, source)];
}
