/**
 * `generate.jsonResume`: a setting that changes the output. With it the generate stage writes
 * each (resume, job)'s tailored resume as schema-valid JSON Resume, built by the code `rpw tailor`
 * uses; without it (the default) there is no such folder. The rules baseline answers offline.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles, writeCollection } from "../../src/collect/collect";
import { generateCommand } from "../../src/cli/generate-command";
import { preprocessCommand } from "../../src/cli/preprocess-command";
import { buildTailoredJsonResume } from "../../src/generate/tailored-json-resume";
import { fileSafeId, groupTargets } from "../../src/generate/write-json-resumes";
import { checkJsonResume } from "../../src/schemas/json-resume";
import { TargetRecord } from "../../src/schemas/target";
import { readJsonl } from "../../src/util/jsonl";
import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { createLlm } from "../../src/llm/llm-client";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { runPipeline } from "../../src/run/run-pipeline";
import { runDirs } from "../../src/schemas/run-config";
import { ROOT, tempDir } from "../helpers";
import { withOfflineEnv } from "./tailor-kit";

describe("generate.jsonResume", function () {
  this.timeout(120_000);
  const work = tempDir("rpw-generate-json-");
  const collectDir = path.join(work, "collect");
  const preprocessDir = path.join(work, "preprocess");

  before(async () => {
    const sample = (name: string) => path.join(ROOT, "data/sample", name);
    const collection = collectFromFiles({ resumes: [sample("resumes.txt")], jobs: [sample("jobs.csv")] });
    writeCollection(collection, collectDir, { resumes: [], jobs: [] });
    const mapping = path.join(work, "private.jsonl");
    await preprocessCommand(["--in", collectDir, "--out", preprocessDir, "--mapping", mapping], () => undefined);
  });

  const generate = (out: string, ...sets: string[]) =>
    withOfflineEnv(() =>
      generateCommand(
        [
          "--from",
          preprocessDir,
          "--collect",
          collectDir,
          "--out",
          out,
          "--resumes",
          "2",
          ...sets.flatMap((set) => ["--set", set]),
        ],
        () => undefined,
      ),
    );

  it("rpw generate --set generate.jsonResume=true writes a valid JSON Resume per (resume, job); default: none", async () => {
    const without = path.join(work, "generate-default");
    await generate(without);
    assert.ok(!fs.existsSync(path.join(without, "json-resume")), "no json-resume/ by default");
    assert.equal(JSON.parse(fs.readFileSync(path.join(without, "report.json"), "utf8")).jsonResume, null);

    const withFlag = path.join(work, "generate-json");
    await generate(withFlag, "generate.jsonResume=true");
    const targets = readJsonl(path.join(withFlag, "targets.jsonl"), TargetRecord);
    const pairs = groupTargets(targets);
    assert.equal(pairs.length, 2);
    const files = fs.readdirSync(path.join(withFlag, "json-resume")).sort();
    assert.deepEqual(files, pairs.map((pair) => `${fileSafeId(pair.resumeId)}__${fileSafeId(pair.jobId)}.json`).sort());
    for (const pair of pairs) {
      const file = path.join(withFlag, "json-resume", `${fileSafeId(pair.resumeId)}__${fileSafeId(pair.jobId)}.json`);
      const written = JSON.parse(fs.readFileSync(file, "utf8"));
      assert.deepEqual(checkJsonResume(written).errors, []);
      // The same builder as rpw tailor: the document is exactly what it builds from the targets.
      assert.deepEqual(written, buildTailoredJsonResume(pair.sections, pair.authors).document);
      const meta = (written as { meta: { rpw: { tailored: { answeredBy: string }[] } } }).meta;
      assert.ok(meta.rpw.tailored.length > 0 && meta.rpw.tailored.every((entry) => entry.answeredBy === "rules"));
    }
    const report = JSON.parse(fs.readFileSync(path.join(withFlag, "report.json"), "utf8"));
    assert.deepEqual(report.jsonResume, { written: 2, invalid: [] });
  });

  it("runPipeline reruns generate when generate.jsonResume changes (and reuses it when it does not)", async () => {
    const runsDir = tempDir();
    const sets = [`runsDir=${runsDir}`, "teacher.resumes=2", 'stages=["collect","preprocess","generate"]'];
    const cachePath = path.join(runsDir, "cache.sqlite");
    const llm = createLlm({ provider: "auto", cachePath }, { env: {}, rules: workbenchRulesBaselines() });
    try {
      const deps = { llm, log: () => undefined };
      const off = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), sets);
      await runPipeline(off, deps);
      const on = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), [...sets, "generate.jsonResume=true"]);
      const ran = (outcomes: { stage: string; status: string }[]) =>
        outcomes.filter((o) => o.status !== "skipped").map((o) => `${o.stage}:${o.status}`);
      assert.deepEqual(ran(await runPipeline(on, deps)), ["collect:reused", "preprocess:reused", "generate:ran"]);
      assert.equal(fs.readdirSync(path.join(runDirs(on).generate, "json-resume")).length, 2);
      assert.deepEqual(ran(await runPipeline(on, deps)), ["collect:reused", "preprocess:reused", "generate:reused"]);
    } finally {
      llm.close();
    }
  });
});
