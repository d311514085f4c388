/**
 * Writing an evaluation: records, scores, summary (JSON, and Markdown built from the same result
 * tables the figures stage exports). Figures are not drawn here: the figures stage draws them from
 * these files (src/figures/evaluation-figures.ts), so src/evaluate never imports src/figures.
 */
import * as path from "node:path";
import { tableMarkdown } from "../report/result-table";
import { evaluationMeansTable, evaluationPairsTable, evaluationSectionsTable } from "./evaluation-tables";
import { writeFileAtomic, writeJson, writeJsonl } from "../util/jsonl";
import { EvaluationSummary, scoreRecords } from "./evaluation-summary";
import type { EvalRecord } from "./evaluate-systems";

export { summarizeEvaluation } from "./evaluation-summary";
export type { EvaluationSummary } from "./evaluation-summary";

/** summary.md: the result tables with their definitions. `run` names the run in the captions. */
export function evaluationMarkdown(summary: EvaluationSummary, run = "(this run)"): string {
  return [
    "# Evaluation",
    "",
    "Headline: claims (unsupported, inherited), UP and JA on content words, grounded keyword coverage. `(study formula)` metrics are " +
      "the study's exactly, on dumped JSON; `(study formula, plain)` the same formulas on plain section text. Both are per section, on " +
      "our sections and job details and on other resumes, so they are not comparable with the study's published table.",
    "",
    tableMarkdown(evaluationMeansTable(summary, { run })).trimEnd(),
    "",
    `## Against ${summary.reference}`,
    "",
    tableMarkdown(evaluationPairsTable(summary, { run })).trimEnd(),
    "",
    "## Per section",
    "",
    tableMarkdown(evaluationSectionsTable(summary, { run })).trimEnd(),
    "",
  ].join("\n");
}

export function writeEvaluation(
  records: readonly EvalRecord[],
  summary: EvaluationSummary,
  outDir: string,
  config: unknown,
  run?: string,
): void {
  writeJsonl(path.join(outDir, "records.jsonl"), records);
  writeJsonl(path.join(outDir, "scores.jsonl"), scoreRecords(records));
  writeJson(path.join(outDir, "summary.json"), summary);
  writeFileAtomic(path.join(outDir, "summary.md"), evaluationMarkdown(summary, run));
  writeJson(path.join(outDir, "evaluate.config.json"), config);
}
