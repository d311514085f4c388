/**
 * The prompts stage as a function: the comparison declared in the configuration's `prompts`
 * section (variants × systems × cases, assertions), run through the LLM layer and saved in
 * `<run>/prompts/` with its viewer; `rpw prompts compare` runs the same function with the
 * command line's overrides. Required assertions are the command's gate, not the stage's: a
 * pipeline run records them in its note and carries on.
 */
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { ExperimentOverrides, loadExperiment } from "./experiment";
import { ComparisonResult, runComparison } from "./run-comparison";
export { rulesClient } from "./rules-client";

export interface PromptsResult extends StageSummary, ComparisonResult {}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function runPrompts(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "root" | "collect" | "preprocess" | "prompts">,
  deps: StageDeps,
  overrides: ExperimentOverrides = {},
): Promise<PromptsResult> {
  const experiment = loadExperiment(config, dirs, deps.llm, overrides);
  try {
    const result = await runComparison(experiment, dirs);
    const failedCalls = result.run.rows.filter((row) => !row.ok).length;
    const note =
      `prompts compare ${result.name}: ${plural(result.run.rows.length, "row")} (${plural(experiment.variants.length, "variant")} × ` +
      `${plural(experiment.systems.length, "system")} × ${plural(experiment.cases.length, "case")}${failedCalls ? `, ${failedCalls} failed` : ""}` +
      `${result.failedRequired.length ? `, ${plural(result.failedRequired.length, "required assertion")} failed` : ""}) -> ${result.view}`;
    deps.log(note);
    return {
      ...result,
      note,
      failedCalls,
      modelCalls: result.run.rows.length,
      ...(failedCalls ? { failuresFile: result.file } : {}),
    };
  } finally {
    experiment.close();
  }
}
