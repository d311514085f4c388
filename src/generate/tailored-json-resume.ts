/**
 * Tailored sections → one JSON Resume document: the builder `rpw tailor` and the generate stage's
 * `teacher.jsonResume` option share, so a resume tailored alone and one tailored in a batch come
 * out the same way.
 *
 * Follows: the sectioner's JSON Resume export (src/preprocess/json-resume.ts), which already
 * checks every value the schema constrains; the tailored shapes (src/prompts/section-outputs.ts)
 * are lifted back to the sectioner's shape first. What they lost is filled without inventing:
 * entry `text` is the entry's own words, education dates as written are split into ISO prefixes
 * (splitDateRange), and a job without an end date has no endDate (JSON Resume's "current").
 * Who tailored each section goes to `meta` (JSON Resume lets tools keep their notes there).
 * Leaves out: sections not tailored (a failed call): they are absent, and `meta` names them.
 */
import { toJsonResume } from "../preprocess/json-resume";
import { splitDateRange, toIsoDate } from "../preprocess/resume-dates";
import { TailoredSection } from "../prompts/section-outputs";
import { checkJsonResume, JsonResumeCheck } from "../schemas/json-resume";
import { ResumeSections, SECTION_NAMES, SectionName } from "../schemas/resume-sections";

export type TailoredSections = { [S in SectionName]?: TailoredSection<S> };

/** Which system wrote a section: "rules" for the labelled baseline, else the provider; and its model. */
export interface SectionAuthor {
  answeredBy: string;
  model: string;
}

const join = (parts: (string | null)[]) => parts.filter((part): part is string => Boolean(part)).join(" ");
/** A bullet's text without its glyph: the glyph is layout ("• Built …"), and a page draws its own. */
const bulletText = (text: string) => text.replace(/^\s*[•▪◦‣·*-]\s+/, "").trim();

/** The tailored sections in the sectioner's shape (empty where a section was not tailored). */
export function tailoredToSections(tailored: TailoredSections): ResumeSections {
  const info = tailored.personal_information;
  const education = (tailored.education?.entries ?? []).map((entry) => {
    const [start, end] = entry.dates ? splitDateRange(entry.dates) : [];
    return {
      ...entry,
      startDate: start && end ? toIsoDate(start) : null,
      endDate: end ? toIsoDate(end) : start ? toIsoDate(start) : null,
      text: join([entry.degree, entry.field, entry.institution, entry.location, entry.dates]),
    };
  });
  return {
    personal_information: {
      name: info?.name ?? null,
      email: info?.email ?? null,
      phone: info?.phone ?? null,
      location: info?.location ?? null,
      links: info?.links ?? [],
      headline: info?.headline ?? null,
      summary: info?.summary ?? null,
      text: "",
    },
    achievements: { text: "", entries: (tailored.achievements?.entries ?? []).map(bulletText).filter(Boolean) },
    certificates: { text: "", entries: tailored.certificates?.entries ?? [] },
    education: { text: "", entries: education },
    projects: { text: "", entries: tailored.projects?.entries ?? [] },
    skills: { text: "", entries: tailored.skills?.entries ?? [] },
    experience: {
      text: "",
      entries: (tailored.experience?.entries ?? []).map((entry) => ({
        ...entry,
        bullets: entry.bullets.map(bulletText).filter(Boolean),
        current: false,
        text: join([entry.title, entry.employer, entry.location, ...entry.bullets]),
      })),
    },
    other: "",
  };
}

/** The JSON Resume document of tailored sections, with who tailored what in `meta.rpw`. */
export type SectionAuthors = Partial<Record<SectionName, SectionAuthor>>;

/** `system`: one name for who answered ("rules (no model)", "<model> at <base URL>"), where the caller knows it. */
export function tailoredJsonResume(
  tailored: TailoredSections,
  authors: SectionAuthors,
  system?: string,
): Record<string, unknown> {
  const notTailored = SECTION_NAMES.filter((section) => tailored[section] === undefined);
  const by = SECTION_NAMES.filter((section) => authors[section]).map((section) => ({ section, ...authors[section] }));
  const meta = { version: "v1.0.0", rpw: { ...(system ? { system } : {}), tailored: by, notTailored } };
  return { ...toJsonResume(tailoredToSections(tailored)), meta };
}

/** The document and its check against the official schema: callers refuse to write an invalid one. */
export function buildTailoredJsonResume(
  tailored: TailoredSections,
  authors: SectionAuthors,
  system?: string,
): { document: Record<string, unknown>; check: JsonResumeCheck } {
  const document = tailoredJsonResume(tailored, authors, system);
  return { document, check: checkJsonResume(document) };
}
