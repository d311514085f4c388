/**
 * diff.html: the original resume against the tailored one, section by section — the original
 * text, a word diff (added words green, removed struck through), and the tailored text with every
 * claim the resume does not state marked in place: unsupported claims (nothing supports them) in
 * amber with their type, input-only claims (only the model's input — the job details — states
 * them) in blue. Self-contained: inline CSS, no script, nothing fetched. Pure: data in, HTML out.
 */
import { GroundedClaim } from "../evaluate/grounding";
import { sectionToPlainText, structuredPart } from "../evaluate/plain-text";
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
  "body{font:13px system-ui,sans-serif;margin:16px;color:#111}", "table{border-collapse:collapse;width:100%;table-layout:fixed}",
  "td,th{vertical-align:top;border:1px solid #ddd;padding:6px 8px;white-space:pre-wrap;text-align:left}", "th{background:#f4f4f4}",
  ".unsupported{background:#ffd79a;outline:1px solid #d08a00}", ".input-only{background:#dce6fb;outline:1px dashed #5a79c8}",
  "mark sup{font-size:9px;color:#6b4a00;margin-left:2px}", ".input-only sup{color:#2f4a8a}", `.added{${DIFF_STYLE.added}}`,
  `.removed{${DIFF_STYLE.removed}}`, ".note{background:#fff4d6;padding:8px;border:1px solid #e6c36a}", ".failed{color:#b5484b}",
  ".legend mark{padding:0 4px}", "small{color:#555}",
].join("\n");

/** The tailored text with claims marked in place (spans index `outputText`; they never overlap here). */
export function markClaims(outputText: string, claims: readonly GroundedClaim[]): string {
  const marked = claims.filter((claim) => claim.verdict !== "supported").sort((a, b) => a.span[0] - b.span[0]);
  let html = "";
  let at = 0;
  for (const claim of marked) {
    const [start, end] = claim.span;
    if (start < at) continue; // overlapping claims: the first one is marked
    const cls = claim.verdict === "unsupported" ? "unsupported" : "input-only";
    const why = claim.verdict === "unsupported" ? `${claim.type}: not in the resume` : `${claim.type}: only in the model's input (job details)`;
    html += `${escapeHtml(outputText.slice(at, start))}<mark class="${cls}" title="${escapeHtml(why)}">` +
      `${escapeHtml(outputText.slice(start, end))}<sup>${escapeHtml(claim.type)}</sup></mark>`;
    at = end;
  }
  return html + escapeHtml(outputText.slice(at));
}

function claimSummary(claims: readonly GroundedClaim[]): string {
  const of = (verdict: string) => claims.filter((claim) => claim.verdict === verdict);
  const unsupported = of("unsupported");
  const inputOnly = of("input_only");
  return `<small>${claims.length} claims: ${of("supported").length} supported, ${inputOnly.length} input_only, ${unsupported.length} unsupported` +
    `${unsupported.length ? ` — not in the resume: ${unsupported.map((c) => `${escapeHtml(c.type)} "${escapeHtml(c.text)}"`).join(", ")}` : ""}</small>`;
}

/**
 * The original in the output's own shape (the fields the model was asked to return), so the diff
 * compares like with like: no `current` flags, no ISO copies of dates written in words.
 */
function originalText(result: SectionResult): string {
  const shaped = TAILORED_SECTION_SCHEMAS[result.record.section].schema.safeParse(structuredPart(result.original));
  return sectionToPlainText(shaped.success ? shaped.data : structuredPart(result.original));
}

function sectionHtml(result: SectionResult): string {
  const { record } = result;
  const before = originalText(result);
  const who = record.answeredBy ? ` <small>answered by ${escapeHtml(record.answeredBy)} · ${escapeHtml(record.model ?? "")}` +
    `${record.cached ? " (recorded answer)" : ""}</small>` : "";
  const head = `<h2>${escapeHtml(record.section)}${who}</h2>`;
  if (record.status === "empty") return `${head}<p><small>empty in the resume: nothing to tailor</small></p>`;
  if (record.status === "failed") {
    return `${head}<p class="failed">not tailored: ${escapeHtml(record.error ?? "")}</p><table><tr><th>original</th></tr><tr><td>${escapeHtml(before)}</td></tr></table>`;
  }
  const after = result.outputText;
  return `${head}${claimSummary(result.claims)}<table><tr><th>original</th><th>word diff</th><th>tailored (claims marked)</th></tr>` +
    `<tr><td>${escapeHtml(before)}</td><td>${diffHtml(before, after)}</td><td>${markClaims(after, result.claims)}</td></tr></table>`;
}

export function diffPageHtml(input: DiffPageInput): string {
  const legend = `<p class="legend"><mark class="unsupported">unsupported<sup>type</sup></mark> the resume does not state it · ` +
    `<mark class="input-only">input_only<sup>type</sup></mark> only the job details given to the model state it · ` +
    `<span class="added">added</span> <span class="removed">removed</span> words</p>`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title><style>\n${STYLE}\n</style></head>\n<body>\n` +
    `<h1>${escapeHtml(input.title)}</h1>\n<p class="note">Tailored by <b>${escapeHtml(input.system)}</b> for: ${escapeHtml(input.job)}</p>\n${legend}\n` +
    `${input.results.map(sectionHtml).join("\n")}\n</body></html>\n`;
}
