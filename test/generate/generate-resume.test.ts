/** `rpw generate` killed mid-run and started again finishes without repeating a completed call. */
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { generateCommand } from "../../src/cli/generate-command";
import { ResponseCache } from "../../src/llm/response-cache";
import { prepareSample } from "../faults/fault-kit";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ROOT, tempDir } from "../helpers";

function runGenerate(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/rpw.js"), "generate", ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, done, output: () => ({ stdout, stderr }) };
}

describe("rpw generate", () => {
  it("rpw generate killed with SIGKILL mid-run completes on a second run with no repeated call", async function () {
    this.timeout(120_000);
    const work = tempDir();
    const { collectDir, preprocessDir } = await prepareSample(work);
    const server = await startMockOpenAI({ latencyMs: 20, respond: () => ({ kind: "ok" }) });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      RPW_LLM_BASE_URL: server.baseURL,
      RPW_LLM_CACHE: path.join(work, "cache.sqlite"),
      RPW_LLM_CONCURRENCY: "4",
    };
    delete env.OPENAI_API_KEY;
    const out = path.join(work, "generate");
    const args = ["--from", preprocessDir, "--collect", collectDir, "--out", out, "--model", "teacher-under-test"];
    try {
      const first = runGenerate(args, env);
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          if (server.chatCalls().length >= 40) {
            clearInterval(timer);
            first.child.kill("SIGKILL");
            resolve();
          }
        }, 2);
      });
      await first.done;
      const checkpointed = fs
        .readFileSync(path.join(out, "checkpoint.jsonl"), "utf8")
        .split("\n")
        .filter(Boolean).length;
      assert.ok(checkpointed > 0, "the killed run checkpointed finished cases");
      const callsBefore = server
        .chatCalls()
        .map((call) => JSON.stringify((call.body as { messages: unknown }).messages));
      const cache = new ResponseCache(path.join(work, "cache.sqlite"));
      const answeredBeforeKill = new Set(cache.entries().map((entry) => JSON.stringify(entry.request.messages)));
      cache.close();
      const second = runGenerate(args, env);
      assert.equal(await second.done, 0, second.output().stderr);
      assert.match(second.output().stdout, /generate: \d+ targets, 0 failures, \d+ resumed from a checkpoint/);
      const report = JSON.parse(fs.readFileSync(path.join(out, "report.json"), "utf8"));
      const calls = server.chatCalls().map((call) => JSON.stringify((call.body as { messages: unknown }).messages));
      const counts = new Map<string, number>();
      for (const call of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
      const repeated = [...counts].filter(([, count]) => count > 1).map(([call]) => call);
      // A request may repeat only if it was in flight (sent, not yet answered) when the first run died.
      assert.ok(
        repeated.every((call) => !answeredBeforeKill.has(call)),
        "a request answered before the kill was sent again",
      );
      assert.ok(repeated.length <= 4, `${repeated.length} requests were sent twice (at most the 4 in flight may be)`);
      assert.equal(counts.size, report.targets);
      assert.ok(callsBefore.length >= 40);
      assert.ok(
        !fs.existsSync(path.join(out, "checkpoint.jsonl")),
        "the checkpoint is removed once the targets are written",
      );
    } finally {
      await server.close();
    }
  });
});

describe("rpw generate --batch", () => {
  it("rpw generate --batch sends the requests through the Batch API, then builds the targets from the recorded answers", async function () {
    this.timeout(60_000);
    const work = tempDir();
    const { collectDir, preprocessDir } = await prepareSample(work);
    const server = await startMockOpenAI({ batchPollsToComplete: 2 });
    const saved = { ...process.env };
    Object.assign(process.env, {
      RPW_LLM_PROVIDER: "openai",
      RPW_LLM_BASE_URL: server.baseURL,
      OPENAI_API_KEY: "not-a-key-rpw-batch-test",
      RPW_LLM_CACHE: path.join(work, "cache.sqlite"),
    });
    const lines: string[] = [];
    try {
      await generateCommand(
        [
          "--from",
          preprocessDir,
          "--collect",
          collectDir,
          "--out",
          path.join(work, "out"),
          "--resumes",
          "2",
          "--batch",
          "--poll-seconds",
          "0.01",
        ],
        (line) => lines.push(line),
      );
      assert.equal(server.chatCalls().length, 0, "no live call: every answer came from the batch");
      assert.ok(server.calls.some((call) => call.method === "POST" && call.path === "/v1/batches"));
      assert.ok(
        lines.some((line) => /batch batch_\d+ completed: \d+ answers recorded, 0 not/.test(line)),
        lines.join("\n"),
      );
      const report = JSON.parse(fs.readFileSync(path.join(work, "out", "report.json"), "utf8"));
      assert.ok(report.targets > 0 && Object.keys(report.failures).length === 0);
      assert.ok(Object.keys(report.answeredBy).every((who) => who.startsWith("openai:")));
    } finally {
      for (const key of ["RPW_LLM_PROVIDER", "RPW_LLM_BASE_URL", "OPENAI_API_KEY", "RPW_LLM_CACHE"]) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
      await server.close();
    }
  });
});
