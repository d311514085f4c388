import { strict as assert } from "node:assert";
import { z } from "zod";
import { RulesBaselines, rulesEntry } from "../../src/llm/rules-registry";
import { costOf } from "../../src/llm/pricing";
import { startMockOpenAI, MockOpenAI } from "../fixtures/openai-server";
import { ask, clientFor, instantClock } from "./llm-test-kit";

const Person = z.object({ name: z.string(), years: z.number().nullable() });

describe("LlmClient.complete", () => {
  let server: MockOpenAI;
  before(async () => {
    server = await startMockOpenAI();
  });
  beforeEach(() => server.reset());
  after(() => server.close());

  it("complete returns the text with usage, cost and latency, then answers the same request from the cache", async () => {
    const llm = clientFor(server);
    server.script([{ kind: "ok", content: "hello", promptTokens: 1000, completionTokens: 200, cachedTokens: 400 }]);
    const first = await llm.complete(ask("hi"));
    assert.equal(first.ok, true);
    assert.equal(first.output, "hello");
    assert.deepEqual(first.usage, { inputTokens: 1000, outputTokens: 200, cachedInputTokens: 400 });
    assert.equal(first.costUsd, (600 * 2.5 + 400 * 1.25 + 200 * 10) / 1e6);
    assert.equal(first.cached, false);
    assert.equal(first.answeredBy, "openai");
    const second = await llm.complete(ask("hi"));
    assert.deepEqual(
      [second.ok, second.output, second.cached, second.costUsd, second.recordedCostUsd],
      [true, "hello", true, 0, first.costUsd],
    );
    assert.equal(server.chatCalls().length, 1);
    assert.equal(llm.stats().cacheHits, 1);
    llm.close();
  });

  it("complete sends concurrent identical requests once and shares the answer", async () => {
    const llm = clientFor(server);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => llm.complete(ask("same"))));
    assert.equal(server.chatCalls().length, 1);
    assert.ok(results.every((result) => result.ok && result.output === results[0].output));
    assert.equal(results.filter((result) => !result.cached).length, 1);
    assert.equal(llm.stats().sharedInFlight, 4);
    llm.close();
  });

  it("complete with a schema returns the parsed object and sends the zod schema as the response format", async () => {
    const llm = clientFor(server);
    server.script([{ kind: "ok", json: { name: "Ada", years: 7 } }]);
    const result = await llm.complete(ask("who?", { schema: { name: "person", schema: Person } }));
    assert.deepEqual(result.output, { name: "Ada", years: 7 });
    const body = server.chatCalls()[0].body as {
      response_format: { type: string; json_schema: { name: string; strict: boolean } };
    };
    assert.equal(body.response_format.type, "json_schema");
    assert.equal(body.response_format.json_schema.name, "person");
    llm.close();
  });

  it("complete repairs a schema failure once by sending the validation errors back", async () => {
    const llm = clientFor(server);
    server.script([
      { kind: "ok", content: '{"name": 3}' },
      { kind: "ok", json: { name: "Ada", years: null } },
    ]);
    const result = await llm.complete(ask("who?", { schema: { name: "person", schema: Person } }));
    assert.equal(result.ok, true);
    assert.deepEqual(result.output, { name: "Ada", years: null });
    assert.equal(result.attempts, 2);
    const repair = server.chatCalls()[1].body as { messages: { role: string; content: string }[] };
    assert.deepEqual(
      repair.messages.map((message) => message.role),
      ["user", "assistant", "user"],
    );
    assert.match(repair.messages[2].content, /name: .*expected string/i);
    assert.equal((await llm.complete(ask("who?", { schema: { name: "person", schema: Person } }))).cached, true);
    llm.close();
  });

  it("complete reports a schema failure with the raw text after the repair also fails, and records nothing", async () => {
    const llm = clientFor(server);
    server.script([
      { kind: "ok", content: "not json" },
      { kind: "ok", content: '{"name": "x"}' },
    ]);
    const result = await llm.complete(ask("who?", { schema: { name: "person", schema: Person } }));
    assert.equal(result.ok, false);
    assert.equal(result.output, null);
    assert.equal(result.error?.kind, "schema");
    assert.equal(result.error?.raw, '{"name": "x"}');
    assert.equal(llm.cache.count(), 0);
    llm.close();
  });

  it("complete retries 429s honouring retry-after-ms and Retry-After, then succeeds", async () => {
    const clock = instantClock();
    const llm = clientFor(server, {}, { clock });
    server.script([
      { kind: "status", status: 429, retryAfterMs: 250 },
      { kind: "status", status: 429, retryAfterSeconds: 2 },
      { kind: "ok", content: "done" },
    ]);
    const result = await llm.complete(ask("busy"));
    assert.deepEqual([result.ok, result.output, result.attempts], [true, "done", 3]);
    assert.deepEqual(clock.sleeps, [250, 2000]);
    assert.equal(server.chatCalls().length, 3);
    llm.close();
  });

  it("complete backs off exponentially on 5xx and gives up after maxRetries with a transport error", async () => {
    const clock = instantClock();
    const llm = clientFor(server, { maxRetries: 3 }, { clock });
    server.script([500, 502, 503, 500].map((status) => ({ kind: "status" as const, status })));
    const result = await llm.complete(ask("down"));
    assert.equal(result.ok, false);
    assert.deepEqual([result.error?.kind, result.error?.status, result.attempts], ["transport", 500, 4]);
    assert.deepEqual(clock.sleeps, [375, 750, 1500]); // 500·2^(n-1) · (0.5 + 0.5·0.5)
    assert.equal(llm.cache.count(), 0, "errors are never cached");
    llm.close();
  });

  it("complete does not retry a 400 and reports it as a request error", async () => {
    const llm = clientFor(server);
    server.script([
      { kind: "status", status: 400, body: { error: { message: "bad model", type: "invalid_request_error" } } },
    ]);
    const result = await llm.complete(ask("x"));
    assert.deepEqual([result.error?.kind, result.error?.status, server.chatCalls().length], ["request", 400, 1]);
    llm.close();
  });

  it("complete turns a timeout, a malformed body and a dropped connection into typed, retried failures", async () => {
    const llm = clientFor(server, { timeoutMs: 150, maxRetries: 1 });
    server.script([{ kind: "hang" }, { kind: "hang" }]);
    const timedOut = await llm.complete(ask("slow"));
    assert.deepEqual([timedOut.error?.kind, timedOut.attempts], ["timeout", 2]);
    server.script([{ kind: "malformed" }, { kind: "ok", content: "fine" }]);
    const malformed = await llm.complete(ask("garbled"));
    assert.deepEqual([malformed.ok, malformed.output, malformed.attempts], [true, "fine", 2]);
    server.script([{ kind: "drop" }, { kind: "drop" }]);
    const dropped = await llm.complete(ask("dropped"));
    assert.equal(dropped.error?.kind, "transport");
    llm.close();
  });

  it("complete reports a refusal with its text and does not record it", async () => {
    const llm = clientFor(server);
    server.script([{ kind: "refusal", refusal: "I can't help with that." }]);
    const result = await llm.complete(ask("x", { schema: { name: "person", schema: Person } }));
    assert.deepEqual([result.ok, result.error?.kind, result.error?.raw], [false, "refusal", "I can't help with that."]);
    assert.equal(llm.cache.count(), 0);
    llm.close();
  });

  it("complete refuses new paid calls once the budget would be exceeded, keeping what was spent", async () => {
    const llm = clientFor(server, { budgetUsd: 0.02 });
    server.script([{ kind: "ok", content: "a", promptTokens: 10, completionTokens: 100 }]);
    const first = await llm.complete(ask("one", { params: { maxTokens: 1000 } }));
    assert.equal(first.ok, true);
    // Worst case of the next call: prompt + 1,000 output tokens at $10/M = just over $0.01; spent + that > $0.02? No: it fits.
    const second = await llm.complete(ask("two", { params: { maxTokens: 1000 } }));
    assert.equal(second.ok, true);
    const third = await llm.complete(ask("three", { params: { maxTokens: 2000 } }));
    assert.equal(third.ok, false);
    assert.equal(third.error?.kind, "budget");
    assert.equal(server.chatCalls().length, 2);
    assert.equal(llm.stats().spentUsd, (first.costUsd ?? 0) + (second.costUsd ?? 0));
    llm.close();
  });

  it("stats sum the cost of every live call exactly", async () => {
    const llm = clientFor(server);
    const tokens = [
      [100, 10],
      [2000, 300],
      [50, 5],
    ];
    server.script(
      tokens.map(([promptTokens, completionTokens]) => ({
        kind: "ok" as const,
        content: "x",
        promptTokens,
        completionTokens,
      })),
    );
    for (const [index] of tokens.entries()) await llm.complete(ask(`q${index}`));
    const expected = tokens.reduce(
      (sum, [input, output]) =>
        sum + (costOf("gpt-4o", { inputTokens: input, outputTokens: output, cachedInputTokens: 0 }) ?? 0),
      0,
    );
    assert.equal(llm.stats().spentUsd, expected);
    assert.deepEqual([llm.stats().inputTokens, llm.stats().outputTokens], [2150, 315]);
    llm.close();
  });

  it("estimate counts prompt tokens and assumed completions of the requests not yet recorded", async () => {
    const llm = clientFor(server);
    await llm.complete(ask("recorded"));
    const estimate = llm.estimate([ask("recorded"), ask("new", { params: { maxTokens: 100 } })]);
    assert.equal(estimate.alreadyRecorded, 1);
    assert.equal(estimate.outputTokens, 100);
    assert.equal(estimate.inputTokens, 8); // 3 + ("user" 1 + "new" 1 + 3) per message; 3 for the primer
    assert.equal(estimate.costUsd, (8 * 2.5 + 100 * 10) / 1e6);
    llm.close();
  });
});

describe("LlmClient offline providers", () => {
  it("replay answers only from recordings and names the key and the fix on a miss", async () => {
    const server = await startMockOpenAI();
    const live = clientFor(server);
    await live.complete(ask("recorded question"));
    live.close();
    const replay = clientFor(server, { provider: "replay", cachePath: live.config.cachePath });
    const hit = await replay.complete(ask("recorded question"));
    assert.deepEqual([hit.ok, hit.cached, hit.answeredBy], [true, true, "openai"]);
    const miss = await replay.complete(ask("never asked"));
    assert.equal(miss.error?.kind, "replay-miss");
    assert.match(miss.error?.message ?? "", new RegExp(`request ${miss.key} \\(purpose "test", model gpt-4o\\)`));
    assert.match(miss.error?.message ?? "", /npx rpw llm import/);
    assert.equal(server.chatCalls().length, 1);
    replay.close();
    await server.close();
  });

  it("auto falls back to the registered rules baseline, labelled as rules, and checks its output against the schema", async () => {
    const rules = new RulesBaselines([
      rulesEntry("test-echo-rules", {
        version: "1",
        run: (input: { name: string }) => ({ name: input.name.toUpperCase(), years: null }),
      }),
      rulesEntry("test-bad-rules", { version: "1", run: () => ({ name: 1 }) }),
    ]);
    const server = await startMockOpenAI();
    const llm = clientFor(server, { provider: "auto" }, { rules });
    const result = await llm.complete(
      ask("x", { purpose: "test-echo-rules", rulesInput: { name: "ada" }, schema: { name: "person", schema: Person } }),
    );
    assert.deepEqual(
      [result.ok, result.output, result.answeredBy, result.model],
      [true, { name: "ADA", years: null }, "rules", "rules:test-echo-rules@1"],
    );
    const bad = await llm.complete(ask("x", { purpose: "test-bad-rules", schema: { name: "person", schema: Person } }));
    assert.deepEqual([bad.ok, bad.error?.kind, bad.answeredBy], [false, "schema", "rules"]);
    assert.equal(server.chatCalls().length, 0);
    llm.close();
    await server.close();
  });
});
