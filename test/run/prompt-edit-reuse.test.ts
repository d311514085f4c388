/**
 * Only what changed reruns: editing a section prompt file reruns the stages that read prompts
 * (prompts, generate, dataset, evaluate) and those downstream of them, and reuses collect and
 * preprocess. The project's prompts/ folder is what the stages read, so the test edits a file
 * there and puts the original bytes back however the test ends.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { createLlm } from "../../src/llm/llm-client";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { runPipeline } from "../../src/run/run-pipeline";
import { ROOT, tempDir } from "../helpers";

describe("a prompt edit reruns only the stages that read prompts", function () {
  this.timeout(300_000);

  it("editing prompts/section-skills.md reuses collect and preprocess and reruns prompts, generate, dataset and evaluate", async () => {
    const runsDir = tempDir();
    const config = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), [
      `runsDir=${runsDir}`,
      "evaluate.resumes=3",
    ]);
    const llm = createLlm(
      { provider: "auto", cachePath: path.join(runsDir, "cache.sqlite") },
      { env: {}, rules: workbenchRulesBaselines() },
    );
    const deps = { llm, log: () => undefined };
    const promptFile = path.join(ROOT, "prompts", "section-skills.md");
    const original = fs.readFileSync(promptFile);
    const restore = () => fs.writeFileSync(promptFile, original);
    process.once("exit", restore);
    try {
      await runPipeline(config, deps);
      fs.writeFileSync(
        promptFile,
        Buffer.concat([original, Buffer.from("\n<!-- an edit a researcher might make -->\n")]),
      );
      const after = await runPipeline(config, deps);
      const status = Object.fromEntries(after.map((outcome) => [outcome.stage, outcome.status]));
      assert.equal(status.collect, "reused");
      assert.equal(status.preprocess, "reused");
      for (const stage of ["prompts", "generate", "dataset", "evaluate"])
        assert.equal(status[stage], "ran", `${stage} reads the prompts`);
    } finally {
      restore();
      process.removeListener("exit", restore);
      llm.close();
    }
  });

  it("with the LLM extractor, preprocess reruns for an extraction prompt edit and not for a section prompt edit", async () => {
    const runsDir = tempDir();
    const config = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), [
      `runsDir=${runsDir}`,
      "evaluate.resumes=2",
      "preprocess.extractor=llm",
      'stages=["collect","preprocess","prompts"]',
    ]);
    const llm = createLlm(
      { provider: "auto", cachePath: path.join(runsDir, "cache.sqlite") },
      { env: {}, rules: workbenchRulesBaselines() },
    );
    const deps = { llm, log: () => undefined };
    const files = ["section-skills.md", "section-resume.md"].map((name) => path.join(ROOT, "prompts", name));
    const originals = files.map((file) => fs.readFileSync(file));
    const restore = () => files.forEach((file, i) => fs.writeFileSync(file, originals[i]));
    const statusAfterEditing = async (i: number) => {
      restore();
      await runPipeline(config, deps);
      fs.writeFileSync(files[i], Buffer.concat([originals[i], Buffer.from("\n<!-- an edit -->\n")]));
      const outcomes = (await runPipeline(config, deps)).filter((outcome) => outcome.status !== "skipped");
      return Object.fromEntries(outcomes.map((outcome) => [outcome.stage, outcome.status]));
    };
    process.once("exit", restore);
    try {
      assert.deepEqual(await statusAfterEditing(0), { collect: "reused", preprocess: "reused", prompts: "ran" });
      assert.deepEqual(await statusAfterEditing(1), { collect: "reused", preprocess: "ran", prompts: "ran" });
    } finally {
      restore();
      process.removeListener("exit", restore);
      llm.close();
    }
  });
});
