/**
 * `rpw run` (= `npm start`): the whole study from one configuration, offline by default —
 * collect → preprocess → prompts → generate → dataset → fine-tune (dry run + LoRA recipe) →
 * evaluate → figures — into `runs/<name>/`, with the report, and the figures copied to the
 * top-level `figures/`. A rerun with unchanged inputs reuses every stage and says so.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { describeLlmConfig, resolveLlmConfig } from "../llm/config";
import { runDirs, runPipeline, StageOutcome } from "../run/run-pipeline";
import { runReportHtml, runReportMarkdown } from "../run/run-report";
import { loadWorkbenchConfig } from "../run/workbench-config";
import { writeFileAtomic, writeJson } from "../util/jsonl";
import { DEFAULTS, projectPath } from "./paths";

export const RUN_HELP = `rpw run — the whole study from one configuration (what \`npm start\` does)

Usage:
  rpw run [--config <file>] [--set <field.path>=<value>]... [--fresh]

  --config <file>   a workbench configuration (default: ${projectPath("workbench.config.json")} when it exists;
                    every field has a default: see README "Configuration")
  --set a.b=value   override one field, e.g. --set name=trial --set dataset.maxLength=1024
  --fresh           rerun every stage even when its inputs are unchanged

Writes runs/<name>/ (every stage's outputs, config.json, report.md, report.html, figures/,
timings.json) and copies the figures to ${DEFAULTS.figures()}/.`;

function stageLine(index: number, total: number, outcome: StageOutcome): string {
  const status = outcome.status === "reused" ? "reused (inputs unchanged)" : outcome.status;
  return `[${index + 1}/${total}] ${outcome.stage.padEnd(10)} ${status.padEnd(26)} ${outcome.seconds.toFixed(1).padStart(6)} s  ${outcome.note}`;
}

/** The evaluation in a few columns: mean per system (95 % interval in summary.md). */
function printResultTable(evaluateDir: string, log: (line: string) => void): void {
  const file = path.join(evaluateDir, "summary.json");
  if (!fs.existsSync(file)) return;
  const summary = JSON.parse(fs.readFileSync(file, "utf8")) as { systems: string[]; perSystem: { system: string; metric: string; interval: { mean: number } | null }[] };
  const metrics = ["unsupportedShare", "keywordCoverage", "up_plain", "ja_plain", "up_study", "ja_study"];
  const cell = (system: string, metric: string) => summary.perSystem.find((p) => p.system === system && p.metric === metric)?.interval?.mean.toFixed(3) ?? "—";
  log("");
  log(["system".padEnd(12), ...metrics.map((metric) => metric.padStart(16))].join(""));
  for (const system of summary.systems) log([system.padEnd(12), ...metrics.map((metric) => cell(system, metric).padStart(16))].join(""));
  log("");
}

export async function runCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: "string" }, set: { type: "string", multiple: true }, fresh: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(RUN_HELP);
  const defaultFile = projectPath("workbench.config.json");
  const file = values.config ?? (fs.existsSync(defaultFile) ? defaultFile : null);
  const config = loadWorkbenchConfig(file, values.set ?? []);
  const dirs = runDirs(config);
  fs.mkdirSync(dirs.root, { recursive: true });
  writeJson(path.join(dirs.root, "config.json"), { file, config, llm: describeLlmConfig(resolveLlmConfig({ concurrency: config.llm.concurrency })) });
  const started = Date.now();
  log(`run ${config.name}: ${config.stages.length} stages -> ${path.join(dirs.root, "")}`);
  const outcomes = await runPipeline(config, {
    fresh: values.fresh,
    onStart: (index, total, stage) => process.stderr.isTTY && process.stderr.write(`[${index + 1}/${total}] ${stage} …\r`),
    onStage: (index, total, outcome) => log(stageLine(index, total, outcome)),
  });
  const markdown = runReportMarkdown(config, outcomes);
  writeFileAtomic(path.join(dirs.root, "report.md"), markdown);
  writeFileAtomic(path.join(dirs.root, "report.html"), runReportHtml(markdown, dirs.figures));
  // The top-level figures/ holds the latest run's figures, for the write-up.
  const top = DEFAULTS.figures();
  if (fs.existsSync(dirs.figures)) {
    fs.mkdirSync(top, { recursive: true });
    for (const name of fs.readdirSync(dirs.figures).sort()) fs.copyFileSync(path.join(dirs.figures, name), path.join(top, name));
  }
  printResultTable(dirs.evaluate, log);
  const seconds = (Date.now() - started) / 1000;
  const timingsFile = path.join(dirs.root, "timings.json");
  const previous = fs.existsSync(timingsFile) ? (JSON.parse(fs.readFileSync(timingsFile, "utf8")) as { firstRunSeconds?: number }) : {};
  const reusedAll = outcomes.every((outcome) => outcome.status !== "ran");
  const firstRunSeconds = reusedAll && previous.firstRunSeconds ? previous.firstRunSeconds : seconds;
  writeJson(timingsFile, { firstRunSeconds, lastRunSeconds: seconds, stages: outcomes.map(({ stage, status, seconds: s }) => ({ stage, status, seconds: s })) });
  log(`run ${config.name}: done in ${seconds.toFixed(1)} s${reusedAll ? ` (every stage reused; the first full run took ${firstRunSeconds.toFixed(1)} s)` : ""}; ` +
    `report: ${path.join(dirs.root, "report.md")} and report.html; figures: ${top}/`);
}
