/**
 * Monitoring a fine-tuning job until it ends: poll the job's status (validating_files → queued →
 * running → succeeded | failed | cancelled) and its events, show each event once, and record
 * every poll in the job's state file — including the newest event shown — so that monitoring
 * resumed after a restart (from the job id alone) continues where it stopped.
 *
 * Transient trouble never ends monitoring: each call is retried by the project's policy, and a
 * poll that still fails with a transient error is reported and tried again at the next interval
 * (up to `maxConsecutiveFailures`). A refused key, a wrong id or a 400 ends it at once.
 * Events are listed newest first by the API; new ones are those above the last one shown.
 */
import type OpenAI from "openai";
import { SYSTEM_CLOCK } from "../llm/throttle";
import { withRetries } from "./finetune-client";
import { FineTuneApiError } from "./finetune-error";
import { JobOptions, openJob } from "./job-access";
import { adoptedState, FineTuneState, JobError, withJob, writeState } from "./job-state";

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);

export interface FineTuneEvent {
  id: string;
  /** Unix seconds. */
  createdAt: number;
  level: "info" | "warn" | "error";
  message: string;
}

export interface PollOptions extends JobOptions {
  /** Wait between polls (default 30 s). */
  intervalMs?: number;
  /** Stop after this many polls even if the job is live (1 = one look, as `rpw finetune status`). */
  maxPolls?: number;
  /** Transient failures in a row before giving up (default 20). */
  maxConsecutiveFailures?: number;
  onEvent?: (event: FineTuneEvent) => void;
  /** Called on the first poll and whenever the status changes. */
  onStatus?: (job: OpenAI.FineTuning.FineTuningJob) => void;
}

export interface PollResult {
  job: OpenAI.FineTuning.FineTuningJob;
  /** True when the job has ended (succeeded, failed or cancelled). */
  done: boolean;
  /** The tuned model's name, for the evaluation systems (also in the state file). */
  fineTunedModel: string | null;
  error: JobError | null;
  state: FineTuneState;
  statePath: string;
}

const isoSeconds = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().replace(".000Z", "Z");

/** One line per event: "2023-11-14T22:13:21Z info  Created fine-tuning job: ftjob-1". */
export function formatEvent(event: FineTuneEvent): string {
  return `${isoSeconds(event.createdAt)} ${event.level.padEnd(5)} ${event.message}`;
}

/** One line on where the job stands; a failure gives the API's code, message and parameter. */
export function describeJob(
  job: Pick<
    OpenAI.FineTuning.FineTuningJob,
    "id" | "status" | "fine_tuned_model" | "trained_tokens" | "error" | "estimated_finish"
  >,
): string {
  switch (job.status) {
    case "succeeded":
      return `${job.id} succeeded: tuned model ${job.fine_tuned_model}${job.trained_tokens !== null ? ` (${job.trained_tokens} trained tokens)` : ""}`;
    case "failed": {
      const error = job.error;
      if (!error || !error.code) return `${job.id} failed (the API gave no reason)`;
      return `${job.id} failed: ${error.code}: ${error.message}${error.param ? ` (param ${error.param})` : ""}`;
    }
    case "cancelled":
      return `${job.id} cancelled`;
    default:
      return `${job.id} ${job.status}${job.estimated_finish ? ` (estimated finish ${isoSeconds(job.estimated_finish)})` : ""}`;
  }
}

/** Events newer than the last one shown, oldest first. */
async function newEvents(
  client: OpenAI,
  jobId: string,
  known: Set<string>,
  options: PollOptions & { apiKeyEnv: string },
): Promise<FineTuneEvent[]> {
  const fresh: OpenAI.FineTuning.Jobs.FineTuningJobEvent[] = [];
  const action = `listing the events of ${jobId}`;
  let page = await withRetries(action, () => client.fineTuning.jobs.listEvents(jobId, { limit: 100 }), options);
  for (;;) {
    const index = page.data.findIndex((event) => known.has(event.id));
    fresh.push(...(index === -1 ? page.data : page.data.slice(0, index)));
    if (index !== -1 || !page.hasNextPage()) break;
    const current = page;
    page = await withRetries(action, () => current.getNextPage(), options);
  }
  return fresh
    .reverse()
    .map((event) => ({ id: event.id, createdAt: event.created_at, level: event.level, message: event.message }));
}

export async function pollFineTune(jobId: string, options: PollOptions = {}): Promise<PollResult> {
  const { client, state: stored, stateDir, connection } = openJob(jobId, options);
  const clock = options.clock ?? SYSTEM_CLOCK;
  const context = { ...options, apiKeyEnv: connection.apiKeyEnv };
  const now = () => new Date(clock.now()).toISOString();
  let state: FineTuneState = stored ?? adoptedState(jobId, connection, now());
  const known = new Set<string>(state.lastEventId ? [state.lastEventId] : []);
  let lastStatus: string | null = null;
  let failures = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      const job = await withRetries(`retrieving job ${jobId}`, () => client.fineTuning.jobs.retrieve(jobId), context);
      const events = await newEvents(client, jobId, known, context);
      failures = 0;
      if (job.status !== lastStatus) options.onStatus?.(job);
      lastStatus = job.status;
      for (const event of events) {
        known.add(event.id);
        options.onEvent?.(event);
      }
      state = withJob({ ...state, lastEventId: events.at(-1)?.id ?? state.lastEventId }, job, now());
      const statePath = writeState(state, stateDir);
      const done = TERMINAL.has(job.status);
      if (done || attempt >= (options.maxPolls ?? Infinity)) {
        return { job, done, fineTunedModel: job.fine_tuned_model, error: state.error, state, statePath };
      }
    } catch (error) {
      if (!(error instanceof FineTuneApiError) || !error.retryable) throw error;
      failures++;
      if (failures > (options.maxConsecutiveFailures ?? 20) || attempt >= (options.maxPolls ?? Infinity)) throw error;
      options.onNotice?.(`${error.message}; still monitoring`);
    }
    await clock.sleep(options.intervalMs ?? 30_000);
  }
}
