/**
 * The rules sectioner: a resume's one-line florex text into the study's seven sections plus
 * `other`, each as text and as structured entries, with the span of text each came from.
 *
 * Follows: the Indeed page layout of the florex corpus (personal header, then Work Experience,
 * Education, Skills, Links, Military Service, Awards, Certifications/Licenses, Groups,
 * Publications, Assessments, Additional Information). Headings come from resume-headings.ts;
 * each body goes to one section (Links → personal information, Military Service → experience,
 * Awards and Publications → achievements, Groups and Assessments → other) and Additional
 * Information is split by its own sub-headings (additional-info.ts). Every character of the
 * text lies in exactly one span, so nothing is lost: what no section takes is in `other`.
 * Leaves out: moving sentences between sections by meaning (the LLM sectioner's job), e.g.
 * quantified experience bullets into achievements.
 */
import { ResumeRecord } from "../schemas/resume";
import { ExperienceEntry, ResumeSections, SectionedResume, SectionName, SectionSpan } from "../schemas/resume-sections";
import { Destination, splitAdditionalInformation } from "./additional-info";
import { parseEducationEntries } from "./education-entries";
import { parseExperienceEntries, splitBullets } from "./experience-entries";
import { HeadingLabel } from "./heading-scorer";
import { findDateRanges } from "./resume-dates";
import { parseResumeHeader } from "./resume-header";
import { findResumeHeadings } from "./resume-headings";
import { parseAchievements, parseCertificates, parseProjects, parseSkillList } from "./resume-lists";
import { looksEnglish } from "./text-language";

const DESTINATION: Record<Exclude<HeadingLabel, "additional_information">, Destination> = {
  work_experience: "experience", education: "education", skills: "skills", links: "personal_information",
  military_service: "experience", awards: "achievements", certifications: "certificates", groups: "other",
  publications: "achievements", patents: "achievements", assessments: "other", projects: "projects",
};
/** Texts longer than this are sectioned all the same, with a warning: they are not one resume. */
const LONG_TEXT = 100_000;

/** Indeed's "Branch: US Navy Service Country: United States Rank: E-5 May 2010 to May 2014". */
function parseMilitary(text: string): ExperienceEntry[] {
  const branch = /Branch:\s*(.+?)(?=\s+(?:Service Country|Rank):|$)/.exec(text)?.[1] ?? null;
  const country = /Service Country:\s*(.+?)(?=\s+Rank:|$)/.exec(text)?.[1] ?? null;
  const range = findDateRanges(text)[0];
  const rankText = /Rank:\s*(.+)$/.exec(text)?.[1] ?? null;
  const rank = rankText && range ? rankText.slice(0, rankText.indexOf(range.text)).trim() || null : rankText?.split(/\s{2,}/)[0].trim() ?? null;
  if (!branch && !rank) return [];
  const description = range ? text.slice(text.indexOf(range.text) + range.text.length) : "";
  return [{
    title: rank, employer: branch, location: country,
    startDate: range?.startDate ?? null, endDate: range?.endDate ?? null, current: range?.current ?? false,
    bullets: splitBullets(description), text: text.trim(),
  }];
}

function emptySections(): ResumeSections {
  return {
    personal_information: { text: "", name: null, email: null, phone: null, location: null, links: [], headline: null, summary: null },
    achievements: { text: "", entries: [] }, certificates: { text: "", entries: [] }, education: { text: "", entries: [] },
    projects: { text: "", entries: [] }, skills: { text: "", entries: [] }, experience: { text: "", entries: [] }, other: "",
  };
}

/** Spans covering the whole text: header, headings, bodies (Additional Information split). */
function spansOf(text: string, warnings: string[]): SectionSpan[] {
  const headings = findResumeHeadings(text);
  if (headings.length === 0) {
    warnings.push("no section headings found: the whole text is kept in `other`");
    return [{ section: "other", start: 0, end: text.length, heading: null }];
  }
  if (!headings.some((h) => h.label === "work_experience")) warnings.push("no Work Experience heading: the text before the first heading is taken as the personal header");
  const spans: SectionSpan[] = [];
  if (headings[0].start > 0) spans.push({ section: "personal_information", start: 0, end: headings[0].start, heading: null });
  headings.forEach((heading, i) => {
    const headingText = text.slice(heading.start, heading.end);
    spans.push({ section: "heading", start: heading.start, end: heading.end, heading: headingText });
    const end = headings[i + 1]?.start ?? text.length;
    if (end <= heading.end) return;
    if (heading.label !== "additional_information") {
      spans.push({ section: DESTINATION[heading.label], start: heading.end, end, heading: headingText });
      return;
    }
    for (const piece of splitAdditionalInformation(text.slice(heading.end, end))) {
      spans.push({ section: piece.destination, start: heading.end + piece.start, end: heading.end + piece.end, heading: headingText });
    }
  });
  return spans;
}

/** Sections a resume by rules; never throws on odd text, says what it could not do in `warnings`. */
export function sectionResumeRules(resume: Pick<ResumeRecord, "id" | "text">): SectionedResume {
  const text = resume.text;
  const warnings: string[] = [];
  const sections = emptySections();
  if (text.trim() === "") {
    warnings.push("empty text: no sections");
    return SectionedResume.parse({ resumeId: resume.id, sections, spans: text ? [{ section: "other", start: 0, end: text.length, heading: null }] : [], warnings });
  }
  if (text.length > LONG_TEXT) warnings.push(`very long text (${text.length} characters): sectioned as one resume, but it is likely several documents`);
  if (looksEnglish(text) === false) warnings.push("the text does not look English: headings and patterns are English-only, so most of it may stay in `other`");

  const spans = spansOf(text, warnings);
  const bodies = (section: SectionSpan["section"], heading?: string) =>
    spans.filter((s) => s.section === section && (heading === undefined || s.heading === heading)).map((s) => text.slice(s.start, s.end).trim()).filter(Boolean);
  const join = (parts: string[]) => parts.join("\n");

  const links = bodies("personal_information", "Links").flatMap((body) => body.split(/\s+/));
  const header = bodies("personal_information").filter((_, i) => i === 0 && spans[0].heading === null).join("");
  sections.personal_information = { ...parseResumeHeader(header, text, links), text: join(bodies("personal_information")) };
  sections.experience = {
    text: join(bodies("experience")),
    entries: [...bodies("experience", "Work Experience").flatMap(parseExperienceEntries), ...bodies("experience", "Military Service").flatMap(parseMilitary)],
  };
  sections.education = { text: join(bodies("education")), entries: bodies("education").flatMap(parseEducationEntries) };
  const skillNames = bodies("skills").flatMap(parseSkillList);
  sections.skills = { text: join(bodies("skills")), entries: skillNames.filter((name, i) => skillNames.findIndex((n) => n.toLowerCase() === name.toLowerCase()) === i) };
  sections.certificates = { text: join(bodies("certificates")), entries: bodies("certificates").flatMap(parseCertificates) };
  sections.achievements = { text: join(bodies("achievements")), entries: bodies("achievements").flatMap(parseAchievements) };
  sections.projects = { text: join(bodies("projects")), entries: bodies("projects").flatMap(parseProjects) };
  sections.other = join(bodies("other"));

  const missing = (["experience", "education", "skills"] as SectionName[]).filter((name) => sections[name].text === "");
  if (missing.length > 0 && spans.length > 1) warnings.push(`no ${missing.join(", ")} section found`);
  if (sections.experience.text !== "" && sections.experience.entries.length === 0) warnings.push("the experience section has no dated entries: its text is kept, unstructured");
  return SectionedResume.parse({ resumeId: resume.id, sections, spans, warnings });
}
