/**
 * Scores the rules preprocessors against hand labels (test/fixtures/preprocess/*.json, made
 * from the bundled fictional sample): section-boundary and field accuracy for resumes, field
 * accuracy for job postings. Pure: labels and outputs in, counts and the list of misses out.
 *
 * Resume boundaries are scored two ways: exactly (the labelled section text is one of the
 * pieces of the produced section) and per character (the share of the labelled sections'
 * non-whitespace characters whose produced section is the labelled one). Fields compare
 * entries aligned by their dates (then by order). Posting fields compare values; skill lists
 * are subset checks (the listed skills must be among those extracted).
 * The label schemas live here rather than in src/schemas: they describe test fixtures, not
 * records crossing a stage boundary.
 */
import { z } from "zod";
import { JobDetails } from "../schemas/job-details";
import { SectionedResume, SectionName } from "../schemas/resume-sections";

const SectionOrOther = z.union([
  z.enum(["personal_information", "achievements", "certificates", "education", "projects", "skills", "experience"]),
  z.literal("other"),
]);
/** `tuning` labels were looked at while improving the rules; `holdout` labels were not. */
export const LabelSet = z.enum(["tuning", "holdout"]);
export const ResumeLabel = z.object({
  line: z.number().int().positive(),
  set: LabelSet,
  sections: z.array(z.object({ section: SectionOrOther, from: z.string(), to: z.string() })),
  experience: z.array(
    z.object({
      title: z.string().nullable(),
      employer: z.string().nullable(),
      location: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      current: z.boolean(),
    }),
  ),
  education: z.array(
    z.object({
      degree: z.string().nullable(),
      field: z.string().nullable(),
      institution: z.string().nullable(),
      location: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
    }),
  ),
  personal: z.object({
    headline: z.string().nullable(),
    location: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    name: z.string().nullable(),
  }),
  skills: z.array(z.string()),
  certificates: z.array(z.string()),
  projects: z.array(z.string()),
});
export type ResumeLabel = z.infer<typeof ResumeLabel>;

export const PostingLabel = z.object({
  row: z.number().int().nonnegative(),
  set: LabelSet,
  fields: z.object({
    title: z.string().nullable(),
    company: z.string().nullable(),
    location: z.string().nullable(),
    remote: z.boolean().nullable(),
    jobTypes: z.array(z.string()),
    salary: z
      .object({
        min: z.number().nullable(),
        max: z.number().nullable(),
        interval: z.string().nullable(),
        currency: z.string().nullable(),
      })
      .nullable(),
    seniority: z.string().nullable(),
    yearsMin: z.number().nullable(),
    degreeLevels: z.array(z.string()),
    requiredSkills: z.array(z.string()),
    preferredSkills: z.array(z.string()),
    responsibilitiesCount: z.number().int(),
    requiredQualificationsCount: z.number().int(),
    preferredQualificationsCount: z.number().int(),
    benefitsCount: z.number().int(),
    firstResponsibility: z.string().nullable(),
    companyOverviewStart: z.string().nullable(),
  }),
});
export type PostingLabel = z.infer<typeof PostingLabel>;

export interface Tally {
  correct: number;
  total: number;
}

export interface ResumeScore {
  boundaries: Tally;
  characters: Tally;
  fields: Tally;
  misses: string[];
}

function tallyInto(tally: Tally, ok: boolean): boolean {
  tally.total++;
  if (ok) tally.correct++;
  return ok;
}

/** Offsets of each labelled section in `text`, each searched after the previous one. */
export function labelledSpans(text: string, label: ResumeLabel): { section: string; start: number; end: number }[] {
  let at = 0;
  return label.sections.map(({ section, from, to }) => {
    const start = text.indexOf(from, at);
    const toAt = start < 0 ? -1 : text.indexOf(to, start);
    if (start < 0 || toAt < 0)
      throw new Error(`resume line ${label.line}: label text not found (${start < 0 ? from : to})`);
    at = toAt + to.length;
    return { section, start, end: at };
  });
}

/** Pairs labelled entries with produced ones: same start and end dates first, then same position. */
// P is not constrained by L: tslab compiles src without strictNullChecks, where the schemas' nullable fields read as optional.
function align<
  L extends { startDate?: string | null; endDate?: string | null },
  P extends { startDate?: string | null; endDate?: string | null },
>(labels: L[], produced: P[]): (P | null)[] {
  const used = new Set<number>();
  const byDates = labels.map((l) => {
    const i = produced.findIndex((p, j) => !used.has(j) && p.startDate === l.startDate && p.endDate === l.endDate);
    if (i >= 0) used.add(i);
    return i;
  });
  return byDates.map((i, k) => (i >= 0 ? produced[i] : !used.has(k) && produced[k] ? produced[k] : null));
}

/** Scores one sectioned resume against its label. */
export function scoreResume(text: string, result: SectionedResume, label: ResumeLabel): ResumeScore {
  const score: ResumeScore = {
    boundaries: { correct: 0, total: 0 },
    characters: { correct: 0, total: 0 },
    fields: { correct: 0, total: 0 },
    misses: [],
  };
  const miss = (what: string) => score.misses.push(`line ${label.line}: ${what}`);
  const produced = new Array<string>(text.length).fill("none");
  for (const span of result.spans) for (let i = span.start; i < span.end; i++) produced[i] = span.section;
  for (const span of labelledSpans(text, label)) {
    const expected = text.slice(span.start, span.end).trim();
    const pieces = (
      span.section === "other" ? result.sections.other : result.sections[span.section as SectionName].text
    ).split("\n");
    if (!tallyInto(score.boundaries, pieces.includes(expected)))
      miss(`${span.section} boundary: "${expected.slice(0, 40)}…"`);
    for (let i = span.start; i < span.end; i++)
      if (!/\s/.test(text[i])) tallyInto(score.characters, produced[i] === span.section);
  }
  const compare = (what: string, expected: unknown, actual: unknown) => {
    if (!tallyInto(score.fields, JSON.stringify(expected) === JSON.stringify(actual ?? null)))
      miss(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual ?? null)}`);
  };
  align(label.experience, result.sections.experience.entries).forEach((entry, i) => {
    for (const key of ["title", "employer", "location", "startDate", "endDate", "current"] as const)
      compare(`experience[${i}].${key}`, label.experience[i][key], entry?.[key]);
  });
  align(label.education, result.sections.education.entries).forEach((entry, i) => {
    for (const key of ["degree", "field", "institution", "location", "startDate", "endDate"] as const)
      compare(`education[${i}].${key}`, label.education[i][key], entry?.[key]);
  });
  const info = result.sections.personal_information;
  for (const key of ["headline", "location", "email", "phone", "name"] as const)
    compare(`personal.${key}`, label.personal[key], info[key]);
  const has = (list: string[], name: string) => list.some((item) => item.toLowerCase() === name.toLowerCase());
  for (const skill of label.skills) compare(`skill ${skill}`, true, has(result.sections.skills.entries, skill));
  for (const name of label.certificates)
    compare(
      `certificate ${name}`,
      true,
      has(
        result.sections.certificates.entries.map((c) => c.name),
        name,
      ),
    );
  for (const name of label.projects)
    compare(
      `project ${name}`,
      true,
      has(
        result.sections.projects.entries.map((p) => p.name),
        name,
      ),
    );
  return score;
}

/** Scores one posting's details against its label; returns field counts and misses. */
export function scorePosting(details: JobDetails, label: PostingLabel): { fields: Tally; misses: string[] } {
  const fields: Tally = { correct: 0, total: 0 };
  const misses: string[] = [];
  const f = label.fields;
  const actual: Record<keyof PostingLabel["fields"], unknown> = {
    title: details.title,
    company: details.company,
    location: details.location,
    remote: details.remote,
    jobTypes: details.jobTypes,
    salary: details.salary && {
      min: details.salary.min,
      max: details.salary.max,
      interval: details.salary.interval,
      currency: details.salary.currency,
    },
    seniority: details.seniority,
    yearsMin: details.yearsOfExperience?.min ?? null,
    degreeLevels: details.education.map((e) => `${e.level}:${e.required ? "required" : "preferred"}`).sort(),
    requiredSkills: f.requiredSkills.filter((s) => details.skills.required.includes(s)),
    preferredSkills: f.preferredSkills.filter((s) => details.skills.preferred.includes(s)),
    responsibilitiesCount: details.responsibilities.length,
    requiredQualificationsCount: details.requiredQualifications.length,
    preferredQualificationsCount: details.preferredQualifications.length,
    benefitsCount: details.benefits.length,
    firstResponsibility: details.responsibilities[0] ?? null,
    companyOverviewStart:
      details.companyOverview !== null &&
      f.companyOverviewStart !== null &&
      details.companyOverview.startsWith(f.companyOverviewStart)
        ? f.companyOverviewStart
        : (details.companyOverview?.slice(0, 40) ?? null),
  };
  for (const key of Object.keys(f) as (keyof PostingLabel["fields"])[]) {
    const expected = key === "degreeLevels" ? [...f.degreeLevels].sort() : f[key];
    if (!tallyInto(fields, JSON.stringify(expected) === JSON.stringify(actual[key] ?? null))) {
      misses.push(
        `row ${label.row} ${key}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual[key] ?? null)}`,
      );
    }
  }
  return { fields, misses };
}
