import { strict as assert } from "node:assert";
import { z } from "zod";
import { batchLines, collectBatch, pendingBatches, submitBatch } from "../../src/llm/batch";
import { createLlm } from "../../src/llm/llm-client";
import { costOf } from "../../src/llm/pricing";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ask, clientFor, FAKE_KEY, instantClock } from "./llm-test-kit";

const Answer = z.object({ answer: z.string() });
const env = { OPENAI_API_KEY: FAKE_KEY };

describe("Batch API", () => {
  it("batchLines keys each distinct unrecorded request by its cache key", async () => {
    const server = await startMockOpenAI();
    const llm = clientFor(server);
    await llm.complete(ask("already recorded"));
    const { keys, jsonl } = batchLines(llm, [ask("already recorded"), ask("a"), ask("a"), ask("b")]);
    assert.deepEqual(keys, [llm.keyOf(ask("a")), llm.keyOf(ask("b"))]);
    const first = JSON.parse(jsonl.split("\n")[0]);
    assert.deepEqual(
      [first.custom_id, first.method, first.url, first.body.model],
      [keys[0], "POST", "/v1/chat/completions", "gpt-4o"],
    );
    llm.close();
    await server.close();
  });

  it("submitBatch and collectBatch record answers so that complete then replays them at the batch price", async () => {
    const server = await startMockOpenAI({ batchPollsToComplete: 3 });
    const llm = clientFor(server);
    const requests = ["x", "y", "z"].map((question) => ask(question, { schema: { name: "answer", schema: Answer } }));
    const state = await submitBatch(llm, requests, { env });
    assert.ok(state);
    assert.equal(pendingBatches(llm).length, 1);
    const polls: string[] = [];
    const collected = await collectBatch(llm, state.batchId, requests, {
      env,
      clock: instantClock(),
      pollIntervalMs: 10,
      onPoll: (batch) => polls.push(batch.status),
    });
    assert.deepEqual([collected.status, collected.recorded, collected.failed], ["completed", 3, []]);
    assert.deepEqual(polls, ["in_progress", "finalizing", "completed"]); // each GET advances the mock one step
    assert.equal(pendingBatches(llm).length, 0);
    const results = await Promise.all(requests.map((request) => llm.complete(request)));
    assert.ok(
      results.every(
        (result) => result.ok && result.cached && typeof (result.output as { answer: string }).answer === "string",
      ),
    );
    assert.equal(server.chatCalls().length, 0, "nothing was sent live");
    const entry = llm.cache.get(results[0].key);
    assert.equal(entry?.via, `batch:${state.batchId}`);
    assert.equal(entry?.costUsd, costOf("gpt-4o", entry!.usage, { batch: true }));
    llm.close();
    await server.close();
  });

  it("collectBatch resumes from the stored batch id after a restart and keeps an expired batch's completed answers", async () => {
    const server = await startMockOpenAI({ batchOutcome: { kind: "expired", completedLines: 1 } });
    const first = clientFor(server);
    const requests = [ask("one"), ask("two")];
    const state = await submitBatch(first, requests, { env });
    first.close();
    // A new process: only the cache folder (and its batches/ state) remains.
    const second = createLlm(
      { provider: "openai", baseUrl: server.baseURL, cachePath: first.config.cachePath },
      { env },
    );
    const [pending] = pendingBatches(second);
    assert.equal(pending.batchId, state?.batchId);
    const collected = await collectBatch(second, pending.batchId, requests, {
      env,
      clock: instantClock(),
      pollIntervalMs: 1,
    });
    assert.equal(collected.status, "expired");
    assert.equal(collected.recorded, 1);
    assert.equal(collected.failed.length, 1);
    assert.match(collected.failed[0].reason, /expired/);
    second.close();
    await server.close();
  });
});
