/**
 * Teacher targets: for each (resume, job, section) case, the section prompt rendered and sent to
 * the teacher (the study used GPT-4o), the answer validated against the section's schema.
 *
 * Resumable at two levels. Every answer is in the response cache the moment it arrives, so a
 * rerun never pays twice for a request; and every finished case is appended to a checkpoint file
 * (one line, flushed), so a killed run skips the cases it finished even with a read-only cache.
 * Failures (a failed call, a schema failure, the budget cap) are recorded per case with their
 * reason and retried on the next run. The checkpoint names its teacher (teacher-checkpoint.ts): a
 * resume with another provider, base URL, model, temperature or prompt version is refused, so one
 * targets file never mixes teachers. Offline the teacher is recorded responses, else the
 * labelled `rules` tailoring baseline.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { LlmClient } from "../llm/llm-client";
import type { LlmResult, SamplingParams } from "../llm/types";
import { buildSectionRequest } from "../prompts/prompt-library";
import { SectionCase } from "../prompts/study-cases";
import { TargetFailure, TargetRecord } from "../schemas/target";
import { CheckpointLine, checkSameTeacher, readCheckpoint, TeacherIdentity } from "./teacher-checkpoint";

export const DEFAULT_TEACHER_MODEL = "gpt-4o-2024-08-06";
/** The study sampled its targets at temperature 0.7; we default to 0 so a rerun without cache asks the same question. */
export const DEFAULT_TEACHER_PARAMS: SamplingParams = { temperature: 0 };

export interface GenerateOptions {
  llm: LlmClient;
  model?: string;
  params?: SamplingParams;
  /** Checkpoint file; finished cases found in it are not asked again. */
  checkpoint?: string;
  onResult?: (result: Pick<LlmResult, "ok" | "cached" | "costUsd">) => void;
}

export interface GenerateResult {
  targets: TargetRecord[];
  failures: TargetFailure[];
  /** Cases taken from the checkpoint instead of asked. */
  resumed: number;
}

export function teacherRequest(entry: SectionCase, model: string, params: SamplingParams) {
  return buildSectionRequest({
    section: entry.section,
    sectionValue: entry.value,
    jobDetails: entry.jobDetails,
    model,
    params,
    rulesInput: { section: entry.section, value: entry.value, jobDetails: entry.jobDetails },
  });
}

/** Who answers these cases: the provider and URL, the model, its parameters and the prompt versions. */
export function teacherIdentity(
  llm: LlmClient,
  cases: readonly SectionCase[],
  model: string,
  params: SamplingParams,
): TeacherIdentity {
  const sections: Record<string, string> = {};
  let master: string | null = null;
  for (const entry of cases) {
    if (sections[entry.section] !== undefined) continue;
    const versions = teacherRequest(entry, model, params).promptVersions;
    sections[entry.section] = versions.section;
    master = versions.master;
  }
  return {
    provider: llm.config.provider,
    baseUrl: llm.recordedBaseUrl(),
    model,
    params: { ...params },
    prompts: { master, sections },
  };
}

export async function generateTargets(
  cases: readonly SectionCase[],
  options: GenerateOptions,
): Promise<GenerateResult> {
  const model = options.model ?? DEFAULT_TEACHER_MODEL;
  const params = options.params ?? DEFAULT_TEACHER_PARAMS;
  const checkpoint = readCheckpoint(options.checkpoint);
  const identity = teacherIdentity(options.llm, cases, model, params);
  if (options.checkpoint && checkpoint.started) checkSameTeacher(options.checkpoint, checkpoint, identity);
  const done = checkpoint.done;
  let descriptor: number | null = null;
  if (options.checkpoint) {
    fs.mkdirSync(path.dirname(options.checkpoint), { recursive: true });
    descriptor = fs.openSync(options.checkpoint, "a");
  }
  const append = (line: CheckpointLine) => {
    if (descriptor === null) return;
    fs.writeSync(descriptor, `${JSON.stringify(line)}\n`);
    fs.fsyncSync(descriptor);
  };
  try {
    if (!checkpoint.started) append({ teacher: identity });
    const outcomes = await Promise.all(
      cases.map(async (entry): Promise<{ target?: TargetRecord; failure?: TargetFailure; resumed: boolean }> => {
        const previous = done.get(entry.id);
        if (previous) return { target: previous, resumed: true };
        const request = teacherRequest(entry, model, params);
        const result = await options.llm.complete(request);
        options.onResult?.(result);
        if (result.ok === false) {
          const failure: TargetFailure = {
            caseId: entry.id,
            section: entry.section,
            kind: result.error?.kind ?? "unknown",
            reason: result.error?.message ?? "",
          };
          append({ failure });
          return { failure, resumed: false };
        }
        const target = TargetRecord.parse({
          caseId: entry.id,
          resumeId: entry.resumeId,
          jobId: entry.jobId,
          section: entry.section,
          input: { section: entry.value, jobDetails: entry.jobDetails },
          target: result.output,
          teacher: {
            answeredBy: result.answeredBy,
            model: result.model,
            promptVersions: result.answeredBy === "rules" ? null : request.promptVersions,
            source: "generated",
          },
          costUsd: result.cached ? (result.recordedCostUsd ?? null) : result.costUsd,
        });
        append({ target });
        return { target, resumed: false };
      }),
    );
    return {
      targets: outcomes.flatMap((outcome) => (outcome.target ? [outcome.target] : [])),
      failures: outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : [])),
      resumed: outcomes.filter((outcome) => outcome.resumed).length,
    };
  } finally {
    if (descriptor !== null) fs.closeSync(descriptor);
  }
}
