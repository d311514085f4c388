/**
 * ResumeSections: a resume split into the study's seven sections, each as plain text and as
 * structured entries, plus `other` for every piece of text no section took (nothing is lost).
 *
 * Follows: the study's section names (`summarized_sections` keys, STUDY.md / data README:
 * personal_information, achievements, certificate(s), education, projects, skills, experience;
 * we write `certificates`). Usable as an OpenAI structured-output format: every field present,
 * nulls for unknown values, no optional fields, no arbitrary-key records.
 * Leaves out: the tailored (improved) sections, which are a later stage's records.
 */
import { z } from "zod";

export const SECTION_NAMES = [
  "personal_information",
  "achievements",
  "certificates",
  "education",
  "projects",
  "skills",
  "experience",
] as const;
export const SectionName = z.enum(SECTION_NAMES);
export type SectionName = z.infer<typeof SectionName>;

export const PersonalInformation = z.object({
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** "City, ST" as written in the header. */
  location: z.string().nullable(),
  links: z.array(z.string()),
  /** The resume's own title line ("Oracle Database Administrator"). */
  headline: z.string().nullable(),
  summary: z.string().nullable(),
});
export type PersonalInformation = z.infer<typeof PersonalInformation>;

export const ExperienceEntry = z.object({
  title: z.string().nullable(),
  employer: z.string().nullable(),
  location: z.string().nullable(),
  /** "YYYY-MM" or "YYYY" (ISO 8601 prefixes, as JSON Resume wants), null when not given. */
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** True for "to Present" / "to Current". */
  current: z.boolean(),
  bullets: z.array(z.string()),
  /** The entry's full text as it stands in the resume. */
  text: z.string(),
});
export type ExperienceEntry = z.infer<typeof ExperienceEntry>;

export const EducationEntry = z.object({
  degree: z.string().nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  location: z.string().nullable(),
  /** Dates as written ("2008 to 2012", "May 2016"). */
  dates: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  text: z.string(),
});
export type EducationEntry = z.infer<typeof EducationEntry>;

export const Certificate = z.object({ name: z.string(), issuer: z.string().nullable(), date: z.string().nullable() });
export type Certificate = z.infer<typeof Certificate>;

export const Project = z.object({ name: z.string(), description: z.string() });
export type Project = z.infer<typeof Project>;

export const ResumeSections = z.object({
  personal_information: PersonalInformation.extend({ text: z.string() }),
  achievements: z.object({ text: z.string(), entries: z.array(z.string()) }),
  certificates: z.object({ text: z.string(), entries: z.array(Certificate) }),
  education: z.object({ text: z.string(), entries: z.array(EducationEntry) }),
  projects: z.object({ text: z.string(), entries: z.array(Project) }),
  skills: z.object({ text: z.string(), entries: z.array(z.string()) }),
  experience: z.object({ text: z.string(), entries: z.array(ExperienceEntry) }),
  /** Text that no section took (groups, assessments, unlabelled additional information...). */
  other: z.string(),
});
export type ResumeSections = z.infer<typeof ResumeSections>;

/** Where a piece of the resume text went: `[start, end)` offsets into `ResumeRecord.text`. */
export const SectionSpan = z.object({
  section: z.union([SectionName, z.literal("other"), z.literal("heading")]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The heading that opened the span ("Work Experience"), or null for the personal header. */
  heading: z.string().nullable(),
});
export type SectionSpan = z.infer<typeof SectionSpan>;

export const SectionedResume = z.object({
  resumeId: z.string(),
  sections: ResumeSections,
  /** Every character of the text is in exactly one span (headings included), in text order. */
  spans: z.array(SectionSpan),
  warnings: z.array(z.string()),
});
export type SectionedResume = z.infer<typeof SectionedResume>;
