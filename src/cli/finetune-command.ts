/** `rpw finetune`: launch and monitor an OpenAI fine-tune; write the LoRA recipe (see `rpw finetune --help`). */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { parseArgs } from "node:util";
import { lossCurveFigure } from "../figures/finetune-figures";
import { figureSpecJson } from "../figures/write-figures";
import { CallContext } from "../finetune/finetune-client";
import { FineTuneError } from "../finetune/finetune-error";
import { DEFAULT_FINETUNE_MODEL, DEFAULT_FINETUNE_SEED, MAX_SUFFIX_LENGTH } from "../finetune/job-request";
import { runFinetune } from "../finetune/run-finetune";
import { formatLaunchPlan } from "../finetune/launch-plan";
import {
  cancelFineTune,
  describeJob,
  fetchFineTuneMetrics,
  formatEvent,
  launchOpenAIFineTune,
  pollFineTune,
} from "../finetune/openai-finetune";
import { lossPointsFromOpenAI } from "../finetune/trainer-logs";
import { writeLoraRecipe } from "../finetune/write-recipe";
import { readJsonFile, writeFileAtomic, writeJson, writeJsonl } from "../util/jsonl";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun } from "./run-flags";
import { UsageError } from "./usage-error";

export const FINETUNE_HELP = `rpw finetune — launch and monitor an OpenAI fine-tune; write the LoRA recipe for Llama 3.1 8B

Usage:
  rpw finetune                        the current run's fine-tune stage, as npm start runs it: the OpenAI
                                      job (a dry run unless finetune.launch) and the LoRA recipe
  rpw finetune launch [--train <jsonl>] [--validation <jsonl>] [--model <name>] [--epochs <n>|auto]
                      [--learning-rate-multiplier <x>|auto] [--batch-size <n>|auto] [--suffix <s>]
                      [--seed <n>] [--dry-run] [--watch]
  rpw finetune status <job id> [--watch] [--interval <seconds>]
  rpw finetune metrics <job id> [--out <dir>]
  rpw finetune cancel <job id>
  rpw finetune recipe [--dataset <axolotl data.jsonl>] [--max-length <n>] [--out <dir>] [--adapter-name <name>]
                      [--epochs <n>] [--lora-r <n>] [--lora-alpha <n>] [--precision bf16|fp16] [--max-model-len <n>]
                      [--llama-factory-dataset <name>] [--llama-factory-dir <dir with dataset_info.json>]

launch     checks the chat JSONL files, counts tokens, estimates the cost (cookbook epochs rule x
           training price), prints the exact requests, then uploads the files and creates the job.
           Without OPENAI_API_KEY in the environment it is a dry run (no network); --dry-run forces one.
           Defaults: --model ${DEFAULT_FINETUNE_MODEL}, --epochs/--batch-size/--learning-rate-multiplier auto,
           --seed ${DEFAULT_FINETUNE_SEED}; --suffix at most ${MAX_SUFFIX_LENGTH} characters.
status     polls the job once (--watch: until it ends), printing each event once; resumes from the
           job's state file after a restart. On success prints the tuned model for the evaluation.
metrics    downloads the result file: <out>/metrics.jsonl (per step), checkpoints.json and the
           loss-curve.json figure spec (default out: the run's finetune/<job id>/).
cancel     cancels a live job.
recipe     writes axolotl.yml, llama-factory.yml, serve.sh (vLLM with the adapter), its chat template
           and generation config, and systems.json (base and tuned openai-compatible systems).
           Defaults: the run's dataset/axolotl/data.jsonl, --max-length from its survival audit,
           --out the run's finetune/recipe/; LoRA defaults are the study's.
launch's defaults: the run's dataset/openai/train.jsonl and validation.jsonl (when not empty), --model
the configuration's finetune.model.

Options:
  --state-dir <dir>   job state files (default: the run's finetune/jobs/)
  --base-url <url>    API root instead of https://api.openai.com/v1; stored with the job
  --interval <s>      seconds between polls with --watch (default: 30)

${RUN_FLAGS_HELP}`;

type Log = (line: string) => void;

const SequenceLength = z.object({ audit: z.object({ sequenceLengthInConfigs: z.number().int().positive() }) });

/** Injected by tests; the CLI uses the process environment and the system clock. */
export type FinetuneDeps = Pick<CallContext, "env" | "clock" | "fetch" | "random" | "retryPolicy">;

const OPTIONS = {
  ...RUN_FLAGS,
  train: { type: "string" },
  validation: { type: "string" },
  model: { type: "string" },
  epochs: { type: "string" },
  "learning-rate-multiplier": { type: "string" },
  "batch-size": { type: "string" },
  suffix: { type: "string" },
  seed: { type: "string" },
  "dry-run": { type: "boolean" },
  watch: { type: "boolean" },
  interval: { type: "string" },
  out: { type: "string" },
  "state-dir": { type: "string" },
  "base-url": { type: "string" },
  dataset: { type: "string" },
  "max-length": { type: "string" },
  "adapter-name": { type: "string" },
  "lora-r": { type: "string" },
  "lora-alpha": { type: "string" },
  precision: { type: "string" },
  "max-model-len": { type: "string" },
  "llama-factory-dataset": { type: "string" },
  "llama-factory-dir": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const ALLOWED: Record<string, string[]> = {
  launch: [
    "train",
    "validation",
    "model",
    "epochs",
    "learning-rate-multiplier",
    "batch-size",
    "suffix",
    "seed",
    "dry-run",
    "watch",
    "interval",
    "state-dir",
    "base-url",
  ],
  status: ["watch", "interval", "state-dir", "base-url"],
  metrics: ["out", "state-dir", "base-url"],
  cancel: ["state-dir", "base-url"],
  recipe: [
    "dataset",
    "max-length",
    "out",
    "adapter-name",
    "epochs",
    "lora-r",
    "lora-alpha",
    "precision",
    "max-model-len",
    "llama-factory-dataset",
    "llama-factory-dir",
  ],
};

function number(value: string | undefined, name: string, { integer = true, min = 1 } = {}): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || (integer && !Number.isInteger(parsed))) {
    throw new UsageError(
      `--${name} must be ${integer ? "a whole number" : "a number"} of at least ${min}, got "${value}"`,
    );
  }
  return parsed;
}

const autoOr = (value: string | undefined, name: string, integer: boolean) =>
  value === "auto" ? "auto" : number(value, name, { integer, min: integer ? 1 : Number.MIN_VALUE });

function jobIdOf(positionals: string[], command: string): string {
  if (positionals.length !== 1)
    throw new UsageError(`rpw finetune ${command} takes one job id, e.g. rpw finetune ${command} ftjob-abc123`);
  return positionals[0];
}

/** Follows a job (one poll, or until it ends with --watch); a failed job is an error naming its cause. */
async function follow(jobId: string, watch: boolean, common: Record<string, unknown>, log: Log): Promise<void> {
  const result = await pollFineTune(jobId, {
    ...common,
    maxPolls: watch ? undefined : 1,
    onStatus: (job) => log(`status: ${job.status}`),
    onEvent: (event) => log(formatEvent(event)),
    onNotice: log,
  });
  if (result.job.status === "failed") {
    const param = result.error?.param;
    throw new FineTuneError(
      `${describeJob(result.job)} (fix: ${param ? `correct the ${param} and launch again` : "read the events above, then launch again"})`,
    );
  }
  log(describeJob(result.job));
  if (result.fineTunedModel)
    log(`tuned model for the evaluation: ${result.fineTunedModel} (system entry in ${result.statePath})`);
  else if (!result.done) log(`still ${result.job.status}: rpw finetune status ${jobId} --watch`);
}

export async function finetuneCommand(argv: string[], log: Log, deps: FinetuneDeps = {}): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, ...rest] = positionals;
  if (values.help) return log(FINETUNE_HELP);
  const { config, dirs } = selectRun(values);
  if (!command) {
    // No action: the fine-tune stage of the current run, as npm start runs it (dry run unless finetune.launch).
    const given = Object.keys(values).filter(
      (name) => values[name as keyof typeof values] !== undefined && !(name in RUN_FLAGS),
    );
    if (given.length) throw new UsageError(`--${given[0]} needs an action: launch, status, metrics, cancel or recipe`);
    await runFinetune(config, dirs, { log });
    return;
  }
  if (!ALLOWED[command])
    throw new UsageError(`unknown finetune command "${command}" (choose launch, status, metrics, cancel or recipe)`);
  const given = Object.keys(values).filter((name) => values[name as keyof typeof values] !== undefined);
  const misplaced = given.filter((name) => !ALLOWED[command].includes(name) && !(name in RUN_FLAGS));
  if (misplaced.length) throw new UsageError(`--${misplaced[0]} does not apply to rpw finetune ${command}`);
  const common = {
    ...deps,
    stateDir: values["state-dir"] ?? path.join(dirs.finetune, "jobs"),
    ...(values["base-url"] !== undefined ? { baseUrl: values["base-url"] } : {}),
    intervalMs: (number(values.interval, "interval", { min: 0, integer: false }) ?? 30) * 1000,
  };

  switch (command) {
    case "launch": {
      if (rest.length) throw new UsageError(`unexpected "${rest[0]}": pass files with --train and --validation`);
      const openai = path.join(dirs.dataset, "openai");
      const trainFile = values.train ?? path.join(openai, "train.jsonl");
      const defaultValidation = path.join(openai, "validation.jsonl");
      const validationFile =
        values.validation ??
        (values.train === undefined && fs.existsSync(defaultValidation) && fs.statSync(defaultValidation).size > 0
          ? defaultValidation
          : null);
      const result = await launchOpenAIFineTune({
        ...common,
        trainFile,
        validationFile,
        model: values.model ?? config.finetune.model,
        nEpochs: autoOr(values.epochs, "epochs", true),
        batchSize: autoOr(values["batch-size"], "batch-size", true),
        learningRateMultiplier: autoOr(values["learning-rate-multiplier"], "learning-rate-multiplier", false),
        suffix: values.suffix ?? null,
        seed: number(values.seed, "seed", { min: 0 }),
        dryRun: values["dry-run"] ? true : undefined,
      });
      if (result.dryRun === true) {
        log(
          result.reason === "no API key"
            ? "dry run: OPENAI_API_KEY is not set, so nothing is sent (export it to launch); the requests would be:"
            : "dry run (--dry-run): nothing is sent; the requests would be:",
        );
        formatLaunchPlan(result.plan).forEach((line) => log(line));
        return;
      }
      log("sent:");
      formatLaunchPlan(result.plan).forEach((line) => log(line));
      log(
        `launched ${result.jobId} (${result.job.status}); state -> ${path.relative(process.cwd(), result.statePath)}`,
      );
      if (values.watch) return follow(result.jobId, true, common, log);
      log(`follow it with: rpw finetune status ${result.jobId} --watch`);
      return;
    }
    case "status":
      return follow(jobIdOf(rest, command), Boolean(values.watch), common, log);
    case "cancel": {
      const job = await cancelFineTune(jobIdOf(rest, command), common);
      log(describeJob(job));
      return;
    }
    case "metrics": {
      const jobId = jobIdOf(rest, command);
      const metrics = await fetchFineTuneMetrics(jobId, common);
      if (metrics.metrics.length === 0) {
        log(
          `no result file yet: ${jobId} is ${metrics.status} (metrics come when it succeeds: rpw finetune status ${jobId} --watch)`,
        );
        return;
      }
      const out = values.out ?? path.join(dirs.finetune, jobId);
      writeJsonl(path.join(out, "metrics.jsonl"), metrics.metrics);
      writeJson(path.join(out, "checkpoints.json"), metrics.checkpoints);
      const figure = lossCurveFigure(lossPointsFromOpenAI(metrics.metrics), {
        from: `OpenAI job ${jobId} (result file)`,
      });
      writeFileAtomic(path.join(out, `${figure.name}.json`), figureSpecJson(figure));
      log(
        `metrics: ${metrics.metrics.length} steps, ${metrics.checkpoints.length} checkpoints -> ${path.join(path.relative(process.cwd(), out) || ".", "")} (metrics.jsonl, checkpoints.json, ${figure.name}.json)`,
      );
      return;
    }
    case "recipe": {
      if (rest.length) throw new UsageError(`unexpected "${rest[0]}"`);
      const dataset = values.dataset ?? path.join(dirs.dataset, "axolotl", "data.jsonl");
      const out = values.out ?? path.join(dirs.finetune, "recipe");
      const maxLength =
        number(values["max-length"], "max-length") ??
        readJsonFile(path.join(dirs.dataset, "validation-report.json"), SequenceLength).audit.sequenceLengthInConfigs;
      const precision = values.precision as "bf16" | "fp16" | undefined;
      if (precision !== undefined && precision !== "bf16" && precision !== "fp16")
        throw new UsageError(`--precision must be bf16 or fp16, got "${precision}"`);
      const written = writeLoraRecipe({
        dataset,
        outDir: out,
        maxLength,
        adapterName: values["adapter-name"],
        numEpochs: number(values.epochs, "epochs"),
        loraR: number(values["lora-r"], "lora-r"),
        loraAlpha: number(values["lora-alpha"], "lora-alpha", { integer: false }),
        precision,
        maxModelLen: number(values["max-model-len"], "max-model-len"),
        llamaFactoryDataset: values["llama-factory-dataset"],
        llamaFactoryDir: values["llama-factory-dir"],
      });
      log(`recipe -> ${out}: ${written.files.map((file) => path.relative(out, file)).join(", ")}`);
      log(`train: cd ${out} && axolotl train axolotl.yml   (or: llamafactory-cli train llama-factory.yml)`);
      log(`serve: sh ${path.join(out, "serve.sh")}   (${written.serveCommand.replace(/ \\\n\s+/g, " ")})`);
      return;
    }
  }
}
