/**
 * Child process for the crash-safety test: runs RPW_CRASH_N requests through the LLM layer
 * against the loopback server at RPW_CRASH_BASE_URL, recording into RPW_CRASH_CACHE.
 * The parent kills it with SIGKILL part way, then runs it again to completion.
 */
import { createLlm } from "../../src/llm/llm-client";

async function main(): Promise<void> {
  const total = Number(process.env.RPW_CRASH_N);
  const llm = createLlm(
    {
      provider: "openai",
      baseUrl: process.env.RPW_CRASH_BASE_URL,
      cachePath: process.env.RPW_CRASH_CACHE,
      concurrency: 8,
    },
    { env: { OPENAI_API_KEY: "not-a-key-crash-test" } },
  );
  const requests = Array.from({ length: total }, (_, index) => ({
    messages: [{ role: "user" as const, content: `question ${index}` }],
    model: "gpt-4o",
    purpose: "crash-test",
  }));
  const results = await llm.completeMany(requests);
  const failed = results.filter((result) => !result.ok);
  process.stdout.write(`done ${results.length} ${failed.length} ${results.filter((result) => result.cached).length}\n`);
  llm.close();
}

void main();
