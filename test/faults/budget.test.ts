/** Budget you can trust: one ledger per project that survives restarts; near the cap calls wait, past it they stop cleanly; Batch is estimated and refused before anything is uploaded. */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { collectBatch, submitBatch } from "../../src/llm/batch";
import { createLlm } from "../../src/llm/llm-client";
import { costOf } from "../../src/llm/pricing";
import { ledgerPathFor, SpendLedger } from "../../src/llm/spend-ledger";
import { InputError } from "../../src/util/input-error";
import { MockOpenAI, startMockOpenAI } from "../fixtures/openai-server";
import { instantClock, tempDir } from "../helpers";
import { FAULT_KEY } from "./fault-kit";

const env = { OPENAI_API_KEY: FAULT_KEY };
const ask = (content: string, maxTokens = 1000) => ({
  messages: [{ role: "user" as const, content }],
  model: "gpt-4o",
  purpose: "budget-test",
  params: { maxTokens },
});
const client = (server: MockOpenAI, cachePath: string, budgetUsd: number | null, concurrency = 1) =>
  createLlm(
    { provider: "openai", baseUrl: server.baseURL, cachePath, budgetUsd, concurrency, maxRetries: 0 },
    { env, clock: instantClock() },
  );
const callCost = (completionTokens: number) =>
  costOf("gpt-4o", { inputTokens: 10, outputTokens: completionTokens, cachedInputTokens: 0 })!;

describe("faults: budget", () => {
  let server: MockOpenAI;
  let completionTokens = 10;
  beforeEach(async () => {
    completionTokens = 10;
    server = await startMockOpenAI({
      respond: () => ({ kind: "ok", content: "x", promptTokens: 10, completionTokens }),
    });
  });
  afterEach(() => server.close());

  it("complete near the cap waits for calls in flight instead of refusing when their actual cost leaves room", async () => {
    const cachePath = path.join(tempDir(), "llm.sqlite");
    // Each worst case is ~$0.01 (1,000 output tokens); the cap holds three, the eight calls cost $0.001 in all.
    const llm = client(server, cachePath, 0.035, 8);
    const results = await llm.completeMany(Array.from({ length: 8 }, (_, index) => ask(`q${index}`)));
    assert.deepEqual(
      results.map((result) => result.ok),
      Array(8).fill(true),
    );
    assert.ok(Math.abs(llm.stats().projectSpentUsd - 8 * callCost(10)) < 1e-12);
    llm.close();
  });

  it("complete past the cap stops cleanly: every later call is refused with the spend so far, and finished answers are kept", async () => {
    completionTokens = 1000;
    const llm = client(server, path.join(tempDir(), "llm.sqlite"), 0.025);
    const results = [];
    for (const [content, maxTokens] of [
      ["a", 1000],
      ["b", 1000],
      ["c", 1000],
      ["small", 10],
    ] as const)
      results.push(await llm.complete(ask(content, maxTokens)));
    assert.deepEqual(
      results.map((result) => result.ok),
      [true, true, false, false],
    );
    assert.equal(server.chatCalls().length, 2);
    assert.equal(results[3].error?.kind, "budget");
    assert.equal(
      results[3].error?.message,
      "stopped at the budget cap: spent $0.0200 in this run, $0.0200 in this project of the $0.025 budget (llm.budgetUsd); this call (up to $0.0001) was not made (raise llm.budgetUsd to go on)",
    );
    llm.close();
  });

  it("the ledger survives a restart: a new client on the same cache counts what earlier runs spent against the cap", async () => {
    completionTokens = 1000;
    const cachePath = path.join(tempDir(), "llm.sqlite");
    const first = client(server, cachePath, 0.025);
    assert.equal((await first.complete(ask("a"))).ok, true);
    assert.equal((await first.complete(ask("b"))).ok, true);
    first.close();
    const second = client(server, cachePath, 0.025);
    const refused = await second.complete(ask("c"));
    assert.equal(refused.error?.kind, "budget");
    assert.ok(Math.abs(second.stats().projectSpentUsd - 2 * callCost(1000)) < 1e-12);
    assert.equal(second.stats().spentUsd, 0);
    second.close();
    const ledger = new SpendLedger(ledgerPathFor(cachePath));
    assert.deepEqual(
      ledger.summary().map((row) => [row.model, row.via, row.entries]),
      [["gpt-4o", "live", 2]],
    );
    ledger.close();
  });

  it("submitBatch refuses a batch whose estimate passes the cap before uploading anything, and holds an accepted batch's worst case until it is collected", async () => {
    const cachePath = path.join(tempDir(), "llm.sqlite");
    const requests = Array.from({ length: 10 }, (_, index) => ask(`batched ${index}`));
    const tight = client(server, cachePath, 0.02);
    await assert.rejects(
      submitBatch(tight, requests, { env }),
      (error: Error) =>
        error instanceof InputError &&
        /^the batch would cost up to \$0\.050\d, past the run's budget of \$0\.02 \(spent \$0\.0000 in this run, \$0\.0000 in this project of the \$0\.02 budget \(llm\.budgetUsd\)\); nothing was submitted/.test(
          error.message,
        ),
    );
    assert.equal(server.calls.length, 0, "nothing uploaded");
    tight.close();

    const roomy = client(server, cachePath, 1);
    const state = await submitBatch(roomy, requests, { env });
    assert.ok(state);
    assert.ok(Math.abs(roomy.ledger.totals().reservedUsd - roomy.estimate(requests).costUsd! / 2) < 1e-12);
    const collected = await collectBatch(roomy, state.batchId, requests, {
      env,
      clock: instantClock(),
      pollIntervalMs: 1,
    });
    assert.equal(collected.recorded, 10);
    const totals = roomy.ledger.totals();
    assert.equal(totals.reservedUsd, 0);
    assert.ok(
      totals.spentUsd > 0 &&
        Math.abs(
          totals.spentUsd -
            10 * costOf("gpt-4o", { inputTokens: 10, outputTokens: 10, cachedInputTokens: 0 }, { batch: true })!,
        ) < 1e-12,
    );
    roomy.close();
  });
});
