/**
 * A job posting as collected from a JobSpy export (CSV or JSON), typed and categorised.
 * Field names follow JobSpy's columns in camelCase; columns JobSpy may add later are kept in `extra`.
 */
import { z } from "zod";
import { SourceRef } from "./source";

/** The study's five roles, plus `other` for everything the rules cannot place. */
export const ROLES = [
  "data_analyst",
  "data_engineer",
  "data_scientist",
  "machine_learning_engineer",
  "software_engineer",
  "other",
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  data_analyst: "Data analyst",
  data_engineer: "Data engineer",
  data_scientist: "Data scientist",
  machine_learning_engineer: "ML engineer",
  software_engineer: "Software engineer",
  other: "Other",
};

/** JobSpy's pay intervals and how many of each make a year (2,080 working hours; 260 days). */
export const PAY_PERIODS_PER_YEAR = { yearly: 1, monthly: 12, weekly: 52, daily: 260, hourly: 2080 } as const;
export const PayInterval = z.enum(["yearly", "monthly", "weekly", "daily", "hourly"]);
export type PayInterval = z.infer<typeof PayInterval>;

export const Salary = z.object({
  /** JobSpy's `salary_source`: `direct_data` (the site's field) or `description` (parsed by JobSpy). */
  source: z.string().nullable(),
  interval: PayInterval.nullable(),
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  currency: z.string().nullable(),
  /** min/max in USD per year, when the currency is USD and the interval is known; else null. */
  yearlyUsdMin: z.number().nullable(),
  yearlyUsdMax: z.number().nullable(),
});
export type Salary = z.infer<typeof Salary>;

export const Location = z.object({
  text: z.string(),
  city: z.string().nullable(),
  /**
   * The region's code when recognised (US state "TX", province "ON", Land "BE", Indian state "KA",
   * UK nation "ENG"), else the region as written; null when the text names none.
   */
  state: z.string().nullable(),
  /** ISO 3166-1 alpha-2 code ("US", "CA", "GB", "DE", "IN", "SG"), null when the text does not say. */
  country: z.string().nullable(),
});
export type Location = z.infer<typeof Location>;

export const RoleEvidence = z.object({
  from: z.enum(["title", "search_term", "description", "none"]),
  /** The phrase that decided it (a title pattern, or the counted description phrase). */
  matched: z.string().nullable(),
});

export const JobPosting = z.object({
  /** Stable id: `<input stem>/<row>` (0-based data row). */
  id: z.string().min(1),
  jobspyId: z.string().nullable(),
  site: z.string().nullable(),
  jobUrl: z.string().nullable(),
  jobUrlDirect: z.string().nullable(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: Location.nullable(),
  /** ISO date YYYY-MM-DD. */
  datePosted: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  jobTypes: z.array(z.string()),
  salary: Salary.nullable(),
  isRemote: z.boolean().nullable(),
  jobLevel: z.string().nullable(),
  jobFunction: z.string().nullable(),
  listingType: z.string().nullable(),
  emails: z.array(z.string()),
  description: z.string().min(1),
  companyIndustry: z.string().nullable(),
  companyUrl: z.string().nullable(),
  companyNumEmployees: z.string().nullable(),
  companyRevenue: z.string().nullable(),
  companyDescription: z.string().nullable(),
  /** The search term the scrape used, when the export records it (our scraper adds it). */
  searchTerm: z.string().nullable(),
  role: Role,
  roleEvidence: RoleEvidence,
  /** Columns we do not model (older/newer JobSpy versions), kept verbatim. */
  extra: z.record(z.string(), z.string()),
  source: SourceRef,
});
export type JobPosting = z.infer<typeof JobPosting>;
