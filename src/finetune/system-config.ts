/**
 * How a tuned model enters the evaluation: a system entry `{name, kind: "llm", model, llm}` whose
 * `llm` part is an LLM configuration input (src/llm/config.ts: provider, baseUrl, apiKeyEnv), so
 * the evaluation builds `createLlm(system.llm)` and asks for `system.model`.
 *
 * Follows: the OpenAI path names the tuned model `ft:<base>:<org>:<suffix>:<id>` (provider
 * `openai`); vLLM addresses a LoRA adapter by its `--lora-modules` name (provider
 * `openai-compatible`, base URL of the server). Leaves out sampling parameters: the evaluation
 * sets them for every system alike. Never holds a key, only the name of its variable.
 */
import { z } from "zod";

export const SystemConfig = z.object({
  name: z.string().min(1),
  kind: z.literal("llm"),
  model: z.string().min(1),
  llm: z.object({
    provider: z.enum(["openai", "openai-compatible"]),
    baseUrl: z.string().nullable(),
    apiKeyEnv: z.string().min(1),
  }),
});
export type SystemConfig = z.infer<typeof SystemConfig>;

/** The evaluation system for a model tuned through the OpenAI API. */
export function openaiTunedSystem(fineTunedModel: string, apiKeyEnv: string, name = "openai-fine-tuned"): SystemConfig {
  return { name, kind: "llm", model: fineTunedModel, llm: { provider: "openai", baseUrl: null, apiKeyEnv } };
}

/**
 * A model served by vLLM (base or adapter). vLLM's own key variable is used: a server started
 * without `--api-key` ignores it, and the OpenAI key is never sent to a local server.
 */
export function vllmSystem(name: string, model: string, baseUrl: string): SystemConfig {
  return { name, kind: "llm", model, llm: { provider: "openai-compatible", baseUrl, apiKeyEnv: "VLLM_API_KEY" } };
}
