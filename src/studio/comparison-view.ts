/**
 * The comparison viewer: one self-contained HTML page (no network, inline CSS and plain inline
 * JS) with every case × variant × system side by side — the original section, each output as a
 * word diff against it, the claims it makes that the resume does not support (with their type)
 * and the assertions it fails — filters by section, assertion and failing only, and the rendered
 * instructions of every variant with a word diff against the first. Pure: data in, HTML out.
 */
import { sectionToPlainText, structuredPart } from "../evaluate/plain-text";
import { escapeHtml } from "../html/escape";
import { DIFF_STYLE, diffHtml } from "../html/word-diff";
import type { SectionCase } from "../prompts/study-cases";
import type { AssertionSpec } from "../schemas/prompt-experiment";
import { assertionLabel, passes, verdictKey } from "./assertions";
import type { JudgeVerdict } from "./judge";
import { instructionsOf, PromptRun, PromptRunRow } from "./compare-prompts";
import type { PromptVariant } from "./prompt-variants";

export interface ComparisonViewInput {
  name: string;
  run: PromptRun;
  cases: readonly SectionCase[];
  variants: readonly PromptVariant[];
  assertions: readonly AssertionSpec[];
  /** A line shown on top, e.g. that every answer came from the rules baseline. */
  notice?: string | null;
  /** An LLM judge's grades of the answers (judge assertions), shown labelled as a judge's. */
  verdicts?: readonly JudgeVerdict[];
}

const STYLE = [
  ".rpw-comparison{font:13px system-ui,sans-serif;margin:16px}",
  "table{border-collapse:collapse;width:100%}",
  "td,th{vertical-align:top;border:1px solid #ddd;padding:6px 8px;white-space:pre-wrap;text-align:left}",
  "th{background:#f4f4f4}",
  ".claim{background:#ffe2a8;padding:0 3px;margin:1px;display:inline-block}",
  ".inherited{background:#e3e9f7;padding:0 3px;margin:1px;display:inline-block}",
  ".fail{color:#b5484b}",
  ".ok{color:#3c7a3c}",
  ".case{margin:18px 0}",
  ".hit{outline:2px solid #b5484b}",
  ".notice{background:#fff4d6;padding:8px;border:1px solid #e6c36a}",
  `.added{${DIFF_STYLE.added}}`,
  `.removed{${DIFF_STYLE.removed}}`,
]
  .map((rule, index) => (index === 0 ? rule : `.rpw-comparison ${rule.replace(",", ",.rpw-comparison ")}`))
  .join("\n");

/** Filters: a case shows when its section matches and (failing only) some cell fails the chosen assertion, or any. */
const SCRIPT = `(function(){
var s=document.getElementById('f-section'),a=document.getElementById('f-assertion'),f=document.getElementById('f-failing');
function fails(el){var list=(el.getAttribute('data-failing')||'').split('|').filter(Boolean);
return a.value?list.indexOf(a.value)>=0:list.length>0;}
function apply(){var cases=document.querySelectorAll('.case');for(var i=0;i<cases.length;i++){var c=cases[i];
var cells=c.querySelectorAll('td[data-failing]'),any=false;for(var j=0;j<cells.length;j++){var x=fails(cells[j]);
cells[j].classList.toggle('hit',!!a.value&&x);any=any||x;}
c.style.display=(s.value&&c.getAttribute('data-section')!==s.value)||(f.checked&&!any)?'none':'';}}
s.onchange=a.onchange=f.onchange=apply;apply();})();`;

type Verdicts = ReadonlyMap<string, JudgeVerdict>;

/** Whether a case fails an assertion; a judge assertion the judge did not grade is not a failure of the case. */
function failsCase(spec: AssertionSpec, row: PromptRunRow, verdicts: Verdicts): boolean {
  if (spec.kind !== "judge") return !passes(spec, row);
  const verdict = verdicts.get(verdictKey(row, spec.rubric));
  return !row.ok || (verdict?.score != null && verdict.score < spec.minScore);
}

function judgeHtml(row: PromptRunRow, assertions: readonly AssertionSpec[], verdicts: Verdicts): string {
  return assertions
    .flatMap((spec) => {
      if (spec.kind !== "judge") return [];
      const verdict = verdicts.get(verdictKey(row, spec.rubric));
      if (!verdict) return [];
      const grade = verdict.score === null ? "not judged" : `${verdict.score}/5`;
      return [
        `<div class="judge"><small>judge (${escapeHtml(verdict.judgedBy)}), "${escapeHtml(spec.rubric)}": <b>${grade}</b> — ${escapeHtml(verdict.reason)}</small></div>`,
      ];
    })
    .join("");
}

function cellHtml(row: PromptRunRow, before: string, assertions: readonly AssertionSpec[], verdicts: Verdicts): string {
  const failing = assertions.filter((spec) => failsCase(spec, row, verdicts)).map(assertionLabel);
  const head = `<div><small>answered by ${escapeHtml(row.answeredBy)} · ${escapeHtml(row.model)}</small></div>`;
  if (!row.ok) {
    return `<td data-failing="${escapeHtml(failing.join("|"))}">${head}<div class="fail">failed: ${escapeHtml(row.error?.kind ?? "")}: ${escapeHtml(row.error?.message ?? "")}</div></td>`;
  }
  const claims = row.scores?.unsupported ?? [];
  const claimHtml = claims.length
    ? `<div><b>not in the resume (${claims.length}):</b> ${claims.map((claim) => `<mark class="claim" title="${escapeHtml(claim.type)}">${escapeHtml(claim.type)}: ${escapeHtml(claim.text)}</mark>`).join(" ")}</div>`
    : `<div class="ok">nothing stated that the resume does not</div>`;
  const inherited = row.scores?.inputOnly ?? [];
  const inheritedHtml = inherited.length
    ? `<div><b>from the pipeline's input, not the resume (${inherited.length}):</b> ${inherited.map((claim) => `<mark class="inherited" title="${escapeHtml(claim.type)}">${escapeHtml(claim.type)}: ${escapeHtml(claim.text)}</mark>`).join(" ")}</div>`
    : "";
  const verdict = failing.length
    ? `<div class="fail">fails: ${failing.map(escapeHtml).join(", ")}</div>`
    : `<div class="ok">passes every assertion</div>`;
  const judged = judgeHtml(row, assertions, verdicts);
  return `<td data-failing="${escapeHtml(failing.join("|"))}">${head}${diffHtml(before, sectionToPlainText(row.output))}${claimHtml}${inheritedHtml}${judged}${verdict}</td>`;
}

function caseHtml(
  entry: SectionCase,
  rows: readonly PromptRunRow[],
  assertions: readonly AssertionSpec[],
  verdicts: Verdicts,
): string {
  const before = sectionToPlainText(structuredPart(entry.value));
  const header = [
    "<th>original</th>",
    ...rows.map((row) => `<th>${escapeHtml(row.variant)} × ${escapeHtml(row.system)}</th>`),
  ].join("");
  const cells = [
    `<td>${escapeHtml(before)}</td>`,
    ...rows.map((row) => cellHtml(row, before, assertions, verdicts)),
  ].join("");
  return (
    `<section class="case" data-case="${escapeHtml(entry.id)}" data-section="${escapeHtml(entry.section)}">` +
    `<h3>${escapeHtml(entry.id)}</h3><table><tr>${header}</tr><tr>${cells}</tr></table></section>`
  );
}

function promptsHtml(variants: readonly PromptVariant[], sections: readonly SectionCase["section"][]): string {
  return sections
    .map((section) => {
      const first = instructionsOf(variants[0], section);
      const cells = variants
        .map((variant, index) => {
          const text = instructionsOf(variant, section);
          const body = index === 0 ? escapeHtml(text) : diffHtml(first, text);
          return `<td><b>${escapeHtml(variant.name)}</b> <small>(section prompt ${escapeHtml(variant.sections[section].version)}, master ${escapeHtml(variant.master.version)})</small>\n${body}</td>`;
        })
        .join("");
      return `<h3>${escapeHtml(section)}</h3><table><tr>${cells}</tr></table>`;
    })
    .join("\n");
}

/** The view without the page around it (for a notebook output); filters work where the output's script runs. */
export function comparisonViewFragment(input: ComparisonViewInput): string {
  const sections = [...new Set(input.cases.map((entry) => entry.section))];
  const labels = input.assertions.map(assertionLabel);
  const options = (values: readonly string[], all: string) =>
    [
      `<option value="">${all}</option>`,
      ...values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`),
    ].join("");
  const verdicts: Verdicts = new Map(
    (input.verdicts ?? []).map((verdict) => [verdictKey(verdict, verdict.rubric), verdict]),
  );
  const body = input.cases
    .map((entry) =>
      caseHtml(
        entry,
        input.run.rows.filter((row) => row.caseId === entry.id),
        input.assertions,
        verdicts,
      ),
    )
    .join("\n");
  return `<div class="rpw-comparison"><style>${STYLE}</style>
<h2>Prompt comparison ${escapeHtml(input.name)} <small>(${escapeHtml(input.run.id)})</small></h2>
<p>${input.variants.length} variants × ${new Set(input.run.rows.map((row) => row.system)).size} systems × ${input.cases.length} cases.
Each output is a word diff against the original section: <span class="added">added</span> <span class="removed">removed</span>.</p>
${input.notice ? `<p class="notice">${escapeHtml(input.notice)}</p>` : ""}
<p><select id="f-section">${options(sections, "every section")}</select>
<select id="f-assertion">${options(labels, "any assertion")}</select>
<label><input type="checkbox" id="f-failing"> failing only</label></p>
${body}
<h2>The variants' instructions</h2>
<p>Master and section prompt as rendered without the section and job details; each variant as a word diff against ${escapeHtml(input.variants[0]?.name ?? "")}.</p>
${promptsHtml(input.variants, sections)}
<script>${SCRIPT}</script></div>`;
}

/** The self-contained page saved as view.html. */
export function comparisonViewHtml(input: ComparisonViewInput): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Prompt comparison ${escapeHtml(input.name)}</title></head><body>
${comparisonViewFragment(input)}
</body></html>
`;
}
