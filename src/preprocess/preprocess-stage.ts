/**
 * The preprocess stage: collected postings → job details; collected resumes → seeded persona
 * (contact details replaced) → seven sections. Pure over its inputs and the injected LLM client;
 * `writePreprocess` does the I/O. Records keep their source ids; every posting and resume ends up
 * as a record or a `failed` reject with the reason, in input order.
 */
import * as path from "node:path";
import { JobPosting } from "../schemas/job";
import { JobDetails } from "../schemas/job-details";
import { JobDetailsRecord, ResumeSectionsRecord } from "../schemas/preprocess";
import { RejectRecord } from "../schemas/reject";
import { ResumeRecord } from "../schemas/resume";
import { SECTION_NAMES } from "../schemas/resume-sections";
import { LlmClient } from "../llm/llm-client";
import { writeFileAtomic, writeJson, writeJsonl } from "../util/jsonl";
import { countBy, summarize } from "../util/stats";
import { extractJobDetails, ExtractorName, sectionResume } from "./llm-extractors";
import { applyPersona } from "./persona";
import { sectionCoverage } from "./resume-coverage";

export interface PreprocessOptions {
  extractor: ExtractorName;
  llm?: LlmClient;
  model?: string;
  personaSeed: string;
  redact: boolean;
  /** Called once per posting and resume, as each finishes (for a progress line). */
  onResult?: (outcome: { ok: boolean; cached: boolean; costUsd: number | null }) => void;
}

export interface PreprocessOutput {
  jobs: JobDetailsRecord[];
  resumes: ResumeSectionsRecord[];
  rejects: RejectRecord[];
  /** Original contact detail → replacement, per resume: personal data, written apart from the outputs. */
  personaMappings: { resumeId: string; mapping: unknown[] }[];
}

function failed(input: "job" | "resume", source: RejectRecord["source"], reason: string): RejectRecord {
  return RejectRecord.parse({ kind: "failed", input, source, field: null, reason, excerpt: null, duplicateOf: null });
}

export async function preprocess(
  postings: readonly JobPosting[],
  resumes: readonly ResumeRecord[],
  options: PreprocessOptions,
): Promise<PreprocessOutput> {
  const tick = (result: { ok: boolean; provenance: { cached: boolean; costUsd: number } }) =>
    options.onResult?.({ ok: result.ok, cached: result.provenance.cached, costUsd: result.provenance.costUsd });
  const output: PreprocessOutput = { jobs: [], resumes: [], rejects: [], personaMappings: [] };
  const jobResults = await Promise.all(
    postings.map(async (posting) => {
      const result = await extractJobDetails(posting, options);
      tick(result);
      return { posting, result };
    }),
  );
  for (const { posting, result } of jobResults) {
    if (result.ok === false)
      output.rejects.push(
        failed("job", posting.source, `job details for ${posting.id}: ${result.error.kind}: ${result.error.message}`),
      );
    else
      output.jobs.push(
        JobDetailsRecord.parse({
          jobId: posting.id,
          source: posting.source,
          provenance: result.provenance,
          details: result.value,
          warnings: result.warnings,
        }),
      );
  }
  const resumeResults = await Promise.all(
    resumes.map(async (resume) => {
      const persona = applyPersona(resume.text, options.personaSeed, resume.id);
      const result = await sectionResume({ id: resume.id, text: persona.text }, options);
      tick(result);
      return { resume, persona, result };
    }),
  );
  for (const { resume, persona, result } of resumeResults) {
    output.personaMappings.push({ resumeId: resume.id, mapping: persona.mapping });
    if (result.ok === false) {
      output.rejects.push(
        failed("resume", resume.source, `sections for ${resume.id}: ${result.error.kind}: ${result.error.message}`),
      );
      continue;
    }
    output.resumes.push(
      ResumeSectionsRecord.parse({
        resumeId: resume.id,
        source: resume.source,
        persona: persona.persona,
        replacedContactDetails: persona.mapping.length,
        text: persona.text,
        provenance: result.provenance,
        sections: result.value.sections,
        spans: result.value.spans,
        coverage: sectionCoverage(persona.text, result.value.sections),
        warnings: result.warnings,
      }),
    );
  }
  return output;
}

/** Whether a job-details field says something (non-null, non-empty). */
function filled(value: unknown): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value as object).some(filled);
  return value !== "";
}

export function preprocessReport(
  output: PreprocessOutput,
  options: Pick<PreprocessOptions, "extractor">,
  promptVersions: Record<string, string>,
) {
  const fields = Object.keys(output.jobs[0]?.details ?? {}) as (keyof JobDetails)[];
  const share = (n: number, of: number) => (of ? Math.round((10000 * n) / of) / 10000 : 0);
  const allProvenance = [
    ...output.jobs.map((job) => job.provenance),
    ...output.resumes.map((resume) => resume.provenance),
  ];
  return {
    extractor: options.extractor,
    answeredBy: countBy(allProvenance, (provenance) =>
      provenance.answeredBy === "rules" ? provenance.model : `${provenance.answeredBy}:${provenance.model}`,
    ),
    promptVersions,
    jobs: {
      records: output.jobs.length,
      failed: output.rejects.filter((reject) => reject.input === "job").length,
      fieldFilled: Object.fromEntries(
        fields.map((field) => [
          field,
          share(output.jobs.filter((job) => filled(job.details[field])).length, output.jobs.length),
        ]),
      ),
      withWarnings: output.jobs.filter((job) => job.warnings.length > 0).length,
    },
    resumes: {
      records: output.resumes.length,
      failed: output.rejects.filter((reject) => reject.input === "resume").length,
      sectionFound: Object.fromEntries(
        SECTION_NAMES.map((section) => [
          section,
          share(
            output.resumes.filter((resume) => resume.sections[section].text.trim() !== "").length,
            output.resumes.length,
          ),
        ]),
      ),
      coverage: summarize(output.resumes.map((resume) => resume.coverage)),
      contactDetailsReplaced: output.resumes.reduce((sum, resume) => sum + resume.replacedContactDetails, 0),
      withWarnings: output.resumes.filter((resume) => resume.warnings.length > 0).length,
    },
    llm: {
      spentUsd: allProvenance.reduce((sum, provenance) => sum + provenance.costUsd, 0),
      cachedAnswers: allProvenance.filter((provenance) => provenance.cached).length,
    },
  };
}

export type PreprocessReport = ReturnType<typeof preprocessReport>;

/** Markdown version of the report, for reading. */
export function preprocessReportMarkdown(report: PreprocessReport): string {
  const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
  const lines = [
    "# Preprocess report",
    "",
    `Extractor: \`${report.extractor}\`; answered by: ${Object.entries(report.answeredBy)
      .map(([who, n]) => `${who} (${n})`)
      .join(", ")}.`,
    `Prompt versions: ${
      Object.entries(report.promptVersions)
        .map(([name, version]) => `${name} ${version}`)
        .join(", ") || "none (no prompt was used)"
    }.`,
    `LLM spend: $${report.llm.spentUsd.toFixed(4)}; answers from recordings: ${report.llm.cachedAnswers}.`,
    "",
    `## Job details (${report.jobs.records} postings, ${report.jobs.failed} failed)`,
    "",
    "| field | filled |",
    "|---|---|",
    ...Object.entries(report.jobs.fieldFilled).map(([field, value]) => `| ${field} | ${percent(value)} |`),
    "",
    `## Resume sections (${report.resumes.records} resumes, ${report.resumes.failed} failed)`,
    "",
    "| section | found |",
    "|---|---|",
    ...Object.entries(report.resumes.sectionFound).map(([section, value]) => `| ${section} | ${percent(value)} |`),
    "",
    `Character coverage: mean ${percent(report.resumes.coverage.mean ?? 0)}, lowest ${percent(report.resumes.coverage.min ?? 0)}. Contact details replaced by personas: ${report.resumes.contactDetailsReplaced}.`,
    "",
  ];
  return lines.join("\n");
}

export function writePreprocess(
  output: PreprocessOutput,
  report: PreprocessReport,
  outDir: string,
  mappingFile: string,
  config: unknown,
): void {
  writeJsonl(path.join(outDir, "jobs.details.jsonl"), output.jobs);
  writeJsonl(path.join(outDir, "resumes.sections.jsonl"), output.resumes);
  writeJsonl(path.join(outDir, "rejects.jsonl"), output.rejects);
  writeJson(path.join(outDir, "report.json"), report);
  writeFileAtomic(path.join(outDir, "report.md"), preprocessReportMarkdown(report));
  writeJson(path.join(outDir, "preprocess.config.json"), config);
  writeJsonl(mappingFile, output.personaMappings);
}
