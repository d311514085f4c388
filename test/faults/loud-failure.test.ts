/** Failure is loud: a connection error names the base URL and its settings, server text is scrubbed of keys, and a stage whose every call failed exits non-zero with one line. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { createLlm } from "../../src/llm/llm-client";
import { scrubSecrets } from "../../src/llm/scrub-secrets";
import { startMockOpenAI } from "../fixtures/openai-server";
import { instantClock, tempDir } from "../helpers";
import { cleanEnv, FAULT_KEY, prepareSample, refusedBaseUrl, rpw } from "./fault-kit";

const ask = { messages: [{ role: "user" as const, content: "hello" }], model: "gpt-4o", purpose: "fault" };

// Shaped like a project key so the scrubber must catch it; assembled so the source holds no key-like literal.
const KEY_SHAPED = ["sk", "proj", "AbCdEf0123456789XyZ"].join("-");

describe("faults: loud failure", () => {
  it("complete against a refused port names the base URL and RPW_LLM_BASE_URL / OPENAI_BASE_URL, never the key", async () => {
    const baseUrl = await refusedBaseUrl();
    const llm = createLlm(
      { provider: "openai-compatible", baseUrl, cachePath: path.join(tempDir(), "llm.sqlite"), maxRetries: 0 },
      { env: { OPENAI_API_KEY: FAULT_KEY }, clock: instantClock() },
    );
    const result = await llm.complete(ask);
    llm.close();
    assert.equal(result.ok, false);
    assert.equal(result.error?.kind, "transport");
    assert.equal(
      result.error?.message,
      `cannot connect to ${baseUrl} (ECONNREFUSED): check RPW_LLM_BASE_URL or OPENAI_BASE_URL and that the server is running`,
    );
  });

  it("complete with OPENAI_BASE_URL set names that URL: the SDK's variable is read by the configuration, not silently", async () => {
    const baseUrl = await refusedBaseUrl();
    const llm = createLlm(
      { cachePath: path.join(tempDir(), "llm.sqlite"), maxRetries: 0 },
      { env: { OPENAI_API_KEY: FAULT_KEY, OPENAI_BASE_URL: baseUrl }, clock: instantClock() },
    );
    assert.equal(llm.config.baseUrl, baseUrl);
    assert.equal(llm.config.provider, "openai-compatible");
    const result = await llm.complete(ask);
    llm.close();
    assert.ok(result.error?.message.includes(baseUrl), result.error?.message);
  });

  it("complete scrubs the key and key-like strings out of a 500's body before it becomes the error message", async () => {
    const server = await startMockOpenAI();
    try {
      const body = {
        error: {
          message: `upstream said: Authorization: Bearer ${FAULT_KEY}; also ${KEY_SHAPED} and api_key=hunter2hunter2`,
          type: "server_error",
        },
      };
      server.script([{ kind: "status", status: 500, body }]);
      const llm = createLlm(
        { provider: "openai", baseUrl: server.baseURL, cachePath: path.join(tempDir(), "llm.sqlite"), maxRetries: 0 },
        { env: { OPENAI_API_KEY: FAULT_KEY }, clock: instantClock() },
      );
      const result = await llm.complete(ask);
      llm.close();
      const message = result.error?.message ?? "";
      assert.ok(message.startsWith(`HTTP 500 from ${server.baseURL}: `), message);
      for (const secret of [FAULT_KEY, "sk-proj", "hunter2"])
        assert.ok(!message.includes(secret), `${secret} in: ${message}`);
      assert.match(message, /\[redacted\]/);
    } finally {
      await server.close();
    }
  });

  it("scrubSecrets keeps ordinary words, numbers, versions and URLs", () => {
    const text = "HTTP 500: model gpt-4o-2024-08-06 at http://127.0.0.1:8000/v1 failed after 3 tries (version 1.2.3)";
    assert.equal(scrubSecrets(text), text);
    assert.equal(scrubSecrets("token eyJhbGciOiJIUzI1NiJ9abcdefghijklmnop1234 end"), "token [redacted] end");
  });

  for (const stage of [
    {
      name: "generate",
      args: (dirs: Dirs) => [
        "generate",
        "--from",
        dirs.preprocessDir,
        "--collect",
        dirs.collectDir,
        "--out",
        path.join(dirs.work, "generate"),
        "--resumes",
        "1",
        "--sections",
        "skills",
      ],
      failures: "generate/failures.jsonl",
    },
    {
      name: "preprocess",
      args: (dirs: Dirs) => [
        "preprocess",
        "--extractor",
        "llm",
        "--in",
        dirs.collectDir,
        "--out",
        path.join(dirs.work, "pre-llm"),
        "--mapping",
        path.join(dirs.work, "m.jsonl"),
      ],
      failures: "pre-llm/rejects.jsonl",
    },
    {
      name: "evaluate",
      args: (dirs: Dirs) => [
        "evaluate",
        "--systems",
        "llm:teacher=gpt-4o",
        "--teacher",
        "teacher",
        "--reference",
        "teacher",
        "--from",
        dirs.preprocessDir,
        "--collect",
        dirs.collectDir,
        "--out",
        path.join(dirs.work, "evaluate"),
        "--resumes",
        "1",
        "--sections",
        "skills",
      ],
      failures: "evaluate/records.jsonl",
    },
  ]) {
    it(`rpw ${stage.name} with every model call refused exits 1 with one line naming the failures file, which names the base URL and not the key`, async function () {
      this.timeout(60_000);
      const work = tempDir();
      const dirs = { work, ...(await prepareSample(work)) };
      const baseUrl = await refusedBaseUrl();
      const run = rpw(
        stage.args(dirs),
        cleanEnv({
          RPW_LLM_BASE_URL: baseUrl,
          OPENAI_API_KEY: FAULT_KEY,
          RPW_LLM_CACHE: path.join(work, "cache.sqlite"),
        }),
      );
      const code = await run.done;
      const { stderr } = run.output();
      assert.equal(code, 1, stderr);
      // The progress bar shares stderr; the error itself is one line.
      const lines = stderr
        .trim()
        .split("\n")
        .filter((line) => line.startsWith("rpw "));
      assert.equal(lines.length, 1, stderr);
      assert.match(
        lines[0],
        new RegExp(`^rpw ${stage.name}: ${stage.name}: all \\d+ model calls failed \\(listed in .*\\)`),
      );
      const failures = fs.readFileSync(path.join(work, stage.failures), "utf8");
      assert.ok(failures.includes(`cannot connect to ${baseUrl}`), failures.slice(0, 400));
      assert.ok(!failures.includes(FAULT_KEY) && !stderr.includes(FAULT_KEY));
    });
  }
});

type Dirs = { work: string; collectDir: string; preprocessDir: string };
