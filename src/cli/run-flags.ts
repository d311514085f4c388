/**
 * The flags every stage command shares, and the run they select: `--config` (default
 * workbench.config.json when it exists), `--run <name>` and `--set a.b=value`. With none of them a
 * command works on the current run — `runs/<name>/` of the configuration, `runs/sample/` by
 * default — reading what the earlier stages wrote there and writing its own stage folder.
 */
import { createRunLlm } from "../run/run-llm";
import { StageDeps, StageName, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { RunSelection, SelectedRun, selectRun } from "../run/select-run";
import { checkStageCalls } from "../run/stage-failure";
import { projectPath } from "./paths";

export const RUN_FLAGS = {
  config: { type: "string" },
  run: { type: "string" },
  set: { type: "string", multiple: true },
} as const;

export const RUN_FLAGS_HELP = `Run selection (every stage command):
  --config <file>   the workbench configuration (default: ${projectPath("workbench.config.json")} when it exists)
  --run <name>      the run folder runs/<name>/ (default: the configuration's name, "sample")
  --set a.b=value   override one configuration field (repeatable), e.g. --set seed=7`;

export type RunFlagValues = RunSelection;
export { selectRun };
export type { SelectedRun };

/**
 * Runs one stage with the run's one LLM client (closed afterwards whatever happens). A stage whose
 * model calls all failed throws (exit 1); one where some failed says so on the log.
 */
export async function withRunDeps<T extends StageSummary>(
  config: WorkbenchConfig,
  log: (line: string) => void,
  body: (deps: StageDeps) => Promise<T>,
  stage?: StageName,
): Promise<T> {
  const llm = createRunLlm(config);
  try {
    const result = await body({ llm, log });
    const warning = stage ? checkStageCalls(stage, result) : null;
    if (warning) log(warning);
    return result;
  } finally {
    llm.close();
  }
}
