/** The API key never reaches disk: not in the cache, its exports, batch state, configs or logs. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectBatch, submitBatch } from "../../src/llm/batch";
import { describeLlmConfig } from "../../src/llm/config";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ROOT } from "../helpers";
import { ask, clientFor, FAKE_KEY, instantClock } from "./llm-test-kit";

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe("secrets", () => {
  it("a run with a recognisable fake key writes no file that contains it", async () => {
    const server = await startMockOpenAI();
    try {
      const llm = clientFor(server);
      const dir = path.dirname(llm.config.cachePath);
      await llm.completeMany([ask("a"), ask("b"), ask("c", { params: { temperature: 0 } })]);
      server.script([{ kind: "status", status: 500 }]);
      await llm.complete(ask("fails once"));
      const env = { OPENAI_API_KEY: FAKE_KEY };
      const state = await submitBatch(llm, [ask("batched")], { env });
      await collectBatch(llm, state!.batchId, [ask("batched")], { env, clock: instantClock(), pollIntervalMs: 1 });
      fs.writeFileSync(path.join(dir, "recordings.jsonl"), llm.cache.exportJsonl());
      fs.writeFileSync(path.join(dir, "llm.config.json"), JSON.stringify(describeLlmConfig(llm.config, env)));
      llm.close();
      // The key did go over the wire (so the search below is meaningful)...
      assert.ok(server.calls.some((call) => call.headers.authorization === `Bearer ${FAKE_KEY}`));
      // ...and is in no file this run wrote, nor in the executed notebooks of the last test run.
      const written = [...filesUnder(dir), ...filesUnder(path.join(ROOT, "build", "notebooks"))];
      assert.ok(written.length >= 4);
      const leaks = written.filter((file) => fs.readFileSync(file).includes(FAKE_KEY));
      assert.deepEqual(leaks, []);
    } finally {
      await server.close();
    }
  });
});
