/**
 * `npm run bench:llm`: the LLM layer's throughput and overhead against the loopback
 * OpenAI-compatible test server (test/fixtures/openai-server.ts; no network).
 *
 *   1. 1,000 distinct requests, 100 ms injected latency, concurrency 50: wall time and its ratio
 *      to the ideal 2.0 s (1,000 / 50 × 0.1 s). Aim: ≤ 1.25×.
 *   2. Replay of 3,700 recorded responses (the size of the study's fine-tune set). Aim: ≤ 1 s.
 *   3. Per-call overhead of the layer: the same 1,000 requests at latency 0 and concurrency 1,
 *      through the layer vs through the bare openai client, difference per call.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import OpenAI from "openai";
import { createLlm } from "../src/llm/llm-client";
import { requestKeyParts } from "../src/llm/request-key";
import { startMockOpenAI } from "../test/fixtures/openai-server";

const ask = (content: string) => ({
  messages: [{ role: "user" as const, content }],
  model: "gpt-4o",
  purpose: "bench",
});
const env = { OPENAI_API_KEY: "not-a-key-bench" };
const seconds = (ms: number) => (ms / 1000).toFixed(3);

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rpw-bench-llm-"));
  const slow = await startMockOpenAI({ latencyMs: 100 });
  const concurrent = createLlm(
    { provider: "openai", baseUrl: slow.baseURL, cachePath: path.join(dir, "a.sqlite"), concurrency: 50 },
    { env },
  );
  let started = performance.now();
  const results = await concurrent.completeMany(Array.from({ length: 1000 }, (_, i) => ask(`concurrent ${i}`)));
  const wall = performance.now() - started;
  if (results.some((result) => !result.ok)) throw new Error("a benchmark call failed");
  console.log(
    `concurrency: 1000 requests, 100 ms latency, concurrency 50: ${seconds(wall)} s wall, ${(wall / 2000).toFixed(2)}x the ideal 2.000 s (${slow.chatCalls().length} calls)`,
  );
  concurrent.close();
  await slow.close();

  const replayPath = path.join(dir, "replay.sqlite");
  const writer = createLlm({ provider: "replay", cachePath: replayPath }, { env: {} });
  const requests = Array.from({ length: 3700 }, (_, i) => ({
    ...ask(`replayed section ${i} ${"lorem ipsum ".repeat(40)}`),
    params: { temperature: 0.7 },
  }));
  for (const request of requests) {
    writer.cache.put({
      key: writer.keyOf(request),
      purpose: "bench",
      provider: "openai",
      model: "gpt-4o",
      request: requestKeyParts(request, "openai"),
      text: `{"section": "${"polished text ".repeat(60)}"}`,
      usage: { inputTokens: 500, outputTokens: 300, cachedInputTokens: 0 },
      costUsd: 0.004,
      latencyMs: 900,
      recordedAt: "2026-11-28T00:00:00.000Z",
      via: "live",
    });
  }
  writer.close();
  const replay = createLlm({ provider: "replay", cachePath: replayPath }, { env: {} });
  started = performance.now();
  const replayed = await replay.completeMany(requests);
  const replayMs = performance.now() - started;
  if (replayed.some((result) => !result.ok || !result.cached)) throw new Error("a replay missed");
  console.log(`replay: 3700 recorded responses in ${seconds(replayMs)} s (${Math.round(3700 / (replayMs / 1000))}/s)`);
  replay.close();

  const fast = await startMockOpenAI();
  const layer = createLlm(
    { provider: "openai", baseUrl: fast.baseURL, cachePath: path.join(dir, "b.sqlite"), concurrency: 1 },
    { env },
  );
  const bare = new OpenAI({ apiKey: "not-a-key-bench", baseURL: fast.baseURL, maxRetries: 0 });
  for (let i = 0; i < 50; i++)
    await bare.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `warm ${i}` }] });
  started = performance.now();
  for (let i = 0; i < 1000; i++)
    await bare.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: `bare ${i}` }] });
  const bareMs = performance.now() - started;
  started = performance.now();
  for (let i = 0; i < 1000; i++) await layer.complete(ask(`layer ${i}`));
  const layerMs = performance.now() - started;
  console.log(
    `overhead: ${((layerMs - bareMs) / 1000).toFixed(3)} ms per call (layer ${(layerMs / 1000).toFixed(3)} ms/call incl. cache write, bare openai client ${(bareMs / 1000).toFixed(3)} ms/call)`,
  );
  layer.close();
  await fast.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
