/** HTML views for notebooks: two texts side by side, and a resume coloured by section. Pure. */
import { SectionSpan } from "../schemas/resume-sections";
import { escapeHtml } from "./html-table";

const CELL =
  "vertical-align:top;padding:6px 10px;border:1px solid #ddd;white-space:pre-wrap;font-size:12px;max-width:48%";

/** Two columns with titles; each text is shown as it is (escaped, line breaks kept). */
export function sideBySideHtml(left: { title: string; text: string }, right: { title: string; text: string }): string {
  return (
    `<table style="width:100%;border-collapse:collapse"><tr><th>${escapeHtml(left.title)}</th><th>${escapeHtml(right.title)}</th></tr>` +
    `<tr><td style="${CELL}">${escapeHtml(left.text)}</td><td style="${CELL}">${escapeHtml(right.text)}</td></tr></table>`
  );
}

export const SECTION_COLOURS: Record<SectionSpan["section"], string> = {
  personal_information: "#dbe9f6",
  achievements: "#fde2c8",
  certificates: "#e4d4f4",
  education: "#d5efd8",
  projects: "#f9d5d3",
  skills: "#fff3b0",
  experience: "#d0ecec",
  other: "#eeeeee",
  heading: "#ffffff",
};

/** The resume text with each span's background in its section's colour, plus a legend. */
export function sectionSpansHtml(text: string, spans: readonly SectionSpan[]): string {
  const legend = Object.entries(SECTION_COLOURS)
    .filter(([section]) => spans.some((span) => span.section === section))
    .map(([section, colour]) => `<span style="background:${colour};padding:1px 4px;margin-right:4px">${section}</span>`)
    .join("");
  const body = spans
    .map((span) => {
      const part = escapeHtml(text.slice(span.start, span.end));
      return span.section === "heading"
        ? `<b>${part}</b>`
        : `<span style="background:${SECTION_COLOURS[span.section]}" title="${span.section}">${part}</span>`;
    })
    .join("");
  return `<div style="font-size:12px;margin-bottom:6px">${legend}</div><div style="font-size:12px;line-height:1.5">${body}</div>`;
}
