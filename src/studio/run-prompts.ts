/**
 * The prompts stage as a function: the variant × system × case matrix on the run's first
 * resumes, saved in `<run>/prompts/` (rows, configuration) with the latencies apart in
 * `<run>/timings/`. Systems: the labelled rules tailoring baseline and the configured teacher
 * through the run's LLM client (offline: recordings, else the rules baseline, labelled as such).
 */
import * as path from "node:path";
import { LlmClient } from "../llm/llm-client";
import { loadCases } from "../prompts/load-cases";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { comparePrompts, PromptRun, PromptSystem, savePromptRun } from "./compare-prompts";
import { fileVariant, PromptVariant } from "./prompt-variants";

export interface PromptsResult extends StageSummary {
  run: PromptRun;
  file: string;
}

export interface PromptsStageOptions {
  variants?: PromptVariant[];
  /** "rules" and/or "llm" (the configured teacher model through the run's client). */
  systems?: ("rules" | "llm")[];
  model?: string;
  resumes?: number;
  sections?: SectionName[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * A client that answers only from the rules baselines of `llm`: the rules system of a comparison.
 * It never calls out and never spends, so it costs nothing against the run's limits.
 */
export function rulesClient(llm: LlmClient): LlmClient {
  return new LlmClient({ ...llm.config, provider: "rules" }, { rules: llm.rules });
}

export async function runPrompts(config: WorkbenchConfig, dirs: Pick<RunDirs, "root" | "collect" | "preprocess" | "prompts">, deps: StageDeps, options: PromptsStageOptions = {}): Promise<PromptsResult> {
  const variants = options.variants ?? [fileVariant("files")];
  const cases = loadCases(dirs.preprocess, dirs.collect, { resumes: options.resumes ?? config.prompts.resumes, sections: options.sections ?? [...SECTION_NAMES] });
  const model = options.model ?? config.teacher.model;
  const rulesLlm = rulesClient(deps.llm);
  try {
    const systems: PromptSystem[] = (options.systems ?? ["rules", "llm"]).map((name) =>
      name === "rules" ? { name: "rules", model: "rules", llm: rulesLlm } : { name: model, model, llm: deps.llm });
    const run = await comparePrompts({ variants, systems, cases });
    const file = savePromptRun(run, dirs.prompts, path.join(dirs.root, "timings"));
    const failedCalls = run.rows.filter((row) => !row.ok).length;
    const note = `prompts compare: ${plural(run.rows.length, "row")} (${plural(variants.length, "variant")} × ${plural(systems.length, "system")} × ${plural(cases.length, "case")}` +
      `${failedCalls ? `, ${failedCalls} failed` : ""}) -> ${file}`;
    deps.log(note);
    return { run, file, note, failedCalls, modelCalls: run.rows.length, ...(failedCalls ? { failuresFile: file } : {}) };
  } finally {
    rulesLlm.close();
  }
}
