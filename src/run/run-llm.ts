/**
 * The run's one LLM client: built from the configuration's `llm` limits (null fields fall through
 * to the environment and the LLM layer's defaults), shared by every stage of the run, so one
 * concurrency limit, one pair of rate limits and one budget bound all of its model calls —
 * extraction, the prompt matrix, the teacher, Batch and the evaluated systems alike.
 */
import { workbenchRulesBaselines } from "../baselines/workbench-baselines";
import { LlmConfigInput } from "../llm/config";
import { createLlm, LlmClient, LlmClientDeps } from "../llm/llm-client";
import type { WorkbenchConfig } from "../schemas/run-config";

export function runLlmOptions(settings: WorkbenchConfig["llm"]): LlmConfigInput {
  const options: LlmConfigInput = {};
  if (settings.concurrency !== null) options.concurrency = settings.concurrency;
  if (settings.budgetUsd !== null) options.budgetUsd = settings.budgetUsd;
  if (settings.requestsPerMinute !== null) options.requestsPerMinute = settings.requestsPerMinute;
  if (settings.tokensPerMinute !== null) options.tokensPerMinute = settings.tokensPerMinute;
  return options;
}

export function createRunLlm(
  config: WorkbenchConfig,
  deps: LlmClientDeps = {},
  explicit: LlmConfigInput = {},
): LlmClient {
  return createLlm({ ...runLlmOptions(config.llm), ...explicit }, { rules: workbenchRulesBaselines(), ...deps });
}
