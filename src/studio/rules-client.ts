/** The rules system of a comparison: a client answering only from the run client's rules baselines. */
import { LlmClient } from "../llm/llm-client";

/** It never calls out and never spends, so it costs nothing against the run's limits. */
export function rulesClient(llm: LlmClient): LlmClient {
  return new LlmClient({ ...llm.config, provider: "rules" }, { rules: llm.rules });
}
