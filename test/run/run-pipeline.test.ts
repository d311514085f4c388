import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { findChromium } from "../../src/figures/static-export";
import { createLlm } from "../../src/llm/llm-client";
import { loadWorkbenchConfig, WorkbenchConfigError } from "../../src/run/load-config";
import { runPipeline } from "../../src/run/run-pipeline";
import { runReportHtml, runReportMarkdown } from "../../src/run/run-report";
import { runDirs } from "../../src/schemas/run-config";
import { missingParts } from "../../src/figures/figure-checks";
import { NamedFigure } from "../../src/figures/figure";
import { ROOT, tempDir } from "../helpers";

/** figures/ holds figures (a spec and its images), the index and tables/ (CSV, Markdown, LaTeX): nothing else, no stage record. */
function checkFiguresFolder(dir: string, withImages: boolean): void {
  const names = fs.readdirSync(dir);
  const specs = names.filter((name) => name.endsWith(".json") && !name.startsWith("index."));
  assert.ok(specs.length >= 10, `${specs.length} figures`);
  for (const name of names) {
    if (["index.json", "index.md", "tables"].includes(name)) continue;
    const stem = name.replace(/(\.one-column)?\.(json|svg|pdf|png)$/, "");
    assert.ok(stem !== name && specs.includes(`${stem}.json`), `${name} in figures/ is a figure's file`);
  }
  for (const spec of specs) {
    const figure = JSON.parse(fs.readFileSync(path.join(dir, spec), "utf8")) as NamedFigure;
    assert.deepEqual(missingParts(figure), [], `${spec} has a title, a caption and axis titles`);
    assert.match(figure.caption, /Source: run "[^"]+", seed \d+\.$/);
    const stem = spec.replace(/\.json$/, "");
    if (withImages)
      for (const ext of ["svg", "pdf", "png"]) assert.ok(names.includes(`${stem}.${ext}`), `${stem}.${ext}`);
  }
  if (withImages) {
    // One figure per stage, kept as test output (not committed) and checked for content: a blank 1520×920 PNG compresses to a few kB.
    const index = JSON.parse(fs.readFileSync(path.join(dir, "index.json"), "utf8")) as {
      figures: { name: string; stage: string }[];
    };
    const out = path.join(ROOT, "build", "test-output");
    fs.mkdirSync(out, { recursive: true });
    for (const stage of new Set(index.figures.map((entry) => entry.stage))) {
      const first = index.figures.find((entry) => entry.stage === stage)!;
      const png = path.join(dir, `${first.name}.png`);
      fs.copyFileSync(png, path.join(out, `figure-${stage}.png`));
      assert.ok(fs.statSync(png).size > 20_000, `${first.name}.png (${stage}) is not blank`);
    }
  }
  const tables = fs.readdirSync(path.join(dir, "tables"));
  assert.ok(tables.length >= 2 * 3);
  for (const table of new Set(tables.map((name) => name.replace(/\.[a-z]+$/, "")))) {
    assert.deepEqual(
      ["csv", "md", "tex"].map((ext) => tables.includes(`${table}.${ext}`)),
      [true, true, true],
      table,
    );
  }
}

describe("whole-study run", () => {
  it("loadWorkbenchConfig fills defaults, applies --set overrides and names the bad field", () => {
    const config = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), [
      "name=trial",
      "dataset.maxLength=1024",
    ]);
    assert.deepEqual(
      [config.name, config.dataset.maxLength, config.teacher.model],
      ["trial", 1024, "gpt-4o-2024-08-06"],
    );
    assert.throws(
      () => loadWorkbenchConfig(null, ["dataset.tokenizer=bpe"]),
      (error: unknown) => error instanceof WorkbenchConfigError && /dataset\.tokenizer/.test(error.message),
    );
    assert.throws(
      () => loadWorkbenchConfig(null, ["nmae=x"]),
      /--set nmae=x: unknown field "nmae" \(did you mean "name"\?\)/,
    );
    assert.throws(
      () => loadWorkbenchConfig(null, ["dataset.maxLenght=1024"]),
      /--set dataset\.maxLenght=1024: unknown field "dataset\.maxLenght" \(did you mean "dataset\.maxLength"\?\)/,
    );
    assert.throws(
      () => loadWorkbenchConfig(null, ["seed=abc"]),
      /--set seed=abc: seed: expected number, received string, got "abc"/,
    );
    assert.throws(() => loadWorkbenchConfig(null, ["name=../escape"]), /--set name=\.\.\/escape: name: a run name is/);
    assert.throws(
      () => loadWorkbenchConfig(null, ["dataset.split=[0.5,0.5,0.5]"]),
      /dataset\.split: the three fractions must add up to 1/,
    );
  });

  it("runPipeline runs every stage offline, reuses them all on a rerun, and the report opens offline with every figure drawn", async function () {
    this.timeout(240_000);
    const runsDir = tempDir();
    const config = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), [
      `runsDir=${runsDir}`,
      "evaluate.resumes=6",
    ]);
    const llm = createLlm(
      { provider: "auto", cachePath: path.join(runsDir, "cache.sqlite") },
      { env: {}, rules: workbenchRulesBaselines() },
    );
    const deps = { llm, log: () => undefined };
    after(() => llm.close());
    const first = await runPipeline(config, deps);
    assert.deepEqual(
      first.map((o) => [o.stage, o.status]),
      ["collect", "preprocess", "prompts", "generate", "dataset", "finetune", "evaluate", "figures"].map((s) => [
        s,
        "ran",
      ]),
    );
    const dirs = runDirs(config);
    const report = runReportMarkdown(config, first);
    const headings = [
      "## What this run is",
      "## Results",
      "## Stages",
      "## Data",
      "## Extraction coverage",
      "## Prompts",
      "## Teacher targets",
      "## Fine-tune dataset",
      "## Fine-tune",
      "## Evaluation",
      "## Spend",
      "## Failures",
      "## Skipped, and why",
    ];
    for (const heading of headings) assert.ok(report.includes(`\n${heading}\n`), `the report has "${heading}"`);
    // In this order: what the run is, results, then the stages in the study's order, then skipped.
    assert.deepEqual(
      headings.map((heading) => report.indexOf(`\n${heading}\n`)),
      headings.map((heading) => report.indexOf(`\n${heading}\n`)).sort((a, b) => a - b),
    );
    assert.doesNotMatch(report, /teacher teacher|\b1 [a-z]+s\b(?! of)/, "no doubled words or '1 problems'");
    assert.doesNotMatch(report, /p = 0\.000/);
    // Offline every tailoring answer is the rules baseline's: the configured teacher model answered nothing, so neither the
    // report nor any figure or table may name it (the fine-tune model and its price basis are configuration, not answers).
    const teacherModel = config.teacher.model;
    assert.ok(!report.includes(teacherModel), `report.md names ${teacherModel}, which answered nothing`);
    assert.match(report, /\*\*Teacher\*\*: rules \(no model\)/);
    const figureFiles = fs
      .readdirSync(dirs.figures, { recursive: true })
      .map(String)
      .filter((name) => /\.(json|md|csv|tex|svg)$/.test(name));
    for (const name of figureFiles) {
      assert.ok(
        !fs.readFileSync(path.join(dirs.figures, name), "utf8").includes(teacherModel),
        `figures/${name} names ${teacherModel}`,
      );
    }
    checkFiguresFolder(dirs.figures, Boolean(findChromium()));
    const second = await runPipeline(config, deps);
    assert.ok(
      second.every((o) => o.status === "reused"),
      second.map((o) => `${o.stage}:${o.status}`).join(" "),
    );
    assert.equal(runReportMarkdown(config, second), report, "the report of a rerun is the same bytes");

    if (!findChromium()) {
      console.log(
        "      (report rendering not checked: Chromium is not installed; apt-get install -y chromium fonts-liberation)",
      );
      return;
    }
    const html = path.join(dirs.root, "report.html");
    fs.writeFileSync(html, runReportHtml(report, dirs.figures));
    const figures = fs.readdirSync(dirs.figures).filter((name) => name.endsWith(".json") && !name.startsWith("index."));
    for (const [, src] of report.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g))
      assert.ok(fs.existsSync(path.join(dirs.root, src)), `${src}, linked from report.md, exists`);
    assert.ok(fs.statSync(html).size < 5_000_000, `report.html is ${fs.statSync(html).size} bytes, not under 5 MB`);
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
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const network: string[] = [];
      const errors: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
        network.push(url);
        return route.abort();
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`file://${path.resolve(html)}`, { waitUntil: "load" });
      // The test's TypeScript has no DOM library: the page functions reach `document` through globalThis.
      await page.waitForFunction(
        (count) => (globalThis as any).document.querySelectorAll(".figure .main-svg").length >= count,
        figures.length,
        { timeout: 60_000 },
      );
      const drawn: [string, boolean, number][] = await page.evaluate(() =>
        [...(globalThis as any).document.querySelectorAll(".figure")].map((div: any) => [
          div.id,
          div.querySelectorAll(".main-svg").length > 0,
          div.querySelectorAll("path, rect").length,
        ]),
      );
      assert.equal(drawn.length, figures.length);
      for (const [id, hasSvg, marks] of drawn) assert.ok(hasSvg && marks > 5, `${id} rendered`);
      assert.deepEqual(network, [], "the report makes no network request");
      assert.deepEqual(errors, []);
      const shot = path.join(dirs.root, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      assert.ok(fs.statSync(shot).size > 50_000);
      // The first screen, kept as test output (not committed) and checked for content: many distinct colours, not a blank page.
      const first = path.join(ROOT, "build", "test-output", "report-first-screen.png");
      fs.mkdirSync(path.dirname(first), { recursive: true });
      await page.evaluate(() => (globalThis as any).window.scrollTo(0, 0));
      const pixels = await page.screenshot({ path: first });
      assert.ok(pixels.length > 20_000, "the report's first screen is not blank");
    } finally {
      await browser.close();
    }
  });
});
