/** Shared setup for LLM-layer tests: a loopback server, a temporary cache, a clock that does not wait. */
import * as path from "node:path";
import { createLlm, LlmClient, LlmClientDeps } from "../../src/llm/llm-client";
import type { LlmConfigInput } from "../../src/llm/config";
import type { MockOpenAI } from "../fixtures/openai-server";

export const FAKE_KEY = "not-a-key-rpw-FAKE-secret-0123456789abcdef";

import { instantClock, tempDir } from "../helpers";
export { instantClock };

export function clientFor(server: MockOpenAI, options: LlmConfigInput = {}, deps: LlmClientDeps = {}): LlmClient {
  return createLlm(
    { provider: "openai", baseUrl: server.baseURL, cachePath: path.join(tempDir(), "llm.sqlite"), ...options },
    {
      env: { OPENAI_API_KEY: FAKE_KEY },
      clock: instantClock(),
      random: () => 0.5,
      now: () => new Date("2026-11-28T12:00:00Z"),
      ...deps,
    },
  );
}

export const ask = (content: string, extra: Partial<Parameters<LlmClient["complete"]>[0]> = {}) => ({
  messages: [{ role: "user" as const, content }],
  model: "gpt-4o",
  purpose: "test",
  ...extra,
});
