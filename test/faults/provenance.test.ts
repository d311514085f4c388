/** Provenance: the base URL actually used is in every recording, the manifest and the configuration written beside outputs; caches from before keep working. */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import Database from "better-sqlite3";
import { describeLlmConfig, resolveLlmConfig } from "../../src/llm/config";
import { createLlm } from "../../src/llm/llm-client";
import { ResponseCache } from "../../src/llm/response-cache";
import { startMockOpenAI } from "../fixtures/openai-server";
import { instantClock, tempDir } from "../helpers";
import { FAULT_KEY } from "./fault-kit";

describe("faults: provenance of answers", () => {
  it("a live answer's recording and the manifest carry the base URL it came from", async () => {
    const server = await startMockOpenAI();
    try {
      const llm = createLlm(
        { provider: "openai", baseUrl: server.baseURL, cachePath: path.join(tempDir(), "llm.sqlite") },
        { env: { OPENAI_API_KEY: FAULT_KEY }, clock: instantClock() },
      );
      const result = await llm.complete({ messages: [{ role: "user", content: "hi" }], model: "gpt-4o", purpose: "p" });
      assert.equal(llm.cache.get(result.key)?.baseUrl, server.baseURL);
      assert.deepEqual(
        llm.cache.manifest().map((row) => [row.provider, row.baseUrl, row.model]),
        [["openai", server.baseURL, "gpt-4o"]],
      );
      assert.equal(JSON.parse(llm.cache.exportJsonl()).baseUrl, server.baseURL);
      llm.close();
    } finally {
      await server.close();
    }
  });

  it("describeLlmConfig records the base URL used: OPENAI_BASE_URL, the OpenAI API by default, none offline, never credentials", () => {
    const cachePath = path.join(tempDir(), "llm.sqlite");
    const viaSdkVariable = resolveLlmConfig(
      { cachePath },
      { OPENAI_API_KEY: FAULT_KEY, OPENAI_BASE_URL: "http://user:pw@127.0.0.1:9/v1" },
    );
    assert.equal(viaSdkVariable.provider, "openai-compatible");
    assert.equal(describeLlmConfig(viaSdkVariable, {}).baseUrlUsed, "http://127.0.0.1:9/v1");
    const openai = resolveLlmConfig({ cachePath }, { OPENAI_API_KEY: FAULT_KEY });
    assert.equal(describeLlmConfig(openai, {}).baseUrlUsed, "https://api.openai.com/v1");
    const gateway = resolveLlmConfig(
      { cachePath },
      { OPENAI_API_KEY: FAULT_KEY, OPENAI_BASE_URL: "https://api.openai.com/v1" },
    );
    assert.equal(gateway.provider, "openai");
    assert.equal(describeLlmConfig(resolveLlmConfig({ cachePath }, {}), {}).baseUrlUsed, null);
  });

  it("a cache written before base URLs were kept reads (also read-only) with baseUrl null, and gains the column when opened for writing", () => {
    const file = path.join(tempDir(), "old.sqlite");
    const db = new Database(file);
    db.exec(`CREATE TABLE responses (key TEXT PRIMARY KEY, purpose TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL, request TEXT NOT NULL,
      text TEXT NOT NULL, usage TEXT NOT NULL, cost_usd REAL, latency_ms INTEGER NOT NULL, recorded_at TEXT NOT NULL, via TEXT NOT NULL)`);
    db.prepare("INSERT INTO responses VALUES (?,?,?,?,?,?,?,?,?,?,?)").run(
      "a".repeat(64),
      "p",
      "openai",
      "gpt-4o",
      "{}",
      "t",
      JSON.stringify({ inputTokens: 1, outputTokens: 1, cachedInputTokens: 0 }),
      0.1,
      5,
      "2026-01-01T00:00:00Z",
      "live",
    );
    db.close();
    const readOnly = new ResponseCache(file, { readOnly: true });
    assert.equal(readOnly.get("a".repeat(64))?.baseUrl, null);
    assert.deepEqual(
      readOnly.manifest().map((row) => row.baseUrl),
      [null],
    );
    readOnly.close();
    const writable = new ResponseCache(file);
    assert.equal(writable.entries()[0].baseUrl, null);
    writable.close();
  });
});
