/** Builds `profile.json` from collected records and rejects. Pure. */
import { CollectProfile } from "../schemas/profile";
import { JobPosting, ROLES } from "../schemas/job";
import { RejectRecord } from "../schemas/reject";
import { ResumeRecord } from "../schemas/resume";
import { countBy, summarize } from "../util/stats";

export interface ProfileInput {
  resumeInputs: { path: string; rows: number }[];
  jobInputs: { path: string; rows: number }[];
  resumes: ResumeRecord[];
  postings: JobPosting[];
  rejects: RejectRecord[];
  /** From `dedupePostings`: how many duplicates each rule removed. */
  duplicatesByRule: Record<string, number>;
  /** The country selection applied ([] = all). */
  countries: readonly string[];
  /** Every valid posting read, before the country and role selections and de-duplication. */
  postingsRead: JobPosting[];
}

const countryOf = (posting: JobPosting) => posting.location?.country ?? "(unknown)";

/** Midpoint of a posting's yearly USD salary, or null when unknown. */
export function yearlySalaryMidpoint(posting: JobPosting): number | null {
  const { yearlyUsdMin: low, yearlyUsdMax: high } = posting.salary ?? { yearlyUsdMin: null, yearlyUsdMax: null };
  if (low !== null && high !== null) return (low + high) / 2;
  return low ?? high;
}

export function buildProfile(input: ProfileInput): CollectProfile {
  const { resumes, postings, rejects } = input;
  const resumeRejects = rejects.filter((reject) => reject.input === "resume");
  const jobRejects = rejects.filter((reject) => reject.input === "job");
  const resumeRows = input.resumeInputs.reduce((sum, entry) => sum + entry.rows, 0);
  const jobRows = input.jobInputs.reduce((sum, entry) => sum + entry.rows, 0);
  const duplicates = jobRejects.filter((reject) => reject.kind === "duplicate");
  const filteredByCountry = jobRejects.filter((reject) => reject.kind === "filtered" && reject.field === "location");
  const salaryByRole = Object.fromEntries(
    ROLES.map((role) => [
      role,
      summarize(
        postings
          .filter((posting) => posting.role === role)
          .map(yearlySalaryMidpoint)
          .filter((value): value is number => value !== null),
      ),
    ]),
  );
  return CollectProfile.parse({
    inputs: { resumes: input.resumeInputs, jobs: input.jobInputs },
    resumes: {
      rowsRead: resumeRows,
      kept: resumes.length,
      rejected: resumeRejects.length,
      byPrimaryLabel: countBy(resumes, (resume) => resume.primaryLabel ?? "(none)"),
      byEncoding: countBy(resumes, (resume) => resume.encoding),
      textLength: summarize(resumes.map((resume) => resume.text.length)),
      labelsPerResume: summarize(resumes.map((resume) => resume.labels.length)),
    },
    jobs: {
      rowsRead: jobRows,
      kept: postings.length,
      invalid: jobRejects.filter((reject) => reject.kind === "invalid").length,
      duplicates: duplicates.length,
      duplicatesByRule: input.duplicatesByRule,
      countries: [...input.countries],
      filteredByCountry: filteredByCountry.length,
      filteredByRole: jobRejects.filter((reject) => reject.kind === "filtered" && reject.field === "title").length,
      byRole: countBy(postings, (posting) => posting.role),
      roleDecidedBy: countBy(postings, (posting) => posting.roleEvidence.from),
      byCountry: countBy(postings, countryOf),
      byCountryRead: countBy(input.postingsRead, countryOf),
      bySite: countBy(postings, (posting) => posting.site ?? "(unknown)"),
      remote: countBy(postings, (posting) =>
        posting.isRemote === null ? "unknown" : posting.isRemote ? "remote" : "on-site",
      ),
      descriptionLength: summarize(postings.map((posting) => posting.description.length)),
      salaryByRole,
    },
    rejects: {
      total: rejects.length,
      byKind: countBy(rejects, (reject) => reject.kind),
      byField: countBy(rejects, (reject) => `${reject.input}.${reject.field ?? "(row)"}`),
    },
    allRowsAccounted:
      resumes.length + resumeRejects.length === resumeRows && postings.length + jobRejects.length === jobRows,
  });
}
