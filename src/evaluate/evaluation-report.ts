/** Writing an evaluation: records, scores, summary (JSON and Markdown) and the figures' specs. Pure formatting + one writer. */
import * as path from "node:path";
import { GroundingReport } from "./grounding";
import type { SectionScores } from "./section-scores";
import { claimBreakdownFigure, metricBarsFigure, pairedDifferenceFigure, sectionHeatmapFigure, studyVsPlainFigure } from "../figures/evaluate-figures";
import { NamedFigure } from "../figures/figure";
import { writeFileAtomic, writeJson, writeJsonl } from "../util/jsonl";
import { comparePairs, EVAL_METRICS, LOWER_IS_BETTER, scoreRecords, sectionBreakdown, summarizeSystems } from "./evaluation-summary";
import type { EvalRecord } from "./evaluate-systems";

export interface EvaluationSummary {
  systems: string[];
  reference: string;
  perSystem: ReturnType<typeof summarizeSystems>;
  pairs: ReturnType<typeof comparePairs>;
  sections: ReturnType<typeof sectionBreakdown>;
}

export function summarizeEvaluation(records: readonly EvalRecord[], reference: string): EvaluationSummary {
  const systems = [...new Set(records.map((record) => record.system))];
  const scores = scoreRecords(records);
  return {
    systems, reference,
    perSystem: summarizeSystems(scores, systems),
    pairs: comparePairs(scores, systems, reference),
    sections: sectionBreakdown(scores, "unsupportedShare"),
  };
}

const fixed = (value: number | null | undefined, digits = 4) => (value === null || value === undefined ? "—" : value.toFixed(digits));

export function evaluationMarkdown(summary: EvaluationSummary): string {
  const header = `| system | ${EVAL_METRICS.join(" | ")} |`;
  const rows = summary.systems.map((system) => `| ${system} | ${EVAL_METRICS.map((metric) => {
    const entry = summary.perSystem.find((item) => item.system === system && item.metric === metric);
    const interval = entry?.interval;
    return interval ? `${fixed(interval.mean)} [${fixed(interval.low)}, ${fixed(interval.high)}]` : "—";
  }).join(" | ")} |`);
  const pairLines = summary.pairs
    .filter((pair) => ["unsupportedShare", "keywordCoverage", "up_plain", "ja_plain"].includes(pair.metric))
    .map((pair) => `- ${pair.metric}: ${pair.wins}; mean difference ${fixed(pair.comparison.difference?.mean)} [${fixed(pair.comparison.difference?.low)}, ${fixed(pair.comparison.difference?.high)}], Wilcoxon p = ${fixed(pair.comparison.wilcoxon.pValue, 3)}`);
  return [
    "# Evaluation", "",
    `Means per system with seeded 95 % bootstrap intervals. Lower is better for ${[...LOWER_IS_BETTER].join(", ")}. ` +
    "`*_study` are the study's metrics on dumped JSON (to compare with its table); `*_plain` the same on plain section text.", "",
    header, `|---|${EVAL_METRICS.map(() => "---").join("|")}|`, ...rows, "",
    `## Against ${summary.reference}`, "", ...pairLines, "",
  ].join("\n");
}

export function evaluationFigures(records: readonly EvalRecord[], summary: EvaluationSummary): NamedFigure[] {
  const scores = scoreRecords(records);
  const systems = summary.systems;
  const figures: NamedFigure[] = [
    metricBarsFigure(scores, { systems, metrics: ["unsupportedShare", "keywordCoverage", "up_plain", "ja_plain", "rougeLsum_plain"] }),
    sectionHeatmapFigure(scores, "unsupportedShare", { systems }),
    studyVsPlainFigure(scores, "up_study", "up_plain", { systems }),
    claimBreakdownFigure(records.filter((record) => record.scores !== null).map((record) => ({ system: record.system, report: groundingOf(record) })), { systems }),
  ];
  const others = systems.filter((system) => system !== summary.reference);
  if (others.length) figures.splice(2, 0, pairedDifferenceFigure(scores.filter((score) => score.metric === "unsupportedShare"), others[0], summary.reference, { systems }));
  return figures;
}

/** The grounding numbers a record keeps, in the shape the claim-breakdown figure pools. */
function groundingOf(record: EvalRecord): GroundingReport {
  const byType = (record.scores as SectionScores).claimsByType;
  return {
    claims: [],
    counts: { claims: (record.scores as SectionScores).claims, unsupported: Object.values(byType).reduce((sum, counts) => sum + counts.unsupported, 0) },
    unsupportedShare: (record.scores as SectionScores).unsupportedShare,
    byType,
  };
}

export function writeEvaluation(records: readonly EvalRecord[], summary: EvaluationSummary, outDir: string, config: unknown): void {
  writeJsonl(path.join(outDir, "records.jsonl"), records);
  writeJsonl(path.join(outDir, "scores.jsonl"), scoreRecords(records));
  writeJson(path.join(outDir, "summary.json"), summary);
  writeFileAtomic(path.join(outDir, "summary.md"), evaluationMarkdown(summary));
  writeJson(path.join(outDir, "evaluate.config.json"), config);
}
