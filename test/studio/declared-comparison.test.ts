/**
 * The prompt studio as a researcher uses it from the shell: a comparison declared in the
 * configuration, run by `rpw prompts compare` (a real child process) against the loopback
 * OpenAI-compatible server; its viewer opened in headless Chromium; and the offline run.
 */
import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { findChromium } from "../../src/figures/static-export";
import { createLlm } from "../../src/llm/llm-client";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { runPipeline } from "../../src/run/run-pipeline";
import { RULES_ONLY_MESSAGE } from "../../src/studio/comparison-table";
import type { PromptRunRow } from "../../src/studio/compare-prompts";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ROOT, tempDir } from "../helpers";

/** The environment of a user with no model configured (no key, no base URL) and a fresh cache. */
function offlineEnv(cacheDir: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== "OPENAI_API_KEY" && !name.startsWith("RPW_LLM_")),
  );
  return { ...env, RPW_LLM_CACHE: path.join(cacheDir, "llm.sqlite") };
}

/** rpw as a child process, asynchronously: the loopback server answers from this process meanwhile. */
function rpw(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "rpw.js"), ...args], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const MARK = "Keep every bullet under twenty words.";

describe("rpw prompts compare (declared)", () => {
  let runsDir = "";
  let cacheDir = "";

  before(async function () {
    this.timeout(120_000);
    runsDir = tempDir();
    cacheDir = tempDir();
    const config = loadWorkbenchConfig(null, [`runsDir=${runsDir}`, 'stages=["collect","preprocess"]']);
    const llm = createLlm(
      { provider: "auto", cachePath: path.join(cacheDir, "setup.sqlite") },
      { env: {}, rules: workbenchRulesBaselines() },
    );
    try {
      await runPipeline(config, { llm, log: () => undefined });
    } finally {
      llm.close();
    }
  });

  function writeConfig(prompts: unknown): string {
    const file = path.join(tempDir(), "workbench.config.json");
    fs.writeFileSync(file, JSON.stringify({ runsDir, prompts }));
    return file;
  }

  it("rpw prompts compare runs 2 variants × 2 systems × 6 cases once, reruns from the cache byte-identically, and fails on a required assertion", async function () {
    this.timeout(180_000);
    // The "tight" variant's master prompt carries MARK; the server then adds a skill the resume lacks.
    const server = await startMockOpenAI({
      respond: (request) => {
        const system = String(request.messages[0]?.content ?? "");
        if (request.response_format?.json_schema?.name !== "TailoredSkills") return { kind: "ok" };
        return { kind: "ok", json: { entries: system.includes(MARK) ? ["Kubernetes"] : [] } };
      },
    });
    try {
      const configFile = writeConfig({
        resumes: 6,
        comparison: "gate",
        variants: [
          { name: "files", dir: path.join(ROOT, "prompts") },
          {
            name: "tight",
            dir: path.join(ROOT, "prompts"),
            edits: [
              {
                prompt: "master",
                find: "Merge duplicated content and drop filler.",
                replace: `Merge duplicated content and drop filler. ${MARK}`,
              },
            ],
          },
        ],
        systems: [
          { name: "model-a", provider: "openai-compatible", model: "model-a", baseUrl: server.baseURL },
          { name: "model-b", provider: "openai-compatible", model: "model-b", baseUrl: server.baseURL },
        ],
        cases: { sections: ["skills", "experience"], limit: 6, seed: 3 },
        assertions: [
          { kind: "schemaValid" },
          { kind: "notContains", text: "Kubernetes", required: true },
          { kind: "maxTokens", max: 2000 },
        ],
      });
      const env = offlineEnv(cacheDir);
      const first = await rpw(["prompts", "compare", "--config", configFile], env);
      assert.equal(first.status, 1, first.stderr);
      assert.equal(first.stderr.trim().split("\n").length, 1, first.stderr);
      assert.match(
        first.stderr,
        /^rpw prompts: required assertion failed: tight × model-a: notContains "Kubernetes" \(\d\/6 cases\); tight × model-b: /,
      );
      assert.equal(server.chatCalls().length, 24, "each distinct request is sent once");
      const table = first.stdout.split("\n").filter((line) => /^(files|tight)\s+model-[ab]\s/.test(line));
      assert.equal(table.length, 4, first.stdout);
      assert.ok(
        table.every((line) => line.includes("rules") === false),
        "a model answered every row",
      );
      assert.match(first.stdout, /cache hits: 0\/24/);
      const dir = path.join(runsDir, "sample", "prompts");
      const rowsFile = fs.readdirSync(dir).find((name) => name.endsWith(".jsonl"))!;
      const bytes = fs.readFileSync(path.join(dir, rowsFile));

      const second = await rpw(["prompts", "compare", "--config", configFile], env);
      assert.equal(second.status, 1);
      assert.equal(server.chatCalls().length, 24, "the rerun sends nothing");
      assert.match(second.stdout, /cache hits: 24\/24/);
      assert.ok(fs.readFileSync(path.join(dir, rowsFile)).equals(bytes), "the rerun's rows are the same bytes");

      const rows = bytes
        .toString("utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as PromptRunRow);
      assert.equal(new Set(rows.map((row) => row.caseId)).size, 6);
      const skills = (variant: string) =>
        rows
          .filter((row) => row.variant === variant && row.section === "skills")
          .map((row) => JSON.stringify(row.output));
      assert.ok(skills("files").length > 0);
      assert.ok(
        skills("tight").every((output) => output.includes("Kubernetes")) &&
          skills("files").every((output) => !output.includes("Kubernetes")),
        "the variants' answers differ",
      );
      const flagged = rows.find((row) => row.variant === "tight" && row.section === "skills")!;
      assert.ok(
        flagged.scores!.unsupported.some((claim) => claim.text === "Kubernetes"),
        "the added skill is an unsupported claim",
      );

      const view = path.join(dir, "gate", "view.html");
      const html = fs.readFileSync(view, "utf8");
      for (const caseId of new Set(rows.map((row) => row.caseId)))
        assert.ok(html.includes(`data-case="${caseId.replace(/&/g, "&amp;")}"`), caseId);
      if (!findChromium()) {
        console.log(
          "      (view.html not opened: Chromium is not installed; apt-get install -y chromium fonts-liberation)",
        );
        return;
      }
      const { chromium } = await import("playwright-core");
      const browser = await chromium.launch({
        executablePath: findChromium()!,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--no-first-run",
        ],
      });
      try {
        const page = await browser.newPage();
        const network: string[] = [];
        const errors: string[] = [];
        await page.route("**/*", (route) => {
          const url = route.request().url();
          if (url.startsWith("file:")) return route.continue();
          network.push(url);
          return route.abort();
        });
        page.on("pageerror", (error) => errors.push(error.message));
        await page.goto(`file://${view}`);
        assert.equal(await page.locator("section.case").count(), 6);
        assert.match(await page.locator("body").innerText(), /not in the resume \(1\):[\s\S]*Kubernetes/);
        // Filter: failing the required assertion only leaves the tight variant's skills cases.
        await page.selectOption("#f-assertion", 'notContains "Kubernetes"');
        await page.check("#f-failing");
        const shown = await page.locator("section.case:visible").count();
        assert.equal(shown, skills("tight").length / 2);
        assert.equal(await page.locator("td.hit").count(), skills("tight").length);
        assert.deepEqual([network, errors], [[], []]);
      } finally {
        await browser.close();
      }
    } finally {
      await server.close();
    }
  });

  it("a judge assertion grades each answer through a declared system (cached, labelled as a judge) and gates like any other", async function () {
    this.timeout(180_000);
    const server = await startMockOpenAI({
      respond: (request) => {
        const user = String(request.messages[1]?.content ?? "");
        if (request.response_format?.json_schema?.name === "judge_grade") {
          return {
            kind: "ok",
            json: user.includes("Kubernetes")
              ? { score: 2, reason: "adds a skill the original lacks" }
              : { score: 5, reason: "faithful" },
          };
        }
        if (request.response_format?.json_schema?.name !== "TailoredSkills") return { kind: "ok" };
        return { kind: "ok", json: { entries: ["Kubernetes"] } };
      },
    });
    try {
      const configFile = writeConfig({
        resumes: 6,
        comparison: "judged",
        variants: [{ name: "files", dir: path.join(ROOT, "prompts") }],
        systems: [{ name: "model-a", provider: "openai-compatible", model: "model-a", baseUrl: server.baseURL }],
        cases: { sections: ["skills"], limit: 3, seed: 3 },
        assertions: [
          { kind: "judge", rubric: "States nothing the original section lacks", minScore: 4, required: true },
        ],
      });
      const env = offlineEnv(tempDir());
      const first = await rpw(["prompts", "compare", "--config", configFile], env);
      assert.equal(first.status, 1, first.stderr);
      assert.match(
        first.stderr,
        /required assertion failed: files × model-a: judge≥4 "States nothing the original s…" \(0\/3 cases\)/,
      );
      const calls = server.chatCalls().length;
      assert.equal(calls, 6, "3 answers and 3 grades");
      const folder = path.join(runsDir, "sample", "prompts", "judged");
      const verdicts = fs
        .readFileSync(path.join(folder, "judgements.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      assert.deepEqual(
        verdicts.map((verdict) => [verdict.score, verdict.judgedBy]),
        Array(3).fill([2, "openai-compatible:model-a"]),
      );
      assert.match(
        fs.readFileSync(path.join(folder, "view.html"), "utf8"),
        /judge \(openai-compatible:model-a\), "States nothing the original section lacks": <b>2\/5<\/b>/,
      );
      const second = await rpw(["prompts", "compare", "--config", configFile], env);
      assert.equal(second.status, 1);
      assert.equal(server.chatCalls().length, calls, "the judge's grades are replayed from the cache");
    } finally {
      await server.close();
    }
  });

  it("rpw prompts compare offline prints the one-line explanation and no matrix", async function () {
    this.timeout(120_000);
    const result = await rpw(["prompts", "compare", "--config", writeConfig({ resumes: 1 })], offlineEnv(tempDir()));
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split("\n");
    assert.deepEqual(
      lines.filter((line) => line === RULES_ONLY_MESSAGE),
      [RULES_ONLY_MESSAGE],
    );
    assert.match(RULES_ONLY_MESSAGE, /OPENAI_API_KEY/);
    assert.match(RULES_ONLY_MESSAGE, /RPW_LLM_BASE_URL=http:\/\/127\.0\.0\.1:11434\/v1/);
    assert.ok(!lines.some((line) => /^variant\s+system/.test(line)), "no table");
    assert.equal(lines.length, 2, result.stdout);
  });

  it("rpw prompts compare --variant replaces the declared variants (no implicit one) and --systems keeps the named declared systems", async function () {
    this.timeout(120_000);
    const configFile = writeConfig({ resumes: 1, comparison: "flags", cases: { sections: ["skills"] } });
    const result = await rpw(
      [
        "prompts",
        "compare",
        "--config",
        configFile,
        "--variant",
        `only=${path.join(ROOT, "prompts")}`,
        "--systems",
        "rules",
      ],
      offlineEnv(tempDir()),
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^prompts compare flags: 1 row \(1 variant × 1 system × 1 case\)/m);
    const unknown = await rpw(
      ["prompts", "compare", "--config", configFile, "--systems", "llm"],
      offlineEnv(tempDir()),
    );
    assert.equal(unknown.status, 2);
    assert.match(
      unknown.stderr,
      /^rpw prompts: no system "llm" is declared \(declared: rules, teacher; add it to prompts\.systems\)/,
    );
  });
});
