/**
 * Job-details extraction and resume sectioning behind one function each, with two extractors:
 * `rules` (deterministic, src/preprocess/*) and `llm` (a prompt file + structured output through
 * the LLM layer, temperature 0, cached). With the offline default the `llm` extractor answers
 * from recordings and falls back to the registered rules baseline — labelled `rules` in every
 * output, never passed off as a model.
 *
 * With `redact`, contact details are replaced by typed placeholders before any text goes to a
 * remote model (redaction happens in the prompt only; outputs keep the source ids).
 */
import { LlmClient } from "../llm/llm-client";
import { RulesEntry, rulesEntry } from "../llm/rules-registry";
import { AnsweredBy, LlmError, LlmRequest } from "../llm/types";
import { loadPrompt } from "../prompts/prompt-library";
import { renderPrompt } from "../prompts/render-prompt";
import type { ZodType } from "zod";
import { JobDetails } from "../schemas/job-details";
import { ResumeSections, SectionedResume } from "../schemas/resume-sections";
import { extractJobDetailsRules, PostingInput } from "./extract-job-details";
import { redactForRemote } from "./pii";
import { sectionResumeRules } from "./section-resume";

export const EXTRACT_PURPOSE = "extract-job-details";
export const SECTION_PURPOSE = "section-resume";
/** Bumped when the rules of either baseline change, so outputs say which rules made them. */
export const RULES_VERSION = "1";

/** The rules baselines of extraction and sectioning (composed into a client by src/baselines). */
export function preprocessRulesEntries(): RulesEntry[] {
  return [
    rulesEntry(EXTRACT_PURPOSE, {
      version: RULES_VERSION,
      run: (posting: PostingInput) => extractJobDetailsRules(posting).details,
    }),
    rulesEntry(SECTION_PURPOSE, {
      version: RULES_VERSION,
      run: (resume: { id: string; text: string }) => sectionResumeRules(resume).sections,
    }),
  ];
}

export type ExtractorName = "rules" | "llm";

export interface Provenance {
  /** Who produced the result: `rules`, or the model provider (possibly from a recording). */
  answeredBy: AnsweredBy;
  model: string;
  /** The prompt file's version (null for the rules extractor). */
  promptVersion: string | null;
  cached: boolean;
  costUsd: number;
}

export type Extraction<T> =
  | { ok: true; value: T; warnings: string[]; provenance: Provenance }
  | { ok: false; error: LlmError; provenance: Provenance };

export interface ExtractorOptions {
  extractor: ExtractorName;
  llm?: LlmClient;
  model?: string;
  redact?: boolean;
}

const RULES_PROVENANCE = (purpose: string): Provenance => ({
  answeredBy: "rules",
  model: `rules:${purpose}@${RULES_VERSION}`,
  promptVersion: null,
  cached: false,
  costUsd: 0,
});
export const DEFAULT_EXTRACTION_MODEL = "gpt-4o-2024-08-06";

/** The posting as the model reads it: JobSpy's typed title, company and location, then the ad. */
function postingText(posting: PostingInput): string {
  const lines = [
    posting.title ? `Title: ${posting.title}` : null,
    posting.company ? `Company: ${posting.company}` : null,
    posting.location ? `Location: ${posting.location.text}` : null,
    posting.description,
  ];
  return lines.filter((line): line is string => line !== null).join("\n");
}

/** The LLM request of one extraction (also used to estimate a run's cost before making it). */
function extractionRequest<T>(
  purpose: string,
  promptName: string,
  variable: string,
  text: string,
  rulesInput: unknown,
  schemaName: string,
  schema: ZodType<T>,
  options: Pick<ExtractorOptions, "model" | "redact">,
): { request: LlmRequest<T>; promptVersion: string } {
  const prompt = loadPrompt(promptName);
  const input = options.redact ? redactForRemote(text).text : text;
  return {
    promptVersion: prompt.version,
    request: {
      messages: renderPrompt(prompt, { [variable]: input }),
      model: options.model ?? DEFAULT_EXTRACTION_MODEL,
      params: { temperature: 0 },
      schema: { name: schemaName, schema },
      purpose,
      rulesInput,
    },
  };
}

/** The job-details request for a posting, without sending it. */
export function jobDetailsRequest(posting: PostingInput, options: Pick<ExtractorOptions, "model" | "redact"> = {}) {
  return extractionRequest(
    EXTRACT_PURPOSE,
    "extract-job-details",
    "posting",
    postingText(posting),
    posting,
    "JobDetails",
    JobDetails,
    options,
  );
}

/** The sectioning request for a resume, without sending it. */
export function sectionsRequest(
  resume: { id: string; text: string },
  options: Pick<ExtractorOptions, "model" | "redact"> = {},
) {
  return extractionRequest(
    SECTION_PURPOSE,
    "section-resume",
    "resume",
    resume.text,
    resume,
    "ResumeSections",
    ResumeSections,
    options,
  );
}

/** Sends one extraction request; the provenance says who answered and what it cost. */
async function viaLlm<T>(
  { request, promptVersion }: { request: LlmRequest<T>; promptVersion: string },
  options: ExtractorOptions,
): Promise<Extraction<T>> {
  if (!options.llm) throw new Error("the llm extractor needs an LLM client (createLlm())");
  const result = await options.llm.complete(request);
  const provenance: Provenance = {
    answeredBy: result.answeredBy,
    model: result.model,
    cached: result.cached,
    costUsd: result.costUsd ?? 0,
    promptVersion: result.answeredBy === "rules" ? null : promptVersion,
  };
  if (result.ok === false) return { ok: false, error: result.error as LlmError, provenance };
  return { ok: true, value: result.output as T, warnings: [], provenance };
}

/** Structured job details from a posting, by the chosen extractor. */
export async function extractJobDetails(
  posting: PostingInput,
  options: ExtractorOptions,
): Promise<Extraction<JobDetails>> {
  if (options.extractor === "rules") {
    const { details, warnings } = extractJobDetailsRules(posting);
    return { ok: true, value: details, warnings, provenance: RULES_PROVENANCE(EXTRACT_PURPOSE) };
  }
  const result = await viaLlm(jobDetailsRequest(posting, options), options);
  if (result.ok && result.provenance.answeredBy === "rules")
    result.warnings.push(...extractJobDetailsRules(posting).warnings);
  return result;
}

/** The seven sections of a resume, by the chosen sectioner (rules also give character spans). */
export async function sectionResume(
  resume: { id: string; text: string },
  options: ExtractorOptions,
): Promise<Extraction<SectionedResume>> {
  const rules = sectionResumeRules(resume);
  if (options.extractor === "rules")
    return { ok: true, value: rules, warnings: rules.warnings, provenance: RULES_PROVENANCE(SECTION_PURPOSE) };
  const result = await viaLlm(sectionsRequest(resume, options), options);
  if (result.ok === false) return result;
  if (result.provenance.answeredBy === "rules") return { ...result, value: rules, warnings: rules.warnings };
  // A model returns sections, not character offsets: spans stay empty and the coverage check says how much it kept.
  const value: SectionedResume = {
    resumeId: resume.id,
    sections: result.value as unknown as ResumeSections,
    spans: [],
    warnings: ["sectioned by a model: no character spans"],
  };
  return { ...result, value, warnings: value.warnings };
}
