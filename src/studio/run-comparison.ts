/**
 * Runs one declared comparison and saves it: the rows and configuration in `<run>/prompts/`
 * (as `savePromptRun` writes them, deterministic), the viewer at `<run>/prompts/<comparison>/view.html`,
 * and the latencies and cache hits — which differ on every run by nature — apart in `<run>/timings/`.
 * Says in one line, instead of a matrix, when every answer came from the rules baseline.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RunDirs } from "../schemas/run-config";
import type { AssertionSpec } from "../schemas/prompt-experiment";
import { InputError } from "../util/input-error";
import { writeFileAtomic, writeJson, writeJsonl } from "../util/jsonl";
import { JudgeVerdict, judgeRows } from "./judge";
import { comparePrompts, PromptRun, savePromptRun } from "./compare-prompts";
import {
  answeredByRulesOnly,
  ComparisonSummary,
  failedRequired,
  formatComparisonTable,
  RULES_ONLY_MESSAGE,
  summarizeComparison,
} from "./comparison-table";
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

/**
 * Every judge assertion's verdicts: its `judge` system, else the first declared system that is
 * not the rules baseline (a rules system cannot grade).
 */
async function judgeComparison(experiment: Experiment, run: PromptRun): Promise<JudgeVerdict[]> {
  const specs = experiment.assertions.filter(
    (spec): spec is Extract<AssertionSpec, { kind: "judge" }> => spec.kind === "judge",
  );
  const verdicts: JudgeVerdict[] = [];
  for (const spec of specs) {
    const judge = spec.judge
      ? experiment.systems.find((system) => system.name === spec.judge)
      : (experiment.systems.find((system) => system.model !== "rules") ?? experiment.systems[0]);
    if (!judge)
      throw new InputError(
        `prompts.assertions: judge "${spec.judge}" is not a declared system (${experiment.systems.map((system) => system.name).join(", ")})`,
      );
    verdicts.push(...(await judgeRows(spec.rubric, run.rows, experiment.cases, judge)));
  }
  return verdicts;
}

export async function runComparison(
  experiment: Experiment,
  dirs: Pick<RunDirs, "root" | "prompts">,
): Promise<ComparisonResult> {
  const run = await comparePrompts({
    variants: experiment.variants,
    systems: experiment.systems,
    cases: experiment.cases,
  });
  const file = savePromptRun(run, dirs.prompts, path.join(dirs.root, "timings"));
  const rulesOnly = answeredByRulesOnly(run);
  fs.mkdirSync(path.join(dirs.prompts, experiment.name), { recursive: true });
  const verdicts = await judgeComparison(experiment, run);
  if (verdicts.length) writeJsonl(path.join(dirs.prompts, experiment.name, "judgements.jsonl"), verdicts);
  const summaries = summarizeComparison(run, experiment.assertions, verdicts);
  const view = path.join(dirs.prompts, experiment.name, "view.html");
  // Which saved run this comparison's folder shows: the prompts folder keeps every earlier run too.
  writeJson(path.join(dirs.prompts, experiment.name, "comparison.json"), {
    name: experiment.name,
    run: run.id,
    rows: path.basename(file),
  });
  writeFileAtomic(
    view,
    comparisonViewHtml({
      name: experiment.name,
      run,
      cases: experiment.cases,
      variants: experiment.variants,
      assertions: experiment.assertions,
      notice: rulesOnly ? RULES_ONLY_MESSAGE : null,
      verdicts,
    }),
  );
  return {
    name: experiment.name,
    run,
    summaries,
    rulesOnly,
    failedRequired: rulesOnly ? [] : failedRequired(summaries),
    lines: rulesOnly ? [RULES_ONLY_MESSAGE] : formatComparisonTable(summaries),
    file,
    view,
  };
}
