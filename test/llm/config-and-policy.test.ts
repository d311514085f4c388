import { strict as assert } from "node:assert";
import { describeLlmConfig, LlmConfigError, resolveLlmConfig } from "../../src/llm/config";
import { costOf, priceOf } from "../../src/llm/pricing";
import { isRetryable, retryAfterFromHeaders, retryDelayMs, DEFAULT_RETRY_POLICY } from "../../src/llm/retry-policy";
import { RateWindow } from "../../src/llm/throttle";
import { canonicalJson, requestKey } from "../../src/llm/request-key";
import { instantClock } from "./llm-test-kit";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("resolveLlmConfig", () => {
  it("resolveLlmConfig defaults to auto (replay, then rules) with no key and no base URL", () => {
    const config = resolveLlmConfig({}, {}, "/project");
    assert.equal(config.provider, "auto");
    assert.equal(config.cachePath, "/project/data/cache/llm.sqlite");
  });
  it("resolveLlmConfig picks openai when the key is set and openai-compatible when a base URL is", () => {
    assert.equal(resolveLlmConfig({}, { OPENAI_API_KEY: "not-a-key-x" }).provider, "openai");
    assert.equal(resolveLlmConfig({}, { RPW_LLM_BASE_URL: "http://127.0.0.1:8000/v1" }).provider, "openai-compatible");
  });
  it("resolveLlmConfig lets an explicit option win over the environment, and the environment over defaults", () => {
    const env = { RPW_LLM_CONCURRENCY: "3", RPW_LLM_BUDGET_USD: "2.5" };
    const config = resolveLlmConfig({ concurrency: 5 }, env);
    assert.deepEqual([config.concurrency, config.budgetUsd], [5, 2.5]);
  });
  it("resolveLlmConfig throws with the exact fix for a missing key, a missing base URL or a bad number", () => {
    assert.throws(
      () => resolveLlmConfig({ provider: "openai" }, {}),
      (error: unknown) => error instanceof LlmConfigError && /export OPENAI_API_KEY=sk-/.test(error.message),
    );
    assert.throws(
      () => resolveLlmConfig({ provider: "openai-compatible" }, {}),
      /set RPW_LLM_BASE_URL=http:\/\/host:port\/v1/,
    );
    assert.throws(() => resolveLlmConfig({}, { RPW_LLM_RPM: "fast" }), /RPW_LLM_RPM="fast" is not a number/);
    assert.throws(() => resolveLlmConfig({ concurrency: 0 }, {}), /concurrency/);
  });
  it("describeLlmConfig holds the key's variable name and presence, never the key", () => {
    const env = { OPENAI_API_KEY: "not-a-key-very-secret" };
    const described = JSON.stringify(describeLlmConfig(resolveLlmConfig({}, env), env));
    assert.ok(!described.includes("not-a-key-very-secret"));
    assert.match(described, /"apiKeyEnv":"OPENAI_API_KEY"/);
    assert.match(described, /"apiKeyPresent":true/);
  });
});

describe("request keys", () => {
  it("canonicalJson sorts keys and drops undefined members", () => {
    assert.equal(canonicalJson({ b: 1, a: [1, { d: undefined, c: "x" }] }), '{"a":[1,{"c":"x"}],"b":1}');
  });
  it("requestKey ignores the purpose and key order but not the model, parameters or provider family", () => {
    const base = {
      messages: [{ role: "user" as const, content: "hi" }],
      model: "gpt-4o",
      purpose: "a",
      params: { temperature: 0, maxTokens: 5 },
    };
    const key = requestKey(base, "openai");
    assert.equal(requestKey({ ...base, purpose: "b", params: { maxTokens: 5, temperature: 0 } }, "openai"), key);
    assert.notEqual(requestKey({ ...base, model: "gpt-4o-mini" }, "openai"), key);
    assert.notEqual(requestKey({ ...base, params: { temperature: 0.7, maxTokens: 5 } }, "openai"), key);
    assert.notEqual(requestKey(base, "openai-compatible"), key);
  });
});

describe("retry policy", () => {
  it("isRetryable retries 408, 409, 429, 5xx, timeouts and dropped connections only", () => {
    assert.ok(isRetryable({ kind: "transport", status: 408, message: "" }));
    assert.ok(isRetryable({ kind: "transport", status: 503, message: "" }));
    assert.ok(isRetryable({ kind: "transport", message: "reset" }));
    assert.ok(isRetryable({ kind: "timeout", message: "" }));
    assert.ok(!isRetryable({ kind: "request", status: 400, message: "" }));
    assert.ok(!isRetryable({ kind: "schema", message: "" }));
    assert.ok(!isRetryable({ kind: "refusal", message: "" }));
  });
  it("retryAfterFromHeaders prefers retry-after-ms, then seconds, then an HTTP date", () => {
    assert.equal(retryAfterFromHeaders(headers({ "retry-after-ms": "250", "retry-after": "9" })), 250);
    assert.equal(retryAfterFromHeaders(headers({ "retry-after": "2" })), 2000);
    assert.equal(
      retryAfterFromHeaders(
        headers({ "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }),
        Date.parse("2026-01-01T00:00:00Z"),
      ),
      10_000,
    );
    assert.equal(retryAfterFromHeaders(headers({})), null);
  });
  it("retryDelayMs doubles from the base delay, caps it, and jitters between half and all of it", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, null, policy, () => 0.999999)),
      [100, 200, 400, 800, 1000],
    );
    assert.equal(
      retryDelayMs(3, null, policy, () => 0),
      200,
    );
    assert.equal(
      retryDelayMs(3, 1234, policy, () => 0),
      1234,
    );
  });
});

describe("RateWindow", () => {
  it("RateWindow lets requestsPerMinute requests start, then waits for the oldest to leave the minute", async () => {
    const clock = instantClock();
    const window = new RateWindow(2, null, clock);
    await window.take(10);
    await window.take(10);
    await window.take(10);
    assert.deepEqual(clock.sleeps, [60_000]);
  });
  it("RateWindow holds a request until its tokens fit in the minute's token budget", async () => {
    const clock = instantClock();
    const window = new RateWindow(null, 1000, clock);
    await window.take(600);
    await window.take(600);
    assert.deepEqual(clock.sleeps, [60_000]);
    await window.take(5000); // larger than the budget: starts once the window is empty
    assert.deepEqual(clock.sleeps, [60_000, 60_000]);
  });
});

describe("pricing", () => {
  it("priceOf finds a dated snapshot's family by the longest prefix", () => {
    assert.equal(priceOf("gpt-4o-2024-08-06")?.input, 2.5);
    assert.equal(priceOf("gpt-4o-mini-2024-07-18")?.input, 0.15);
    assert.equal(priceOf("gpt-4o-2024-05-13")?.input, 5);
    assert.equal(priceOf("ft:gpt-4o-mini-2024-07-18:org:rpw:abc")?.input, 0.3);
    assert.equal(priceOf("meta-llama/Llama-3.1-8B-Instruct"), null);
  });
  it("costOf charges cached input at its own rate and halves batch calls", () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000, cachedInputTokens: 500_000 };
    assert.equal(costOf("gpt-4o", usage), 0.5 * 2.5 + 0.5 * 1.25 + 10);
    assert.equal(costOf("gpt-4o", usage, { batch: true }), (0.5 * 2.5 + 0.5 * 1.25 + 10) / 2);
    assert.equal(costOf("my-local-llama", usage), null);
  });
});
