/**
 * JobDetails → the JSON Resume "job" schema (jsonresume.org job-schema): title, company, type,
 * date, description, location {address, postalCode, city, countryCode, region}, remote
 * ("Full" | "Hybrid" | "None"), salary, experience, responsibilities, qualifications,
 * skills [{name, level, keywords}], meta.
 *
 * Follows: the job schema's fields, all optional there, so unknown values are left out rather
 * than written as null. Required and preferred qualifications both go to `qualifications`
 * (the schema has one list; preferred ones are marked "(preferred)"); required skills get level
 * "required", preferred ones "preferred". `date` and `meta` come from the caller (JobDetails has
 * no posting date).
 * Leaves out: "Hybrid" (JobDetails keeps remote as a boolean), benefits (no field in the schema).
 * A `date` that is not an ISO 8601 prefix is left out rather than written schema-invalid
 * (a test validates exports against the official job schema).
 */
import { JobDetails } from "../schemas/job-details";
import { parseLocation } from "../collect/location";

type Json = Record<string, unknown>;

function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

const JOB_TYPE_TEXT: Record<string, string> = {
  fulltime: "Full-time",
  parttime: "Part-time",
  contract: "Contract",
  internship: "Internship",
  temporary: "Temporary",
};
const SENIORITY_TEXT: Record<string, string> = {
  intern: "Intern",
  entry: "Entry-level",
  mid: "Mid-level",
  senior: "Senior",
  staff: "Staff",
  principal: "Principal",
  lead: "Lead",
  manager: "Manager",
  director: "Director",
  executive: "Executive",
};

export interface JsonResumeJobOptions {
  /** The posting date (YYYY-MM-DD), e.g. JobPosting.datePosted. */
  date?: string | null;
  meta?: Json;
}

/** The JSON Resume job document of `details`. */
export function toJsonResumeJob(details: JobDetails, { date = null, meta }: JsonResumeJobOptions = {}): Json {
  const where = parseLocation(details.location);
  const location = where
    ? compact({
        address: where.city === null ? where.text : null,
        city: where.city,
        region: where.state,
        countryCode: where.country,
      })
    : null;
  const salary = details.salary?.text ?? null;
  const experience = [
    details.seniority ? SENIORITY_TEXT[details.seniority] : null,
    details.yearsOfExperience?.min != null
      ? `${details.yearsOfExperience.min}${details.yearsOfExperience.max != null ? `-${details.yearsOfExperience.max}` : "+"} years`
      : null,
  ]
    .filter(Boolean)
    .join(", ");
  return compact({
    title: details.title,
    company: details.company,
    type: details.jobTypes.map((type) => JOB_TYPE_TEXT[type] ?? type).join(", "),
    date: date !== null && /^[1-2]\d{3}(?:-[0-1]\d(?:-[0-3]\d)?)?$/.test(date) ? date : null,
    description: details.companyOverview,
    location: location && Object.keys(location).length > 0 ? location : null,
    remote: details.remote === null ? null : details.remote ? "Full" : "None",
    salary,
    experience,
    responsibilities: details.responsibilities,
    qualifications: [
      ...details.requiredQualifications,
      ...details.preferredQualifications.map((q) => (/prefer/i.test(q) ? q : `${q} (preferred)`)),
    ],
    skills: [
      ...details.skills.required.map((name) => ({ name, level: "required", keywords: [] as string[] })),
      ...details.skills.preferred.map((name) => ({ name, level: "preferred", keywords: [] as string[] })),
    ],
    meta,
  });
}
