/**
 * Every door, tried as a new user would: after a run, each `rpw` command works on the current run
 * with no flags of its own; on an empty run folder and with each common mistake it ends in ONE
 * line naming what is wrong (and usually the fix), exit 1 for bad input and 2 for bad usage —
 * never a stack trace (exit 70 means a bug). The commands run in-process through `main`, the
 * function bin/rpw.js calls, against a temporary runs folder and response cache.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { tempDir } from "../helpers";

interface Outcome {
  code: number;
  out: string[];
  err: string[];
}

async function rpw(...argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

/** One line on stderr, the given exit code, no trace; the line matches `pattern`. */
function assertOneLine(outcome: Outcome, code: number, pattern: RegExp, what: string): void {
  assert.equal(outcome.code, code, `${what}: exit ${outcome.code}, stderr: ${outcome.err.join("\n")}`);
  assert.equal(
    outcome.err.length,
    1,
    `${what}: one line on stderr, got ${outcome.err.length}:\n${outcome.err.join("\n")}`,
  );
  assert.ok(
    !/\n\s+at /.test(outcome.err[0]) && !outcome.err[0].includes("internal error"),
    `${what}: no stack trace: ${outcome.err[0]}`,
  );
  assert.match(outcome.err[0], pattern, what);
}

describe("every rpw door", function () {
  this.timeout(300_000);
  const saved = process.env.RPW_LLM_CACHE;
  let runsDir = "";
  let emptyRuns = "";
  const onRun = (dir: string) => ["--set", `runsDir=${dir}`];

  before(async () => {
    runsDir = tempDir();
    emptyRuns = tempDir();
    process.env.RPW_LLM_CACHE = path.join(tempDir(), "llm.sqlite");
    const first = await rpw("run", ...onRun(runsDir));
    assert.equal(first.code, 0, first.err.join("\n"));
  });
  after(() => {
    if (saved === undefined) delete process.env.RPW_LLM_CACHE;
    else process.env.RPW_LLM_CACHE = saved;
  });

  it("after a run, every stage command works on the current run with no flags of its own", async () => {
    const doors = [
      ["collect"],
      ["preprocess"],
      ["prompts", "budget"],
      ["prompts", "compare"],
      ["prompts", "leaderboard"],
      ["prompts", "render"],
      ["generate"],
      ["dataset"],
      ["finetune"],
      ["evaluate"],
      ["figures"],
      ["label", "export"],
      ["run"],
    ];
    for (const door of doors) {
      const outcome = await rpw(...door, ...onRun(runsDir));
      assert.equal(outcome.code, 0, `rpw ${door.join(" ")}: exit ${outcome.code}\n${outcome.err.join("\n")}`);
    }
    assert.ok(
      fs.existsSync(path.join(runsDir, "sample", "labels", "sheet.csv")),
      "label export writes runs/<run>/labels/sheet.csv",
    );
    const llm = await rpw("llm");
    assert.equal(llm.code, 0, llm.err.join("\n"));
    const again = await rpw("run", ...onRun(runsDir));
    assert.match(again.out.join("\n"), /every stage reused|reused/);
  });

  it("on an empty run, each later stage says in one line which stage to run first", async () => {
    for (const door of [
      ["preprocess"],
      ["prompts", "compare"],
      ["generate"],
      ["dataset"],
      ["finetune"],
      ["evaluate"],
      ["label", "export"],
    ]) {
      assertOneLine(
        await rpw(...door, ...onRun(emptyRuns)),
        1,
        /run `npx rpw \w+`|npm start/,
        `rpw ${door.join(" ")} on an empty run`,
      );
    }
  });

  // A configuration is input (exit 1), whether it comes from the file or from --set.
  it("configuration mistakes are one line naming the field, the --set and what was meant", async () => {
    assertOneLine(
      await rpw("run", "--set", "dataset.maxLenght=1024", ...onRun(runsDir)),
      1,
      /--set dataset\.maxLenght=1024.*maxLength/,
      "misspelt nested field",
    );
    assertOneLine(
      await rpw("run", "--set", "seed=abc", ...onRun(runsDir)),
      1,
      /--set seed=abc.*seed/,
      "seed not a number",
    );
    assertOneLine(
      await rpw("run", "--set", "llm.concurrency=0", ...onRun(runsDir)),
      1,
      /llm\.concurrency/,
      "concurrency 0",
    );
    assertOneLine(
      await rpw("run", "--set", "name=../escape", ...onRun(runsDir)),
      1,
      /name/,
      "a run name outside runs/",
    );
    assertOneLine(await rpw("run", "--run", "../../etc", ...onRun(runsDir)), 1, /name/, "--run outside runs/");
    assertOneLine(
      await rpw("run", "--set", "nonsense", ...onRun(runsDir)),
      1,
      /--set takes <field\.path>=<value>, got "nonsense"/,
      "--set without =",
    );
    const dir = tempDir();
    assertOneLine(
      await rpw("run", "--config", path.join(dir, "missing.json")),
      1,
      /missing\.json/,
      "missing configuration file",
    );
    const broken = path.join(dir, "broken.json");
    fs.writeFileSync(broken, '{\n  "seed": 1,\n');
    assertOneLine(await rpw("run", "--config", broken), 1, /broken\.json:\d+/, "configuration that is not JSON");
    const typo = path.join(dir, "typo.json");
    fs.writeFileSync(typo, JSON.stringify({ teacher: { modle: "gpt-4o" } }));
    assertOneLine(await rpw("run", "--config", typo), 1, /teacher\.modle.*model/, "misspelt field in the file");
  });

  it("an unknown flag on any command is one line and exit 2", async () => {
    for (const command of [
      "collect",
      "preprocess",
      "prompts",
      "generate",
      "dataset",
      "finetune",
      "evaluate",
      "figures",
      "metrics",
      "llm",
      "label",
      "run",
      "tailor",
    ]) {
      assertOneLine(
        await rpw(command, "--no-such-flag", ...onRun(runsDir)),
        2,
        /no-such-flag/,
        `rpw ${command} --no-such-flag`,
      );
    }
    assertOneLine(await rpw("nonsense"), 2, /unknown command "nonsense"/, "an unknown command");
  });

  it("missing and bad input files are one line naming the file", async () => {
    const dir = tempDir();
    assertOneLine(
      await rpw("collect", "--resumes", path.join(dir, "none.txt"), ...onRun(runsDir)),
      1,
      /none\.txt/,
      "collect: a missing resume file",
    );
    assertOneLine(
      await rpw("metrics", "--in", path.join(dir, "none.jsonl"), "--out", path.join(dir, "scores.jsonl")),
      1,
      /none\.jsonl/,
      "metrics: a missing file",
    );
    const bad = path.join(dir, "pairs.jsonl");
    fs.writeFileSync(bad, '{"id": 1, "a": "x", "b": "y"}\n{"id": 2, "a": "x"}\n');
    assertOneLine(
      await rpw("metrics", "--in", bad, "--out", path.join(dir, "scores.jsonl")),
      1,
      /pairs\.jsonl:2.*"b"/,
      "metrics: a bad line",
    );
    assertOneLine(
      await rpw("evaluate", "--systems", "nonsense", ...onRun(runsDir)),
      2,
      /unknown system "nonsense"/,
      "evaluate: an unknown system",
    );
    assertOneLine(
      await rpw("llm", "import", path.join(dir, "none.jsonl")),
      2,
      /none\.jsonl/,
      "llm import: a missing file",
    );
  });
});
