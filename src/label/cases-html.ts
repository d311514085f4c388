/**
 * The annotator's reading page (`<sheet>.cases.html`): for each case with sampled claims, the
 * output with every sampled claim marked by its row number, then the resume, the model's input
 * and the job ad, so a claim is labelled by reading what the model had, not by a search box.
 * One self-contained file: no scripts, no network, every text escaped. The checker's verdict is
 * not shown (annotators label blind).
 */
import { escapeHtml } from "../html/escape";
import type { GroundCase } from "../schemas/claims";
import type { SheetRow } from "./sheet";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;max-width:72em;margin:1em auto;padding:0 1em}
pre{white-space:pre-wrap;background:#f6f6f6;padding:.6em;border-radius:4px}
mark{background:#ffe58a}mark sup{font-weight:bold;color:#a15c00}section{border-top:2px solid #ccc;margin-top:2em}
details{margin:.4em 0}summary{cursor:pointer;font-weight:600}`;

/** The output text with [start, end) spans marked, each with its row number (overlaps: the earlier row wins). */
export function markClaims(text: string, marks: readonly { row: string; span: readonly [number, number] }[]): string {
  const ordered = [...marks].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  let html = "";
  let at = 0;
  for (const { row, span } of ordered) {
    if (span[0] < at) continue;
    html += escapeHtml(text.slice(at, span[0]));
    const id = escapeHtml(row);
    html += `<mark id="row-${id}">${escapeHtml(text.slice(span[0], span[1]))}<sup>[${id}]</sup></mark>`;
    at = span[1];
  }
  return html + escapeHtml(text.slice(at));
}

/** The page: `outputs[i]` is the plain text of `cases[i]`'s output (what spans point into). */
export function casesHtml(
  title: string,
  cases: readonly GroundCase[],
  outputs: readonly string[],
  rows: readonly SheetRow[],
): string {
  const sections = cases
    .map((entry, i) => {
      const own = rows.filter((row) => row.case === String(entry.id) && row.span);
      if (own.length === 0) return "";
      const block = (name: string, text: string | undefined, open = false) =>
        text === undefined
          ? ""
          : `<details${open ? " open" : ""}><summary>${name}</summary><pre>${escapeHtml(text)}</pre></details>`;
      return `<section><h2>${escapeHtml(String(entry.id))}</h2>
<p>rows ${own.map((row) => escapeHtml(row.row ?? "")).join(", ")}</p>
<h3>Output</h3><pre>${markClaims(
        outputs[i],
        own.map((row) => ({ row: row.row ?? "", span: row.span! })),
      )}</pre>
${block("Resume (the source)", typeof entry.source === "string" ? entry.source : JSON.stringify(entry.source), true)}
${block("The model's input besides the resume", entry.input)}
${block("Job ad", entry.job)}</section>`;
    })
    .filter(Boolean);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Label each marked claim in the sheet: <b>supported</b> (the resume states it), <b>input_only</b> (not the
resume, but the model's input does), <b>invented</b> (neither), <b>not_a_claim</b> (states no fact). Add a
row, with an empty row number, for a fact the marks missed.</p>
${sections.join("\n")}
</body></html>
`;
}
