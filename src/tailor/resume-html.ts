/**
 * A JSON Resume document as one clean, printable HTML page: one template, inline CSS, no script,
 * no font or image fetched, every value escaped. Chromium prints it to resume.pdf.
 *
 * The page follows the order and headings the JSON Resume reader writes (collect/readers/
 * json-resume.ts: "Work Experience", "Education", "Skills", "Awards", "Certifications/Licenses",
 * "Projects"), so the printed PDF reads back through `rpw collect` into the same seven sections.
 * Bullets are drawn as text ("• " via CSS content), so they survive in the PDF's text layer.
 * The system that tailored it is in the title and a generator tag (in the PDF's metadata too)
 * and in a note shown on screen only, so the printed resume carries no tool banner.
 */
import { corpusDate, JSON_RESUME_HEADINGS } from "../collect/readers/json-resume";
import { escapeHtml } from "../html/escape";

type Json = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === "string" ? value.trim() : "");
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((v): v is Json => v !== null && typeof v === "object") : [];
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(str).filter(Boolean) : []);
const joined = (parts: string[], separator: string) => parts.filter(Boolean).join(separator);

/** The headings the page can show, in page order (a section without entries is left out). */
export const RESUME_HEADINGS = [
  JSON_RESUME_HEADINGS.work,
  JSON_RESUME_HEADINGS.education,
  JSON_RESUME_HEADINGS.skills,
  JSON_RESUME_HEADINGS.awards,
  JSON_RESUME_HEADINGS.certificates,
  JSON_RESUME_HEADINGS.projects,
] as const;

const STYLE = [
  "@page{size:Letter;margin:0.6in}",
  "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt;line-height:1.35;color:#111}",
  "body{max-width:7.3in;margin:0 auto}",
  "h1{font-size:20pt;margin:0 0 2px}",
  "h2{font-size:12.5pt;color:#223;border-bottom:1px solid #999;margin:14px 0 6px}",
  "p{margin:1px 0}",
  ".label{font-size:12pt;color:#333}",
  ".muted{color:#555}",
  ".entry{margin:0 0 8px;break-inside:avoid}",
  ".title{font-weight:bold}",
  "ul{list-style:none;margin:2px 0;padding-left:12px}",
  "li::before{content:'\\2022  '}",
  ".system{font:9pt sans-serif;color:#666;border:1px dashed #bbb;padding:4px 8px;margin-bottom:12px}",
  "@media print{.system{display:none}}",
].join("\n");

const p = (text: string, cls = "") => (text ? `<p${cls ? ` class="${cls}"` : ""}>${escapeHtml(text)}</p>` : "");
const bullets = (items: string[]) =>
  items.length ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>` : "";
const dated = (text: string, date: unknown) => joined([text, str(date) ? corpusDate(str(date)) : ""], " ");

/** "March 2019 to Present" (`openEnded`: no end date means current, JSON Resume's convention). */
function dates(entry: Json, openEnded: boolean): string {
  const start = str(entry.startDate);
  const end = str(entry.endDate);
  if (!start) return end ? corpusDate(end) : "";
  if (end) return `${corpusDate(start)} to ${corpusDate(end)}`;
  return openEnded ? `${corpusDate(start)} to Present` : corpusDate(start);
}

function section(heading: string, entries: string[]): string {
  const body = entries.filter(Boolean);
  return body.length ? `<section>\n<h2>${escapeHtml(heading)}</h2>\n${body.join("\n")}\n</section>` : "";
}

function header(basics: Json): string {
  const location = basics.location && typeof basics.location === "object" ? (basics.location as Json) : {};
  return [
    `<h1>${escapeHtml(str(basics.name) || "Resume")}</h1>`,
    p(str(basics.label), "label"),
    p(joined([str(basics.email), str(basics.phone), str(basics.url)], " · "), "muted"),
    p(joined([str(location.city), str(location.region)], ", "), "muted"),
    ...list(basics.profiles).map((profile) => p(str(profile.url), "muted")),
    p(str(basics.summary)),
  ]
    .filter(Boolean)
    .join("\n");
}

const entry = (lines: string[]) => `<div class="entry">${lines.filter(Boolean).join("")}</div>`;

function work(job: Json): string {
  return entry([
    p(str(job.position), "title"),
    p(joined([str(job.name), str(job.location)], " - ")),
    p(dates(job, true), "muted"),
    p(str(job.summary)),
    bullets(strings(job.highlights)),
  ]);
}

function school(entryJson: Json): string {
  const degree = joined([str(entryJson.studyType), str(entryJson.area)], " in ");
  return entry([p(degree, "title"), p(str(entryJson.institution)), p(dates(entryJson, false), "muted")]);
}

function certificate(c: Json): string {
  // The sectioner may leave the issuer in the name ("Tableau Desktop Specialist, Tableau"): say it once.
  const issuer = str(c.issuer) && !str(c.name).includes(str(c.issuer)) ? str(c.issuer) : "";
  return p(dated(joined([str(c.name), issuer], ", "), c.date));
}

/** The page for `document` (valid JSON Resume); `system` names who tailored it. */
export function resumeHtml(document: Json, system: string): string {
  const basics = document.basics && typeof document.basics === "object" ? (document.basics as Json) : {};
  const h = JSON_RESUME_HEADINGS;
  const skills = list(document.skills).map((skill) =>
    joined([str(skill.name), strings(skill.keywords).join(", ")], ": "),
  );
  const body = [
    header(basics),
    section(h.work, list(document.work).map(work)),
    section(h.education, list(document.education).map(school)),
    section(h.skills, [p(skills.filter(Boolean).join(", "))]),
    section(
      h.awards,
      list(document.awards).map((award) => p(dated(str(award.title), award.date))),
    ),
    section(h.certificates, list(document.certificates).map(certificate)),
    section(
      h.projects,
      list(document.projects).map((project) =>
        p(str(project.description) ? `${str(project.name)}: ${str(project.description)}` : str(project.name)),
      ),
    ),
  ]
    .filter(Boolean)
    .join("\n");
  const title = `${str(basics.name) || "Resume"} — tailored by ${system}`;
  const generator = escapeHtml(`rpw tailor: ${system}`);
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="${generator}">` +
    `<title>${escapeHtml(title)}</title><style>\n${STYLE}\n</style></head>\n<body>\n` +
    `<div class="system">Tailored by ${escapeHtml(system)} (this note is not printed)</div>\n${body}\n</body></html>\n`
  );
}
