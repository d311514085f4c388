/**
 * Runs one declared comparison and saves it: the rows and configuration in `<run>/prompts/`
 * (as `savePromptRun` writes them, deterministic), the viewer at `<run>/prompts/<comparison>/view.html`,
 * and the latencies and cache hits — which differ on every run by nature — apart in `<run>/timings/`.
 * Says in one line, instead of a matrix, when every answer came from the rules baseline.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RunDirs } from "../schemas/run-config";
import { writeFileAtomic, writeJson } from "../util/jsonl";
import { comparePrompts, PromptRun, savePromptRun } from "./compare-prompts";
import { answeredByRulesOnly, ComparisonSummary, failedRequired, formatComparisonTable, RULES_ONLY_MESSAGE, summarizeComparison } from "./comparison-table";
import { comparisonViewHtml } from "./comparison-view";
import type { Experiment } from "./experiment";

export interface ComparisonResult {
  name: string;
  run: PromptRun;
  summaries: ComparisonSummary[];
  /** Every answer came from the rules baseline: the variants cannot differ. */
  rulesOnly: boolean;
  /** Required assertions that failed (empty when none did, and when rulesOnly: rules answers say nothing of a prompt). */
  failedRequired: string[];
  /** What to print: the table, or the one offline line. */
  lines: string[];
  file: string;
  view: string;
}

export async function runComparison(experiment: Experiment, dirs: Pick<RunDirs, "root" | "prompts">): Promise<ComparisonResult> {
  const run = await comparePrompts({ variants: experiment.variants, systems: experiment.systems, cases: experiment.cases });
  const file = savePromptRun(run, dirs.prompts, path.join(dirs.root, "timings"));
  const rulesOnly = answeredByRulesOnly(run);
  const summaries = summarizeComparison(run, experiment.assertions);
  const view = path.join(dirs.prompts, experiment.name, "view.html");
  fs.mkdirSync(path.dirname(view), { recursive: true });
  // Which saved run this comparison's folder shows: the prompts folder keeps every earlier run too.
  writeJson(path.join(dirs.prompts, experiment.name, "comparison.json"), { name: experiment.name, run: run.id, rows: path.basename(file) });
  writeFileAtomic(view, comparisonViewHtml({
    name: experiment.name, run, cases: experiment.cases, variants: experiment.variants, assertions: experiment.assertions, notice: rulesOnly ? RULES_ONLY_MESSAGE : null,
  }));
  return {
    name: experiment.name, run, summaries, rulesOnly, failedRequired: rulesOnly ? [] : failedRequired(summaries),
    lines: rulesOnly ? [RULES_ONLY_MESSAGE] : formatComparisonTable(summaries), file, view,
  };
}
