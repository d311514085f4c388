/**
 * Figures of the preprocess stage, as pure functions of its records: how often each section is
 * found, and how long sections are in tokens — with the study's 3,000-token input cut marked.
 */
import { countTextTokens } from "../llm/tokens";
import { sectionLabel } from "../schemas/display-names";
import { ResumeSectionsRecord } from "../schemas/preprocess";
import { SECTION_NAMES } from "../schemas/resume-sections";
import { plural } from "../util/words";
import { axis, baseLayout, GUIDE_COLOR, NamedFigure, OKABE_ITO, paletteColor } from "./figure";

/** The study cut each resume to 3,000 tokens before asking GPT-4o for its sections (STUDY.md). */
export const STUDY_INPUT_CUT_TOKENS = 3000;

export function sectionFoundFigure(records: readonly ResumeSectionsRecord[]): NamedFigure {
  const shares = SECTION_NAMES.map((section) =>
    records.length
      ? records.filter((record) => record.sections[section].text.trim() !== "").length / records.length
      : 0,
  );
  const title = "Resumes with each section";
  return {
    name: "sections-found",
    stage: "preprocess",
    title,
    caption: `Share of resumes in which the extractor found a non-empty section, per section; n = ${plural(records.length, "resume")}.`,
    whenEmpty: "no section was found in any resume",
    data: [
      {
        type: "bar",
        x: SECTION_NAMES.map(sectionLabel),
        y: shares,
        text: shares.map((share) => `${Math.round(share * 100)} %`),
        textposition: "outside",
        cliponaxis: false,
        marker: { color: OKABE_ITO[0] },
        uid: "sections-found-bars",
      },
    ],
    layout: baseLayout(title, {
      xaxis: axis("Resume section"),
      yaxis: axis("Resumes with the section (%)", { tickformat: ".0%", range: [0, 1.1] }),
      showlegend: false,
    }),
  };
}

/** o200k tokens of each section's text, per resume (the tokenizer of the study's GPT-4o). */
export function sectionTokenCounts(records: readonly ResumeSectionsRecord[]): Record<string, number[]> {
  return Object.fromEntries(
    SECTION_NAMES.map((section) => [section, records.map((record) => countTextTokens(record.sections[section].text))]),
  );
}

export function sectionTokensFigure(records: readonly ResumeSectionsRecord[]): NamedFigure {
  const counts = sectionTokenCounts(records);
  const whole = records.map((record) => countTextTokens(record.text));
  const cut = whole.filter((tokens) => tokens > STUDY_INPUT_CUT_TOKENS).length;
  const title = "Tokens per resume section";
  return {
    name: "section-tokens",
    stage: "preprocess",
    title,
    caption:
      `Length of each extracted section and of the whole resume in o200k tokens (GPT-4o's tokenizer), one point per resume; ` +
      `the dashed line is the study's ${STUDY_INPUT_CUT_TOKENS.toLocaleString("en-US")}-token input cut, which ${plural(cut, "resume")} of ${records.length} exceed; n = ${plural(records.length, "resume")}.`,
    data: [
      ...SECTION_NAMES.map((section, s) => ({
        type: "box",
        name: sectionLabel(section),
        y: counts[section],
        boxpoints: "all",
        jitter: 0,
        pointpos: 0,
        marker: { color: paletteColor(s) },
        uid: `tokens-${section}`,
      })),
      {
        type: "box",
        name: "Whole resume",
        y: whole,
        boxpoints: "all",
        jitter: 0,
        pointpos: 0,
        marker: { color: "#000000" },
        uid: "tokens-whole",
      },
    ],
    layout: baseLayout(title, {
      xaxis: axis("Resume section"),
      yaxis: axis("Length (o200k tokens)", { rangemode: "tozero", tickformat: ",d" }),
      showlegend: false,
      shapes: [
        {
          type: "line",
          xref: "paper",
          x0: 0,
          x1: 1,
          y0: STUDY_INPUT_CUT_TOKENS,
          y1: STUDY_INPUT_CUT_TOKENS,
          line: { color: GUIDE_COLOR, dash: "dash", width: 1 },
        },
      ],
    }),
  };
}

export function preprocessFigures(records: readonly ResumeSectionsRecord[]): NamedFigure[] {
  return [sectionFoundFigure(records), sectionTokensFigure(records)];
}
