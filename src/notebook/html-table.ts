/**
 * Renders rows (objects with the same keys) as an escaped HTML table. Pure. Text is left-aligned
 * and wraps with its line breaks kept (Jupyter's stylesheet right-aligns every cell, which makes
 * prose and JSON hard to read); numbers stay right-aligned.
 */

import { escapeHtml } from "../html/escape";
export { escapeHtml };
export type TableCell = string | number | boolean | null;
export type TableRow = Record<string, TableCell>;

function formatCell(cell: TableCell): string {
  if (cell === null) return "";
  if (typeof cell === "number")
    return Number.isInteger(cell)
      ? cell.toLocaleString("en-US")
      : cell.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return String(cell);
}

export function htmlTable(rows: readonly TableRow[], caption?: string): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const head = columns.map((column) => `<th style="text-align:left">${escapeHtml(column)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${columns
          .map((column) => {
            const cell = row[column] ?? null;
            const style =
              typeof cell === "number" ? "text-align:right" : "text-align:left;white-space:pre-wrap;vertical-align:top";
            return `<td style="${style}">${escapeHtml(formatCell(cell))}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("");
  const captionHtml = caption
    ? `<caption style="caption-side:top;text-align:left;font-weight:bold">${escapeHtml(caption)}</caption>`
    : "";
  return `<table>${captionHtml}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
