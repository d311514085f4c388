/**
 * The rules sectioner: a resume's text into the study's seven sections plus `other`, each as
 * text and as structured entries, with the span of text each came from and the headings used,
 * each with a confidence.
 *
 * Follows: two heading vocabularies (sectioner-spans.ts chooses). The florex corpus's Indeed page
 * layout (personal header, then Work Experience, Education, Skills, Links, Military Service,
 * Awards, Certifications/Licenses, Groups, Publications, Assessments, Additional Information;
 * resume-headings.ts), unchanged from the study's reproduction; and the general resume
 * vocabulary of builders, ATS text and CSV datasets, on their own lines or run together
 * (sectioner-headings.ts). Links → personal information, Military Service → experience,
 * Awards and Publications → achievements, Groups and Assessments → other; Additional
 * Information is split by its own sub-headings (additional-info.ts). Every character of the
 * text lies in exactly one span, so nothing is lost: what no section takes is in `other`.
 * Leaves out: moving sentences between sections by meaning (the LLM sectioner's job), e.g.
 * quantified experience bullets into achievements.
 */
import { ResumeRecord } from "../schemas/resume";
import { ExperienceEntry, ResumeSections, SectionedResume, SectionName, SectionSpan } from "../schemas/resume-sections";
import { parseEducationEntries } from "./education-entries";
import { parseExperienceEntries, splitBullets } from "./experience-entries";
import { findDateRanges } from "./resume-dates";
import { parseResumeHeader } from "./resume-header";
import { parseAchievements, parseCertificates, parseProjects, parseSkillList } from "./resume-lists";
import { FoundHeading, readResumeSpans, Vocabulary } from "./sectioner-spans";
import { looksEnglish } from "./text-language";

/** Texts longer than this are sectioned all the same, with a warning: they are not one resume. */
const LONG_TEXT = 100_000;

/** Indeed's "Branch: US Navy Service Country: United States Rank: E-5 May 2010 to May 2014". */
function parseMilitary(text: string): ExperienceEntry[] {
  const branch = /Branch:\s*(.+?)(?=\s+(?:Service Country|Rank):|$)/.exec(text)?.[1] ?? null;
  const country = /Service Country:\s*(.+?)(?=\s+Rank:|$)/.exec(text)?.[1] ?? null;
  const range = findDateRanges(text)[0];
  const rankText = /Rank:\s*(.+)$/.exec(text)?.[1] ?? null;
  const rank =
    rankText && range
      ? rankText.slice(0, rankText.indexOf(range.text)).trim() || null
      : (rankText?.split(/\s{2,}/)[0].trim() ?? null);
  if (!branch && !rank) return [];
  const description = range ? text.slice(text.indexOf(range.text) + range.text.length) : "";
  return [
    {
      title: rank,
      employer: branch,
      location: country,
      startDate: range?.startDate ?? null,
      endDate: range?.endDate ?? null,
      current: range?.current ?? false,
      bullets: splitBullets(description),
      text: text.trim(),
    },
  ];
}

function emptySections(): ResumeSections {
  return {
    personal_information: {
      text: "",
      name: null,
      email: null,
      phone: null,
      location: null,
      links: [],
      headline: null,
      summary: null,
    },
    achievements: { text: "", entries: [] },
    certificates: { text: "", entries: [] },
    education: { text: "", entries: [] },
    projects: { text: "", entries: [] },
    skills: { text: "", entries: [] },
    experience: { text: "", entries: [] },
    other: "",
  };
}

/** The rules sectioner's result: the schema's record plus the headings it used and their confidence. */
export type RulesSectionedResume = SectionedResume & {
  /** Which heading vocabulary cut the text: Indeed's (florex) or the general one (sectioner-spans.ts). */
  vocabulary: Vocabulary | null;
  headings: FoundHeading[];
};

/** Sections a resume by rules; never throws on odd text, says what it could not do in `warnings`. */
export function sectionResumeRules(resume: Pick<ResumeRecord, "id" | "text">): RulesSectionedResume {
  const text = resume.text;
  const warnings: string[] = [];
  const sections = emptySections();
  if (text.trim() === "") {
    warnings.push("empty text: no sections");
    const parsed = SectionedResume.parse({
      resumeId: resume.id,
      sections,
      spans: text ? [{ section: "other", start: 0, end: text.length, heading: null }] : [],
      warnings,
    });
    return { ...parsed, vocabulary: null, headings: [] };
  }
  if (text.length > LONG_TEXT)
    warnings.push(
      `very long text (${text.length} characters): sectioned as one resume, but it is likely several documents`,
    );
  if (looksEnglish(text) === false)
    warnings.push(
      "the text does not look English: headings and patterns are English-only, so most of it may stay in `other`",
    );

  const reading = readResumeSpans(text);
  const spans = reading.spans;
  if (reading.headings.length === 0) warnings.push("no section headings found: the whole text is kept in `other`");
  else if (reading.vocabulary === "indeed" && !reading.headings.some((h) => h.heading === "Work Experience"))
    warnings.push("no Work Experience heading: the text before the first heading is taken as the personal header");
  const bodies = (section: SectionSpan["section"], heading?: string) =>
    spans
      .filter((s) => s.section === section && (heading === undefined || s.heading === heading))
      .map((s) => text.slice(s.start, s.end).trim())
      .filter(Boolean);
  const join = (parts: string[]) => parts.join("\n");

  const links = bodies("personal_information", "Links").flatMap((body) => body.split(/\s+/));
  const header = bodies("personal_information")
    .filter((_, i) => i === 0 && spans[0].heading === null)
    .join("");
  sections.personal_information = {
    ...parseResumeHeader(header, text, links),
    text: join(bodies("personal_information")),
  };
  sections.experience = {
    text: join(bodies("experience")),
    entries: [
      ...spans
        .filter((s) => s.section === "experience" && s.heading !== "Military Service")
        .map((s) => text.slice(s.start, s.end).trim())
        .filter(Boolean)
        .flatMap(parseExperienceEntries),
      ...bodies("experience", "Military Service").flatMap(parseMilitary),
    ],
  };
  sections.education = { text: join(bodies("education")), entries: bodies("education").flatMap(parseEducationEntries) };
  const skillNames = bodies("skills").flatMap(parseSkillList);
  sections.skills = {
    text: join(bodies("skills")),
    entries: skillNames.filter((name, i) => skillNames.findIndex((n) => n.toLowerCase() === name.toLowerCase()) === i),
  };
  sections.certificates = {
    text: join(bodies("certificates")),
    entries: bodies("certificates").flatMap(parseCertificates),
  };
  sections.achievements = {
    text: join(bodies("achievements")),
    entries: bodies("achievements").flatMap(parseAchievements),
  };
  sections.projects = { text: join(bodies("projects")), entries: bodies("projects").flatMap(parseProjects) };
  sections.other = join(bodies("other"));

  const missing = (["experience", "education", "skills"] as SectionName[]).filter((name) => sections[name].text === "");
  if (missing.length > 0 && spans.length > 1) warnings.push(`no ${missing.join(", ")} section found`);
  if (sections.experience.text !== "" && sections.experience.entries.length === 0)
    warnings.push("the experience section has no dated entries: its text is kept, unstructured");
  return {
    ...SectionedResume.parse({ resumeId: resume.id, sections, spans, warnings }),
    vocabulary: reading.vocabulary,
    headings: reading.headings,
  };
}
