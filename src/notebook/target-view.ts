/**
 * Notebook views of teacher targets: each target under its original section as plain text, with
 * a word diff (added words green, removed words struck through, line breaks kept) and who
 * answered; and the failure table, shown with its columns even when it is empty. Pure: records
 * in, HTML out.
 *
 * The original is our sectioner's value without its `text` copies (the section's and each
 * entry's raw text beside the structured fields), which `sectionToPlainText` would print
 * twice; a value that is only text (the study's inputs) is shown as it is.
 */
import { structuredPart } from "../evaluate/plain-text";
import { sectionToPlainText } from "../evaluate/plain-text";
import { TargetFailure, TargetRecord } from "../schemas/target";
import { escapeHtml } from "./html-table";
import { diffHtml } from "../html/word-diff";

const CELL = "vertical-align:top;padding:6px 8px;border:1px solid #ddd;font-size:12px;white-space:pre-wrap;width:50%";
const LEGEND = `<span style="background:#d4f4d2">added</span> <span style="background:#f9d5d3;text-decoration:line-through;color:#7a2a2a">removed</span>`;

/** Who wrote a target, as a reader should see it: a model, or the labelled rules baseline. */
export function teacherLabel(target: Pick<TargetRecord, "teacher">): string {
  const { answeredBy, model } = target.teacher;
  if (answeredBy === "rules") return `rules baseline (${model}), not a model`;
  return answeredBy === "recorded" ? `${model}, recorded output` : `${model}, answered by ${answeredBy}`;
}

/** The sectioned value without its source-text copies (see structuredPart). */
export const withoutRawText = structuredPart;

const LINE_BREAK = "\u23ce";

/** `diffHtml` with line breaks kept: each break is diffed as a word and drawn as a break. */
function diffLinesHtml(before: string, after: string): string {
  const mark = (text: string) => text.replace(/\n/g, ` ${LINE_BREAK} `);
  return diffHtml(mark(before), mark(after))
    .replace(new RegExp(` ?${LINE_BREAK} ?`, "g"), "\n")
    .replace(/\n(<\/span>)? /g, "\n$1");
}

/** One row per target: the original section, then the target diffed against it (or alone when the teacher's input is unknown). */
export function targetReviewHtml(targets: readonly TargetRecord[]): string {
  const rows = targets
    .map((target) => {
      const known = target.input.section !== null && target.input.section !== undefined;
      const before = known ? sectionToPlainText(withoutRawText(target.input.section)) : "";
      const after = sectionToPlainText(target.target);
      const original = known ? escapeHtml(before) : `<i>the teacher's input for this section was not released</i>`;
      const polished = known ? diffLinesHtml(before, after) : escapeHtml(after);
      return (
        `<tr><td colspan="2" style="${CELL};background:#f6f6f6"><b>${escapeHtml(target.caseId)}</b> · ${escapeHtml(teacherLabel(target))}</td></tr>` +
        `<tr><td style="${CELL}">${original}</td><td style="${CELL}">${polished}</td></tr>`
      );
    })
    .join("");
  return (
    `<div style="font-size:12px;margin-bottom:4px">${LEGEND}</div>` +
    `<table style="border-collapse:collapse;width:100%"><tr><th>original section</th><th>target</th></tr>${rows}</table>`
  );
}

const FAILURE_COLUMNS = ["caseId", "section", "kind", "reason"] as const;

/** The failure table with its header row, also when there are no failures. */
export function failureTableHtml(failures: readonly TargetFailure[], caption: string): string {
  const head = FAILURE_COLUMNS.map((column) => `<th>${column}</th>`).join("");
  const body =
    failures.length === 0
      ? `<tr><td colspan="${FAILURE_COLUMNS.length}"><i>no failures</i></td></tr>`
      : failures
          .map(
            (failure) =>
              `<tr>${FAILURE_COLUMNS.map((column) => `<td>${escapeHtml(failure[column])}</td>`).join("")}</tr>`,
          )
          .join("");
  return `<table><caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
