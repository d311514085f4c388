/**
 * A job's training metrics: its result file(s) downloaded and parsed (result-csv.ts) into one
 * row per step, and its checkpoints (the API keeps the last few epochs' models, each with its
 * metrics). A job that has not ended has no result file yet: the metrics are then empty and the
 * status says why. Every call goes through the retry policy.
 */
import type OpenAI from "openai";
import { withRetries } from "./finetune-client";
import { JobOptions, openJob } from "./job-access";
import { FineTuneMetric, parseResultCsv } from "./result-csv";

export interface FineTuneCheckpoint {
  id: string;
  step: number;
  /** The checkpoint's model name, usable like the tuned model. */
  model: string;
  trainLoss: number | null;
  trainAccuracy: number | null;
  validLoss: number | null;
  validAccuracy: number | null;
  fullValidLoss: number | null;
  fullValidAccuracy: number | null;
}

export interface FineTuneMetrics {
  jobId: string;
  status: OpenAI.FineTuning.FineTuningJob["status"];
  fineTunedModel: string | null;
  resultFiles: string[];
  /** Rows of all result files, by step. */
  metrics: FineTuneMetric[];
  /** Oldest first. */
  checkpoints: FineTuneCheckpoint[];
}

const numberOrNull = (value: number | undefined) =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

export async function fetchFineTuneMetrics(jobId: string, options: JobOptions = {}): Promise<FineTuneMetrics> {
  const { client, connection } = openJob(jobId, options);
  const context = { ...options, apiKeyEnv: connection.apiKeyEnv };
  const job = await withRetries(`retrieving job ${jobId}`, () => client.fineTuning.jobs.retrieve(jobId), context);
  const metrics: FineTuneMetric[] = [];
  for (const fileId of job.result_files) {
    const text = await withRetries(
      `downloading result file ${fileId}`,
      async () => (await client.files.content(fileId)).text(),
      context,
    );
    metrics.push(...parseResultCsv(text, fileId));
  }
  const checkpoints: FineTuneCheckpoint[] = [];
  const action = `listing the checkpoints of ${jobId}`;
  let page = await withRetries(action, () => client.fineTuning.jobs.checkpoints.list(jobId, { limit: 100 }), context);
  for (;;) {
    for (const checkpoint of page.data) {
      const m = checkpoint.metrics;
      checkpoints.push({
        id: checkpoint.id,
        step: checkpoint.step_number,
        model: checkpoint.fine_tuned_model_checkpoint,
        trainLoss: numberOrNull(m.train_loss),
        trainAccuracy: numberOrNull(m.train_mean_token_accuracy),
        validLoss: numberOrNull(m.valid_loss),
        validAccuracy: numberOrNull(m.valid_mean_token_accuracy),
        fullValidLoss: numberOrNull(m.full_valid_loss),
        fullValidAccuracy: numberOrNull(m.full_valid_mean_token_accuracy),
      });
    }
    if (!page.hasNextPage()) break;
    const current = page;
    page = await withRetries(action, () => current.getNextPage(), context);
  }
  return {
    jobId,
    status: job.status,
    fineTunedModel: job.fine_tuned_model,
    resultFiles: [...job.result_files],
    metrics: metrics.sort((a, b) => a.step - b.step),
    checkpoints: checkpoints.sort((a, b) => a.step - b.step),
  };
}
