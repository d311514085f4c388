/**
 * Launching and cancelling an OpenAI fine-tuning job; with `pollFineTune` (poll-finetune.ts) and
 * `fetchFineTuneMetrics` (finetune-metrics.ts), re-exported here, the whole OpenAI path.
 *
 * Launch: plan (check files, count tokens, estimate cost: launch-plan.ts), then — unless this is
 * a dry run — upload the files (`purpose: "fine-tune"`), create the job, and write its state file
 * (`data/finetune/jobs/<job id>.json`) before returning, so a crash after launch loses nothing.
 * A dry run is the default whenever the key's variable is unset: it makes no network call.
 * Follows the job API in ENGINES.md §4. Leaves out waiting for the job: that is `pollFineTune`.
 */
import * as fs from "node:fs";
import type OpenAI from "openai";
import { toFile } from "openai";
import { SYSTEM_CLOCK } from "../llm/throttle";
import { checkBaseUrl, fineTuneClient, withRetries } from "./finetune-client";
import { JobOptions, openJob } from "./job-access";
import { FineTuneJobBody, fineTuneJobBody, FineTuneLaunchInput, parseLaunchOptions } from "./job-request";
import { DEFAULT_STATE_DIR, FineTuneState, Upload, withJob, writeState } from "./job-state";
import { LaunchPlan, planFineTune, PlannedUpload } from "./launch-plan";

export { pollFineTune, formatEvent, describeJob } from "./poll-finetune";
export type { PollOptions, PollResult, FineTuneEvent } from "./poll-finetune";
export { fetchFineTuneMetrics } from "./finetune-metrics";
export type { FineTuneMetrics } from "./finetune-metrics";

export interface LaunchOptions extends FineTuneLaunchInput, JobOptions {
  /** Default: true when the key's variable is unset in the environment. */
  dryRun?: boolean;
}

export type LaunchResult =
  | { dryRun: true; reason: "asked" | "no API key"; plan: LaunchPlan }
  | {
      dryRun: false;
      plan: LaunchPlan;
      jobId: string;
      job: OpenAI.FineTuning.FineTuningJob;
      body: FineTuneJobBody;
      state: FineTuneState;
      statePath: string;
    };

async function upload(
  client: OpenAI,
  planned: PlannedUpload,
  options: JobOptions & { apiKeyEnv: string },
): Promise<Upload> {
  const file = planned.file;
  const content = await toFile(fs.readFileSync(file.path), file.filename);
  const created = await withRetries(
    `uploading ${file.filename}`,
    () => client.files.create({ file: content, purpose: planned.purpose }),
    options,
  );
  return {
    role: planned.role,
    path: file.path,
    fileId: created.id,
    bytes: file.bytes,
    sha256: file.sha256,
    examples: file.examples,
  };
}

export async function launchOpenAIFineTune(options: LaunchOptions): Promise<LaunchResult> {
  const parsed = parseLaunchOptions({
    trainFile: options.trainFile,
    validationFile: options.validationFile,
    model: options.model,
    nEpochs: options.nEpochs,
    learningRateMultiplier: options.learningRateMultiplier,
    batchSize: options.batchSize,
    suffix: options.suffix,
    seed: options.seed,
  });
  const env = options.env ?? process.env;
  const connection = {
    baseUrl: checkBaseUrl(options.baseUrl ?? null),
    apiKeyEnv: options.apiKeyEnv ?? "OPENAI_API_KEY",
  };
  const plan = planFineTune(parsed, connection.baseUrl);
  if (options.dryRun === true) return { dryRun: true, reason: "asked", plan };
  if (options.dryRun === undefined && !env[connection.apiKeyEnv]) return { dryRun: true, reason: "no API key", plan };

  const client = fineTuneClient(connection, options);
  const context = { ...options, apiKeyEnv: connection.apiKeyEnv };
  const uploads: Upload[] = [];
  for (const planned of plan.uploads) uploads.push(await upload(client, planned, context));
  const body = fineTuneJobBody(parsed, {
    training: uploads[0].fileId,
    validation: uploads.find((entry) => entry.role === "validation")?.fileId ?? null,
  });
  const job = await withRetries("creating the fine-tuning job", () => client.fineTuning.jobs.create(body), {
    ...context,
    retryOnlyStatus: [429],
  });
  const now = new Date((options.clock ?? SYSTEM_CLOCK).now()).toISOString();
  const state = withJob(
    {
      jobId: job.id,
      provider: "openai",
      ...connection,
      createdAt: now,
      updatedAt: now,
      request: body as unknown as Record<string, unknown>,
      uploads,
      estimate: plan.estimate as unknown as Record<string, unknown>,
      status: job.status,
      fineTunedModel: null,
      trainedTokens: null,
      resultFiles: [],
      error: null,
      lastEventId: null,
      system: null,
    },
    job,
    now,
  );
  const statePath = writeState(state, options.stateDir ?? DEFAULT_STATE_DIR);
  return { dryRun: false, plan, jobId: job.id, job, body, state, statePath };
}

/** Cancels a live job and records it; a finished job cannot be cancelled (the API says so). */
export async function cancelFineTune(
  jobId: string,
  options: JobOptions = {},
): Promise<OpenAI.FineTuning.FineTuningJob> {
  const { client, state, stateDir, connection } = openJob(jobId, options);
  const job = await withRetries(`cancelling job ${jobId}`, () => client.fineTuning.jobs.cancel(jobId), {
    ...options,
    apiKeyEnv: connection.apiKeyEnv,
  });
  if (state) writeState(withJob(state, job, new Date((options.clock ?? SYSTEM_CLOCK).now()).toISOString()), stateDir);
  return job;
}
