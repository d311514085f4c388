/**
 * The variant matrix: every prompt variant × system × case through the LLM layer (so every
 * distinct request is made once and then replayed), each output scored with the evaluation
 * metrics, one row per combination.
 *
 * A run is saved as `runs/<run>/prompts/<comparison>.jsonl` (rows, deterministic: a rerun from the cache
 * is byte-identical), `<run>.config.json` (variants with prompt versions, systems with their
 * resolved LLM configuration, cases) and `<run>.timings.jsonl` (latency and cache hits, which
 * differ on every run by nature). The run id is a hash of the matrix, so the same matrix
 * overwrites its own files and a changed prompt gives a new run.
 */
import * as path from "node:path";
import { describeLlmConfig } from "../llm/config";
import { LlmClient } from "../llm/llm-client";
import { canonicalJson, sha256Hex } from "../llm/request-key";
import type { SamplingParams } from "../llm/types";
import { structuredPart } from "../evaluate/plain-text";
import { scoreSection } from "../evaluate/section-scores";
import type { PromptRunRow } from "../schemas/evaluation";
import { writeJson, writeJsonl } from "../util/jsonl";
import { buildSectionRequest } from "../prompts/prompt-library";
import { PromptVariant } from "./prompt-variants";
import { renderPrompt } from "../prompts/render-prompt";
import { SectionCase } from "../prompts/study-cases";

export interface PromptSystem {
  name: string;
  model: string;
  llm: LlmClient;
  params?: SamplingParams;
}

export type { PromptRunRow };

export interface PromptRunTiming {
  variant: string;
  system: string;
  caseId: string;
  latencyMs: number;
  cached: boolean;
}

export interface PromptRun {
  id: string;
  rows: PromptRunRow[];
  timings: PromptRunTiming[];
  config: Record<string, unknown>;
}

export const DEFAULT_TAILOR_PARAMS: SamplingParams = { temperature: 0 };

export function runId(
  variants: readonly PromptVariant[],
  systems: readonly PromptSystem[],
  cases: readonly SectionCase[],
): string {
  return sha256Hex(
    canonicalJson({
      variants: variants.map((variant) => ({
        name: variant.name,
        master: variant.master.version,
        sections: Object.fromEntries(
          Object.entries(variant.sections).map(([name, template]) => [name, template.version]),
        ),
      })),
      systems: systems.map((system) => ({
        name: system.name,
        model: system.model,
        params: system.params ?? DEFAULT_TAILOR_PARAMS,
      })),
      cases: cases.map((entry) => entry.id),
    }),
  ).slice(0, 10);
}

/** The instruction text of a variant's prompt for a section (no section data, no job ad). */
export function instructionsOf(variant: PromptVariant, section: SectionCase["section"]): string {
  return [
    ...renderPrompt(variant.master, {}),
    ...renderPrompt(variant.sections[section], { section: "", job_details: "" }),
  ]
    .map((message) => message.content)
    .join("\n");
}

export async function comparePrompts({
  variants,
  systems,
  cases,
}: {
  variants: PromptVariant[];
  systems: PromptSystem[];
  cases: SectionCase[];
}): Promise<PromptRun> {
  const id = runId(variants, systems, cases);
  const jobs = variants.flatMap((variant) =>
    systems.flatMap((system) => cases.map((entry) => ({ variant, system, entry }))),
  );
  const results = await Promise.all(
    jobs.map(async ({ variant, system, entry }) => {
      const request = buildSectionRequest({
        section: entry.section,
        sectionValue: entry.value,
        jobDetails: entry.jobDetails,
        model: system.model,
        params: system.params ?? DEFAULT_TAILOR_PARAMS,
        master: variant.master,
        sectionPrompt: variant.sections[entry.section],
        rulesInput: { section: entry.section, value: entry.value, jobDetails: entry.jobDetails },
      });
      const result = await system.llm.complete(request);
      const scores = result.ok
        ? scoreSection({
            output: result.output,
            original: structuredPart(entry.value),
            resumeText: entry.resumeText,
            jobDetails: entry.jobDetails,
            jobText: entry.jobText,
            instructions: instructionsOf(variant, entry.section),
            // The same model input and section reading as the evaluation (evaluate-systems.ts), so the numbers agree.
            modelInput: { section: entry.value, jobDetails: entry.jobDetails },
            section: entry.section,
          })
        : null;
      const row: PromptRunRow = {
        run: id,
        variant: variant.name,
        system: system.name,
        caseId: entry.id,
        section: entry.section,
        promptVersions: request.promptVersions,
        answeredBy: result.answeredBy,
        model: result.model,
        key: result.key,
        ok: result.ok,
        error: result.error ? { kind: result.error.kind, message: result.error.message } : null,
        output: result.output,
        usage: result.usage,
        costUsd: result.cached ? (result.recordedCostUsd ?? null) : result.costUsd,
        scores,
      };
      const timing: PromptRunTiming = {
        variant: variant.name,
        system: system.name,
        caseId: entry.id,
        latencyMs: result.latencyMs,
        cached: result.cached,
      };
      return { row, timing };
    }),
  );
  return {
    id,
    rows: results.map((result) => result.row),
    timings: results.map((result) => result.timing),
    config: {
      run: id,
      variants: variants.map((variant) => ({
        name: variant.name,
        master: { file: variant.master.file, version: variant.master.version },
        sections: Object.fromEntries(
          Object.entries(variant.sections).map(([name, template]) => [
            name,
            { file: template.file, version: template.version },
          ]),
        ),
      })),
      systems: systems.map((system) => ({
        name: system.name,
        model: system.model,
        params: system.params ?? DEFAULT_TAILOR_PARAMS,
        llm: describeLlmConfig(system.llm.config),
      })),
      cases: cases.map((entry) => entry.id),
    },
  };
}

/** Saves a run; timings (which differ on every run) may go to another folder so `dir` stays reproducible. */
export function savePromptRun(run: PromptRun, dir: string, timingsDir = dir, now = new Date()): string {
  const file = path.join(dir, `${run.id}.jsonl`);
  writeJsonl(file, run.rows);
  writeJsonl(path.join(timingsDir, `${run.id}.timings.jsonl`), run.timings);
  // When it was saved, for the dated leaderboard: kept with the timings, outside the files that must rerun byte for byte.
  writeJson(path.join(timingsDir, `${run.id}.saved.json`), { savedAt: now.toISOString() });
  writeJson(path.join(dir, `${run.id}.config.json`), run.config);
  return file;
}
