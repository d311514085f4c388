/** Records of the preprocess stage: job details per posting, sections per resume, and the report. */
import { z } from "zod";
import { JobDetails } from "./job-details";
import { Persona } from "./persona";
import { SectionSpan, ResumeSections } from "./resume-sections";
import { SourceRef } from "./source";

export const Provenance = z.object({
  answeredBy: z.enum(["openai", "openai-compatible", "rules"]),
  model: z.string(),
  promptVersion: z.string().nullable(),
  cached: z.boolean(),
  costUsd: z.number(),
});

export const JobDetailsRecord = z.object({
  jobId: z.string(),
  source: SourceRef,
  provenance: Provenance,
  details: JobDetails,
  warnings: z.array(z.string()),
});
export type JobDetailsRecord = z.infer<typeof JobDetailsRecord>;

export const ResumeSectionsRecord = z.object({
  resumeId: z.string(),
  source: SourceRef,
  /** The seeded synthetic persona that replaced the resume's contact details (fictional by construction). */
  persona: Persona,
  /** How many contact details were replaced (the mapping itself is written apart from the outputs). */
  replacedContactDetails: z.number().int(),
  /** The resume text after the persona replacement: what was sectioned. */
  text: z.string(),
  provenance: Provenance,
  sections: ResumeSections,
  spans: z.array(SectionSpan),
  /** Share of the text's non-whitespace characters found in some section (or `other`). */
  coverage: z.number(),
  warnings: z.array(z.string()),
});
export type ResumeSectionsRecord = z.infer<typeof ResumeSectionsRecord>;
