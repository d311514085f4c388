/**
 * Cases for the prompt studio and the generators: one (resume, job, section) triple with what
 * the metrics need — the original section, the job details, the resume's full text (to ground
 * claims) and the job ad (to measure echo). Resumes are paired with jobs by position, as the
 * study paired them (resume i with job i, cycling when there are fewer jobs).
 */
import { JobPosting } from "../schemas/job";
import { JobDetails } from "../schemas/job-details";
import { JobDetailsRecord, ResumeSectionsRecord } from "../schemas/preprocess";
import { ResumeSections, SECTION_NAMES, SectionName } from "../schemas/resume-sections";

export interface SectionCase<S extends SectionName = SectionName> {
  /** `<resume id>|<job id>|<section>`. */
  id: string;
  resumeId: string;
  jobId: string;
  section: S;
  value: ResumeSections[S];
  jobDetails: JobDetails;
  resumeText: string;
  jobText: string;
}

export interface CaseOptions {
  /** How many resumes (from the start) to pair. */
  resumes?: number;
  sections?: readonly SectionName[];
  /** Skip sections that are empty in the resume (nothing to tailor). */
  skipEmpty?: boolean;
  /**
   * Explicit (resume, job) pairs instead of pairing by position — e.g. the pairs of a recorded
   * teacher's targets, so its outputs are scored on the very cases it answered. Pairs whose resume
   * or job is not among the records (filtered, de-duplicated) are left out.
   */
  pairs?: readonly { resumeId: string; jobId: string }[];
}

export function pairCases(
  resumes: readonly ResumeSectionsRecord[],
  jobs: readonly JobDetailsRecord[],
  postings: readonly JobPosting[],
  { resumes: count = resumes.length, sections = SECTION_NAMES, skipEmpty = true, pairs }: CaseOptions = {},
): SectionCase[] {
  if (jobs.length === 0) throw new Error("no job details to pair resumes with");
  const adById = new Map(postings.map((posting) => [posting.id, posting.description]));
  const resumeById = new Map(resumes.map((resume) => [resume.resumeId, resume]));
  const jobById = new Map(jobs.map((job) => [job.jobId, job]));
  const paired = pairs
    ? pairs.flatMap(({ resumeId, jobId }) =>
        resumeById.has(resumeId) && jobById.has(jobId)
          ? [{ resume: resumeById.get(resumeId)!, job: jobById.get(jobId)! }]
          : [],
      )
    : resumes.map((resume, index) => ({ resume, job: jobs[index % jobs.length] }));
  const cases: SectionCase[] = [];
  paired.slice(0, count).forEach(({ resume, job }) => {
    for (const section of sections) {
      const value = resume.sections[section];
      if (skipEmpty && value.text.trim() === "") continue;
      cases.push({
        id: `${resume.resumeId}|${job.jobId}|${section}`,
        resumeId: resume.resumeId,
        jobId: job.jobId,
        section,
        value,
        jobDetails: job.details,
        resumeText: resume.text,
        jobText: adById.get(job.jobId) ?? "",
      });
    }
  });
  return cases;
}
