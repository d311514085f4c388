/**
 * The whole study as one run: every stage function in order, each reading the run folder its
 * predecessors wrote and writing `<run>/<stage>/`, with one LLM client (one concurrency limit, one
 * budget) for every model call. A stage is reused when its fingerprint (src/run/stage-record.ts)
 * is unchanged; a stage whose model calls failed is not recorded, so the next run retries exactly
 * those calls (the response cache keeps what succeeded). A stage where every call failed stops
 * the run. This module only sequences: it parses no argv and reads no log text.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runCollect } from "../collect/run-collect";
import { runDataset, datasetInputs } from "../dataset/run-dataset";
import { runEvaluate } from "../evaluate/run-evaluate";
import { runFigures } from "../figures/run-figures";
import { runFinetune } from "../finetune/run-finetune";
import { runGenerate } from "../generate/run-generate";
import { sha256Hex } from "../llm/request-key";
import { runPreprocess } from "../preprocess/run-preprocess";
import { RunDirs, runDirs, StageDeps, StageName, STAGES, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { runPrompts } from "../studio/run-prompts";
import { writeFileAtomic } from "../util/jsonl";
import { checkStageCalls } from "./stage-failure";
import { codeHash, hashTree, PROJECT_ROOT, readStageRecord, removeStageRecord, writeStageRecord } from "./stage-record";

export { runDirs };

export interface StageOutcome {
  stage: StageName;
  status: "ran" | "reused" | "skipped" | "incomplete";
  seconds: number;
  /** What the stage did (its summary line), or why it was skipped. */
  note: string;
}

interface StagePlan {
  stage: StageName;
  /** The module whose import closure is the stage's code. */
  module: string;
  out: string;
  /** Files and folders the stage reads. */
  reads: string[];
  settings: unknown;
  /** The prompt files the stage renders: the extraction prompts, the tailoring prompts, or none. */
  readsPrompts: PromptSet | null;
  usesLlm: boolean;
  run: () => Promise<StageSummary>;
}

const source = (...parts: string[]) => path.join(PROJECT_ROOT, "src", ...parts);
const PROMPT_FILES = path.join(PROJECT_ROOT, "prompts");

/**
 * Which prompt files a stage's fingerprint covers, so a prompt edit reruns only the stages that
 * render it: the LLM extractor's two prompts, or the master and section prompts that tailor.
 */
type PromptSet = "extraction" | "tailoring";
const EXTRACTION_PROMPTS = new Set(["extract-job-details.md", "section-resume.md"]);

function hashPrompts(set: PromptSet): string {
  const names = fs
    .readdirSync(PROMPT_FILES)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .filter((name) => EXTRACTION_PROMPTS.has(name) === (set === "extraction"));
  return sha256Hex(
    names
      .map((name) => `${name}:${sha256Hex(fs.readFileSync(path.join(PROMPT_FILES, name)).toString("base64"))}`)
      .join("\n"),
  );
}

function plans(config: WorkbenchConfig, dirs: RunDirs, deps: StageDeps): StagePlan[] {
  const recorded = config.teacher.recorded;
  const llmExtractor = config.preprocess.extractor === "llm";
  const modelSystems = config.evaluate.systems.some((spec) => spec.startsWith("llm:"));
  return [
    {
      stage: "collect",
      module: source("collect", "run-collect.ts"),
      out: dirs.collect,
      reads: [...config.data.resumes, ...config.data.jobs],
      settings: [config.data, config.collect, config.roles],
      readsPrompts: null,
      usesLlm: false,
      run: () => runCollect(config, dirs, deps),
    },
    {
      stage: "preprocess",
      module: source("preprocess", "run-preprocess.ts"),
      out: dirs.preprocess,
      reads: [dirs.collect],
      settings: [config.preprocess, config.seed],
      readsPrompts: llmExtractor ? "extraction" : null,
      usesLlm: llmExtractor,
      run: () => runPreprocess(config, dirs, deps),
    },
    {
      stage: "prompts",
      module: source("studio", "run-prompts.ts"),
      out: dirs.prompts,
      reads: [dirs.preprocess, dirs.collect],
      settings: [config.prompts, config.teacher.model],
      readsPrompts: "tailoring",
      usesLlm: true,
      run: () => runPrompts(config, dirs, deps),
    },
    {
      stage: "generate",
      module: source("generate", "run-generate.ts"),
      out: dirs.generate,
      reads: [dirs.preprocess, dirs.collect],
      settings: [config.teacher, config.generate],
      readsPrompts: "tailoring",
      usesLlm: true,
      run: async () => {
        if (!recorded) return runGenerate(config, dirs, deps);
        fs.mkdirSync(dirs.generate, { recursive: true });
        return {
          note: `generate: skipped — the teacher's outputs are recorded (${recorded.targets}); the dataset stage imports them`,
          failedCalls: 0,
          modelCalls: 0,
        };
      },
    },
    {
      stage: "dataset",
      module: source("dataset", "run-dataset.ts"),
      out: dirs.dataset,
      reads: (() => {
        const inputs = datasetInputs(config, dirs);
        return [inputs.targets, inputs.map, inputs.resumes, inputs.jobs, inputs.studyExample].filter(
          (file): file is string => Boolean(file),
        );
      })(),
      settings: [config.dataset, config.seed, recorded],
      readsPrompts: "tailoring",
      usesLlm: false,
      run: () => runDataset(config, dirs, deps),
    },
    {
      stage: "finetune",
      module: source("finetune", "run-finetune.ts"),
      out: dirs.finetune,
      reads: [dirs.dataset],
      settings: [config.finetune],
      readsPrompts: null,
      usesLlm: false,
      run: () => runFinetune(config, dirs, deps),
    },
    {
      stage: "evaluate",
      module: source("evaluate", "run-evaluate.ts"),
      out: dirs.evaluate,
      reads: [dirs.preprocess, dirs.collect, dirs.generate, path.join(dirs.dataset, "teacher-targets.jsonl")],
      settings: [config.evaluate, config.seed, config.teacher.recorded !== null],
      readsPrompts: "tailoring",
      usesLlm: modelSystems,
      run: () => runEvaluate(config, dirs, deps),
    },
    {
      stage: "figures",
      module: source("figures", "run-figures.ts"),
      out: dirs.figures,
      reads: [dirs.collect, dirs.preprocess, dirs.dataset, dirs.evaluate],
      settings: [config.name, config.seed],
      readsPrompts: null,
      usesLlm: false,
      run: () => runFigures(config, dirs, deps),
    },
  ];
}

export interface PipelineOptions {
  /** Rerun every stage even when its fingerprint is unchanged. */
  fresh?: boolean;
  onStage?: (index: number, total: number, outcome: StageOutcome) => void;
  onStart?: (index: number, total: number, stage: StageName) => void;
}

/** Runs the configured stages in order; `deps.llm` is the run's one client (the caller opens and closes it). */
export async function runPipeline(
  config: WorkbenchConfig,
  deps: StageDeps,
  options: PipelineOptions = {},
): Promise<StageOutcome[]> {
  const dirs = runDirs(config);
  const { provider, baseUrl } = deps.llm.config;
  const recordings = () => sha256Hex(JSON.stringify(deps.llm.cache.manifest()));
  // Each stage's own lines go to `<run>/stages/<stage>.log`; the caller sees one line per stage.
  let lines: string[] = [];
  const stageDeps: StageDeps = { llm: deps.llm, log: (line) => lines.push(line) };
  const selected = plans(config, dirs, stageDeps).filter((plan) => config.stages.includes(plan.stage));
  const outcomes: StageOutcome[] = [];
  for (const [index, plan] of selected.entries()) {
    options.onStart?.(index, selected.length, plan.stage);
    const started = Date.now();
    const fingerprint = sha256Hex(
      JSON.stringify({
        stage: plan.stage,
        settings: plan.settings,
        code: codeHash(plan.module),
        prompts: plan.readsPrompts ? hashPrompts(plan.readsPrompts) : null,
        provider: plan.usesLlm ? { provider, baseUrl } : null,
        reads: plan.reads.map(hashTree),
      }),
    );
    const previous = readStageRecord(dirs.stages, plan.stage, deps.log);
    const finish = (outcome: StageOutcome) => {
      outcomes.push(outcome);
      options.onStage?.(index, selected.length, outcome);
    };
    if (
      !options.fresh &&
      previous &&
      previous.fingerprint === fingerprint &&
      previous.output === hashTree(plan.out) &&
      (!plan.usesLlm || previous.recordings === recordings())
    ) {
      finish({ stage: plan.stage, status: "reused", seconds: (Date.now() - started) / 1000, note: previous.note });
      continue;
    }
    removeStageRecord(dirs.stages, plan.stage);
    fs.mkdirSync(plan.out, { recursive: true });
    lines = [];
    const summary = await plan.run();
    writeFileAtomic(path.join(dirs.stages, `${plan.stage}.log`), lines.map((line) => `${line}\n`).join(""));
    const seconds = (Date.now() - started) / 1000;
    const warning = checkStageCalls(plan.stage, summary);
    if (warning) {
      finish({ stage: plan.stage, status: "incomplete", seconds, note: warning });
      continue;
    }
    writeStageRecord(dirs.stages, {
      stage: plan.stage,
      fingerprint,
      output: hashTree(plan.out),
      recordings: plan.usesLlm ? recordings() : "",
      note: summary.note,
    });
    finish({ stage: plan.stage, status: "ran", seconds, note: summary.note });
  }
  for (const stage of STAGES.filter((name) => !config.stages.includes(name))) {
    outcomes.push({ stage, status: "skipped", seconds: 0, note: "not in this run's stages (configuration `stages`)" });
  }
  return outcomes;
}
