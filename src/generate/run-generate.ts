/**
 * The generate stage as a function: every (resume section, job) case of `<run>/preprocess/` sent
 * to the teacher through the run's LLM client, written to `<run>/generate/` (targets.jsonl,
 * failures.jsonl, report.json, generate.config.json). Resumable: finished cases are checkpointed
 * and every answer is in the response cache, so a rerun after a failure sends exactly the
 * requests that failed. With `batch`, unrecorded requests first go through OpenAI's Batch API.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { collectBatch, pendingBatches, submitBatch } from "../llm/batch";
import { describeLlmConfig } from "../llm/config";
import { LlmClient } from "../llm/llm-client";
import { llmProgress, terminalSink } from "../llm/progress-line";
import type { LlmRequest, SamplingParams } from "../llm/types";
import { loadCases } from "../prompts/load-cases";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { InputError } from "../util/input-error";
import { writeJson, writeJsonl } from "../util/jsonl";
import { countBy } from "../util/stats";
import { generateTargets, GenerateResult, teacherRequest } from "./generate-targets";
import { JsonResumeWriteResult, writeJsonResumes } from "./write-json-resumes";

export interface GenerateStageOptions {
  sections?: SectionName[];
  /** Send the unrecorded requests through the Batch API first (OpenAI only). */
  batch?: boolean;
  pollSeconds?: number;
}

export interface GenerateStageResult extends StageSummary {
  result: GenerateResult;
  targetsFile: string;
  /** With `generate.jsonResume`: the tailored resumes written (and any the schema refused). */
  jsonResumes: JsonResumeWriteResult | null;
}

/** Submits (or resumes) a Batch API job for the unrecorded requests and records its answers in the cache. */
async function runThroughBatch(
  llm: LlmClient,
  requests: LlmRequest[],
  pollSeconds: number,
  log: (line: string) => void,
): Promise<void> {
  if (llm.config.provider !== "openai")
    throw new InputError(`Batch needs the OpenAI API; the provider is ${llm.config.provider}`, {
      fix: `export ${llm.config.apiKeyEnv}=sk-...`,
    });
  const keys = new Set(requests.map((request) => llm.keyOf(request)));
  const pending = pendingBatches(llm).find((batch) => batch.keys.every((key) => keys.has(key)));
  const state = pending ?? (await submitBatch(llm, requests));
  if (!state) return log("generate: every request is already recorded; no batch needed");
  log(
    `generate: ${pending ? "resuming" : "submitted"} batch ${state.batchId} (${state.keys.length} requests); waiting for it (Ctrl-C is safe: run again to resume)`,
  );
  const result = await collectBatch(llm, state.batchId, requests, {
    pollIntervalMs: pollSeconds * 1000,
    onPoll: (batch) =>
      log(
        `generate: batch ${batch.id} ${batch.status} ${batch.request_counts?.completed ?? 0}/${batch.request_counts?.total ?? 0}`,
      ),
  });
  log(
    `generate: batch ${result.batchId} ${result.status}: ${result.recorded} answers recorded, ${result.failed.length} not (they are asked live next)`,
  );
}

export async function runGenerate(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "collect" | "preprocess" | "generate">,
  deps: StageDeps,
  options: GenerateStageOptions = {},
): Promise<GenerateStageResult> {
  const { llm, log } = deps;
  const sections = options.sections ?? [...SECTION_NAMES];
  const cases = loadCases(dirs.preprocess, dirs.collect, { sections, resumes: config.teacher.resumes ?? undefined });
  const model = config.teacher.model;
  const params: SamplingParams = { temperature: config.teacher.temperature };
  const requests = cases.map((entry) => teacherRequest(entry, model, params));
  const estimate = llm.estimate(requests);
  const live = llm.config.provider === "openai" || llm.config.provider === "openai-compatible";
  const worstCase =
    estimate.costUsd === null
      ? "an unknown amount (no price for this model)"
      : `at most $${estimate.costUsd.toFixed(2)}`;
  log(
    `generate: ${cases.length} cases with ${model} via ${llm.config.provider}; ${estimate.alreadyRecorded} already recorded; ` +
      (live
        ? `the rest cost ${worstCase}`
        : `offline, so unrecorded cases get the rules baseline at no cost (with a live teacher: ${worstCase})`) +
      (llm.config.budgetUsd === null ? "" : `; budget $${llm.config.budgetUsd}`),
  );
  if (options.batch) await runThroughBatch(llm, requests, options.pollSeconds ?? 30, log);

  const progress = llmProgress(cases.length, terminalSink("generate"));
  const checkpoint = path.join(dirs.generate, "checkpoint.jsonl");
  const result = await generateTargets(cases, { llm, model, params, checkpoint, onResult: progress.onResult });
  progress.finish();
  const targetsFile = path.join(dirs.generate, "targets.jsonl");
  const failuresFile = path.join(dirs.generate, "failures.jsonl");
  writeJsonl(targetsFile, result.targets);
  writeJsonl(failuresFile, result.failures);
  // Written before the report, so the report can say what was (and was not) written.
  const jsonResumes = config.generate.jsonResume
    ? writeJsonResumes(result.targets, path.join(dirs.generate, "json-resume"))
    : null;
  if (!config.generate.jsonResume) fs.rmSync(path.join(dirs.generate, "json-resume"), { recursive: true, force: true });
  if (jsonResumes?.invalid.length) {
    log(
      `generate: ${jsonResumes.invalid.length} tailored resume(s) not written as JSON Resume (schema errors in report.json, jsonResume.invalid)`,
    );
  }
  writeJson(path.join(dirs.generate, "report.json"), {
    cases: cases.length,
    targets: result.targets.length,
    failures: countBy(result.failures, (failure) => failure.kind),
    answeredBy: countBy(result.targets, (target) =>
      target.teacher.answeredBy === "rules"
        ? target.teacher.model
        : `${target.teacher.answeredBy}:${target.teacher.model}`,
    ),
    bySection: countBy(result.targets, (target) => target.section),
    costOfTargetsUsd: Math.round(result.targets.reduce((sum, target) => sum + (target.costUsd ?? 0), 0) * 1e6) / 1e6,
    jsonResume: jsonResumes ? { written: jsonResumes.written.length, invalid: jsonResumes.invalid } : null,
  });
  writeJson(path.join(dirs.generate, "generate.config.json"), {
    from: dirs.preprocess,
    out: dirs.generate,
    model,
    params,
    budgetUsd: llm.config.budgetUsd,
    sections,
    resumes: config.teacher.resumes,
    jsonResume: config.generate.jsonResume,
    llm: describeLlmConfig(llm.config),
  });
  // The checkpoint only matters while failures remain: a complete run removes it; an incomplete one keeps its finished cases.
  if (result.failures.length === 0) fs.rmSync(checkpoint, { force: true });
  const overBudget = result.failures.filter((failure) => failure.kind === "budget").length;
  if (overBudget)
    log(
      `generate: stopped at the budget cap; ${overBudget} of ${cases.length} cases were not asked (failures.jsonl, kind "budget"): raise llm.budgetUsd and run again to ask only those`,
    );
  const note =
    `generate: ${result.targets.length} targets, ${result.failures.length} failures${result.resumed ? `, ${result.resumed} resumed from a checkpoint` : ""}; ` +
    `${llm.spendLine()} -> ${path.join(dirs.generate, "")}`;
  log(note);
  return {
    result,
    targetsFile,
    jsonResumes,
    note,
    failedCalls: result.failures.length,
    modelCalls: cases.length,
    ...(result.failures.length ? { failuresFile } : {}),
  };
}
