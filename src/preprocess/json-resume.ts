/**
 * Sectioned resume → JSON Resume (jsonresume.org schema v1.0.0): basics, work, education,
 * skills, projects, certificates, awards.
 *
 * Follows: the schema's field names (work[].name/position/startDate/endDate/highlights,
 * education[].institution/area/studyType, certificates[].name/date/issuer, awards[].title/date)
 * and its date format (ISO 8601 prefixes "2017-04" or "2017"). JSON Resume fields are optional,
 * so unknown values are left out rather than written as null. A current job has no endDate.
 * Leaves out: volunteer, publications, languages, interests, references (no rules source).
 *
 * Every value the schema constrains is checked here before it is written, because the sections
 * come from rules and models that can get a value wrong: a date that is not an ISO 8601 prefix,
 * an e-mail that is not an address, a link without a scheme. Such a value is left out (the
 * section text still has it) or, for a scheme-less link ("linkedin.com/in/x"), given "https://".
 * A test validates exports against the official schema (src/schemas/json-resume.ts).
 */
import { ResumeSections } from "../schemas/resume-sections";

type Json = Record<string, unknown>;

/** Drops keys whose value is null, undefined, "" or an empty array. */
function compact(object: Json): Json {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

const AWARD_DATE = /\s*\(((?:19|20)\d{2}(?:-\d{2})?)\)$/;
/** The schema's `iso8601` definition: "2017-04-29", "2017-04" or "2017". */
const ISO_DATE = /^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The date when it is an ISO 8601 prefix, else null (left out). */
function isoDate(date: string | null): string | null {
  return date !== null && ISO_DATE.test(date.trim()) ? date.trim() : null;
}

/** An absolute URL: kept when it has a scheme, given "https://" when it is a bare host and path, else null. */
function absoluteUrl(link: string): string | null {
  const trimmed = link.trim();
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(trimmed)) return trimmed;
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i.test(trimmed) ? `https://${trimmed}` : null;
}

/** The JSON Resume document of a sectioned resume. */
export function toJsonResume(sections: ResumeSections): Json {
  const info = sections.personal_information;
  const [city, region] = (info.location ?? "").split(/,\s*/);
  const basics = compact({
    name: info.name,
    label: info.headline,
    email: info.email !== null && EMAIL.test(info.email.trim()) ? info.email.trim() : null,
    phone: info.phone,
    url: info.links.find((link) => /^https?:\/\//.test(link)) ?? null,
    summary: info.summary,
    location: info.location ? compact({ city, region: region ?? null }) : null,
    profiles: info.links
      .filter((link) => /linkedin|github/i.test(link) && absoluteUrl(link) !== null)
      .map((link) => ({ network: /github/i.test(link) ? "GitHub" : "LinkedIn", url: absoluteUrl(link) })),
  });
  return compact({
    basics,
    work: sections.experience.entries.map((entry) =>
      compact({
        name: entry.employer,
        position: entry.title,
        location: entry.location,
        startDate: isoDate(entry.startDate),
        endDate: entry.current ? null : isoDate(entry.endDate),
        summary: entry.bullets.length === 0 ? entry.text : null,
        highlights: entry.bullets,
      }),
    ),
    education: sections.education.entries.map((entry) =>
      compact({
        institution: entry.institution,
        area: entry.field,
        studyType: entry.degree,
        startDate: isoDate(entry.startDate),
        endDate: isoDate(entry.endDate),
      }),
    ),
    skills: sections.skills.entries.map((name) => ({ name })),
    projects: sections.projects.entries.map((project) =>
      compact({ name: project.name, description: project.description }),
    ),
    certificates: sections.certificates.entries.map((certificate) =>
      compact({ name: certificate.name, date: isoDate(certificate.date), issuer: certificate.issuer }),
    ),
    awards: sections.achievements.entries.map((text) => {
      const date = AWARD_DATE.exec(text);
      return compact({ title: date ? text.slice(0, date.index) : text, date: date ? date[1] : null });
    }),
  });
}
