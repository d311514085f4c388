/**
 * One resume tailored to one posting: sectioned and the job's details extracted the way the
 * preprocess stage does (its configured extractor; `rules` by default), then every non-empty
 * section sent through the one LLM client with the teacher's prompts (teacherRequest) — so
 * offline the labelled rules baseline answers (`rules:tailor-<section>`), and a configured model
 * answers otherwise. Each tailored section's claims are traced back to the resume (groundClaims).
 *
 * A failed call is data: that section is `failed` with its reason and keeps no output, the others
 * go on. Nothing is invented to fill it.
 */
import { GroundedClaim, groundClaims } from "../evaluate/grounding";
import { teacherRequest } from "../generate/generate-targets";
import { SectionAuthor, TailoredSections } from "../generate/tailored-json-resume";
import { LlmClient } from "../llm/llm-client";
import type { SamplingParams } from "../llm/types";
import type { PostingInput } from "../preprocess/extract-job-details";
import { ExtractorName, extractJobDetails, sectionResume } from "../preprocess/llm-extractors";
import { VERDICTS } from "../schemas/claims";
import { JobDetails } from "../schemas/job-details";
import { ResumeRecord } from "../schemas/resume";
import { ResumeSections, SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { ClaimCountsByVerdict, TailoredSectionRecord } from "../schemas/tailor";
import { InputError } from "../util/input-error";

export interface TailorOptions {
  llm: LlmClient;
  model: string;
  params?: SamplingParams;
  extractor?: ExtractorName;
}

export interface SectionResult {
  record: TailoredSectionRecord;
  original: ResumeSections[SectionName];
  output: unknown;
  /** The output as plain text: what the claims' spans point into. */
  outputText: string;
  claims: GroundedClaim[];
}

export interface TailorResult {
  resume: ResumeRecord;
  sections: ResumeSections;
  sectioner: string;
  sectionWarnings: string[];
  jobDetails: JobDetails;
  jobExtractor: string;
  jobWarnings: string[];
  results: SectionResult[];
  tailored: TailoredSections;
  authors: Partial<Record<SectionName, SectionAuthor>>;
}

export function countVerdicts(claims: readonly { verdict: string }[]): ClaimCountsByVerdict {
  return Object.fromEntries(VERDICTS.map((verdict) => [verdict, claims.filter((claim) => claim.verdict === verdict).length])) as ClaimCountsByVerdict;
}

const isEmpty = (value: ResumeSections[SectionName]) => value.text.trim() === "";

export async function tailorResume(resume: ResumeRecord, posting: PostingInput, options: TailorOptions): Promise<TailorResult> {
  const extractor = options.extractor ?? "rules";
  const extraction = { extractor, llm: options.llm, model: options.model, redact: false };
  const sectioned = await sectionResume({ id: resume.id, text: resume.text }, extraction);
  if (sectioned.ok === false) throw new InputError(`the resume could not be sectioned: ${sectioned.error.kind}: ${sectioned.error.message}`);
  const job = await extractJobDetails(posting, extraction);
  if (job.ok === false) throw new InputError(`the job's details could not be extracted: ${job.error.kind}: ${job.error.message}`);
  const sections = sectioned.value.sections;
  const params = options.params ?? { temperature: 0 };
  const results = await Promise.all(SECTION_NAMES.map(async (section): Promise<SectionResult> => {
    const original = sections[section];
    const none = { answeredBy: null, model: null, cached: false, promptVersions: null, error: null, claims: countVerdicts([]) };
    if (isEmpty(original)) return { record: { section, status: "empty", ...none }, original, output: null, outputText: "", claims: [] };
    const entry = { id: `${resume.id}|job|${section}`, resumeId: resume.id, jobId: "job", section, value: original, jobDetails: job.value, resumeText: resume.text, jobText: posting.description ?? "" };
    const request = teacherRequest(entry, options.model, params);
    const result = await options.llm.complete(request);
    const base = { section, answeredBy: result.answeredBy, model: result.model, cached: result.cached };
    if (!result.ok) {
      return { record: { ...none, ...base, status: "failed", error: `${result.error?.kind ?? "error"}: ${result.error?.message ?? ""}` }, original, output: null, outputText: "", claims: [] };
    }
    const report = groundClaims(result.output, resume.text, {
      input: { section: original, jobDetails: job.value }, job: posting.description ?? "", skillList: section === "skills",
    });
    return {
      record: { ...base, status: "tailored", promptVersions: result.answeredBy === "rules" ? null : request.promptVersions, error: null, claims: countVerdicts(report.claims) },
      original, output: result.output, outputText: report.outputText, claims: report.claims,
    };
  }));
  const tailored: TailoredSections = {};
  const authors: Partial<Record<SectionName, SectionAuthor>> = {};
  for (const result of results) {
    if (result.record.status !== "tailored") continue;
    (tailored as Record<string, unknown>)[result.record.section] = result.output;
    authors[result.record.section] = { answeredBy: result.record.answeredBy ?? "", model: result.record.model ?? "" };
  }
  return {
    resume, sections, sectioner: sectioned.provenance.model, sectionWarnings: sectioned.warnings, jobDetails: job.value,
    jobExtractor: job.provenance.model, jobWarnings: job.warnings, results, tailored, authors,
  };
}
