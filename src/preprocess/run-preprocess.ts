/**
 * The preprocess stage as a function: `<run>/collect/` in, `<run>/preprocess/` out (job details,
 * persona-replaced resumes split into seven sections, rejects, report), the persona mapping in
 * `<run>/private/`. The run's LLM client answers the `llm` extractor; the `rules` extractor
 * makes no model call. Used by `npm start`, `rpw preprocess` and notebook 02.
 */
import * as path from "node:path";
import { Collection } from "../collect/collect";
import { loadCollection } from "../collect/load-collection";
import { describeLlmConfig } from "../llm/config";
import { llmProgress, terminalSink } from "../llm/progress-line";
import { loadPrompt } from "../prompts/prompt-library";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { DEFAULT_EXTRACTION_MODEL } from "./llm-extractors";
import { preprocess, PreprocessOutput, PreprocessReport, preprocessReport, writePreprocess } from "./preprocess-stage";

export interface PreprocessResult extends StageSummary {
  output: PreprocessOutput;
  report: PreprocessReport;
}

export interface PreprocessStageOptions {
  /** The extraction model (default DEFAULT_EXTRACTION_MODEL). */
  model?: string;
  /** The collection, when the caller holds it already (else read from `<run>/collect/`). */
  collection?: Collection;
  /** Where the original-to-persona mapping goes (default: `<run>/private/persona-mapping.jsonl`). */
  mappingFile?: string;
}

export async function runPreprocess(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "collect" | "preprocess" | "private">,
  deps: StageDeps,
  options: PreprocessStageOptions = {},
): Promise<PreprocessResult> {
  const collection = options.collection ?? loadCollection(dirs.collect);
  const { extractor, redact } = config.preprocess;
  const model = options.model ?? DEFAULT_EXTRACTION_MODEL;
  const progress = llmProgress(collection.postings.length + collection.resumes.length, terminalSink("preprocess"));
  const output = await preprocess(collection.postings, collection.resumes, {
    extractor,
    llm: extractor === "llm" ? deps.llm : undefined,
    model,
    personaSeed: String(config.seed),
    redact,
    onResult: progress.onResult,
  });
  progress.finish();
  const promptVersions: Record<string, string> =
    extractor === "llm"
      ? {
          "extract-job-details": loadPrompt("extract-job-details").version,
          "section-resume": loadPrompt("section-resume").version,
        }
      : {};
  const report = preprocessReport(output, { extractor }, promptVersions);
  const mapping = options.mappingFile ?? path.join(dirs.private, "persona-mapping.jsonl");
  writePreprocess(output, report, dirs.preprocess, mapping, {
    in: dirs.collect,
    out: dirs.preprocess,
    extractor,
    model: extractor === "llm" ? model : null,
    personaSeed: String(config.seed),
    redact,
    mapping,
    llm: extractor === "llm" ? describeLlmConfig(deps.llm.config) : null,
  });
  const failedCalls = extractor === "llm" ? output.rejects.filter((reject) => reject.kind === "failed").length : 0;
  const note =
    `preprocess: ${report.jobs.records} job details, ${report.resumes.records} sectioned resumes, ${output.rejects.length} failed ` +
    `(answered by ${Object.keys(report.answeredBy).join(", ") || "nothing"}; $${report.llm.spentUsd.toFixed(4)}) -> ${path.join(dirs.preprocess, "")}`;
  deps.log(note);
  return {
    output,
    report,
    note,
    failedCalls,
    modelCalls: extractor === "llm" ? collection.postings.length + collection.resumes.length : 0,
    ...(failedCalls ? { failuresFile: path.join(dirs.preprocess, "rejects.jsonl") } : {}),
  };
}
