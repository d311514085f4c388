import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { llmCommand } from "../../src/cli/llm-command";
import { startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { ask, clientFor } from "../llm/llm-test-kit";

async function run(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await llmCommand(argv, (line) => lines.push(line));
  return lines;
}

describe("rpw llm", () => {
  it("rpw llm export and import move recordings between caches byte for byte", async () => {
    const server = await startMockOpenAI();
    try {
      const llm = clientFor(server);
      await llm.completeMany([ask("a"), ask("b", { purpose: "other" })]);
      llm.close();
      const out = path.join(tempDir(), "recordings.jsonl");
      assert.deepEqual(await run(["export", "--cache", llm.config.cachePath, "--out", out]), [
        `exported 2 recordings -> ${out}`,
      ]);
      const second = path.join(tempDir(), "second.sqlite");
      const imported = await run(["import", out, "--cache", second]);
      assert.match(imported[0], /2 recordings added, 0 already present/);
      const again = path.join(tempDir(), "again.jsonl");
      await run(["export", "--cache", second, "--out", again]);
      assert.ok(fs.readFileSync(out).equals(fs.readFileSync(again)));
      const manifest = await run(["manifest", "--cache", second]);
      assert.equal(manifest[0], "purpose\tprovider\tbase_url\tmodel\tdate\tentries\tcost_usd");
      assert.deepEqual(
        manifest.slice(1).map((line) => line.split("\t").slice(0, 6)),
        [
          ["other", "openai", server.baseURL, "gpt-4o", "2026-11-28", "1"],
          ["test", "openai", server.baseURL, "gpt-4o", "2026-11-28", "1"],
        ],
      );
    } finally {
      await server.close();
    }
  });

  it("rpw llm import names the file and line of a broken recording", async () => {
    const file = path.join(tempDir(), "bad.jsonl");
    fs.writeFileSync(file, '\n{"key": "nope"}\n');
    await assert.rejects(
      run(["import", file, "--cache", path.join(tempDir(), "c.sqlite")]),
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: not a recorded response`),
    );
  });
});
