/**
 * Cuts a resume text into spans (header, heading, body) by two vocabularies and chooses one:
 * Indeed's page headings as the florex corpus prints them (resume-headings.ts, the study's
 * sectioner, unchanged) or the general resume vocabulary (sectioner-headings.ts).
 *
 * Why a choice and not a union: the florex bodies are full of the general words ("Experience",
 * "Summary", "Technical Skills" inside job descriptions), so mixing them in would cut florex
 * resumes apart. The general reading wins only when it loses no section the Indeed reading
 * found (so on any resume no section can go missing) and either finds more of experience,
 * education and skills or the text is plainly not an Indeed page (headings on their own lines,
 * or confident headings Indeed never prints) — or when the Indeed reading finds no heading or
 * no Work Experience (no florex page lacks it), where the general reading needs only to find as
 * many of the core sections.
 * Every character lies in exactly one span, as before.
 */
import { SectionSpan } from "../schemas/resume-sections";
import { Destination, splitAdditionalInformation } from "./additional-info";
import { HeadingLabel } from "./heading-scorer";
import { findResumeHeadings } from "./resume-headings";
import { findSectionHeadings } from "./sectioner-headings";
import { findRepeatedTitle } from "./sectioner-repeated-title";

export type Vocabulary = "indeed" | "general";

/** One heading as the sectioner used it, with its confidence and the body it opened. */
export interface FoundHeading {
  heading: string;
  start: number;
  end: number;
  /** Where its body went (Additional Information: split by its own sub-headings, `other` here). */
  section: Destination;
  /** 0–1; Indeed headings: the logistic of the heading scorer's net score. */
  confidence: number;
  /** `implicit`: a cut with no heading word (the Kaggle title line, sectioner-repeated-title.ts). */
  placement: "line" | "inline" | "implicit";
  vocabulary: Vocabulary;
  /** End of the body this heading opened (the next heading's start, or the end of the text). */
  bodyEnd: number;
}

export interface SpanReading {
  vocabulary: Vocabulary;
  spans: SectionSpan[];
  headings: FoundHeading[];
}

const INDEED_DESTINATION: Record<Exclude<HeadingLabel, "additional_information">, Destination> = {
  work_experience: "experience",
  education: "education",
  skills: "skills",
  links: "personal_information",
  military_service: "experience",
  awards: "achievements",
  certifications: "certificates",
  groups: "other",
  publications: "achievements",
  patents: "achievements",
  assessments: "other",
  projects: "projects",
};

interface Cut {
  start: number;
  end: number;
  section: Destination | "additional";
  confidence: number;
  placement: "line" | "inline" | "implicit";
}

/** Spans for headings in text order: header, then each heading and its body. */
function spansFrom(text: string, cuts: Cut[], vocabulary: Vocabulary): SpanReading {
  if (cuts.length === 0)
    return { vocabulary, spans: [{ section: "other", start: 0, end: text.length, heading: null }], headings: [] };
  const spans: SectionSpan[] = [];
  const headings: FoundHeading[] = [];
  if (cuts[0].start > 0) spans.push({ section: "personal_information", start: 0, end: cuts[0].start, heading: null });
  cuts.forEach((cut, i) => {
    const headingText = text.slice(cut.start, cut.end);
    const end = cuts[i + 1]?.start ?? text.length;
    if (cut.end > cut.start) spans.push({ section: "heading", start: cut.start, end: cut.end, heading: headingText });
    const section = cut.section === "additional" ? "other" : cut.section;
    headings.push({
      heading: headingText,
      start: cut.start,
      end: cut.end,
      section,
      confidence: cut.confidence,
      placement: cut.placement,
      vocabulary,
      bodyEnd: Math.max(end, cut.end),
    });
    if (end <= cut.end) return;
    // A blank body has no sub-headings to split by (and splitAdditionalInformation returns no piece for it).
    if (cut.section !== "additional" || text.slice(cut.end, end).trim() === "") {
      spans.push({ section, start: cut.end, end, heading: headingText });
      return;
    }
    for (const piece of splitAdditionalInformation(text.slice(cut.end, end))) {
      spans.push({
        section: piece.destination,
        start: cut.end + piece.start,
        end: cut.end + piece.end,
        heading: headingText,
      });
    }
  });
  return { vocabulary, spans, headings };
}

/** The study's reading: Indeed's headings. */
export function readIndeedSpans(text: string): SpanReading {
  const cuts = findResumeHeadings(text).map((h): Cut => ({
    start: h.start,
    end: h.end,
    section: h.label === "additional_information" ? "additional" : INDEED_DESTINATION[h.label],
    confidence: 1 / (1 + Math.exp(-h.score)),
    placement: /(?:^|\n)\s*$/.test(text.slice(0, h.start)) ? "line" : "inline",
  }));
  return spansFrom(text, cuts, "indeed");
}

/** The general reading: resume-builder, ATS and CSV-dataset headings. */
export function readGeneralSpans(text: string): SpanReading {
  const cuts = findSectionHeadings(text).flatMap((h, i, all): Cut[] => {
    const cut: Cut = {
      start: h.start,
      end: h.end,
      section: /^additional\s+information$/i.test(h.text) ? "additional" : h.destination,
      confidence: h.confidence,
      placement: h.placement,
    };
    if (h.destination !== "education" || h.placement === "line") return [cut];
    const title = findRepeatedTitle(text.slice(h.end, all[i + 1]?.start ?? text.length));
    return title === null
      ? [cut]
      : [
          cut,
          { start: h.end + title, end: h.end + title, section: "experience", confidence: 0.75, placement: "implicit" },
        ];
  });
  return spansFrom(text, cuts, "general");
}

const CORE: Destination[] = ["experience", "education", "skills"];

function sectionsFound(text: string, reading: SpanReading): Set<Destination> {
  return new Set(
    reading.spans
      .filter(
        (s) =>
          s.section !== "heading" && s.section !== "personal_information" && text.slice(s.start, s.end).trim() !== "",
      )
      .map((s) => s.section as Destination),
  );
}

/** Indeed's own heading words: a general heading outside them is a sign of another layout. */
const INDEED_WORDS =
  /^(?:work experience|education|skills|links|military service|awards|certifications\/licenses|groups|publications|patents|assessments|additional information|projects)$/i;

/**
 * Signs the text is not laid out as an Indeed page: headings on their own lines (florex
 * resumes are one line), or two confident experience, education or skills headings that Indeed
 * never prints ("Education Details", "Skill Details") before Indeed's Work Experience — where
 * an Indeed page has nothing but its personal header. (After it, such words are the resume
 * writer's own sub-headings, which the Indeed reading already files.)
 */
function notIndeedLayout(indeed: SpanReading, general: SpanReading): boolean {
  if (general.headings.filter((h) => h.placement === "line").length >= 2) return true;
  const workExperience = indeed.headings.find((h) => h.heading === "Work Experience")?.start ?? Infinity;
  return (
    general.headings.filter(
      (h) =>
        h.start < workExperience &&
        h.confidence >= 0.8 &&
        CORE.includes(h.section) &&
        !INDEED_WORDS.test(h.heading.replace(/\s+/g, " ")),
    ).length >= 2
  );
}

/** Indeed's reading unless the general one finds strictly more of the core sections and loses nothing. */
export function readResumeSpans(text: string): SpanReading {
  const indeed = readIndeedSpans(text);
  const general = readGeneralSpans(text);
  if (general.headings.length === 0) return indeed;
  if (indeed.headings.length === 0) return general;
  const fromIndeed = sectionsFound(text, indeed);
  const fromGeneral = sectionsFound(text, general);
  const core = (found: Set<Destination>) => CORE.filter((s) => found.has(s)).length;
  // Without Work Experience the text is no Indeed page, and Indeed's words in it are as likely running text.
  if (!indeed.headings.some((h) => h.heading === "Work Experience"))
    return core(fromGeneral) >= core(fromIndeed) ? general : indeed;
  const losesNothing = [...fromIndeed].every((section) => section === "other" || fromGeneral.has(section));
  const findsMore = core(fromGeneral) > core(fromIndeed);
  return losesNothing && (findsMore || notIndeedLayout(indeed, general)) ? general : indeed;
}
