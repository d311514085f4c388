/**
 * The LLM judge against the loopback OpenAI-compatible server: it labels every row through the
 * run's client (recorded, so a second run answers from the cache without the server), its sheet
 * imports beside the hand sheet with κ; offline with nothing recorded it stops with one line.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { formatSheet, readSheet } from "../../src/label/sheet";
import { formatJsonl } from "../../src/util/jsonl";
import { startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { CASE } from "./label-kit";

const ENV = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "RPW_LLM_BASE_URL", "RPW_LLM_PROVIDER", "RPW_LLM_CACHE"] as const;

async function rpw(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

describe("rpw label judge", function () {
  this.timeout(60_000);
  const saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
  const dir = tempDir();
  const sheet = path.join(dir, "hand.csv");
  before(async () => {
    for (const name of ENV) delete process.env[name];
    process.env.RPW_LLM_CACHE = path.join(dir, "llm.sqlite");
    const cases = path.join(dir, "cases.jsonl");
    fs.writeFileSync(cases, formatJsonl([CASE]));
    const exported = await rpw("label", "export", "--cases", cases, "--out", sheet);
    assert.equal(exported.code, 0, exported.err.join("\n"));
    const rows = readSheet(sheet).map(({ line: _line, ...row }) => ({
      ...row,
      label: row.type === "skill" ? ("invented" as const) : ("supported" as const),
    }));
    fs.writeFileSync(sheet, formatSheet(rows));
  });
  after(() => {
    for (const name of ENV) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("label judge offline with nothing recorded stops with one line and writes nothing", async () => {
    const judged = path.join(dir, "offline.csv");
    const outcome = await rpw("label", "judge", sheet, "--out", judged);
    assert.equal(outcome.code, 1, outcome.err.join("\n"));
    assert.equal(outcome.err.length, 1);
    assert.match(
      outcome.err[0],
      /^rpw label: no model to judge with: \d+ of \d+ judge requests are not recorded.*RPW_LLM_BASE_URL/,
    );
    assert.ok(!fs.existsSync(judged));
  });

  it("label judge labels every row through the server, recorded; import gives its κ beside the checker", async () => {
    // The judge says invented for the skill Tableau and supported for everything else.
    const server = await startMockOpenAI({
      respond: (request) => {
        const user = String(request.messages[request.messages.length - 1].content);
        const label = /<claim type="skill">Tableau</.test(user) ? "invented" : "supported";
        return { kind: "ok", json: { label, reason: "read it" } };
      },
    });
    const judged = path.join(dir, "judged.csv");
    try {
      process.env.RPW_LLM_BASE_URL = server.baseURL;
      const casesFile = path.join(dir, "hand.cases.jsonl");
      const outcome = await rpw(
        "label",
        "judge",
        sheet,
        "--out",
        judged,
        "--cases",
        casesFile,
        "--model",
        "judge-model",
      );
      assert.equal(outcome.code, 0, outcome.err.join("\n"));
      const rows = readSheet(judged);
      assert.equal(server.chatCalls().length, rows.length);
      assert.ok(rows.every((row) => row.note === "judge:judge-model"));
      const expected = rows.map((row) => (row.type === "skill" && row.claim === "Tableau" ? "invented" : "supported"));
      assert.deepEqual(
        rows.map((row) => row.label),
        expected,
      );
      // Recorded: a second run answers from the response cache, the server is not asked again.
      const again = path.join(dir, "again.csv");
      const replayed = await rpw("label", "judge", sheet, "--out", again, "--model", "judge-model");
      assert.equal(replayed.code, 0, replayed.err.join("\n"));
      assert.equal(server.chatCalls().length, rows.length);
      assert.equal(fs.readFileSync(again, "utf8"), fs.readFileSync(judged, "utf8"));
    } finally {
      delete process.env.RPW_LLM_BASE_URL;
      await server.close();
    }
    const imported = await rpw("label", "import", sheet, judged);
    assert.equal(imported.code, 0, imported.err.join("\n"));
    const text = imported.out.join("\n");
    assert.match(text, /annotators \(.*hand\.csv × .*judged\.csv\): κ = [-\d.]+ on \d+ rows/);
    assert.match(text, /checker × .*hand\.csv: κ = /);
  });
});
