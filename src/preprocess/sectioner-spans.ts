/**
 * Cuts a resume text into spans (header, heading, body) by two vocabularies and chooses one:
 * Indeed's page headings as the florex corpus prints them (resume-headings.ts, the study's
 * sectioner, unchanged) or the general resume vocabulary (sectioner-headings.ts).
 *
 * Why a choice and not a union: the florex bodies are full of the general words ("Experience",
 * "Summary", "Technical Skills" inside job descriptions), so mixing them in would cut florex
 * resumes apart. The general reading wins only when it finds a strict superset of what the
 * Indeed reading found among experience, education and skills and loses none of the other
 * sections — so on any resume no section the Indeed reading found can go missing — or when
 * the Indeed reading finds no heading at all.
 * Every character lies in exactly one span, as before.
 */
import { SectionSpan } from "../schemas/resume-sections";
import { Destination, splitAdditionalInformation } from "./additional-info";
import { HeadingLabel } from "./heading-scorer";
import { findResumeHeadings } from "./resume-headings";
import { findSectionHeadings } from "./sectioner-headings";

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
  placement: "line" | "inline";
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
  work_experience: "experience", education: "education", skills: "skills", links: "personal_information",
  military_service: "experience", awards: "achievements", certifications: "certificates", groups: "other",
  publications: "achievements", patents: "achievements", assessments: "other", projects: "projects",
};

interface Cut {
  start: number;
  end: number;
  section: Destination | "additional";
  confidence: number;
  placement: "line" | "inline";
}

/** Spans for headings in text order: header, then each heading and its body. */
function spansFrom(text: string, cuts: Cut[], vocabulary: Vocabulary): SpanReading {
  if (cuts.length === 0) return { vocabulary, spans: [{ section: "other", start: 0, end: text.length, heading: null }], headings: [] };
  const spans: SectionSpan[] = [];
  const headings: FoundHeading[] = [];
  if (cuts[0].start > 0) spans.push({ section: "personal_information", start: 0, end: cuts[0].start, heading: null });
  cuts.forEach((cut, i) => {
    const headingText = text.slice(cut.start, cut.end);
    const end = cuts[i + 1]?.start ?? text.length;
    spans.push({ section: "heading", start: cut.start, end: cut.end, heading: headingText });
    const section = cut.section === "additional" ? "other" : cut.section;
    headings.push({ heading: headingText, start: cut.start, end: cut.end, section, confidence: cut.confidence, placement: cut.placement, vocabulary, bodyEnd: Math.max(end, cut.end) });
    if (end <= cut.end) return;
    if (cut.section !== "additional") {
      spans.push({ section: cut.section, start: cut.end, end, heading: headingText });
      return;
    }
    for (const piece of splitAdditionalInformation(text.slice(cut.end, end))) {
      spans.push({ section: piece.destination, start: cut.end + piece.start, end: cut.end + piece.end, heading: headingText });
    }
  });
  return { vocabulary, spans, headings };
}

/** The study's reading: Indeed's headings. */
export function readIndeedSpans(text: string): SpanReading {
  const cuts = findResumeHeadings(text).map((h): Cut => ({
    start: h.start, end: h.end, section: h.label === "additional_information" ? "additional" : INDEED_DESTINATION[h.label],
    confidence: 1 / (1 + Math.exp(-h.score)), placement: /(?:^|\n)\s*$/.test(text.slice(0, h.start)) ? "line" : "inline",
  }));
  return spansFrom(text, cuts, "indeed");
}

/** The general reading: resume-builder, ATS and CSV-dataset headings. */
export function readGeneralSpans(text: string): SpanReading {
  const cuts = findSectionHeadings(text).map((h): Cut => ({
    start: h.start, end: h.end, section: /^additional\s+information$/i.test(h.text) ? "additional" : h.destination, confidence: h.confidence, placement: h.placement,
  }));
  return spansFrom(text, cuts, "general");
}

const CORE: Destination[] = ["experience", "education", "skills"];

function sectionsFound(text: string, reading: SpanReading): Set<Destination> {
  return new Set(reading.spans.filter((s) => s.section !== "heading" && s.section !== "personal_information" && text.slice(s.start, s.end).trim() !== "").map((s) => s.section as Destination));
}

/** Indeed's reading unless the general one finds strictly more of the core sections and loses nothing. */
export function readResumeSpans(text: string): SpanReading {
  const indeed = readIndeedSpans(text);
  const general = readGeneralSpans(text);
  if (general.headings.length === 0) return indeed;
  if (indeed.headings.length === 0) return general;
  const fromIndeed = sectionsFound(text, indeed);
  const fromGeneral = sectionsFound(text, general);
  const losesNothing = [...fromIndeed].every((section) => section === "other" || fromGeneral.has(section));
  const findsMore = CORE.filter((s) => fromGeneral.has(s)).length > CORE.filter((s) => fromIndeed.has(s)).length;
  return losesNothing && findsMore ? general : indeed;
}
