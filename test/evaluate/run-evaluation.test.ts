import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles, writeCollection } from "../../src/collect/collect";
import { evaluateCommand } from "../../src/cli/evaluate-command";
import { preprocessCommand } from "../../src/cli/preprocess-command";
import { summarizeEvaluation } from "../../src/evaluate/evaluation-summary";
import { evaluationFigures } from "../../src/figures/evaluation-figures";
import { evaluateSystems, EvalSystem } from "../../src/evaluate/evaluate-systems";
import { figureSpecJson } from "../../src/figures/write-figures";
import { preprocess } from "../../src/preprocess/preprocess-stage";
import { pairCases } from "../../src/prompts/study-cases";
import { ROOT, tempDir } from "../helpers";

async function sample(resumes: number) {
  const collection = collectFromFiles({
    resumes: [path.join(ROOT, "data/sample/resumes.txt")],
    jobs: [path.join(ROOT, "data/sample/jobs.csv")],
  });
  const output = await preprocess(collection.postings, collection.resumes, {
    extractor: "rules",
    personaSeed: "1",
    redact: false,
  });
  return { collection, cases: pairCases(output.resumes, output.jobs, collection.postings, { resumes }) };
}

describe("evaluateSystems", () => {
  it("evaluateSystems scores every system on every case; identity keeps UP at 1 and recorded gaps are failures, not crashes", async () => {
    const { cases } = await sample(3);
    const recorded = new Map<string, unknown>([[cases[0].id, { entries: ["Invented skill: Kubernetes"] }]]);
    const systems: EvalSystem[] = [
      { kind: "identity", name: "identity" },
      { kind: "rules", name: "rules" },
      { kind: "recorded", name: "recorded", outputs: recorded, source: "inline" },
    ];
    const records = await evaluateSystems({ systems, cases, teacher: "rules" });
    assert.equal(records.length, 3 * cases.length);
    const identity = records.filter((record) => record.system === "identity");
    assert.ok(identity.every((record) => Math.abs((record.study!.plain.userPersonalization.value ?? 0) - 1) < 1e-12));
    const missing = records.filter((record) => record.system === "recorded" && !record.ok);
    assert.equal(missing.length, cases.length - 1);
    assert.match(missing[0].error ?? "", /no recorded output for .* in inline/);
    const rules = records.filter((record) => record.system === "rules");
    assert.ok(
      rules.every((record) => record.study!.plain.rougeLsum.value === null),
      "the teacher has no ROUGE against itself",
    );
    assert.ok(identity.every((record) => record.study!.plain.rougeLsum.value !== null));
  });

  it("summarizeEvaluation and the figures are the same bytes on every run", async () => {
    const { cases } = await sample(4);
    const systems: EvalSystem[] = [
      { kind: "identity", name: "identity" },
      { kind: "rules", name: "rules" },
    ];
    const specs = async () => {
      const records = await evaluateSystems({ systems, cases, teacher: null });
      const summary = summarizeEvaluation(records, "identity");
      return { summary: JSON.stringify(summary), figures: evaluationFigures(records, summary).map(figureSpecJson) };
    };
    const [a, b] = [await specs(), await specs()];
    assert.equal(a.summary, b.summary);
    assert.deepEqual(a.figures, b.figures);
    assert.deepEqual(JSON.parse(a.figures[0]).name, "metric-bars");
  });

  it("rpw evaluate writes records, scores, summary and figures, byte-identical on rerun", async function () {
    this.timeout(120_000);
    const work = tempDir();
    const { collection } = await sample(1);
    writeCollection(collection, path.join(work, "collect"), { resumes: [], jobs: [] });
    await preprocessCommand(
      ["--in", path.join(work, "collect"), "--out", path.join(work, "pre"), "--mapping", path.join(work, "m.jsonl")],
      () => undefined,
    );
    const run = async (out: string) =>
      evaluateCommand(
        [
          "--systems",
          "identity,rules",
          "--resumes",
          "4",
          "--from",
          path.join(work, "pre"),
          "--collect",
          path.join(work, "collect"),
          "--out",
          out,
        ],
        () => undefined,
      );
    const [a, b] = [path.join(work, "a"), path.join(work, "b")];
    await run(a);
    await run(b);
    for (const name of ["records.jsonl", "scores.jsonl", "summary.json", "summary.md"])
      assert.ok(fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))), name);
    const figures = fs.readdirSync(path.join(a, "figures")).sort();
    assert.ok(figures.includes("metric-bars.json") && figures.includes("study-vs-plain-up-study.json"));
    for (const name of figures)
      assert.ok(
        fs.readFileSync(path.join(a, "figures", name)).equals(fs.readFileSync(path.join(b, "figures", name))),
        name,
      );
  });
});
