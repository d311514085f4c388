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
import { sectionResumeRules } from "../preprocess/section-resume";
import { VERDICTS } from "../schemas/claims";
import { JobDetails } from "../schemas/job-details";
import { ResumeRecord } from "../schemas/resume";
import { ResumeSections, SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { ClaimCountsByVerdict, TailoredSectionRecord } from "../schemas/tailor";
import { InputError } from "../util/input-error";
import { redactForRemote } from "../preprocess/pii";

export interface TailorOptions {
  llm: LlmClient;
  model: string;
  params?: SamplingParams;
  extractor?: ExtractorName;
  /**
   * Send placeholders instead of the contact details (preprocess.redact, default true). Contact
   * details are copied, never tailored: whatever answers, the output gets the resume's own back.
   */
  redact?: boolean;
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
  const count = (verdict: string) => claims.filter((claim) => claim.verdict === verdict).length;
  return Object.fromEntries(VERDICTS.map((verdict) => [verdict, count(verdict)])) as ClaimCountsByVerdict;
}

type PersonalInformationSection = ResumeSections["personal_information"];
const CONTACT_FIELDS = ["name", "email", "phone", "location", "links"] as const;

/** The section as a remote model may see it: e-mail, phone, links and name as placeholders. */
export function redactContacts(value: PersonalInformationSection): PersonalInformationSection {
  const placeholder = (field: string | null, kind: string) => (field ? `[${kind}]` : null);
  // The finder catches e-mails, phones and links in the text; the fields' own values (the name too) go as well.
  const details = [value.name, value.email, value.phone, ...value.links].filter((detail): detail is string =>
    Boolean(detail),
  );
  const text = details.reduce(
    (redacted, detail) => redacted.split(detail).join("[REDACTED]"),
    redactForRemote(value.text).text,
  );
  return {
    ...value,
    name: placeholder(value.name, "NAME"),
    email: placeholder(value.email, "EMAIL"),
    phone: placeholder(value.phone, "PHONE"),
    links: value.links.map(() => "[URL]"),
    text,
  };
}

/** The output with the resume's own contact details (the model saw placeholders, or may have changed them). */
function withOwnContacts(output: unknown, original: PersonalInformationSection): unknown {
  const own = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, original[field]]));
  return { ...(output as object), ...own };
}

const NOTHING = {
  answeredBy: null,
  model: null,
  cached: false,
  promptVersions: null,
  error: null,
  claims: countVerdicts([]),
};

/** One section through the client: tailored (with its claims traced), failed (with why) or empty. */
async function tailorSection(
  section: SectionName,
  resume: ResumeRecord,
  sections: ResumeSections,
  jobDetails: JobDetails,
  jobText: string,
  options: TailorOptions,
): Promise<SectionResult> {
  const original = sections[section];
  const empty = { original, output: null, outputText: "", claims: [] };
  if (original.text.trim() === "") return { record: { section, status: "empty", ...NOTHING }, ...empty };
  const personal = section === "personal_information";
  const redact = personal && options.redact !== false;
  const value = redact ? redactContacts(original as PersonalInformationSection) : original;
  const entry = {
    id: `${resume.id}|job|${section}`,
    resumeId: resume.id,
    jobId: "job",
    section,
    value,
    jobDetails,
    resumeText: resume.text,
    jobText,
  };
  const request = teacherRequest(entry, options.model, options.params ?? { temperature: 0 });
  const result = await options.llm.complete(request);
  const base = { section, answeredBy: result.answeredBy, model: result.model, cached: result.cached };
  if (result.ok === false) {
    const error = `${result.error?.kind ?? "error"}: ${result.error?.message ?? ""}`;
    return { record: { ...NOTHING, ...base, status: "failed", error }, ...empty };
  }
  const output = personal ? withOwnContacts(result.output, original as PersonalInformationSection) : result.output;
  // The model's input besides the resume is the section (from the resume) and the job details:
  // a claim only they state is input_only, a claim nothing states is unsupported.
  const report = groundClaims(output, resume.text, {
    input: { section: original, jobDetails },
    job: jobText,
    skillList: section === "skills",
  });
  const promptVersions = result.answeredBy === "rules" ? null : request.promptVersions;
  return {
    record: { ...base, status: "tailored", promptVersions, error: null, claims: countVerdicts(report.claims) },
    original,
    output,
    outputText: report.outputText,
    claims: report.claims,
  };
}

export async function tailorResume(
  resume: ResumeRecord,
  posting: PostingInput,
  options: TailorOptions,
): Promise<TailorResult> {
  const extractor = options.extractor ?? "rules";
  const extraction = { extractor, llm: options.llm, model: options.model, redact: options.redact !== false };
  const sectioned = await sectionResume({ id: resume.id, text: resume.text }, extraction);
  if (sectioned.ok === false) {
    throw new InputError(`the resume could not be sectioned: ${sectioned.error.kind}: ${sectioned.error.message}`);
  }
  let sections = sectioned.value.sections;
  if (extractor === "llm") {
    // A model sectioned the resume (with placeholders, under redact): the contact details are the
    // ones the rules read from the resume itself.
    const own = sectionResumeRules(resume).sections.personal_information;
    const contacts = Object.fromEntries(CONTACT_FIELDS.map((field) => [field, own[field]]));
    sections = { ...sections, personal_information: { ...sections.personal_information, ...contacts } };
  }
  const job = await extractJobDetails(posting, extraction);
  if (job.ok === false) {
    throw new InputError(`the job's details could not be extracted: ${job.error.kind}: ${job.error.message}`);
  }
  const jobText = posting.description ?? "";
  const results = await Promise.all(
    SECTION_NAMES.map((section) => tailorSection(section, resume, sections, job.value, jobText, options)),
  );
  const tailored: TailoredSections = {};
  const authors: Partial<Record<SectionName, SectionAuthor>> = {};
  for (const { record, output } of results) {
    if (record.status !== "tailored") continue;
    (tailored as Record<string, unknown>)[record.section] = output;
    authors[record.section] = { answeredBy: record.answeredBy ?? "", model: record.model ?? "" };
  }
  return {
    resume,
    sections,
    sectioner: sectioned.provenance.model,
    sectionWarnings: sectioned.warnings,
    jobDetails: job.value,
    jobExtractor: job.provenance.model,
    jobWarnings: job.warnings,
    results,
    tailored,
    authors,
  };
}
