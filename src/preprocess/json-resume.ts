/**
 * Sectioned resume → JSON Resume (jsonresume.org schema v1.0.0): basics, work, education,
 * skills, projects, certificates, awards.
 *
 * Follows: the schema's field names (work[].name/position/startDate/endDate/highlights,
 * education[].institution/area/studyType, certificates[].name/date/issuer, awards[].title/date)
 * and its date format (ISO 8601 prefixes "2017-04" or "2017"). JSON Resume fields are optional,
 * so unknown values are left out rather than written as null. A current job has no endDate.
 * Leaves out: volunteer, publications, languages, interests, references (no rules source).
 */
import { ResumeSections } from "../schemas/resume-sections";

type Json = Record<string, unknown>;

/** Drops keys whose value is null, undefined, "" or an empty array. */
function compact(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)));
}

const AWARD_DATE = /\s*\(((?:19|20)\d{2}(?:-\d{2})?)\)$/;

/** The JSON Resume document of a sectioned resume. */
export function toJsonResume(sections: ResumeSections): Json {
  const info = sections.personal_information;
  const [city, region] = (info.location ?? "").split(/,\s*/);
  const basics = compact({
    name: info.name,
    label: info.headline,
    email: info.email,
    phone: info.phone,
    url: info.links.find((link) => /^https?:\/\//.test(link)) ?? null,
    summary: info.summary,
    location: info.location ? compact({ city, region: region ?? null }) : null,
    profiles: info.links.filter((link) => /linkedin|github/i.test(link)).map((url) => ({ network: /github/i.test(url) ? "GitHub" : "LinkedIn", url })),
  });
  return compact({
    basics,
    work: sections.experience.entries.map((entry) => compact({
      name: entry.employer,
      position: entry.title,
      location: entry.location,
      startDate: entry.startDate,
      endDate: entry.current ? null : entry.endDate,
      summary: entry.bullets.length === 0 ? entry.text : null,
      highlights: entry.bullets,
    })),
    education: sections.education.entries.map((entry) => compact({
      institution: entry.institution,
      area: entry.field,
      studyType: entry.degree,
      startDate: entry.startDate,
      endDate: entry.endDate,
    })),
    skills: sections.skills.entries.map((name) => ({ name })),
    projects: sections.projects.entries.map((project) => compact({ name: project.name, description: project.description })),
    certificates: sections.certificates.entries.map((certificate) => compact({ name: certificate.name, date: certificate.date, issuer: certificate.issuer })),
    awards: sections.achievements.entries.map((text) => {
      const date = AWARD_DATE.exec(text);
      return compact({ title: date ? text.slice(0, date.index) : text, date: date ? date[1] : null });
    }),
  });
}
