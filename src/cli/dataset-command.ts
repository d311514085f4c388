/** `rpw dataset`: teacher targets → SFT records, trainer exports, validation report and survival audit (see `rpw dataset --help`). */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_COST_MODEL } from "../dataset/openai-checks";
import { runDataset, STUDY_EXAMPLE_FILE } from "../dataset/run-dataset";
import { parseSplitFractions } from "../dataset/split";
import { AUDIT_TOKENIZERS, AuditTokenizer } from "../dataset/survival-audit";
import { STUDY_TEACHER_MODEL } from "../dataset/import-targets";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun } from "./run-flags";
import { UsageError } from "./usage-error";
import { TARGET_MODES, TargetMode } from "../schemas/run-config";
import { groundingNote } from "../dataset/run-dataset";

export { STUDY_EXAMPLE_FILE };

export const DATASET_HELP = `rpw dataset — fine-tune dataset from teacher targets: records, exports, checks, survival audit

Usage:
  rpw dataset                      the current run's targets (its generate/targets.jsonl, or the recorded
                                   outputs named by teacher.recorded) -> the run's dataset/
  rpw dataset --targets <json> --map <csv> --resumes <file> --jobs <csv> [--out <dir>]
              [--audit-max-length 512] [--tokenizer llama3|o200k] [--seed n] [--split 0.9,0.05,0.05]
              [--target-check keep|flag|drop-ungrounded]
  rpw dataset --targets <dir>/targets.jsonl [--out <dir>] [options]

Options:
  --targets <file>         .json: recorded teacher outputs keyed by id (the study's gpt4o_targets_v3.redacted.json);
                           .jsonl: TargetRecords written by \`rpw generate\`
  --map <csv>              linkage of ids to resume lines and job rows (study_id_map.csv); .json targets only
  --resumes <path>         resume line file or corpus folder: resumes whose input section is unknown are
                           sectioned by the rules sectioner (a reconstruction, labelled as such)
  --jobs <file>            CSV/JSON with a description column (jd_description.csv): the raw posting text stands
                           in for job details that are unknown (labelled as such)
  --study-example <file>   the teacher's real inputs for some ids (default: ${STUDY_EXAMPLE_FILE} beside --map,
                           when it exists; "none" to use none)
  --out <dir>              output folder (default: the run's dataset/)
  --audit-max-length <n>   max_length of the completion-survival audit (dataset.maxLength; default 512, the study's)
  --tokenizer <name>       audit tokenizer: ${AUDIT_TOKENIZERS.join(" or ")} (default: llama3)
  --seed <n>               seed of the split by resume (the configuration's seed)
  --split <t,v,s>          train,validation,test fractions of resumes (default: 0.9,0.05,0.05)
  --target-check <mode>    what to do with a target whose completion states facts its own prompt does not hold
                           (dataset.targets; default flag). Every completion is checked against its prompt: the
                           <section> block is the source, the <job_details> block the job (facts only it holds are
                           "from the job", reported apart); a claim in neither, or a name/contact the section lacks,
                           is invented. keep: report only (grounding.json, ungrounded.jsonl); flag: also list them as
                           problems in the validation report; drop-ungrounded: leave targets with an invented fact out
                           of records.jsonl and every export, the splits drawn again from the rest
  --missing-inputs <how>   placeholder (default: build the record, saying in the prompt that the input is
                           missing) or skip (leave such records out, listed in the report)
  --teacher-model <name>   teacher label for .json targets (default: "${STUDY_TEACHER_MODEL}")
  --cost-model <name>      OpenAI model for the training cost estimate (default: ${DEFAULT_COST_MODEL})

Writes <out>/records.jsonl (one line per section record), teacher-targets.jsonl (the targets as read), openai/, trl/, axolotl/, llama-factory/ (each with
a manifest.json), validation-report.json and .md, import-report.json, audit.json, token-lengths.jsonl, grounding.json (per
section: targets, share with invented facts and counts by claim type, facts from the job, job-less prompts with
job-tailored completions), ungrounded.jsonl (one line per target with a finding: id, section, claims with type,
text, span in the completion's plain text and verdict invented|from_job) and dataset.config.json. The same inputs give byte-identical files. The test split is never exported to a trainer.

${RUN_FLAGS_HELP}`;

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return number;
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;

export async function datasetCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      targets: { type: "string" },
      map: { type: "string" },
      resumes: { type: "string" },
      jobs: { type: "string" },
      "study-example": { type: "string" },
      out: { type: "string" },
      "audit-max-length": { type: "string" },
      tokenizer: { type: "string" },
      seed: { type: "string" },
      split: { type: "string" },
      "missing-inputs": { type: "string" },
      "teacher-model": { type: "string" },
      "cost-model": { type: "string" },
      "target-check": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(DATASET_HELP);
  if (values.targets) {
    const recordsFile = /\.jsonl$/i.test(values.targets);
    if (recordsFile && values.map)
      throw new UsageError("--map applies to recorded outputs keyed by id (.json), not to TargetRecords (.jsonl)");
    if (!recordsFile && !values.map)
      throw new UsageError("--map is required with recorded outputs keyed by id (.json)");
  } else if (values.map) {
    throw new UsageError("--map goes with --targets <recorded outputs .json>");
  }
  const tokenizer = values.tokenizer ?? undefined;
  if (tokenizer !== undefined && !AUDIT_TOKENIZERS.includes(tokenizer as AuditTokenizer))
    throw new UsageError(`--tokenizer must be ${AUDIT_TOKENIZERS.join(" or ")}, got "${values.tokenizer}"`);
  const missing = values["missing-inputs"] ?? "placeholder";
  if (missing !== "placeholder" && missing !== "skip")
    throw new UsageError(`--missing-inputs must be placeholder or skip, got "${missing}"`);
  const targetCheck = values["target-check"];
  if (targetCheck !== undefined && !TARGET_MODES.includes(targetCheck as TargetMode)) {
    throw new UsageError(`--target-check must be ${TARGET_MODES.join(", ")}, got "${targetCheck}"`);
  }
  let split: string | undefined;
  if (values.split !== undefined) {
    try {
      const fractions = parseSplitFractions(values.split);
      split = JSON.stringify([fractions.train, fractions.validation, fractions.test]);
    } catch (error) {
      throw new UsageError(`--split: ${(error as Error).message}`);
    }
  }
  if (values.seed !== undefined && !/^\d+$/.test(values.seed))
    throw new UsageError(`--seed must be a whole number, got "${values.seed}"`);
  const sets = [
    ...(values["audit-max-length"] !== undefined
      ? [`dataset.maxLength=${positiveInteger(values["audit-max-length"], 512, "audit-max-length")}`]
      : []),
    ...(tokenizer ? [`dataset.tokenizer=${tokenizer}`] : []),
    ...(values.seed !== undefined ? [`seed=${values.seed}`] : []),
    ...(split ? [`dataset.split=${split}`] : []),
    ...(targetCheck !== undefined ? [`dataset.targets=${targetCheck}`] : []),
  ];
  const { config, dirs } = selectRun(values, sets);
  const out = values.out ?? dirs.dataset;
  const { result, inputs } = await runDataset(
    config,
    { ...dirs, dataset: out },
    { log: () => undefined },
    {
      targets: values.targets,
      map: values.map,
      resumes: values.resumes,
      jobs: values.jobs,
      studyExample: values["study-example"],
      missing,
      teacherModel: values["teacher-model"],
      costModel: values["cost-model"],
    },
  );

  const { summary, audit, importReport, validation } = result;
  const splits = Object.entries(summary.bySplit)
    .map(([name, part]) => `${name} ${part.records}`)
    .join(" / ");
  log(
    `dataset: ${summary.records} records from ${summary.resumes} resumes (${splits}), ${summary.skipped} targets skipped -> ${path.join(out, "")}`,
  );
  if ("ids" in importReport) {
    const unlinked = importReport.unlinked.map((group) => `${group.link} ${group.count} (ids ${group.ids})`).join("; ");
    log(
      `dataset: imported ${importReport.ids} ids -> ${importReport.targets} targets, ${importReport.failures} failures; linked to a resume ${importReport.linked.resume}, ` +
        `to a job ${importReport.linked.job}${unlinked ? `; not linked: ${unlinked}` : ""}${inputs.studyExample ? `; teacher inputs from ${inputs.studyExample}` : ""}`,
    );
  } else {
    log(`dataset: read ${importReport.targets} target records from ${importReport.file}`);
  }
  log(
    `dataset: inputs (section + job): ${Object.entries(summary.byInputs)
      .map(([key, n]) => `${key} ${n}`)
      .join(", ")}`,
  );
  log(`dataset: ${groundingNote(result.grounding)}; see ${path.join(out, "grounding.json")} and ungrounded.jsonl`);
  log(
    `dataset: audit at ${audit.maxLength} ${audit.tokenizer} tokens: survived ${percent(audit.survived)}, partial ${percent(audit.partial)}, lost ${percent(audit.lost)}; ` +
      `95 % survive at ${audit.maxLengthFor95}, 99 % at ${audit.maxLengthFor99} (trainer configs: ${result.sequenceLength})`,
  );
  const train = validation.openai.train;
  log(
    `dataset: OpenAI train.jsonl: ${train.examples} examples, cookbook format ${train.ok ? "ok" : "ERRORS"}, ${train.epochs} epochs, ${train.billedTokens.toLocaleString("en-US")} billed tokens` +
      (train.cost ? ` ≈ $${train.cost.usd.toFixed(4)} at ${train.cost.model} (the fine-tune stage's estimate)` : ""),
  );
  const problems = validation.problems.length;
  log(
    `dataset: ${problems} ${problems === 1 ? "problem" : "problems"} before launch${problems ? ` (see ${path.join(out, "validation-report.md")})` : ""}`,
  );
}
