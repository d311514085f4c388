/**
 * The errors of the fine-tune stage, each saying how to fix it (DESIGN.md principle 5).
 *
 * `FineTuneInputError`: something on this side is wrong (a file, an option, a missing key or state
 * file). `FineTuneApiError`: the API refused or could not be reached, after the retry policy ran;
 * `retryable` tells monitoring whether to keep polling. Both extend `FineTuneError`, the one class
 * the CLI's main catches to print a single line.
 */

import { InputError } from "../util/input-error";

export class FineTuneError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "FineTuneError";
  }
}

export class FineTuneInputError extends FineTuneError {
  constructor(message: string) {
    super(message);
    this.name = "FineTuneInputError";
  }
}

/** What to do about an HTTP status from the fine-tuning or files API. */
function fixFor(status: number | undefined, apiKeyEnv: string): string {
  if (status === 401) return `check the key in ${apiKeyEnv} (it was refused)`;
  if (status === 403) return "the key's project may not fine-tune this model; check its permissions";
  if (status === 404) return "check the job or file id (rpw finetune status <job id> reads data/finetune/jobs/)";
  if (status === 429) return "rate-limited or out of quota: wait, or check billing";
  if (status !== undefined && status >= 500) return "the API is failing; try again later";
  if (status === 400) return "the API rejected the request; the message above names the parameter";
  return "check the network and the base URL";
}

export class FineTuneApiError extends FineTuneError {
  constructor(
    /** What was being done, e.g. "retrieving job ftjob-1". */
    readonly action: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    detail: string,
    apiKeyEnv = "OPENAI_API_KEY",
  ) {
    super(`${action} failed: ${detail} (fix: ${fixFor(status, apiKeyEnv)})`);
    this.name = "FineTuneApiError";
  }
}
