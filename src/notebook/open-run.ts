/**
 * A notebook's first cell: the run it works on, the same one `npm start` and every `rpw` command
 * use — `workbench.config.json` (or the file given), `runs/<name>/`, one LLM client with the
 * run's limits and the workbench's rules baselines. `run.upTo(stage)` makes sure the earlier
 * stages' outputs are in the run folder: each stage is reused when its inputs are unchanged (so
 * after `npm start` this costs a second), and run otherwise, exactly as `npm start` would.
 * Nothing is written outside the run folder.
 */
import { createRunLlm } from "../run/run-llm";
import { runPipeline, StageOutcome } from "../run/run-pipeline";
import { RunSelection, selectRun } from "../run/select-run";
import { RunDirs, StageDeps, StageName, STAGES, WorkbenchConfig } from "../schemas/run-config";
import type { LlmClient } from "../llm/llm-client";
import { useExportedFigures } from "./display";

export interface NotebookRun {
  config: WorkbenchConfig;
  dirs: RunDirs;
  configFile: string | null;
  llm: LlmClient;
  /** What stage functions take: the run's client, and a log that prints to the notebook. */
  deps: StageDeps;
  /** Runs (or reuses) every configured stage before `stage`, so its inputs are in the run folder. */
  before(stage: StageName): Promise<StageOutcome[]>;
  /** The same, up to and including `stage`. */
  upTo(stage: StageName): Promise<StageOutcome[]>;
  /** One line per stage of the last `before`/`upTo`: what ran and what was reused. */
  describe(outcomes: readonly StageOutcome[]): string;
  close(): void;
}

export function openRun(
  selection: RunSelection = {},
  log: (line: string) => void = (line) => console.log(line),
): NotebookRun {
  const { config, dirs, configFile } = selectRun(selection);
  const llm = createRunLlm(config);
  const deps: StageDeps = { llm, log };
  // The figures stage's files are reused by showFigure when a notebook draws the same figure.
  useExportedFigures(dirs.figures);
  const through = (last: number) =>
    runPipeline({ ...config, stages: config.stages.filter((stage) => STAGES.indexOf(stage) <= last) }, deps).then(
      (outcomes) => outcomes.filter((outcome) => outcome.status !== "skipped"),
    );
  return {
    config,
    dirs,
    configFile,
    llm,
    deps,
    before: (stage) => through(STAGES.indexOf(stage) - 1),
    upTo: (stage) => through(STAGES.indexOf(stage)),
    describe: (outcomes) =>
      outcomes.map((outcome) => `${outcome.stage}: ${outcome.status}`).join(", ") || "no earlier stage",
    close: () => llm.close(),
  };
}
