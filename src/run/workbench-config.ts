/**
 * The one configuration of a whole-study run (`workbench.config.json`), validated with zod.
 * Every field has a default, so an empty file (or none) runs the bundled sample offline.
 * Precedence, one way: command-line `--set path=value` > the config file > these defaults.
 * The resolved configuration (it holds no secrets: keys stay in the environment) is written into
 * every run folder.
 */
import * as fs from "node:fs";
import { z } from "zod";
import { ROLES } from "../schemas/job";

export const STAGES = ["collect", "preprocess", "prompts", "generate", "dataset", "finetune", "evaluate", "figures"] as const;
export type StageName = (typeof STAGES)[number];

export const WorkbenchConfig = z.object({
  /** The run folder's name: `<runsDir>/<name>/`. */
  name: z.string().regex(/^[A-Za-z0-9._-]+$/).default("sample"),
  runsDir: z.string().default("runs"),
  data: z.object({
    resumes: z.array(z.string()).min(1).default(["data/sample/resumes.txt"]),
    jobs: z.array(z.string()).min(1).default(["data/sample/jobs.csv"]),
    usOnly: z.boolean().default(true),
    dedupe: z.boolean().default(true),
  }).prefault({}),
  /** Roles kept for the later stages (all of the study's five, and `other`, by default). */
  roles: z.array(z.enum(ROLES)).default([...ROLES]),
  seed: z.number().int().default(2024),
  preprocess: z.object({
    extractor: z.enum(["rules", "llm"]).default("rules"),
    redact: z.boolean().default(false),
  }).prefault({}),
  teacher: z.object({
    model: z.string().default("gpt-4o-2024-08-06"),
    temperature: z.number().min(0).max(2).default(0),
    /** Only the first n resumes get targets (null: all). */
    resumes: z.number().int().positive().nullable().default(null),
    /** Recorded teacher outputs to import instead of generating (the study's released targets). */
    recorded: z.object({ targets: z.string(), map: z.string(), resumes: z.string(), jobs: z.string() }).nullable().default(null),
  }).prefault({}),
  llm: z.object({
    budgetUsd: z.number().nonnegative().nullable().default(null),
    concurrency: z.number().int().positive().default(8),
  }).prefault({}),
  prompts: z.object({ resumes: z.number().int().positive().default(3) }).prefault({}),
  dataset: z.object({
    /** The fine-tune length to audit (the study's was 512). */
    maxLength: z.number().int().positive().default(512),
    tokenizer: z.enum(["llama3", "o200k"]).default("llama3"),
    split: z.tuple([z.number(), z.number(), z.number()]).default([0.9, 0.05, 0.05]),
  }).prefault({}),
  finetune: z.object({
    /** Launch a real OpenAI job (needs OPENAI_API_KEY); otherwise a dry run: the request and its cost. */
    launch: z.boolean().default(false),
    model: z.string().default("gpt-4o-mini-2024-07-18"),
  }).prefault({}),
  evaluate: z.object({
    /** rpw evaluate system specs; "teacher" is added when targets exist. */
    systems: z.array(z.string()).default(["identity", "rules"]),
    reference: z.string().default("identity"),
    resumes: z.number().int().positive().nullable().default(null),
  }).prefault({}),
  stages: z.array(z.enum(STAGES)).default([...STAGES]),
});
export type WorkbenchConfig = z.infer<typeof WorkbenchConfig>;

export class WorkbenchConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbenchConfigError";
  }
}

/** Sets `a.b.c` in a plain object; the value is parsed as JSON when it can be ("3", "true", "[1,2]"), else kept as text. */
export function setPath(target: Record<string, unknown>, dotted: string, raw: string): void {
  const keys = dotted.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // plain text, e.g. --set name=study
  }
  node[keys[keys.length - 1]] = value;
}

/** Reads the file (if any), applies `path=value` overrides, validates; errors name the file and field. */
export function loadWorkbenchConfig(file: string | null, overrides: readonly string[] = []): WorkbenchConfig {
  let raw: Record<string, unknown> = {};
  if (file) {
    if (!fs.existsSync(file)) throw new WorkbenchConfigError(`${file}: no such configuration file`);
    try {
      raw = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
      throw new WorkbenchConfigError(`${file}: not valid JSON (${(error as Error).message})`);
    }
  }
  for (const override of overrides) {
    const at = override.indexOf("=");
    if (at < 1) throw new WorkbenchConfigError(`--set takes <field.path>=<value>, got "${override}"`);
    setPath(raw, override.slice(0, at), override.slice(at + 1));
  }
  const parsed = WorkbenchConfig.strict().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new WorkbenchConfigError(`${file ?? "configuration"}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}
