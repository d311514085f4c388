/** `rpw generate`: teacher targets for every (resume, job, section) case, resumable and budget-capped. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { describeLlmConfig } from "../llm/config";
import { collectBatch, pendingBatches, submitBatch } from "../llm/batch";
import { createLlm, LlmClient } from "../llm/llm-client";
import type { LlmRequest } from "../llm/types";
import { llmProgress, terminalSink } from "../llm/progress-line";
import { DEFAULT_TEACHER_MODEL, DEFAULT_TEACHER_PARAMS, generateTargets, teacherRequest } from "../generate/generate-targets";
import { loadCases } from "../prompts/load-studio-inputs";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { writeJson, writeJsonl } from "../util/jsonl";
import { countBy } from "../util/stats";
import { DEFAULTS, projectPath } from "./paths";
import { UsageError } from "./usage-error";

export const GENERATE_HELP = `rpw generate — teacher targets: each resume section tailored to its paired job

Usage:
  rpw generate [--from <preprocess dir>] [--collect <dir>] [--out <dir>] [--model <name>] [--budget <usd>]
               [--resumes <n>] [--sections a,b] [--temperature <t>]

Options:
  --from <dir>        preprocess output (default: ${projectPath("data", "preprocess")})
  --collect <dir>     collect output, for the job ads (default: ${DEFAULTS.collectOut()})
  --out <dir>         output folder (default: ${projectPath("data", "generate")})
  --model <name>      the teacher (default: ${DEFAULT_TEACHER_MODEL}); the provider comes from the
                      environment: OPENAI_API_KEY, RPW_LLM_BASE_URL, or offline (recorded answers, else
                      the labelled rules tailoring baseline)
  --budget <usd>      stop making paid calls before this much is spent (finished targets are kept)
  --resumes <n>       only the first n resumes; --sections: only these sections
  --temperature <t>   sampling temperature (default ${DEFAULT_TEACHER_PARAMS.temperature}; the study used 0.7)
  --batch             send the unrecorded requests through OpenAI's Batch API (half price, within 24 h),
                      wait for it, record the answers, then build the targets from them; a batch
                      submitted earlier from this cache is resumed instead of submitted again
  --poll-seconds <s>  how often --batch checks the batch (default 30)

Writes <out>/targets.jsonl, failures.jsonl, report.json and generate.config.json. A killed run
started again skips what it finished (checkpoint + response cache): no paid call is repeated.`;

/** Submits (or resumes) a Batch API job for the unrecorded requests and records its answers in the cache. */
async function runThroughBatch(llm: LlmClient, requests: LlmRequest[], pollSeconds: number, log: (line: string) => void): Promise<void> {
  if (llm.config.provider !== "openai") throw new UsageError(`--batch needs the OpenAI API (export ${llm.config.apiKeyEnv}=sk-...); the provider is ${llm.config.provider}`);
  const keys = new Set(requests.map((request) => llm.keyOf(request)));
  const pending = pendingBatches(llm).find((batch) => batch.keys.every((key) => keys.has(key)));
  const state = pending ?? (await submitBatch(llm, requests));
  if (!state) return log("generate: every request is already recorded; no batch needed");
  log(`generate: ${pending ? "resuming" : "submitted"} batch ${state.batchId} (${state.keys.length} requests); waiting for it (Ctrl-C is safe: run again to resume)`);
  const result = await collectBatch(llm, state.batchId, requests, { pollIntervalMs: pollSeconds * 1000, onPoll: (batch) => log(`generate: batch ${batch.id} ${batch.status} ${batch.request_counts?.completed ?? 0}/${batch.request_counts?.total ?? 0}`) });
  log(`generate: batch ${result.batchId} ${result.status}: ${result.recorded} answers recorded, ${result.failed.length} not (they are asked live next)`);
}

export async function generateCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: "string" }, collect: { type: "string" }, out: { type: "string" }, model: { type: "string" }, budget: { type: "string" },
      resumes: { type: "string" }, sections: { type: "string" }, temperature: { type: "string" }, batch: { type: "boolean" }, "poll-seconds": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(GENERATE_HELP);
  const from = values.from ?? projectPath("data", "preprocess");
  const out = values.out ?? projectPath("data", "generate");
  const sections = (values.sections ? values.sections.split(",").map((s) => s.trim()) : [...SECTION_NAMES]) as SectionName[];
  const unknown = sections.filter((section) => !(SECTION_NAMES as readonly string[]).includes(section));
  if (unknown.length) throw new UsageError(`unknown section(s): ${unknown.join(", ")}`);
  const number = (value: string | undefined, name: string) => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < 0) throw new UsageError(`--${name} must be a non-negative number, got "${value}"`);
    return parsed;
  };
  const budgetUsd = number(values.budget, "budget");
  const temperature = number(values.temperature, "temperature");
  const resumes = number(values.resumes, "resumes");
  const cases = loadCases(from, values.collect ?? DEFAULTS.collectOut(), { sections, resumes });
  const model = values.model ?? DEFAULT_TEACHER_MODEL;
  const params = temperature === undefined ? DEFAULT_TEACHER_PARAMS : { temperature };
  const llm = createLlm(budgetUsd === undefined ? {} : { budgetUsd });
  try {
    const estimate = llm.estimate(cases.map((entry) => teacherRequest(entry, model, params)));
    const live = llm.config.provider === "openai" || llm.config.provider === "openai-compatible";
    const worstCase = estimate.costUsd === null ? "an unknown amount (no price for this model)" : `at most $${estimate.costUsd.toFixed(2)}`;
    log(`generate: ${cases.length} cases with ${model} via ${llm.config.provider}; ${estimate.alreadyRecorded} already recorded; ` +
      (live ? `the rest cost ${worstCase}` : `offline, so unrecorded cases get the rules baseline at no cost (with a live teacher: ${worstCase})`) +
      (budgetUsd === undefined ? "" : `; budget $${budgetUsd}`));
    if (values.batch) await runThroughBatch(llm, cases.map((entry) => teacherRequest(entry, model, params)), number(values["poll-seconds"], "poll-seconds") ?? 30, log);
    const progress = llmProgress(cases.length, terminalSink("generate"));
    const checkpoint = path.join(out, "checkpoint.jsonl");
    const result = await generateTargets(cases, { llm, model, params, checkpoint, onResult: progress.onResult });
    progress.finish();
    const stats = llm.stats();
    writeJsonl(path.join(out, "targets.jsonl"), result.targets);
    writeJsonl(path.join(out, "failures.jsonl"), result.failures);
    writeJson(path.join(out, "report.json"), {
      cases: cases.length,
      targets: result.targets.length,
      failures: countBy(result.failures, (failure) => failure.kind),
      answeredBy: countBy(result.targets, (target) => (target.teacher.answeredBy === "rules" ? target.teacher.model : `${target.teacher.answeredBy}:${target.teacher.model}`)),
      bySection: countBy(result.targets, (target) => target.section),
      costOfTargetsUsd: Math.round(result.targets.reduce((sum, target) => sum + (target.costUsd ?? 0), 0) * 1e6) / 1e6,
    });
    writeJson(path.join(out, "generate.config.json"), { from, out, model, params, budgetUsd: budgetUsd ?? null, sections, resumes: resumes ?? null, llm: describeLlmConfig(llm.config) });
    fs.rmSync(checkpoint, { force: true });
    log(`generate: ${result.targets.length} targets, ${result.failures.length} failures${result.resumed ? `, ${result.resumed} resumed from a checkpoint` : ""}; spent now $${stats.spentUsd.toFixed(4)} -> ${path.join(out, "")}`);
  } finally {
    llm.close();
  }
}
