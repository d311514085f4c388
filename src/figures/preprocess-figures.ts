/**
 * Figures of the preprocess stage, as pure functions of its records: how often each section is
 * found, and how long sections are in tokens — with the study's 3,000-token input cut marked.
 */
import { countTextTokens } from "../llm/tokens";
import { ResumeSectionsRecord } from "../schemas/preprocess";
import { SECTION_NAMES } from "../schemas/resume-sections";
import { axis, baseLayout, NamedFigure } from "./figure";

/** The study cut each resume to 3,000 tokens before asking GPT-4o for its sections (STUDY.md). */
export const STUDY_INPUT_CUT_TOKENS = 3000;

export function sectionFoundFigure(records: readonly ResumeSectionsRecord[]): NamedFigure {
  const shares = SECTION_NAMES.map((section) => records.length ? records.filter((record) => record.sections[section].text.trim() !== "").length / records.length : 0);
  const title = `Resumes with each section (${records.length} resumes)`;
  return {
    name: "sections-found",
    title,
    data: [{ type: "bar", x: [...SECTION_NAMES], y: shares, text: shares.map((share) => `${Math.round(share * 100)}%`), textposition: "outside", cliponaxis: false, uid: "sections-found-bars" }],
    layout: baseLayout(title, { xaxis: axis("Section"), yaxis: axis("Share of resumes", { tickformat: ".0%", range: [0, 1.1] }), showlegend: false }),
  };
}

/** o200k tokens of each section's text, per resume (the tokenizer of the study's GPT-4o). */
export function sectionTokenCounts(records: readonly ResumeSectionsRecord[]): Record<string, number[]> {
  return Object.fromEntries(SECTION_NAMES.map((section) => [section, records.map((record) => countTextTokens(record.sections[section].text))]));
}

export function sectionTokensFigure(records: readonly ResumeSectionsRecord[]): NamedFigure {
  const counts = sectionTokenCounts(records);
  const whole = records.map((record) => countTextTokens(record.text));
  const cut = whole.filter((tokens) => tokens > STUDY_INPUT_CUT_TOKENS).length;
  const title = `Tokens per section (o200k); ${cut} of ${records.length} resumes exceed the study's ${STUDY_INPUT_CUT_TOKENS}-token cut`;
  return {
    name: "section-tokens",
    title,
    data: [
      ...SECTION_NAMES.map((section) => ({ type: "box", name: section, y: counts[section], boxpoints: "all", jitter: 0, pointpos: 0, uid: `tokens-${section}` })),
      { type: "box", name: "whole resume", y: whole, boxpoints: "all", jitter: 0, pointpos: 0, uid: "tokens-whole" },
    ],
    layout: baseLayout(title, {
      xaxis: axis("Section"), yaxis: axis("Tokens", { rangemode: "tozero" }), showlegend: false,
      shapes: [{ type: "line", xref: "paper", x0: 0, x1: 1, y0: STUDY_INPUT_CUT_TOKENS, y1: STUDY_INPUT_CUT_TOKENS, line: { color: "#b5484b", dash: "dash", width: 1 } }],
    }),
  };
}

export function preprocessFigures(records: readonly ResumeSectionsRecord[]): NamedFigure[] {
  return [sectionFoundFigure(records), sectionTokensFigure(records)];
}
