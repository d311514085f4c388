/**
 * The one configuration of a run (`workbench.config.json`): its zod schema, the stage names and
 * the run folder's layout. Every field has a default (defaults live here and nowhere else), so
 * an empty file, or none, runs the bundled sample offline. Every object is strict: an unknown or
 * misspelt field anywhere is an error, never silently ignored. Loading (file, `--set`, errors
 * with did-you-mean) is `src/run/load-config.ts`; this module is pure.
 *
 * LLM limits left `null` fall through to the environment (RPW_LLM_*) and then to the LLM layer's
 * own defaults (src/llm/config.ts), so one value decides each limit for every call of the run.
 */
import * as path from "node:path";
import { z } from "zod";
import { ROLES } from "./job";
import { PromptsSettings } from "./prompt-experiment";

/**
 * What the dataset stage does with a target whose completion states facts its own prompt does not
 * hold (src/dataset/target-grounding.ts): keep (reported only), flag (listed as problems in the
 * validation report; records kept), drop-ungrounded (left out of every export, split re-derived).
 */
export const TARGET_MODES = ["keep", "flag", "drop-ungrounded"] as const;
export type TargetMode = (typeof TARGET_MODES)[number];

export const STAGES = [
  "collect",
  "preprocess",
  "prompts",
  "generate",
  "dataset",
  "finetune",
  "evaluate",
  "figures",
] as const;
export type StageName = (typeof STAGES)[number];

/** Run names become folder names under `runsDir`: no separators, no leading dot (so never `..`). */
export const RUN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const WorkbenchConfig = z.strictObject({
  /** The run folder's name: `<runsDir>/<name>/`. */
  name: z
    .string()
    .regex(RUN_NAME, "a run name is letters, digits, '.', '_' or '-', starting with a letter or digit")
    .default("sample"),
  runsDir: z.string().min(1).default("runs"),
  data: z
    .strictObject({
      resumes: z.array(z.string()).min(1).default(["data/sample/resumes.txt"]),
      jobs: z.array(z.string()).min(1).default(["data/sample/jobs.csv"]),
      dedupe: z.boolean().default(true),
    })
    .prefault({}),
  /** The collect stage's selection. */
  collect: z
    .strictObject({
      /** Keep postings in these countries (ISO 3166-1 alpha-2) and those whose country cannot be told; [] keeps all. */
      countries: z.array(z.string()).default(["US"]),
    })
    .prefault({}),
  /** Roles kept for the later stages (all of the study's five, and `other`, by default). */
  roles: z.array(z.enum(ROLES)).default([...ROLES]),
  /** One seed for everything random: personas, the split, every bootstrap interval. */
  seed: z.number().int().nonnegative().default(2024),
  preprocess: z
    .strictObject({
      extractor: z.enum(["rules", "llm"]).default("rules"),
      /** Replace contact details by placeholders before any text is sent to a model. */
      redact: z.boolean().default(true),
    })
    .prefault({}),
  teacher: z
    .strictObject({
      model: z.string().min(1).default("gpt-4o-2024-08-06"),
      temperature: z.number().min(0).max(2).default(0),
      /** Only the first n resumes get targets (null: all). */
      resumes: z.number().int().positive().nullable().default(null),
      /** Recorded teacher outputs to import instead of generating (the study's released targets). */
      recorded: z
        .strictObject({ targets: z.string(), map: z.string(), resumes: z.string(), jobs: z.string() })
        .nullable()
        .default(null),
    })
    .prefault({}),
  generate: z
    .strictObject({
      /** Also write generate/json-resume/<resume>__<job>.json: each pair's tailored resume as JSON Resume (as rpw tailor does). */
      jsonResume: z.boolean().default(false),
    })
    .prefault({}),
  /** Limits on every model call of the run (one client, one budget); null: environment, then the LLM layer's default. */
  llm: z
    .strictObject({
      budgetUsd: z.number().nonnegative().nullable().default(null),
      concurrency: z.number().int().positive().nullable().default(null),
      requestsPerMinute: z.number().positive().nullable().default(null),
      tokensPerMinute: z.number().positive().nullable().default(null),
    })
    .prefault({}),
  /** The prompt studio's declared comparison: variants × systems × cases, and its assertions. */
  prompts: PromptsSettings.prefault({}),
  dataset: z
    .strictObject({
      /** The fine-tune length to audit (the study's was 512). */
      maxLength: z.number().int().positive().default(512),
      tokenizer: z.enum(["llama3", "o200k"]).default("llama3"),
      /** Train, validation and test fractions of the resumes (split by resume, seeded). */
      split: z
        .tuple([z.number().min(0), z.number().min(0), z.number().min(0)])
        .refine((parts) => Math.abs(parts[0] + parts[1] + parts[2] - 1) < 1e-9, "the three fractions must add up to 1")
        .default([0.9, 0.05, 0.05]),
      /** Targets checked against their own prompt: keep (report only), flag (problems), drop-ungrounded (left out). */
      targets: z.enum(TARGET_MODES).default("flag"),
    })
    .prefault({}),
  finetune: z
    .strictObject({
      /** Launch a real OpenAI job (needs OPENAI_API_KEY); otherwise a dry run: the request and its cost. */
      launch: z.boolean().default(false),
      model: z.string().min(1).default("gpt-4o-mini-2024-07-18"),
    })
    .prefault({}),
  evaluate: z
    .strictObject({
      /** rpw evaluate system specs; the teacher's targets are added as the system "teacher". */
      systems: z.array(z.string()).default(["identity", "rules"]),
      reference: z.string().default("identity"),
      resumes: z.number().int().positive().nullable().default(null),
    })
    .prefault({}),
  stages: z.array(z.enum(STAGES)).default([...STAGES]),
});
export type WorkbenchConfig = z.infer<typeof WorkbenchConfig>;

/** The folders of one run: a folder per stage, `private/` for personal data, `stages/` for stage records. */
export interface RunDirs {
  root: string;
  collect: string;
  preprocess: string;
  prompts: string;
  generate: string;
  dataset: string;
  finetune: string;
  evaluate: string;
  figures: string;
  /** Files with personal data (the persona mapping): never exported, never in a report. */
  private: string;
  /** One record per finished stage (fingerprint, output hash, summary), apart from the outputs. */
  stages: string;
}

export function runDirs(config: Pick<WorkbenchConfig, "runsDir" | "name">): RunDirs {
  if (!RUN_NAME.test(config.name)) throw new Error(`run name "${config.name}" is not a plain folder name`);
  const root = path.join(config.runsDir, config.name);
  const dir = (stage: string) => path.join(root, stage);
  return {
    root,
    collect: dir("collect"),
    preprocess: dir("preprocess"),
    prompts: dir("prompts"),
    generate: dir("generate"),
    dataset: dir("dataset"),
    finetune: dir("finetune"),
    evaluate: dir("evaluate"),
    figures: dir("figures"),
    private: dir("private"),
    stages: dir("stages"),
  };
}

/** What a stage is given besides its configuration and folders: the run's one LLM client and a log. */
export interface StageDeps {
  /** One client per run: its concurrency, rate limits and budget bound every model call of the run. */
  llm: import("../llm/llm-client").LlmClient;
  log: (line: string) => void;
}

/** What every stage returns besides its own typed values: a one-line summary and its failed model calls. */
export interface StageSummary {
  /** One line saying what the stage did, for the run's progress and report. */
  note: string;
  /** Model calls that failed (listed in the stage's failures file); a stage with any is not marked done. */
  failedCalls: number;
  /** Model calls the stage asked for (0 when it made none). */
  modelCalls: number;
  /** Where the failed calls are listed, when there are any. */
  failuresFile?: string;
}
