/**
 * The evaluation's result tables, from summary.json (never recomputed): the mean of every metric
 * per system with its 95 % interval by resume (cluster bootstrap), every system against the
 * reference per metric (mean paired difference with its intervals by case and by resume,
 * Wilcoxon signed-rank p raw and Holm-corrected, wins), and the headline metrics per section with
 * their intervals. Systems with identical outputs are named as such, not compared. Display names
 * come from the registry, digits from the shared rounding rules. Pure.
 */
import { EvalMetric, EvaluationSummary, LOWER_IS_BETTER } from "./evaluation-summary";
import { METRIC_NAMES, metricLabel, sectionLabel, systemLabel } from "../schemas/display-names";
import { plural } from "../util/words";
import { formatInterval, formatP, formatScore, MISSING } from "../report/format";
import { ResultTable } from "../report/result-table";

/** The metrics in the order the summary reports them (its perSystem order). */
function metricsOf(summary: EvaluationSummary): string[] {
  return [...new Set(summary.perSystem.map((entry) => entry.metric))];
}

function definitions(metrics: readonly string[]): string[] {
  return metrics
    .filter((metric) => METRIC_NAMES[metric])
    .map((metric) => `${METRIC_NAMES[metric].label}: ${METRIC_NAMES[metric].definition}.`);
}

export function evaluationMeansTable(summary: EvaluationSummary, source: { run: string }): ResultTable {
  const metrics = metricsOf(summary);
  const cases = Math.max(0, ...summary.perSystem.map((entry) => entry.cases));
  return {
    name: "evaluation-means",
    stage: "evaluate",
    title: "Mean score per system and metric",
    caption:
      `Mean over every case and section with its 95 % percentile bootstrap interval by resume (whole resumes resampled ` +
      `with all their sections, 2,000 resamples; summary.json also holds the narrower per-case interval); ` +
      `n = ${plural(cases, "scored section")} per system (fewer where a metric is undefined). Source: run "${source.run}", seed ${summary.seed}.`,
    columns: [
      { label: "System", align: "left" },
      ...metrics.map((metric) => ({ label: metricLabel(metric), align: "right" as const })),
    ],
    rows: summary.systems.map((system) => [
      systemLabel(system),
      ...metrics.map((metric) => {
        const entry = summary.perSystem.find((item) => item.system === system && item.metric === metric);
        return entry ? formatInterval(entry.clusterInterval ?? entry.interval) : MISSING;
      }),
    ]),
    notes: [...identicalNotes(summary), ...definitions(metrics)],
  };
}

export function evaluationPairsTable(summary: EvaluationSummary, source: { run: string }): ResultTable {
  return {
    name: "evaluation-pairs",
    stage: "evaluate",
    title: `Each system against ${systemLabel(summary.reference)}`,
    caption:
      `Paired by case and section: mean difference (system minus reference) with its 95 % paired bootstrap interval ` +
      `by case and by resume (whole resumes resampled), two-sided Wilcoxon signed-rank p and the same p after Holm's correction ` +
      `across the metrics of each pair, and how often the system is better in the metric's direction. Source: run "${source.run}", seed ${summary.seed}.`,
    columns: [
      { label: "System", align: "left" },
      { label: "Metric", align: "left" },
      { label: "n", align: "right" },
      { label: "Mean difference [95 % CI by case]", align: "right" },
      { label: "95 % CI by resume", align: "right" },
      { label: "Wilcoxon p", align: "right" },
      { label: "Holm p", align: "right" },
      { label: "Better in", align: "right" },
    ],
    rows: summary.pairs.map((pair) => {
      const c = pair.comparison;
      const byResume = pair.clusterDifference
        ? `[${formatScore(pair.clusterDifference.low)}, ${formatScore(pair.clusterDifference.high)}]`
        : MISSING;
      return [
        systemLabel(pair.a),
        metricLabel(pair.metric),
        String(c.n),
        formatInterval(c.difference),
        byResume,
        formatP(c.wilcoxon.pValue),
        formatP(pair.pHolm),
        betterIn(pair),
      ];
    }),
    notes: [
      ...identicalNotes(summary),
      "Better in: pairs where the system beats the reference in the metric's better direction (lower for unsupported claims, job-ad echo and hallucination), of all pairs with both scores.",
      "Holm p: Holm's step-down correction over the Wilcoxon p-values of every metric of one system against the reference (family-wise error at the level).",
    ],
  };
}

/** "Rules baseline and Teacher gave identical outputs on 160 of 160 cases: one result, not compared." */
export function identicalNotes(summary: EvaluationSummary): string[] {
  return (summary.identical ?? []).map(
    (pair) =>
      `${systemLabel(pair.a)} and ${systemLabel(pair.b)} gave identical outputs on all ${plural(pair.cases, "case")}: one result reported twice, ` +
      `not compared with each other${pair.a === summary.reference || pair.b === summary.reference ? "" : `; only ${systemLabel(pair.a)} is compared with ${systemLabel(summary.reference)}`}.`,
  );
}

/** The headline metrics per section, each with its 95 % interval over the section's cases. */
export const SECTION_TABLE_METRICS = [
  "unsupportedShare",
  "inputOnlyShare",
  "ja_content",
  "groundedKeywordCoverage",
] as const;

export function evaluationSectionsTable(summary: EvaluationSummary, source: { run: string }): ResultTable {
  const sections = [...new Set(summary.sections.map((entry) => entry.section))];
  const find = (system: string, section: string, metric: string) =>
    summary.sections.find((entry) => entry.system === system && entry.section === section && entry.metric === metric);
  return {
    name: "evaluation-sections",
    stage: "evaluate",
    title: "Headline metrics per section",
    caption:
      `Mean per system and section with its 95 % percentile bootstrap interval over that section's cases (2,000 resamples). ` +
      `Source: run "${source.run}", seed ${summary.seed}.`,
    columns: [
      { label: "System", align: "left" },
      { label: "Section", align: "left" },
      { label: "n", align: "right" },
      ...SECTION_TABLE_METRICS.map((metric) => ({ label: metricLabel(metric), align: "right" as const })),
    ],
    rows: summary.systems.flatMap((system) =>
      sections.flatMap((section) => {
        const entries = SECTION_TABLE_METRICS.map((metric) => find(system, section, metric));
        if (entries.every((entry) => !entry)) return [];
        const n = Math.max(0, ...entries.map((entry) => entry?.n ?? 0));
        return [
          [
            systemLabel(system),
            sectionLabel(section),
            String(n),
            ...entries.map((entry) => formatInterval(entry?.interval ?? null)),
          ],
        ];
      }),
    ),
    notes: definitions(SECTION_TABLE_METRICS),
  };
}

function betterIn(pair: EvaluationSummary["pairs"][number]): string {
  const c = pair.comparison;
  // comparePaired counts a > b as a win; where lower is better, the system's "losses" are its wins.
  return c.n ? `${LOWER_IS_BETTER.has(pair.metric as EvalMetric) ? c.losses : c.wins} of ${c.n}` : MISSING;
}

/** Every evaluation table, in the order the report shows them. */
export function evaluationTables(summary: EvaluationSummary, source: { run: string }): ResultTable[] {
  return [
    evaluationMeansTable(summary, source),
    evaluationPairsTable(summary, source),
    evaluationSectionsTable(summary, source),
  ];
}
