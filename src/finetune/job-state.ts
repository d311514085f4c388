/**
 * The state file of one fine-tuning job, `data/finetune/jobs/<job id>.json`: written at launch and
 * after every poll, so monitoring resumes after a restart from the job id alone, and so the tuned
 * model's name (and its evaluation system entry) is on disk the moment the job succeeds.
 *
 * Holds where the job lives (base URL, the *name* of the key variable), the request as sent, the
 * uploaded files, the cost estimate, the last known status, and the newest event already shown.
 * Never holds the key: there is no field for it, and the schema strips unknown fields.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { writeJson } from "../util/jsonl";
import { FineTuneInputError } from "./finetune-error";
import { openaiTunedSystem, SystemConfig } from "./system-config";

export const DEFAULT_STATE_DIR = path.resolve(__dirname, "../..", "data", "finetune", "jobs");

export const JobError = z.object({ code: z.string(), message: z.string(), param: z.string().nullable() });
export type JobError = z.infer<typeof JobError>;

export const Upload = z.object({
  role: z.enum(["training", "validation"]),
  path: z.string(),
  fileId: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  examples: z.number().int(),
});
export type Upload = z.infer<typeof Upload>;

export const FineTuneState = z.object({
  jobId: z.string().min(1),
  provider: z.literal("openai"),
  baseUrl: z.string().nullable(),
  apiKeyEnv: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The job body as sent (null when monitoring a job launched elsewhere). */
  request: z.record(z.string(), z.unknown()).nullable(),
  uploads: z.array(Upload),
  estimate: z.record(z.string(), z.unknown()).nullable(),
  status: z.enum(["validating_files", "queued", "running", "succeeded", "failed", "cancelled"]),
  fineTunedModel: z.string().nullable(),
  trainedTokens: z.number().nullable(),
  resultFiles: z.array(z.string()),
  error: JobError.nullable(),
  /** Newest event already shown; earlier ones are not shown again after a restart. */
  lastEventId: z.string().nullable(),
  /** The evaluation system entry, once the job has succeeded. */
  system: SystemConfig.nullable(),
});
export type FineTuneState = z.infer<typeof FineTuneState>;

export function statePath(jobId: string, stateDir = DEFAULT_STATE_DIR): string {
  if (!/^[\w.-]+$/.test(jobId))
    throw new FineTuneInputError(`"${jobId}" is not a job id (fix: use the id printed at launch, e.g. ftjob-abc123)`);
  return path.join(stateDir, `${jobId}.json`);
}

/** The stored state, or null when this job was never launched from here. */
export function readState(jobId: string, stateDir = DEFAULT_STATE_DIR): FineTuneState | null {
  const file = statePath(jobId, stateDir);
  if (!fs.existsSync(file)) return null;
  const parsed = FineTuneState.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FineTuneInputError(
      `${file}: ${issue.path.join(".")}: ${issue.message} (fix: restore the file, or delete it and run rpw finetune status ${jobId} to rebuild it)`,
    );
  }
  return parsed.data;
}

export function writeState(state: FineTuneState, stateDir = DEFAULT_STATE_DIR): string {
  const file = statePath(state.jobId, stateDir);
  writeJson(file, FineTuneState.parse(state));
  return file;
}

/** The fields of a job the state keeps (a subset of the SDK's FineTuningJob). */
export interface JobSnapshot {
  id: string;
  status: FineTuneState["status"];
  fine_tuned_model: string | null;
  trained_tokens: number | null;
  result_files: string[];
  error: JobError | null;
}

/** The state after seeing `job`; on success it carries the tuned model's evaluation system. */
export function withJob(state: FineTuneState, job: JobSnapshot, now: string): FineTuneState {
  // A live job's error is null (or, defensively, an empty object): only an error with a code counts.
  const error =
    job.error && job.error.code
      ? { code: job.error.code, message: job.error.message, param: job.error.param ?? null }
      : null;
  return {
    ...state,
    updatedAt: now,
    status: job.status,
    fineTunedModel: job.fine_tuned_model,
    trainedTokens: job.trained_tokens,
    resultFiles: [...job.result_files],
    error,
    system: job.fine_tuned_model ? openaiTunedSystem(job.fine_tuned_model, state.apiKeyEnv) : state.system,
  };
}

/** A state for a job first seen while monitoring (launched elsewhere, or its file was lost). */
export function adoptedState(
  jobId: string,
  connection: { baseUrl: string | null; apiKeyEnv: string },
  now: string,
): FineTuneState {
  return {
    jobId,
    provider: "openai",
    baseUrl: connection.baseUrl,
    apiKeyEnv: connection.apiKeyEnv,
    createdAt: now,
    updatedAt: now,
    request: null,
    uploads: [],
    estimate: null,
    status: "validating_files",
    fineTunedModel: null,
    trainedTokens: null,
    resultFiles: [],
    error: null,
    lastEventId: null,
    system: null,
  };
}
