/**
 * What the user message of an SFT record carries, for a target whose teacher input may be
 * unknown. In order of preference:
 *
 * - section: the teacher's input (`target.input.section`); else the section that our rules
 *   sectioner (`sectionResumeRules`) cuts from the resume's text — a reconstruction, since the
 *   study's GPT-4o sectioning was not released; else a placeholder saying it is missing.
 * - job: the teacher's job details; else the posting's raw description text (the study's GPT-4
 *   extraction is absent); else a placeholder saying the posting is not recoverable.
 *
 * Each choice is labelled (SectionInputOrigin, JobInputOrigin) so no record passes a
 * reconstruction off as what the teacher saw. Sectioning is memoised per resume.
 */
import { sectionResumeRules } from "../preprocess/section-resume";
import { SectionName } from "../schemas/resume-sections";
import { JobInputOrigin, SectionInputOrigin } from "../schemas/sft";
import { TargetRecord } from "../schemas/target";

export const MISSING_SECTION_TEXT =
  "(not available: the input the teacher saw for this section was not released, and the resume text was not found)";
export const MISSING_JOB_TEXT =
  "(not available: the job posting paired with this resume was not released and cannot be recovered)";

export interface InputSources {
  /** Resume texts by resume id (ids as `rpw collect` writes them). */
  resumes: ReadonlyMap<string, string>;
  /** Job description texts by job id. */
  jobs: ReadonlyMap<string, string>;
}

export interface ResolvedInput {
  section: unknown;
  sectionOrigin: SectionInputOrigin;
  jobDetails: unknown;
  jobOrigin: JobInputOrigin;
}

export type InputResolver = (target: Pick<TargetRecord, "resumeId" | "jobId" | "section" | "input">) => ResolvedInput;

export function inputResolver(sources: InputSources): InputResolver {
  const sectioned = new Map<string, ReturnType<typeof sectionResumeRules>["sections"]>();
  const sectionsOf = (resumeId: string) => {
    if (!sectioned.has(resumeId))
      sectioned.set(resumeId, sectionResumeRules({ id: resumeId, text: sources.resumes.get(resumeId)! }).sections);
    return sectioned.get(resumeId)!;
  };
  return (target) => {
    const known = (value: unknown) => value !== null && value !== undefined;
    let section: unknown = MISSING_SECTION_TEXT;
    let sectionOrigin: SectionInputOrigin = "missing";
    if (known(target.input.section)) {
      section = target.input.section;
      sectionOrigin = "teacher-input";
    } else if (sources.resumes.has(target.resumeId)) {
      section = sectionsOf(target.resumeId)[target.section as SectionName];
      sectionOrigin = "rules-sectioner";
    }
    let jobDetails: unknown = MISSING_JOB_TEXT;
    let jobOrigin: JobInputOrigin = "missing";
    if (known(target.input.jobDetails)) {
      jobDetails = target.input.jobDetails;
      jobOrigin = "teacher-input";
    } else if (sources.jobs.has(target.jobId)) {
      jobDetails = sources.jobs.get(target.jobId);
      jobOrigin = "job-description-text";
    }
    return { section, sectionOrigin, jobDetails, jobOrigin };
  };
}
