/** A run killed with SIGKILL mid-way loses nothing recorded and repeats no completed request. */
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as path from "node:path";
import { ResponseCache } from "../../src/llm/response-cache";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ROOT, tempDir } from "../helpers";

const TOTAL = 200;

describe("response cache crash safety", () => {
  it("a run killed with SIGKILL after some answers resumes without sending a completed request twice", async function () {
    this.timeout(120_000);
    const server = await startMockOpenAI({ latencyMs: 15 });
    const cachePath = path.join(tempDir(), "llm.sqlite");
    const env = {
      ...process.env,
      RPW_CRASH_N: String(TOTAL),
      RPW_CRASH_BASE_URL: server.baseURL,
      RPW_CRASH_CACHE: cachePath,
    };
    const args = ["--require", "tsx/cjs", path.join(__dirname, "crash-child.ts")];
    try {
      const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: "ignore" });
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (server.chatCalls().length >= 60) {
            clearInterval(timer);
            child.kill("SIGKILL");
            resolve();
          }
        }, 2);
        child.once("exit", () => {
          clearInterval(timer);
          reject(new Error("the child finished before it could be killed"));
        });
      });
      await new Promise((resolve) => child.once("exit", resolve));
      const afterCrash = new ResponseCache(cachePath);
      assert.equal(afterCrash.integrityCheck(), "ok");
      const recordedBeforeCrash = new Set(
        afterCrash.entries().map((entry) => (entry.request.messages as { content: string }[])[0].content),
      );
      afterCrash.close();
      assert.ok(
        recordedBeforeCrash.size > 0 && recordedBeforeCrash.size < TOTAL,
        `recorded before the kill: ${recordedBeforeCrash.size}`,
      );

      // Not spawnSync: the loopback server lives in this process and must keep answering.
      const rerun = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "inherit"] });
      let stdout = "";
      rerun.stdout.on("data", (chunk) => (stdout += chunk));
      const status = await new Promise((resolve) => rerun.once("exit", resolve));
      assert.equal(status, 0);
      assert.equal(stdout.trim(), `done ${TOTAL} 0 ${recordedBeforeCrash.size}`);

      const sends = new Map<string, number>();
      for (const call of server.chatCalls()) {
        const content = (call.body as { messages: { content: string }[] }).messages[0].content;
        sends.set(content, (sends.get(content) ?? 0) + 1);
      }
      for (const [content, count] of sends) {
        if (count > 1)
          assert.ok(!recordedBeforeCrash.has(content), `${content} was recorded before the kill but sent again`);
      }
      assert.equal(sends.size, TOTAL);
      const final = new ResponseCache(cachePath);
      assert.equal(final.count(), TOTAL);
      assert.equal(final.integrityCheck(), "ok");
      final.close();
    } finally {
      await server.close();
    }
  });
});
