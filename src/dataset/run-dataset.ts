/**
 * The dataset stage as a function: the teacher's targets (this run's `<run>/generate/targets.jsonl`,
 * or the recorded outputs the configuration names, e.g. the study's) in, `<run>/dataset/` out: SFT
 * records, trainer exports, the validation report and the completion-survival audit. It makes no
 * model call. Used by `npm start`, `rpw dataset` and notebook 05.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { InputError } from "../util/input-error";
import { buildDataset, DatasetOptions, DatasetResult, writeDataset } from "./dataset-stage";
import { parseSplitFractions } from "./split";
import type { TargetGroundingReport } from "./target-grounding";

export const STUDY_EXAMPLE_FILE = "study_example_id1.json";

export interface DatasetResultSummary extends StageSummary {
  result: DatasetResult;
  /** The inputs the stage used (targets, map, the teacher's known inputs, …). */
  inputs: DatasetOptions;
}

/** Dataset options beyond the configuration (rpw dataset's flags). */
export type DatasetStageOptions = Partial<
  Pick<
    DatasetOptions,
    "targets" | "map" | "resumes" | "jobs" | "studyExample" | "missing" | "teacherModel" | "costModel"
  >
>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Where the teacher's targets come from: the options, the configuration's recorded outputs, or this run's generate stage. */
export function datasetInputs(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "generate">,
  options: DatasetStageOptions = {},
): DatasetOptions {
  const recorded = config.teacher.recorded;
  const fromOptions = options.targets !== undefined;
  const targets = options.targets ?? recorded?.targets ?? path.join(dirs.generate, "targets.jsonl");
  const keyed = !/\.jsonl$/i.test(targets);
  const map = options.map ?? (fromOptions ? undefined : recorded?.map);
  let studyExample = options.studyExample;
  if (studyExample === undefined && map) {
    const beside = path.join(path.dirname(map), STUDY_EXAMPLE_FILE);
    if (fs.existsSync(beside)) studyExample = beside;
  }
  if (keyed && !map)
    throw new InputError(`${targets}: recorded outputs keyed by id need the id map`, {
      file: targets,
      fix: "pass --map <study_id_map.csv> (or teacher.recorded.map in the configuration)",
    });
  return {
    targets,
    map: keyed ? map : undefined,
    resumes: options.resumes ?? (fromOptions || !keyed ? undefined : recorded?.resumes),
    jobs: options.jobs ?? (fromOptions || !keyed ? undefined : recorded?.jobs),
    studyExample: studyExample === "none" ? undefined : studyExample,
    auditMaxLength: config.dataset.maxLength,
    tokenizer: config.dataset.tokenizer,
    seed: config.seed,
    fractions: parseSplitFractions(config.dataset.split.join(",")),
    missing: options.missing,
    teacherModel: options.teacherModel,
    costModel: options.costModel,
    targetMode: config.dataset.targets,
  };
}

/** "820 of 3724 targets state facts their prompt does not hold (flagged)". */
export function groundingNote(grounding: TargetGroundingReport): string {
  const done = { keep: "kept, reported only", flag: "flagged", "drop-ungrounded": `${grounding.dropped} dropped` };
  return `${grounding.ungrounded} of ${grounding.targets} targets state facts their prompt does not hold (${done[grounding.mode]})`;
}

export async function runDataset(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "generate" | "dataset">,
  deps: Pick<StageDeps, "log">,
  options: DatasetStageOptions = {},
): Promise<DatasetResultSummary> {
  const inputs = datasetInputs(config, dirs, options);
  if (options.targets === undefined && !fs.existsSync(inputs.targets))
    throw new InputError(`${inputs.targets} not found`, {
      file: inputs.targets,
      fix: "run `npx rpw generate` (or `npm start`) first",
    });
  const result = buildDataset(inputs);
  writeDataset(result, dirs.dataset);
  const { summary, audit, validation, grounding } = result;
  const splits = Object.entries(summary.bySplit)
    .map(([split, part]) => `${split} ${part.records}`)
    .join(" / ");
  const empty = Object.entries(summary.bySplit)
    .filter(([, part]) => part.records === 0)
    .map(([split]) => split);
  const note =
    `dataset: ${plural(summary.records, "record")} from ${plural(summary.resumes, "resume")} (${splits}), ${summary.skipped} targets skipped; ` +
    `${groundingNote(grounding)}; ` +
    `${Math.round(100 * audit.survived)} % of completions survive ${audit.maxLength} ${audit.tokenizer} tokens; ${plural(validation.problems.length, "problem")} before launch` +
    `${empty.length ? `; empty split: ${empty.join(", ")} (too few resumes)` : ""} -> ${path.join(dirs.dataset, "")}`;
  deps.log(note);
  return { result, inputs, note, failedCalls: 0, modelCalls: 0 };
}
