/**
 * JSON Resume (jsonresume.org) → resume text, after validation against the official schema.
 *
 * The document's sections map straight to the study's seven, and the text is written so that
 * each lands under the heading the sectioner files it by (Indeed's wording, which the corpus
 * uses): basics → the personal header (name, label, contacts, location, profiles, summary);
 * work → "Work Experience"; education → "Education"; skills → "Skills"; awards → "Awards"
 * (achievements); certificates → "Certifications/Licenses"; projects → "Projects";
 * publications → "Publications" (achievements, as the sectioner files them); volunteer,
 * languages, interests and references → "Additional Information" lines, which the study's
 * seven sections have no place for. Dates are written the way the corpus writes them
 * ("March 2019 to Present"; a work entry without endDate is current).
 * Leaves out: `meta`, and any property the schema does not define.
 */
import { checkJsonResume } from "../../schemas/json-resume";

type Json = Record<string, unknown>;

/** The headings written for each JSON Resume section, in the order they are written. */
export const JSON_RESUME_HEADINGS = {
  work: "Work Experience",
  education: "Education",
  skills: "Skills",
  awards: "Awards",
  certificates: "Certifications/Licenses",
  projects: "Projects",
  publications: "Publications",
  additional: "Additional Information",
} as const;

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function str(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

function list(value: unknown): Json[] {
  return Array.isArray(value)
    ? value.filter((item): item is Json => item !== null && typeof item === "object" && !Array.isArray(item))
    : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str).filter(Boolean) : [];
}

/** "2019-03" or "2019-03-15" → "March 2019"; "2019" stays; anything else as written. */
export function corpusDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(iso.trim());
  return match && +match[2] >= 1 && +match[2] <= 12 ? `${MONTH_NAMES[+match[2] - 1]} ${match[1]}` : iso.trim();
}

/** "March 2019 to Present", "2008 to 2012", "May 2016"; `openEnded` makes a missing end "Present". */
function dateRange(entry: Json, openEnded: boolean): string {
  const start = str(entry.startDate);
  const end = str(entry.endDate);
  if (!start) return end ? corpusDate(end) : "";
  return `${corpusDate(start)} to ${end ? corpusDate(end) : openEnded ? "Present" : ""}`.trim().replace(/ to$/, "");
}

const joinPresent = (parts: string[], separator: string) => parts.filter(Boolean).join(separator);

function basicsLines(basics: Json): string[] {
  const location = basics.location && typeof basics.location === "object" ? (basics.location as Json) : {};
  return [
    str(basics.name),
    str(basics.label),
    joinPresent([str(basics.email), str(basics.phone), str(basics.url)], " · "),
    joinPresent(
      [
        str(location.address),
        str(location.city),
        joinPresent([str(location.region), str(location.postalCode)], " "),
        str(location.countryCode),
      ],
      ", ",
    ),
    ...list(basics.profiles).map(
      (profile) => str(profile.url) || joinPresent([str(profile.network), str(profile.username)], ": "),
    ),
    str(basics.summary),
  ];
}

function section(heading: string, lines: string[]): string[] {
  const body = lines.filter(Boolean);
  return body.length > 0 ? [heading, ...body] : [];
}

/** The resume text of a (valid) JSON Resume document. */
export function jsonResumeToText(document: Json): string {
  const h = JSON_RESUME_HEADINGS;
  const bullets = (value: unknown) => strings(value).map((item) => `• ${item}`);
  const lines = [
    ...basicsLines(document.basics && typeof document.basics === "object" ? (document.basics as Json) : {}),
    ...section(
      h.work,
      list(document.work).flatMap((job) => [
        str(job.position),
        joinPresent([str(job.name), str(job.location)], " - "),
        dateRange(job, true),
        str(job.summary) || str(job.description),
        ...bullets(job.highlights),
      ]),
    ),
    ...section(
      h.education,
      list(document.education).flatMap((school) => [
        joinPresent([str(school.studyType), str(school.area)], " in "),
        str(school.institution),
        dateRange(school, false),
        str(school.score) ? `GPA: ${str(school.score)}` : "",
        strings(school.courses).length > 0 ? `Courses: ${strings(school.courses).join(", ")}` : "",
      ]),
    ),
    ...section(
      h.skills,
      list(document.skills).map((skill) =>
        strings(skill.keywords).length > 0
          ? `${str(skill.name)}: ${strings(skill.keywords).join(", ")}`
          : str(skill.name),
      ),
    ),
    ...section(
      h.awards,
      list(document.awards).flatMap((award) => [
        joinPresent(
          [
            joinPresent([str(award.title), str(award.awarder)], ", "),
            str(award.date) ? corpusDate(str(award.date)) : "",
          ],
          " ",
        ),
        str(award.summary),
      ]),
    ),
    ...section(
      h.certificates,
      list(document.certificates).map((certificate) =>
        joinPresent(
          [
            joinPresent([str(certificate.name), str(certificate.issuer)], ", "),
            str(certificate.date) ? corpusDate(str(certificate.date)) : "",
          ],
          " ",
        ),
      ),
    ),
    ...section(
      h.projects,
      list(document.projects).flatMap((project) => {
        const year = /^\d{4}/.exec(str(project.startDate))?.[0];
        const name = year ? `${str(project.name)} (${year})` : str(project.name);
        const description = str(project.description);
        return [description ? `${name}: ${description}` : name, ...bullets(project.highlights)];
      }),
    ),
    ...section(
      h.publications,
      list(document.publications).flatMap((publication) => [
        joinPresent(
          [
            joinPresent([str(publication.name), str(publication.publisher)], ", "),
            str(publication.releaseDate) ? corpusDate(str(publication.releaseDate)) : "",
          ],
          " ",
        ),
        str(publication.summary),
      ]),
    ),
    ...section(h.additional, [
      ...list(document.volunteer).map(
        (v) => `Volunteer: ${joinPresent([str(v.position), str(v.organization), dateRange(v, true)], ", ")}`,
      ),
      strings(
        list(document.languages).map((l) =>
          joinPresent([str(l.language), str(l.fluency) ? `(${str(l.fluency)})` : ""], " "),
        ),
      )
        .join(", ")
        .replace(/^(.+)$/, "Languages: $1"),
      list(document.interests)
        .map((i) => str(i.name))
        .filter(Boolean)
        .join(", ")
        .replace(/^(.+)$/, "Interests: $1"),
      ...list(document.references).map((r) => `Reference: ${joinPresent([str(r.name), str(r.reference)], " - ")}`),
    ]),
  ];
  return lines.filter(Boolean).join("\n");
}

export type JsonResumeParse = { document: Json } | { field: string | null; reason: string };

/** Parses and validates one JSON Resume file's text; the reason says what to fix. */
export function parseJsonResume(text: string): JsonResumeParse {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { field: null, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    return {
      field: null,
      reason: `a JSON Resume is one JSON object; this file holds ${Array.isArray(document) ? "an array" : typeof document}`,
    };
  }
  const check = checkJsonResume(document);
  if (!check.valid) {
    const shown = check.errors.slice(0, 3).join("; ");
    const more = check.errors.length > 3 ? ` (and ${check.errors.length - 3} more)` : "";
    return {
      field: check.errors[0].split(" ")[0],
      reason: `not valid against the JSON Resume schema: ${shown}${more}`,
    };
  }
  return { document: document as Json };
}
