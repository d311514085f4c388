/**
 * The run report: `report.md` and a self-contained `report.html` (plotly.js inlined once, every
 * figure interactive, no network needed) built from the files a run wrote. It says what the data
 * was, what each stage produced, what it cost, what failed and why, and what was skipped and why.
 * Timings are not in it (they differ on every run; see timings.json), so a rerun's report is the
 * same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { summarizeRows } from "../studio/leaderboard";
import type { PromptRunRow } from "../studio/compare-prompts";
import { readJsonl } from "../util/jsonl";
import { markdownToHtml } from "./markdown-html";
import { runDirs, WorkbenchConfig } from "../schemas/run-config";
import type { StageOutcome } from "./run-pipeline";

const readJson = <T>(file: string): T | null => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : null);
const pct = (value: number | null | undefined) => (value === null || value === undefined ? "—" : `${(100 * value).toFixed(1)} %`);
const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

interface Profile { resumes: { kept: number; rejected: number; rowsRead: number }; jobs: { rowsRead: number; kept: number; invalid: number; duplicates: number; filteredByCountry: number; countries: string[]; filteredByRole: number; byRole: Record<string, number>; bySite: Record<string, number> } }
interface PreReport { extractor: string; answeredBy: Record<string, number>; jobs: { records: number; failed: number; fieldFilled: Record<string, number> }; resumes: { records: number; failed: number; sectionFound: Record<string, number>; coverage: { mean: number | null; min: number | null } }; llm: { spentUsd: number } }
interface GenReport { cases: number; targets: number; failures: Record<string, number>; answeredBy: Record<string, number>; costOfTargetsUsd: number }
interface Audit { tokenizer: string; maxLength: number; examples: number; survived: number; partial: number; lost: number; maxLengthFor95: number; maxLengthFor99: number }

/** Which provider answered and at which base URL (a local server is not OpenAI), from config.json. */
function modelEndpoint(written: { llm?: { provider?: string; baseUrlUsed?: string | null } } | null): string {
  if (!written?.llm?.provider) return "";
  return ` Model calls: provider ${written.llm.provider}${written.llm.baseUrlUsed ? ` at ${written.llm.baseUrlUsed}` : " (offline: recorded answers, else the labelled rules baselines)"}.`;
}

export function runReportMarkdown(config: WorkbenchConfig, outcomes: readonly StageOutcome[]): string {
  const dirs = runDirs(config);
  const out: string[] = [`# Run report: ${config.name}`, ""];
  out.push(`Inputs: resumes ${config.data.resumes.join(", ")}; postings ${config.data.jobs.join(", ")}. Seed ${config.seed}. ` +
    `Teacher ${config.teacher.recorded ? `recorded outputs (${path.basename(config.teacher.recorded.targets)})` : config.teacher.model}. The resolved configuration is in \`config.json\`.` +
    modelEndpoint(readJson<{ llm?: { provider?: string; baseUrlUsed?: string | null } }>(path.join(dirs.root, "config.json"))), "");
  out.push("## Stages", "", table(["stage", "result"], outcomes.map((o) => [o.stage, o.status === "skipped" ? `skipped: ${o.note}` : o.note.replace(/\|/g, "/")])), "");

  const profile = readJson<Profile>(path.join(dirs.collect, "profile.json"));
  if (profile) {
    out.push("## Data", "", `${profile.resumes.kept} resumes kept of ${profile.resumes.rowsRead} (${profile.resumes.rejected} rejected); ` +
      `${profile.jobs.kept} postings kept of ${profile.jobs.rowsRead}: ${profile.jobs.duplicates} duplicates, ${profile.jobs.filteredByCountry} outside ${profile.jobs.countries.join("/") || "every country"}, ` +
      `${profile.jobs.filteredByRole} of other roles, ${profile.jobs.invalid} invalid (each in collect/rejects.jsonl with its reason).`, "",
      table(["role", "postings"], Object.entries(profile.jobs.byRole)), "");
  }
  const pre = readJson<PreReport>(path.join(dirs.preprocess, "report.json"));
  if (pre) {
    out.push("## Extraction coverage", "", `Extractor \`${pre.extractor}\`; answered by ${Object.entries(pre.answeredBy).map(([who, n]) => `${who} (${n})`).join(", ")}.`, "",
      table(["section", "found"], Object.entries(pre.resumes.sectionFound).map(([section, share]) => [section, pct(share)])), "",
      `Character coverage of the sections: mean ${pct(pre.resumes.coverage.mean)}, lowest ${pct(pre.resumes.coverage.min)}.`, "",
      table(["job-details field", "filled"], Object.entries(pre.jobs.fieldFilled).map(([field, share]) => [field, pct(share)])), "");
  }
  const promptConfig = fs.existsSync(dirs.prompts) ? fs.readdirSync(dirs.prompts).find((name) => name.endsWith(".config.json")) : undefined;
  if (promptConfig) {
    const runConfig = readJson<{ variants: { name: string; master: { version: string }; sections: Record<string, { version: string }> }[] }>(path.join(dirs.prompts, promptConfig));
    const rows = readJsonl(path.join(dirs.prompts, promptConfig.replace(".config.json", ".jsonl")), (value) => value as PromptRunRow);
    out.push("## Prompts", "", `Prompt versions: ${runConfig?.variants.map((v) => `master ${v.master.version}, ${Object.entries(v.sections).map(([s, t]) => `${s} ${t.version}`).join(", ")}`).join("; ")}.`, "",
      table(["variant", "system", "answered by", "cases", "unsupported", "keyword coverage", "UP (plain)", "JA (plain)"],
        summarizeRows(rows).map((r) => [r.variant, r.system, r.answeredBy, r.cases, String(r.unsupportedShare ?? "—"), String(r.keywordCoverage ?? "—"), String(r.userPersonalization ?? "—"), String(r.jobAlignment ?? "—")])), "");
  }
  const gen = readJson<GenReport>(path.join(dirs.generate, "report.json"));
  if (gen) {
    out.push("## Teacher targets", "", `${gen.targets} targets for ${gen.cases} cases; failures: ${Object.entries(gen.failures).map(([k, n]) => `${k} ${n}`).join(", ") || "none"}. ` +
      `Answered by ${Object.entries(gen.answeredBy).map(([who, n]) => `${who} (${n})`).join(", ")}.`, "");
  }
  const audit = readJson<Audit>(path.join(dirs.dataset, "audit.json"));
  if (audit) {
    out.push("## Fine-tune dataset", "", `${audit.examples} examples. Completion survival at max_length ${audit.maxLength} (${audit.tokenizer} tokens): ` +
      `intact ${pct(audit.survived)}, partly cut ${pct(audit.partial)}, cut away entirely ${pct(audit.lost)}. ` +
      `95 % of completions survive at ${audit.maxLengthFor95} tokens, 99 % at ${audit.maxLengthFor99}.`, "");
  }
  const finetunePlan = path.join(dirs.finetune, "plan.md");
  if (fs.existsSync(finetunePlan)) out.push(fs.readFileSync(finetunePlan, "utf8").replace(/^# /, "## Fine-tune\n\n").trimEnd(), "");
  const evaluation = path.join(dirs.evaluate, "summary.md");
  if (fs.existsSync(evaluation)) out.push(fs.readFileSync(evaluation, "utf8").replace(/^# Evaluation/, "## Evaluation").replace(/^## Against/m, "### Against").trimEnd(), "");

  const spent = (pre?.llm.spentUsd ?? 0);
  out.push("## Spend", "", `Model calls made in this run: $${spent.toFixed(4)} in preprocessing; teacher targets recorded at $${(gen?.costOfTargetsUsd ?? 0).toFixed(4)}. ` +
    "Answers replayed from the response cache cost nothing again.", "");
  out.push("## Failures", "", `Collect rejects: ${profile ? profile.resumes.rejected + profile.jobs.invalid + profile.jobs.duplicates + profile.jobs.filteredByCountry + profile.jobs.filteredByRole : 0} (collect/rejects.jsonl). ` +
    `Preprocess failures: ${(pre?.jobs.failed ?? 0) + (pre?.resumes.failed ?? 0)}. Teacher failures: ${Object.values(gen?.failures ?? {}).reduce((a, b) => a + b, 0)} (generate/failures.jsonl).`, "");
  const skipped = [
    ...outcomes.filter((o) => o.status === "skipped").map((o) => `- ${o.stage}: ${o.note}`),
    config.finetune.launch ? null : "- OpenAI fine-tune: dry run (configuration `finetune.launch` is false, or no OPENAI_API_KEY): the request and its cost are above.",
    "- LoRA training of Llama 3.1 8B: needs a GPU; the Axolotl and LLaMA-Factory configs and the vLLM serve command are in finetune/recipe/.",
    "- Live models: without OPENAI_API_KEY or RPW_LLM_BASE_URL every model step answered from recordings or from the labelled rules baselines.",
  ].filter((line): line is string => line !== null);
  out.push("## Skipped, and why", "", ...skipped, "");
  const figureDir = dirs.figures;
  const figures = fs.existsSync(figureDir) ? fs.readdirSync(figureDir).filter((name) => name.endsWith(".json")).sort() : [];
  out.push("## Figures", "", ...figures.map((name) => `![${name.replace(/\.json$/, "")}](figures/${name.replace(/\.json$/, ".svg")})`), "");
  return out.join("\n");
}

/** The report as one HTML file: the Markdown rendered, each figure drawn by the inlined plotly.js. */
export function runReportHtml(markdown: string, figureDir: string): string {
  const figures = fs.existsSync(figureDir) ? fs.readdirSync(figureDir).filter((name) => name.endsWith(".json")).sort() : [];
  const specs = figures.map((name) => JSON.parse(fs.readFileSync(path.join(figureDir, name), "utf8")) as { name: string; data: unknown; layout: unknown });
  const body = markdownToHtml(markdown.replace(/^## Figures[\s\S]*$/m, "## Figures"));
  const plotly = fs.readFileSync(require.resolve("plotly.js-dist"), "utf8").replace(/<\/script/gi, "<\\/script");
  const divs = specs.map((spec) => `<div class="figure" id="figure-${spec.name}"></div>`).join("\n");
  const draw = specs.map((spec) => `Plotly.newPlot(${JSON.stringify(`figure-${spec.name}`)}, ${JSON.stringify(spec.data)}, ${JSON.stringify({ ...(spec.layout as object), autosize: true })}, {responsive: true, displaylogo: false});`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Run report</title>
<style>body{font-family:"Liberation Sans",Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left}
pre{background:#f6f6f6;padding:0.8em;overflow-x:auto;font-size:12px}.figure{width:100%;height:480px;margin:1em 0}</style>
<script>${plotly}</script></head>
<body>
${body}
${divs}
<script>${draw}</script>
</body></html>
`;
}
