/**
 * The systems runner: every system's tailored section for every case, scored the same way.
 *
 * Systems: `identity` (the original section unchanged: the floor every tailoring must beat on
 * job alignment without losing personalization), `rules` (the labelled tailoring baseline), any
 * LLM system through the LLM layer (the teacher, or base and LoRA-tuned Llama served by vLLM as
 * `openai-compatible`, the adapter addressed by name), and `recorded` outputs read from a file
 * keyed by case. One record per (system, case) with the output, its provenance and its scores:
 * the better metrics and the study's UP/JA/Hall/ROUGE-Lsum both ways (on dumped JSON as the
 * study did, and on plain text). ROUGE-Lsum is against the teacher system's output, as the study
 * scored Llama against GPT-4o.
 * Claims are traced to the resume and then to what the model was given (the extracted section
 * and the job details), so inherited facts are input_only, not invented. A case whose section is
 * empty in the original is scored only for recorded systems that answered it: a teacher's
 * projects section is scored even when our sectioner found none (all its claims are then new),
 * while the baselines and models are not asked to fill an empty section.
 */
import { LlmClient } from "../llm/llm-client";
import type { SamplingParams } from "../llm/types";
import { buildSectionRequest } from "../prompts/prompt-library";
import { renderPrompt } from "../prompts/render-prompt";
import { SectionCase } from "../prompts/study-cases";
import { loadPrompt, sectionPromptName } from "../prompts/prompt-library";
import { tailorSectionRules } from "../generate/rules-tailor";
import { structuredPart } from "./plain-text";
import type { ClaimRecord } from "../schemas/claims";
import { claimRecords } from "./claim-records";
import { scoreSectionClaims } from "./section-scores";
import { computeStudyMetrics } from "./study-metrics";
import type { EvalRecord } from "../schemas/evaluation";

export type { EvalRecord };

export type EvalSystem =
  | { kind: "identity"; name: string }
  | { kind: "rules"; name: string }
  | { kind: "llm"; name: string; model: string; llm: LlmClient; params?: SamplingParams }
  | {
      kind: "recorded";
      name: string;
      outputs: ReadonlyMap<string, unknown>;
      source: string;
      rejects?: ReadonlyMap<string, string>;
    };

interface Produced {
  ok: boolean;
  output: unknown;
  error: string | null;
  provenance: EvalRecord["provenance"];
}

async function produce(system: EvalSystem, entry: SectionCase): Promise<Produced> {
  switch (system.kind) {
    case "identity":
      return {
        ok: true,
        output: structuredPart(entry.value),
        error: null,
        provenance: {
          kind: "identity",
          answeredBy: "identity",
          model: "original section",
          cached: false,
          costUsd: 0,
          source: null,
        },
      };
    case "rules":
      return {
        ok: true,
        output: tailorSectionRules({ section: entry.section, value: entry.value, jobDetails: entry.jobDetails }),
        error: null,
        provenance: {
          kind: "rules",
          answeredBy: "rules",
          model: `rules:tailor-${entry.section}`,
          cached: false,
          costUsd: 0,
          source: null,
        },
      };
    case "recorded": {
      const output = system.outputs.get(entry.id);
      const provenance = {
        kind: "recorded" as const,
        answeredBy: "recorded",
        model: system.name,
        cached: true,
        costUsd: null,
        source: system.source,
      };
      const rejected = system.rejects?.get(entry.id);
      if (rejected !== undefined)
        return { ok: false, output: null, error: `recorded output rejected: ${rejected}`, provenance };
      return output === undefined
        ? { ok: false, output: null, error: `no recorded output for ${entry.id} in ${system.source}`, provenance }
        : { ok: true, output, error: null, provenance };
    }
    case "llm": {
      const request = buildSectionRequest({
        section: entry.section,
        sectionValue: entry.value,
        jobDetails: entry.jobDetails,
        model: system.model,
        params: system.params ?? { temperature: 0 },
        rulesInput: { section: entry.section, value: entry.value, jobDetails: entry.jobDetails },
      });
      const result = await system.llm.complete(request);
      return {
        ok: result.ok,
        output: result.output,
        error: result.error ? `${result.error.kind}: ${result.error.message}` : null,
        provenance: {
          kind: "llm",
          answeredBy: result.answeredBy,
          model: result.model,
          cached: result.cached,
          costUsd: result.cached ? (result.recordedCostUsd ?? null) : result.costUsd,
          source: null,
        },
      };
    }
  }
}

function instructionsFor(section: SectionCase["section"]): string {
  return [
    ...renderPrompt(loadPrompt("master"), {}),
    ...renderPrompt(loadPrompt(sectionPromptName(section)), { section: "", job_details: "" }),
  ]
    .map((message) => message.content)
    .join("\n");
}

export interface EvaluateOptions {
  systems: EvalSystem[];
  cases: SectionCase[];
  /** The system whose outputs are the ROUGE reference (the study: GPT-4o). Null: no ROUGE. */
  teacher?: string | null;
  onRecord?: (record: EvalRecord) => void;
  /** Every claim of each scored output, in record order (for claims.jsonl). */
  onClaims?: (claims: ClaimRecord[]) => void;
}

/** Whether a system is run on a case: always, unless the original section is empty and the system is not a recorded one that answered it. */
function answers(system: EvalSystem, entry: SectionCase): boolean {
  const empty = typeof entry.value?.text === "string" && entry.value.text.trim() === "";
  return !empty || (system.kind === "recorded" && system.outputs.has(entry.id));
}

export async function evaluateSystems({
  systems,
  cases,
  teacher = null,
  onRecord,
  onClaims,
}: EvaluateOptions): Promise<EvalRecord[]> {
  const instructions = new Map<string, string>();
  const produced = await Promise.all(
    systems.map((system) =>
      Promise.all(cases.map((entry) => (answers(system, entry) ? produce(system, entry) : null))),
    ),
  );
  const teacherIndex = teacher === null ? -1 : systems.findIndex((system) => system.name === teacher);
  if (teacher !== null && teacherIndex < 0)
    throw new Error(
      `the teacher system "${teacher}" is not among the systems (${systems.map((s) => s.name).join(", ")})`,
    );
  const records: EvalRecord[] = [];
  systems.forEach((system, s) => {
    cases.forEach((entry, c) => {
      const result = produced[s][c];
      if (result === null) return;
      if (!instructions.has(entry.section)) instructions.set(entry.section, instructionsFor(entry.section));
      const teacherResult = teacherIndex >= 0 && teacherIndex !== s ? produced[teacherIndex][c] : null;
      const teacherOutput = teacherResult?.ok ? teacherResult.output : undefined;
      const scored = result.ok
        ? scoreSectionClaims({
            output: result.output,
            original: structuredPart(entry.value),
            resumeText: entry.resumeText,
            jobDetails: entry.jobDetails,
            jobText: entry.jobText,
            instructions: instructions.get(entry.section) as string,
            modelInput: { section: entry.value, jobDetails: entry.jobDetails },
            section: entry.section,
          })
        : null;
      if (scored)
        onClaims?.(claimRecords(scored.claims, { system: system.name, caseId: entry.id, section: entry.section }));
      const record: EvalRecord = {
        system: system.name,
        caseId: entry.id,
        resumeId: entry.resumeId,
        jobId: entry.jobId,
        section: entry.section,
        provenance: result.provenance,
        ok: result.ok,
        error: result.error,
        output: result.output,
        scores: scored?.scores ?? null,
        study: result.ok
          ? computeStudyMetrics({
              original: structuredPart(entry.value),
              output: result.output,
              jobDetails: entry.jobDetails,
              teacher: teacherOutput,
            })
          : null,
      };
      onRecord?.(record);
      records.push(record);
    });
  });
  return records;
}
