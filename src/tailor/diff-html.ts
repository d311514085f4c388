/**
 * diff.html: the original resume against the tailored one, section by section — the original
 * text, a word diff (added words green, removed struck through), and the tailored text with every
 * claim the resume does not state marked in place: unsupported claims (nothing supports them) in
 * amber with their type, input-only claims (only the model's input — the job details — states
 * them) in blue. Self-contained: inline CSS, no script, nothing fetched. Pure: data in, HTML out.
 */
import { GroundedClaim } from "../evaluate/grounding";
import { sectionsToPlainText, structuredPart } from "../evaluate/plain-text";
import { escapeHtml } from "../html/escape";
import { DIFF_STYLE, diffHtml } from "../html/word-diff";
import { TAILORED_SECTION_SCHEMAS } from "../prompts/section-outputs";
import { SectionResult } from "./tailor-resume";

export interface DiffPageInput {
  title: string;
  /** Who answered: "rules (no model)" or "<model> at <base URL>". */
  system: string;
  job: string;
  results: readonly SectionResult[];
}

const STYLE = [
  "body{font:13px system-ui,sans-serif;margin:16px;color:#111}",
  "table{border-collapse:collapse;width:100%;table-layout:fixed}",
  "td,th{vertical-align:top;border:1px solid #ddd;padding:6px 8px;white-space:pre-wrap;text-align:left}",
  "th{background:#f4f4f4}",
  ".unsupported{background:#ffd79a;outline:1px solid #d08a00}",
  ".input-only{background:#dce6fb;outline:1px dashed #5a79c8}",
  "mark sup{font-size:9px;color:#6b4a00;margin-left:2px}",
  ".input-only sup{color:#2f4a8a}",
  `.added{${DIFF_STYLE.added}}`,
  `.removed{${DIFF_STYLE.removed}}`,
  ".note{background:#fff4d6;padding:8px;border:1px solid #e6c36a}",
  ".failed{color:#b5484b}",
  ".legend mark{padding:0 4px}",
  "small{color:#555}",
].join("\n");

const WHY = {
  unsupported: (type: string) => `${type}: not in the resume`,
  input_only: (type: string) => `${type}: only in the model's input (job details)`,
};

/** The tailored text with claims marked in place (spans index `outputText`; an overlapping one is skipped). */
export function markClaims(outputText: string, claims: readonly GroundedClaim[]): string {
  const marked = claims.filter((claim) => claim.verdict !== "supported").sort((a, b) => a.span[0] - b.span[0]);
  let html = "";
  let at = 0;
  for (const claim of marked) {
    const [start, end] = claim.span;
    if (start < at) continue;
    const unsupported = claim.verdict === "unsupported";
    const why = (unsupported ? WHY.unsupported : WHY.input_only)(claim.type);
    html +=
      escapeHtml(outputText.slice(at, start)) +
      `<mark class="${unsupported ? "unsupported" : "input-only"}" title="${escapeHtml(why)}">` +
      `${escapeHtml(outputText.slice(start, end))}<sup>${escapeHtml(claim.type)}</sup></mark>`;
    at = end;
  }
  return html + escapeHtml(outputText.slice(at));
}

function claimSummary(claims: readonly GroundedClaim[]): string {
  const count = (verdict: string) => claims.filter((claim) => claim.verdict === verdict).length;
  const unsupported = claims.filter((claim) => claim.verdict === "unsupported");
  const named = unsupported.map((claim) => `${escapeHtml(claim.type)} "${escapeHtml(claim.text)}"`).join(", ");
  return (
    `<small>${claims.length} claims: ${count("supported")} supported, ${count("input_only")} input_only, ` +
    `${unsupported.length} unsupported${unsupported.length ? ` — not in the resume: ${named}` : ""}</small>`
  );
}

/**
 * The original in the output's own shape (the fields the model was asked to return) and rendering, so the diff
 * compares like with like: no `current` flags, no ISO copies of dates written in words.
 */
function originalText(result: SectionResult): string {
  const structured = structuredPart(result.original);
  const shaped = TAILORED_SECTION_SCHEMAS[result.record.section].schema.safeParse(structured);
  return sectionsToPlainText(shaped.success ? shaped.data : structured);
}

const row = (cells: string[], tag = "td") => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;

function sectionHtml(result: SectionResult): string {
  const { record } = result;
  const before = originalText(result);
  const recorded = record.cached ? " (recorded answer)" : "";
  const answered = `${escapeHtml(record.answeredBy ?? "")} · ${escapeHtml(record.model ?? "")}${recorded}`;
  const who = record.answeredBy ? ` <small>answered by ${answered}</small>` : "";
  const head = `<h2>${escapeHtml(record.section)}${who}</h2>`;
  if (record.status === "empty") return `${head}<p><small>empty in the resume: nothing to tailor</small></p>`;
  if (record.status === "failed") {
    return (
      `${head}<p class="failed">not tailored: ${escapeHtml(record.error ?? "")}</p>` +
      `<table>${row(["original"], "th")}${row([escapeHtml(before)])}</table>`
    );
  }
  const after = result.outputText;
  const header = row(["original", "word diff", "tailored (claims marked)"], "th");
  return (
    `${head}${claimSummary(result.claims)}<table>${header}` +
    `${row([escapeHtml(before), diffHtml(before, after), markClaims(after, result.claims)])}</table>`
  );
}

export function diffPageHtml(input: DiffPageInput): string {
  const legend =
    `<p class="legend">` +
    `<mark class="unsupported">unsupported<sup>type</sup></mark> the resume does not state it · ` +
    `<mark class="input-only">input_only<sup>type</sup></mark> only the job details given to the model state it · ` +
    `<span class="added">added</span> <span class="removed">removed</span> words</p>`;
  const title = escapeHtml(input.title);
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>\n${STYLE}\n</style></head>\n<body>\n<h1>${title}</h1>\n` +
    `<p class="note">Tailored by <b>${escapeHtml(input.system)}</b> for: ${escapeHtml(input.job)}</p>\n` +
    `${legend}\n` +
    `${input.results.map(sectionHtml).join("\n")}\n</body></html>\n`
  );
}
