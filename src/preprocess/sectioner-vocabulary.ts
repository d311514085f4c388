/**
 * The heading words of resumes outside the florex corpus: resume builders, ATS plain text, the
 * Kaggle "UpdatedResumeDataSet" CSV ("Skill Details", "Education Details", "Company Details")
 * and the livecareer "Resume.csv" set ("Summary", "Highlights", "Accomplishments",
 * "Experience", "Education and Training", often in capitals). Each phrase names the section its
 * body belongs to and how distinctive it is: "Company Details" or "Professional Experience"
 * are hardly ever running text, while "Experience", "Profile" or "Projects" often are.
 * Summary, Profile and Objective bodies go to personal information, as the florex header's
 * summary does; Interests, Languages and References have no place in the seven sections.
 * Indeed's own headings are here too, filed as the Indeed reading files them, so a florex-style
 * resume typed one heading per line reads the same way.
 * Leaves out: headings in other languages.
 */
import { SectionName } from "../schemas/resume-sections";

export type HeadingDestination = SectionName | "other";

export interface HeadingPhrase {
  /** As usually written; matched case-insensitively, with any run of spaces. */
  text: string;
  destination: HeadingDestination;
  /** 0–1: how rarely the phrase occurs in running text (the prior that an occurrence is a heading). */
  distinct: number;
}

const phrases = (destination: HeadingDestination, distinct: number, texts: string[]): HeadingPhrase[] =>
  texts.map((text) => ({ text, destination, distinct }));

export const HEADING_PHRASES: HeadingPhrase[] = [
  ...phrases("experience", 0.9, [
    "Professional Experience",
    "Work Experience",
    "Work History",
    "Employment History",
    "Company Details",
    "Career History",
    "Relevant Experience",
    "Experience Details",
    "Professional Background",
    "Employment Details",
    "Work Details",
    "Internship Experience",
    "Industry Experience",
    "Experience Summary",
    "Research Experience",
    "Teaching Experience",
    "Clinical Experience",
  ]),
  ...phrases("experience", 0.55, ["Experience", "Employment", "Internships"]),
  ...phrases("experience", 0.9, ["Military Service"]),
  ...phrases("education", 0.9, [
    "Education Details",
    "Education and Training",
    "Education & Training",
    "Educational Background",
    "Educational Qualifications",
    "Educational Qualification",
    "Academic Qualifications",
    "Academic Qualification",
    "Academic Background",
    "Academic Details",
    "Education Background",
    "Education and Certifications",
    "Academic Profile",
  ]),
  ...phrases("education", 0.7, ["Education", "Academics", "Academic"]),
  ...phrases("skills", 0.9, [
    "Skill Details",
    "Technical Skills",
    "Skill Highlights",
    "Core Qualifications",
    "Key Skills",
    "Skill Set",
    "Skills Set",
    "Skillset",
    "Core Competencies",
    "Areas of Expertise",
    "Technical Proficiencies",
    "Summary of Skills",
    "Professional Skills",
    "IT Skills",
    "Computer Skills",
    "Personal Skills",
    "Technical Expertise",
    "Relevant Skills",
    "Skills Summary",
    "Technical Skill Set",
  ]),
  ...phrases("skills", 0.65, ["Skills", "Highlights", "Competencies", "Expertise", "Qualifications"]),
  ...phrases("certificates", 0.9, [
    "Certifications/Licenses",
    "Licenses and Certifications",
    "Licenses & Certifications",
    "Certifications and Licenses",
    "Certifications & Licenses",
    "Professional Certifications",
  ]),
  ...phrases("certificates", 0.7, ["Certifications", "Certification", "Certificates", "Licenses", "Licensure"]),
  ...phrases("projects", 0.85, [
    "Academic Projects",
    "Key Projects",
    "Personal Projects",
    "Project Details",
    "Project Experience",
    "Projects Undertaken",
  ]),
  ...phrases("projects", 0.55, ["Projects"]),
  ...phrases("achievements", 0.85, [
    "Awards and Honors",
    "Honors and Awards",
    "Awards & Honors",
    "Honors & Awards",
    "Key Achievements",
    "Awards and Recognition",
  ]),
  ...phrases("achievements", 0.65, ["Accomplishments", "Achievements", "Awards", "Honors", "Publications", "Patents"]),
  ...phrases("personal_information", 0.85, [
    "Professional Summary",
    "Career Objective",
    "Career Overview",
    "Executive Summary",
    "Professional Profile",
    "Summary of Qualifications",
    "Career Summary",
    "Personal Details",
    "Contact Information",
    "About Me",
    "Personal Profile",
    "Executive Profile",
    "Qualifications Summary",
    "Professional Overview",
  ]),
  ...phrases("personal_information", 0.6, ["Summary", "Profile", "Objective", "Links"]),
  ...phrases("other", 0.85, [
    "Additional Information",
    "Personal Interests",
    "Volunteer Experience",
    "Professional Affiliations",
  ]),
  ...phrases("other", 0.6, [
    "Interests",
    "Languages",
    "References",
    "Affiliations",
    "Hobbies",
    "Activities",
    "Volunteer Work",
    "Memberships",
    "Groups",
    "Assessments",
  ]),
];

/** Lower-case, single-spaced key of a phrase or of matched text. */
export const phraseKey = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

const BY_KEY = new Map(HEADING_PHRASES.map((p) => [phraseKey(p.text), p]));

export function lookupPhrase(text: string): HeadingPhrase | undefined {
  return BY_KEY.get(phraseKey(text));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/&]/g, (c) => `\\${c}`).replace(/ /g, "\\s+");

/**
 * Per lower-case first word, a sticky regex of the phrases it begins, longest first ("Technical
 * Skills" before "Technical"). One regex of all phrases tried at every character is ten times
 * slower on a 200-page text; looking a word up first keeps the scan linear.
 */
export const PHRASES_BY_FIRST_WORD: Map<string, RegExp> = (() => {
  const groups = new Map<string, HeadingPhrase[]>();
  for (const phrase of HEADING_PHRASES) {
    const first = phraseKey(phrase.text).split(/[\s/]/)[0];
    groups.set(first, [...(groups.get(first) ?? []), phrase]);
  }
  return new Map(
    [...groups].map(([first, list]) => [
      first,
      new RegExp(
        `(?:${[...list]
          .sort((a, b) => b.text.length - a.text.length)
          .map((p) => escape(p.text))
          .join("|")})(?![A-Za-z])`,
        "iy",
      ),
    ]),
  );
})();
