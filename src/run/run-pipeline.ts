/**
 * The whole study as one run: every stage in order, each writing `<run>/<stage>/`, the figures
 * in `<run>/figures/` (and copied to the top-level `figures/`), then the run report.
 *
 * A stage is reused when its fingerprint is unchanged: the hash of the stage's configuration,
 * the files it reads (the previous stages' outputs and the input data), the code (src/ and
 * prompts/) and the LLM provider in force. A reused stage says so and costs nothing; model calls
 * inside a stage that does rerun come from the response cache. Timings are kept apart from the
 * outputs (`timings.json`), so two runs give byte-identical run folders.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveLlmConfig } from "../llm/config";
import { sha256Hex } from "../llm/request-key";
import { collectCommand } from "../cli/collect-command";
import { datasetCommand } from "../cli/dataset-command";
import { evaluateCommand } from "../cli/evaluate-command";
import { exportFigures } from "../cli/figures-command";
import { finetuneCommand } from "../cli/finetune-command";
import { generateCommand } from "../cli/generate-command";
import { PROJECT_ROOT } from "../cli/paths";
import { preprocessCommand } from "../cli/preprocess-command";
import { promptsCommand } from "../cli/prompts-command";
import { StageName, STAGES, WorkbenchConfig } from "./workbench-config";

export interface StageOutcome {
  stage: StageName;
  status: "ran" | "reused" | "skipped";
  seconds: number;
  /** Why it was skipped, or what it said last. */
  note: string;
  log: string[];
}

/** Every file under `dir` (sorted), hashed with its relative path; "" when the folder is absent. */
export function hashTree(dir: string): string {
  if (!fs.existsSync(dir)) return "";
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== "stage.json") files.push(full);
    }
  };
  if (fs.statSync(dir).isFile()) return sha256Hex(fs.readFileSync(dir).toString("base64"));
  walk(dir);
  return sha256Hex(files.map((file) => `${path.relative(dir, file)}:${sha256Hex(fs.readFileSync(file).toString("base64"))}`).join("\n"));
}

let codeVersion: string | null = null;
/** Hash of the code and prompts: a changed extractor or prompt reruns the stages after it. */
function currentCodeVersion(): string {
  codeVersion ??= sha256Hex([hashTree(path.join(PROJECT_ROOT, "src")), hashTree(path.join(PROJECT_ROOT, "prompts"))].join("\n"));
  return codeVersion;
}

interface StagePlan {
  stage: StageName;
  out: string;
  /** Files and folders the stage reads. */
  reads: string[];
  settings: unknown;
  run: (log: (line: string) => void) => Promise<void>;
}

export function runDirs(config: WorkbenchConfig) {
  const root = path.join(config.runsDir, config.name);
  const dir = (stage: string) => path.join(root, stage);
  return {
    root, collect: dir("collect"), preprocess: dir("preprocess"), prompts: dir("prompts"), generate: dir("generate"),
    dataset: dir("dataset"), finetune: dir("finetune"), evaluate: dir("evaluate"), figures: dir("figures"),
    private: path.join(root, "private"),
  };
}

function plans(config: WorkbenchConfig): StagePlan[] {
  const dirs = runDirs(config);
  const recorded = config.teacher.recorded;
  const targets = path.join(dirs.generate, "targets.jsonl");
  // The teacher's targets are a system too: generated ones from generate/, recorded ones (the
  // study's) as the dataset stage imported them, scored on the very (resume, job) pairs they answered.
  const teacherTargets = recorded ? path.join(dirs.dataset, "teacher-targets.jsonl") : targets;
  const systems = [...config.evaluate.systems, `recorded:teacher=${teacherTargets}`];
  return [
    {
      stage: "collect", out: dirs.collect, reads: [...config.data.resumes, ...config.data.jobs], settings: [config.data, config.roles],
      run: (log) => collectCommand([...config.data.resumes.flatMap((file) => ["--resumes", file]), ...config.data.jobs.flatMap((file) => ["--jobs", file]),
        "--out", dirs.collect, ...(config.data.usOnly ? [] : ["--all-countries"]), ...(config.data.dedupe ? [] : ["--keep-duplicates"]), "--keep-roles", config.roles.join(",")], log),
    },
    {
      stage: "preprocess", out: dirs.preprocess, reads: [dirs.collect], settings: [config.preprocess, config.seed],
      run: (log) => preprocessCommand(["--in", dirs.collect, "--out", dirs.preprocess, "--extractor", config.preprocess.extractor,
        "--persona-seed", String(config.seed), "--mapping", path.join(dirs.private, "persona-mapping.jsonl"), ...(config.preprocess.redact ? ["--redact"] : [])], log),
    },
    {
      stage: "prompts", out: dirs.prompts, reads: [dirs.preprocess, dirs.collect], settings: [config.prompts, config.teacher.model],
      run: (log) => promptsCommand(["compare", "--from", dirs.preprocess, "--collect", dirs.collect, "--out", dirs.prompts,
        "--resumes", String(config.prompts.resumes), "--systems", "rules,llm", "--model", config.teacher.model, "--timings-dir", path.join(dirs.root, "timings")], log),
    },
    {
      stage: "generate", out: dirs.generate, reads: [dirs.preprocess, dirs.collect], settings: [config.teacher, config.llm],
      run: (log) => recorded
        ? Promise.resolve(log(`generate: skipped — the teacher's outputs are recorded (${recorded.targets}); the dataset imports them`))
        : generateCommand(["--from", dirs.preprocess, "--collect", dirs.collect, "--out", dirs.generate, "--model", config.teacher.model,
          "--temperature", String(config.teacher.temperature), ...(config.teacher.resumes ? ["--resumes", String(config.teacher.resumes)] : []),
          ...(config.llm.budgetUsd === null ? [] : ["--budget", String(config.llm.budgetUsd)])], log),
    },
    {
      stage: "dataset", out: dirs.dataset, reads: recorded ? [recorded.targets, recorded.map, recorded.resumes, recorded.jobs] : [dirs.generate], settings: [config.dataset, config.seed, recorded],
      run: (log) => datasetCommand([
        ...(recorded ? ["--targets", recorded.targets, "--map", recorded.map, "--resumes", recorded.resumes, "--jobs", recorded.jobs] : ["--targets", targets]),
        "--out", dirs.dataset, "--audit-max-length", String(config.dataset.maxLength), "--tokenizer", config.dataset.tokenizer,
        "--seed", String(config.seed), "--split", config.dataset.split.join(",")], log),
    },
    {
      stage: "finetune", out: dirs.finetune, reads: [dirs.dataset], settings: [config.finetune],
      run: async (log) => {
        const openai = path.join(dirs.dataset, "openai");
        await finetuneCommand(["launch", "--train", path.join(openai, "train.jsonl"), "--validation", path.join(openai, "validation.jsonl"),
          "--model", config.finetune.model, "--state-dir", path.join(dirs.finetune, "jobs"), ...(config.finetune.launch ? [] : ["--dry-run"])], log);
        const report = JSON.parse(fs.readFileSync(path.join(dirs.dataset, "validation-report.json"), "utf8")) as { audit?: { sequenceLengthInConfigs?: number } };
        await finetuneCommand(["recipe", "--dataset", path.join(dirs.dataset, "axolotl", "data.jsonl"), "--max-length", String(report.audit?.sequenceLengthInConfigs ?? 4096),
          "--out", path.join(dirs.finetune, "recipe")], log);
      },
    },
    {
      stage: "evaluate", out: dirs.evaluate, reads: [dirs.preprocess, dirs.collect, teacherTargets], settings: [config.evaluate],
      run: (log) => evaluateCommand(["--from", dirs.preprocess, "--collect", dirs.collect, "--out", dirs.evaluate, "--figures", path.join(dirs.evaluate, "figures"),
        "--systems", systems.join(","), "--reference", config.evaluate.reference, "--teacher", "teacher",
        ...(recorded ? ["--pairs-from", teacherTargets] : []),
        ...(config.evaluate.resumes ? ["--resumes", String(config.evaluate.resumes)] : [])], log),
    },
    {
      stage: "figures", out: dirs.figures, reads: [dirs.collect, dirs.preprocess, dirs.dataset, path.join(dirs.evaluate, "figures")], settings: [],
      run: async (log) => {
        await exportFigures(dirs.collect, dirs.preprocess, dirs.figures, log, { dataset: dirs.dataset });
        const evaluationFigures = path.join(dirs.evaluate, "figures");
        if (fs.existsSync(evaluationFigures)) for (const name of fs.readdirSync(evaluationFigures).sort()) fs.copyFileSync(path.join(evaluationFigures, name), path.join(dirs.figures, name));
      },
    },
  ];
}

/** The line that best says what a stage did (its own "<stage>: …" summary, or the fine-tune estimate). */
function summaryLine(stage: StageName, lines: readonly string[]): string {
  const prefix = stage === "finetune" ? "estimate:" : stage === "prompts" ? "prompts compare:" : `${stage}:`;
  return [...lines].reverse().find((line) => line.startsWith(prefix)) ?? lines[lines.length - 1] ?? "";
}

export interface PipelineOptions {
  /** Rerun every stage even when its fingerprint is unchanged. */
  fresh?: boolean;
  onStage?: (index: number, total: number, outcome: StageOutcome) => void;
  onStart?: (index: number, total: number, stage: StageName) => void;
}

export async function runPipeline(config: WorkbenchConfig, options: PipelineOptions = {}): Promise<StageOutcome[]> {
  const provider = resolveLlmConfig({}).provider;
  const selected = plans(config).filter((plan) => config.stages.includes(plan.stage));
  const outcomes: StageOutcome[] = [];
  for (const [index, plan] of selected.entries()) {
    options.onStart?.(index, selected.length, plan.stage);
    const started = Date.now();
    const fingerprint = sha256Hex(JSON.stringify({
      stage: plan.stage, settings: plan.settings, code: currentCodeVersion(), provider, reads: plan.reads.map(hashTree),
    }));
    const manifest = path.join(plan.out, "stage.json");
    const previous = fs.existsSync(manifest) ? (JSON.parse(fs.readFileSync(manifest, "utf8")) as { fingerprint: string; output: string; note: string }) : null;
    if (!options.fresh && previous && previous.fingerprint === fingerprint && previous.output === hashTree(plan.out)) {
      const outcome: StageOutcome = { stage: plan.stage, status: "reused", seconds: (Date.now() - started) / 1000, note: previous.note, log: [] };
      outcomes.push(outcome);
      options.onStage?.(index, selected.length, outcome);
      continue;
    }
    const lines: string[] = [];
    fs.mkdirSync(plan.out, { recursive: true });
    await plan.run((line) => lines.push(line));
    const note = summaryLine(plan.stage, lines);
    fs.writeFileSync(path.join(plan.out, "stage.log"), lines.map((line) => `${line}\n`).join(""));
    fs.writeFileSync(manifest, `${JSON.stringify({ stage: plan.stage, fingerprint, output: hashTree(plan.out), note }, null, 2)}\n`);
    const outcome: StageOutcome = { stage: plan.stage, status: "ran", seconds: (Date.now() - started) / 1000, note, log: lines };
    outcomes.push(outcome);
    options.onStage?.(index, selected.length, outcome);
  }
  for (const stage of STAGES.filter((name) => !config.stages.includes(name))) {
    outcomes.push({ stage, status: "skipped", seconds: 0, note: "not in this run's stages (configuration `stages`)", log: [] });
  }
  return outcomes;
}
