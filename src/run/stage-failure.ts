/**
 * Failure is loud: a stage whose every model call failed stops with a one-line error naming where
 * the failures are listed and what to check; a stage where some failed says how many and where,
 * and is not marked done, so the next run sends exactly the calls that failed.
 */
import type { StageName, StageSummary } from "../schemas/run-config";
import { InputError } from "../util/input-error";

export class StageFailedError extends InputError {
  constructor(stage: StageName, summary: StageSummary) {
    super(
      `${stage}: all ${summary.modelCalls} model calls failed${summary.failuresFile ? ` (listed in ${summary.failuresFile})` : ""}; nothing was marked done`,
      {
        file: summary.failuresFile ?? null,
        fix: "check the provider (RPW_LLM_BASE_URL or OPENAI_BASE_URL, the API key's variable, llm.budgetUsd), then run again: only the failed calls are sent",
      },
    );
    this.name = "StageFailedError";
  }
}

/** Throws when every model call failed; returns a warning line when some did, else null. */
export function checkStageCalls(stage: StageName, summary: StageSummary): string | null {
  if (summary.failedCalls === 0) return null;
  if (summary.failedCalls >= summary.modelCalls) throw new StageFailedError(stage, summary);
  return (
    `${stage}: ${summary.failedCalls} of ${summary.modelCalls} model calls failed${summary.failuresFile ? ` (listed in ${summary.failuresFile})` : ""}; ` +
    "not marked done: run again to retry exactly those"
  );
}
