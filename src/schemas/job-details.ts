/**
 * JobDetails: the fixed schema for what a job posting asks for, filled by the rules extractor,
 * the LLM extractor and the normaliser of free-form job-detail JSON alike.
 *
 * Follows: the study's GPT-4 "key details" (which had no schema: 35 top-level keys in 26 rows,
 * STUDY.md), fixed here so every extractor fills the same fields. Because the same schema is the
 * OpenAI structured-output response format, every field is present: missing facts are `null`
 * (`.nullable()`, never `.optional()`) or empty arrays, lists are arrays of strings, and there is
 * no record with arbitrary keys (free-form leftovers go to `other` as key/value pairs).
 * Leaves out: the posting's own ids (the stage record wraps details with its source ids).
 */
import { z } from "zod";
import { PayInterval } from "./job";

export const JobSalary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** ISO 4217 code ("USD"), or null when the text gives no currency. */
  currency: z.string().nullable(),
  interval: PayInterval.nullable(),
  /** The salary as written in the posting, or rendered from the JobSpy fields. */
  text: z.string().nullable(),
});
export type JobSalary = z.infer<typeof JobSalary>;

export const YearsOfExperience = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** The phrase that stated it ("5+ years of experience in data engineering"). */
  text: z.string().nullable(),
});
export type YearsOfExperience = z.infer<typeof YearsOfExperience>;

export const DEGREE_LEVELS = ["high_school", "associate", "bachelor", "master", "doctorate"] as const;
export const DegreeLevel = z.enum(DEGREE_LEVELS);
export type DegreeLevel = z.infer<typeof DegreeLevel>;

export const EducationRequirement = z.object({
  level: DegreeLevel,
  /** Fields of study as named ("Computer Science", "Statistics", "related field"). */
  fields: z.array(z.string()),
  /** False when the posting says preferred / a plus / nice to have. */
  required: z.boolean(),
  /** True when the posting accepts equivalent experience instead. */
  orEquivalentExperience: z.boolean(),
  text: z.string().nullable(),
});
export type EducationRequirement = z.infer<typeof EducationRequirement>;

/** Ordered from least to most senior; `junior` and `entry` share `entry`. */
export const SENIORITY_LEVELS = [
  "intern",
  "entry",
  "mid",
  "senior",
  "staff",
  "principal",
  "lead",
  "manager",
  "director",
  "executive",
] as const;
export const Seniority = z.enum(SENIORITY_LEVELS);
export type Seniority = z.infer<typeof Seniority>;

export const JobDetails = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  /** True: fully remote; false: on site or hybrid as stated; null: not stated. */
  remote: z.boolean().nullable(),
  /** JobSpy's vocabulary: fulltime, parttime, contract, internship, temporary. */
  jobTypes: z.array(z.string()),
  salary: JobSalary.nullable(),
  seniority: Seniority.nullable(),
  yearsOfExperience: YearsOfExperience.nullable(),
  education: z.array(EducationRequirement),
  /** Canonical skill names; a skill is `required` unless it is only named as preferred. */
  skills: z.object({ required: z.array(z.string()), preferred: z.array(z.string()) }),
  /**
   * The posting's salient terms (the study's `keywords`): every skill, then other key terms.
   * The rules extractor adds the most frequent content words when the lexicon finds few skills.
   */
  keywords: z.array(z.string()),
  responsibilities: z.array(z.string()),
  requiredQualifications: z.array(z.string()),
  preferredQualifications: z.array(z.string()),
  benefits: z.array(z.string()),
  companyOverview: z.string().nullable(),
  /** Details the schema has no field for, kept as they came (key as met, value as text). */
  other: z.array(z.object({ key: z.string(), value: z.string() })),
});
export type JobDetails = z.infer<typeof JobDetails>;

/** An extractor's answer: the details plus what it could not do, never a silent gap. */
export const JobDetailsResult = z.object({
  details: JobDetails,
  warnings: z.array(z.string()),
});
export type JobDetailsResult = z.infer<typeof JobDetailsResult>;

/** JobDetails with every field empty: the starting point of every extractor. */
export function emptyJobDetails(): JobDetails {
  return {
    title: null,
    company: null,
    location: null,
    remote: null,
    jobTypes: [],
    salary: null,
    seniority: null,
    yearsOfExperience: null,
    education: [],
    skills: { required: [], preferred: [] },
    keywords: [],
    responsibilities: [],
    requiredQualifications: [],
    preferredQualifications: [],
    benefits: [],
    companyOverview: null,
    other: [],
  };
}
