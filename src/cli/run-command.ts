/**
 * `rpw run` (= `npm start`): the whole study from one configuration, offline by default —
 * collect → preprocess → prompts → generate → dataset → fine-tune (dry run + LoRA recipe) →
 * evaluate → figures — into `runs/<name>/`, with the report, and the figures copied to the
 * top-level `figures/`. A rerun with unchanged inputs reuses every stage and says so.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { describeLlmConfig } from "../llm/config";
import { createRunLlm } from "../run/run-llm";
import { runPipeline, StageOutcome } from "../run/run-pipeline";
import { runReportHtml, runReportMarkdown } from "../run/run-report";
import { EvaluationSummary } from "../schemas/evaluation";
import { readJsonFile, writeFileAtomic, writeJson } from "../util/jsonl";
import { DEFAULTS, PROJECT_ROOT, projectPath } from "./paths";
import { RUN_FLAGS, selectRun } from "./run-flags";

export const RUN_HELP = `rpw run — the whole study from one configuration (what \`npm start\` does)

Usage:
  rpw run [--config <file>] [--run <name>] [--set <field.path>=<value>]... [--fresh]

  --config <file>   a workbench configuration (default: ${projectPath("workbench.config.json")} when it exists;
                    every field has a default: see README "Configuration")
  --run <name>      the run folder runs/<name>/ (the same as --set name=<name>)
  --set a.b=value   override one field, e.g. --set name=trial --set dataset.maxLength=1024
  --fresh           rerun every stage even when its inputs are unchanged

Writes runs/<name>/ (every stage's outputs, config.json, report.md, report.html, figures/,
timings.json) and, for runs in the project's runs/ folder, copies the figures to ${DEFAULTS.figures()}/.`;

function stageLine(index: number, total: number, outcome: StageOutcome): string {
  const status =
    outcome.status === "reused"
      ? "reused (inputs unchanged)"
      : outcome.status === "incomplete"
        ? "INCOMPLETE"
        : outcome.status;
  return `[${index + 1}/${total}] ${outcome.stage.padEnd(10)} ${status.padEnd(26)} ${outcome.seconds.toFixed(1).padStart(6)} s  ${outcome.note}`;
}

/** The evaluation in a few columns: mean per system (95 % interval in summary.md). */
function printResultTable(evaluateDir: string, log: (line: string) => void): void {
  const file = path.join(evaluateDir, "summary.json");
  if (!fs.existsSync(file)) return;
  const summary = readJsonFile(file, EvaluationSummary);
  const metrics = [
    "unsupportedShare",
    "inputOnlyShare",
    "up_content",
    "ja_content",
    "groundedKeywordCoverage",
    "up_study",
  ];
  const cell = (system: string, metric: string) =>
    summary.perSystem.find((p) => p.system === system && p.metric === metric)?.interval?.mean.toFixed(3) ?? "—";
  log("");
  log(["system".padEnd(12), ...metrics.map((metric) => metric.padStart(24))].join(""));
  for (const system of summary.systems)
    log([system.padEnd(12), ...metrics.map((metric) => cell(system, metric).padStart(24))].join(""));
  log("");
}

export async function runCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { ...RUN_FLAGS, fresh: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(RUN_HELP);
  const { config, dirs, configFile: file } = selectRun(values);
  fs.mkdirSync(dirs.root, { recursive: true });
  const llm = createRunLlm(config);
  const started = Date.now();
  let outcomes: StageOutcome[];
  try {
    writeJson(path.join(dirs.root, "config.json"), { file, config, llm: describeLlmConfig(llm.config) });
    log(`run ${config.name}: ${config.stages.length} stages -> ${path.join(dirs.root, "")}`);
    outcomes = await runPipeline(
      config,
      { llm, log },
      {
        fresh: values.fresh,
        onStart: (index, total, stage) =>
          process.stderr.isTTY && process.stderr.write(`[${index + 1}/${total}] ${stage} …\r`),
        onStage: (index, total, outcome) => log(stageLine(index, total, outcome)),
      },
    );
  } finally {
    llm.close();
  }
  const markdown = runReportMarkdown(config, outcomes);
  writeFileAtomic(path.join(dirs.root, "report.md"), markdown);
  writeFileAtomic(path.join(dirs.root, "report.html"), runReportHtml(markdown, dirs.figures));
  // The top-level figures/ holds the latest figures of the project's own runs/, for the write-up; a run
  // kept elsewhere (runsDir, e.g. a test's temporary folder) keeps its figures to itself.
  const top = DEFAULTS.figures();
  const projectRun = path.resolve(config.runsDir) === path.resolve(PROJECT_ROOT, "runs");
  if (projectRun && fs.existsSync(dirs.figures)) {
    fs.mkdirSync(top, { recursive: true });
    // Figures of an earlier run that this one no longer draws must not linger (the folder's README stays).
    for (const name of fs.readdirSync(top))
      if (name !== "README.md") fs.rmSync(path.join(top, name), { recursive: true, force: true });
    // Recursive: the result tables are in figures/tables/.
    for (const name of fs.readdirSync(dirs.figures).sort())
      fs.cpSync(path.join(dirs.figures, name), path.join(top, name), { recursive: true });
  }
  printResultTable(dirs.evaluate, log);
  const seconds = (Date.now() - started) / 1000;
  const timingsFile = path.join(dirs.root, "timings.json");
  const previous = fs.existsSync(timingsFile)
    ? (JSON.parse(fs.readFileSync(timingsFile, "utf8")) as { firstRunSeconds?: number })
    : {};
  const reusedAll = outcomes.every((outcome) => outcome.status !== "ran");
  const firstRunSeconds = reusedAll && previous.firstRunSeconds ? previous.firstRunSeconds : seconds;
  writeJson(timingsFile, {
    firstRunSeconds,
    lastRunSeconds: seconds,
    stages: outcomes.map(({ stage, status, seconds: s }) => ({ stage, status, seconds: s })),
  });
  log(
    `run ${config.name}: done in ${seconds.toFixed(1)} s${reusedAll ? ` (every stage reused; the first full run took ${firstRunSeconds.toFixed(1)} s)` : ""}; ` +
      `report: ${path.join(dirs.root, "report.md")} and report.html; figures: ${projectRun ? `${top}/` : path.join(dirs.figures, "")}`,
  );
}
