/**
 * The prompt studio's review view for one case: the original section next to each variant's
 * output, with a word-level diff (added words green, removed words struck through) and, under
 * each output, what it states that the resume does not — numbers, names, skills — so fabrication
 * jumps out. Pure: rows in, HTML out.
 */
import { sectionToPlainText, structuredPart } from "../evaluate/plain-text";
import type { PromptRunRow } from "./compare-prompts";
import { escapeHtml } from "../html/escape";
import { DIFF_STYLE, diffHtml } from "../html/word-diff";

const STYLE = {
  cell: "vertical-align:top;padding:6px 8px;border:1px solid #ddd;font-size:12px;white-space:pre-wrap",
  removed: DIFF_STYLE.removed,
};

function addedListHtml(row: PromptRunRow): string {
  if (!row.ok)
    return `<div style="color:#b5484b">failed: ${escapeHtml(row.error?.kind ?? "")}: ${escapeHtml(row.error?.message ?? "")}</div>`;
  const unsupported = row.scores?.unsupported ?? [];
  if (unsupported.length === 0) return `<div style="color:#3c7a3c">nothing stated that the resume does not</div>`;
  return `<div><b>not in the resume (${unsupported.length}):</b> ${unsupported.map((claim) => `<span style="${STYLE.removed.replace("text-decoration:line-through;", "")};padding:0 3px;margin:1px">${escapeHtml(claim.type)}: ${escapeHtml(claim.text)}</span>`).join(" ")}</div>`;
}

/** Original vs every row's output (rows of one case), side by side. */
export function reviewHtml(original: unknown, rows: readonly PromptRunRow[]): string {
  const before = sectionToPlainText(structuredPart(original));
  const header = [
    `<th>original</th>`,
    ...rows.map(
      (row) => `<th>${escapeHtml(`${row.variant} · ${row.system}`)}<br><small>${escapeHtml(row.model)}</small></th>`,
    ),
  ].join("");
  const cells = [
    `<td style="${STYLE.cell}">${escapeHtml(before)}</td>`,
    ...rows.map(
      (row) =>
        `<td style="${STYLE.cell}">${row.ok ? diffHtml(before, sectionToPlainText(row.output)) : ""}${addedListHtml(row)}</td>`,
    ),
  ].join("");
  return (
    `<div style="font-size:12px;margin-bottom:4px">${escapeHtml(rows[0]?.caseId ?? "")}: <span style="${DIFF_STYLE.added}">added</span> <span style="${STYLE.removed}">removed</span></div>` +
    `<table style="border-collapse:collapse;width:100%"><tr>${header}</tr><tr>${cells}</tr></table>`
  );
}
