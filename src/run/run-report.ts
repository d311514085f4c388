/**
 * The run report: `report.md` and a self-contained `report.html` (plotly.js embedded once, every
 * figure interactive, no network needed, under 5 MB) built from the files a run wrote. It opens
 * with what the run is (data, systems and who answered them, seed, versions), then the result
 * tables with their definitions, then one section per stage in the study's order — what the stage
 * produced and its figures with captions — then spend, failures, and what was skipped and why
 * (stages, and figures with nothing to show). Timings are not in it (they differ on every run;
 * see timings.json), so a rerun's report is the same bytes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FigureIndex } from "../figures/figure-index";
import { formatScore } from "../report/format";
import { reportHtml, ReportFigure } from "./report-html";
import { runOpeningMarkdown } from "../report/run-opening";
import { answeredByLabel, metricLabel, sectionLabel, stageLabel } from "../schemas/display-names";
import { ROLE_LABELS } from "../schemas/job";
import { runDirs, STAGES, StageName, WorkbenchConfig } from "../schemas/run-config";
import { summarizeRows } from "../studio/leaderboard";
import { PromptRunRow } from "../schemas/evaluation";
import { readJsonl } from "../util/jsonl";
import { plural } from "../util/words";
import type { StageOutcome } from "./run-pipeline";
import { PROJECT_ROOT } from "./stage-record";
import type { TargetGroundingReport } from "../dataset/target-grounding";

/** The prompt matrix's columns in the report: the headline metrics, under the evaluation's names. */
const PROMPT_TABLE_METRICS = [
  "unsupportedShare",
  "inputOnlyShare",
  "up_content",
  "ja_content",
  "keywordCoverage",
  "groundedKeywordCoverage",
] as const;

const readJson = <T>(file: string): T | null =>
  fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : null;
const pct = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : `${(100 * value).toFixed(1)} %`;
// Leaderboard cells are numbers, or a word when undefined.
const cell = (value: string | number | null) => (typeof value === "number" ? formatScore(value) : (value ?? "—"));
const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");

interface Profile {
  resumes: { kept: number; rejected: number; rowsRead: number };
  jobs: {
    rowsRead: number;
    kept: number;
    invalid: number;
    duplicates: number;
    filteredByCountry: number;
    countries: string[];
    filteredByRole: number;
    byRole: Record<string, number>;
    bySite: Record<string, number>;
  };
}
interface PreReport {
  extractor: string;
  answeredBy: Record<string, number>;
  jobs: { records: number; failed: number; fieldFilled: Record<string, number> };
  resumes: {
    records: number;
    failed: number;
    sectionFound: Record<string, number>;
    coverage: { mean: number | null; min: number | null };
  };
  llm: { spentUsd: number };
}
interface GenReport {
  cases: number;
  targets: number;
  failures: Record<string, number>;
  answeredBy: Record<string, number>;
  costOfTargetsUsd: number;
}
interface Audit {
  tokenizer: string;
  maxLength: number;
  examples: number;
  survived: number;
  partial: number;
  lost: number;
  maxLengthFor95: number;
  maxLengthFor99: number;
}
interface EvalConfig {
  systems: { kind: string; name: string; model?: string; source?: string }[];
  reference: string;
}
interface PromptConfig {
  variants: { name: string; master: { version: string }; sections: Record<string, { version: string }> }[];
}

/** The headings of the per-stage sections (kept stable: notebooks and tests look for them). */
const STAGE_HEADINGS: Record<StageName, string> = {
  collect: "Data",
  preprocess: "Extraction coverage",
  prompts: "Prompts",
  generate: "Teacher targets",
  dataset: "Fine-tune dataset",
  finetune: "Fine-tune",
  evaluate: "Evaluation",
  figures: "Figures",
};

/** Which provider answered and at which base URL (a local server is not OpenAI), from config.json. */
function modelEndpoint(written: { llm?: { provider?: string; baseUrlUsed?: string | null } } | null): string {
  if (!written?.llm?.provider) return "";
  return `Model calls: provider ${written.llm.provider}${written.llm.baseUrlUsed ? ` at ${written.llm.baseUrlUsed}` : " (offline: recorded answers, else the labelled rules baselines)"}.`;
}

function packageVersion(file: string): string {
  return readJson<{ version?: string }>(file)?.version ?? "unknown";
}

/**
 * The configuration file of the comparison the prompts stage made for this configuration (its
 * folder's comparison.json names it), not whichever saved comparison sorts first.
 */
function currentComparisonConfig(config: WorkbenchConfig, dirs: ReturnType<typeof runDirs>): string | null {
  const pointer = readJson<{ run?: string }>(path.join(dirs.prompts, config.prompts.comparison, "comparison.json"));
  const file = pointer?.run ? path.join(dirs.prompts, `${pointer.run}.config.json`) : null;
  return file && fs.existsSync(file) ? file : null;
}

/** The dataset's targets checked against their own prompts (dataset/grounding.json), in one paragraph. */
function groundingLines(g: TargetGroundingReport | null): string[] {
  if (!g) return [];
  const jobless = Object.values(g.bySection).reduce((sum, section) => sum + section.jobless, 0);
  const mode =
    g.mode === "drop-ungrounded"
      ? `${plural(g.dropped, "target")} dropped from every export`
      : g.mode === "flag"
        ? "listed as problems in dataset/validation-report.md"
        : "kept, not listed as problems";
  return [
    `Targets against their own prompts (dataset.targets: ${g.mode}): ${g.ungrounded} of ${g.targets} completions ` +
      `state facts their prompt does not hold${g.ungrounded > 0 ? ` (${mode})` : ""}; ${g.fromJob} state facts only the job details hold; ` +
      `${g.joblessTailored} of ${jobless} prompts without a job are paired with job-tailored completions ` +
      "(per section in dataset/grounding.json, per target in dataset/ungrounded.jsonl).",
    "",
  ];
}

/** Each stage's own paragraphs (no heading), from the files it wrote; empty when it wrote none. */
function stageDetails(stage: StageName, dirs: ReturnType<typeof runDirs>, config: WorkbenchConfig): string[] {
  switch (stage) {
    case "collect": {
      const profile = readJson<Profile>(path.join(dirs.collect, "profile.json"));
      if (!profile) return [];
      return [
        `${plural(profile.resumes.kept, "resume")} kept of ${profile.resumes.rowsRead} (${profile.resumes.rejected} rejected); ` +
          `${plural(profile.jobs.kept, "posting")} kept of ${profile.jobs.rowsRead}: ${plural(profile.jobs.duplicates, "duplicate")}, ${profile.jobs.filteredByCountry} outside ${profile.jobs.countries.join("/") || "every country"}, ` +
          `${profile.jobs.filteredByRole} of other roles, ${profile.jobs.invalid} invalid (each in collect/rejects.jsonl with its reason).`,
        "",
        table(
          ["Role", "Postings"],
          Object.entries(profile.jobs.byRole).map(([role, n]) => [
            (ROLE_LABELS as Record<string, string>)[role] ?? role,
            n,
          ]),
        ),
        "",
      ];
    }
    case "preprocess": {
      const pre = readJson<PreReport>(path.join(dirs.preprocess, "report.json"));
      if (!pre) return [];
      return [
        `Extractor \`${pre.extractor}\`; answered by ${Object.entries(pre.answeredBy)
          .map(([who, n]) => `${who} (${n})`)
          .join(", ")}.`,
        "",
        table(
          ["Section", "Found in"],
          Object.entries(pre.resumes.sectionFound).map(([section, share]) => [sectionLabel(section), pct(share)]),
        ),
        "",
        `Character coverage of the sections: mean ${pct(pre.resumes.coverage.mean)}, lowest ${pct(pre.resumes.coverage.min)}.`,
        "",
        table(
          ["job-details field", "filled"],
          Object.entries(pre.jobs.fieldFilled).map(([field, share]) => [field, pct(share)]),
        ),
        "",
      ];
    }
    case "prompts": {
      const configFile = currentComparisonConfig(config, dirs);
      if (!configFile) return [];
      const runConfig = readJson<PromptConfig>(configFile);
      const rows = readJsonl(configFile.replace(/\.config\.json$/, ".jsonl"), PromptRunRow);
      return [
        `Prompt versions: ${runConfig?.variants
          .map(
            (v) =>
              `master ${v.master.version}, ${Object.entries(v.sections)
                .map(([s, t]) => `${s} ${t.version}`)
                .join(", ")}`,
          )
          .join("; ")}.`,
        "",
        table(
          ["variant", "system", "answered by", "cases", ...PROMPT_TABLE_METRICS.map(metricLabel)],
          summarizeRows(rows).map((r) => [
            r.variant,
            r.system,
            answeredByLabel(r.answeredBy),
            r.cases,
            ...PROMPT_TABLE_METRICS.map((metric) => cell(r[metric] as number | null)),
          ]),
        ),
        "",
      ];
    }
    case "generate": {
      const gen = readJson<GenReport>(path.join(dirs.generate, "report.json"));
      if (!gen) return [];
      return [
        `${plural(gen.targets, "target")} for ${plural(gen.cases, "case")}; failures: ${
          Object.entries(gen.failures)
            .map(([k, n]) => `${k} ${n}`)
            .join(", ") || "none"
        }. ` +
          `Answered by ${Object.entries(gen.answeredBy)
            .map(([who, n]) => `${who} (${n})`)
            .join(", ")}.`,
        "",
      ];
    }
    case "dataset": {
      const audit = readJson<Audit>(path.join(dirs.dataset, "audit.json"));
      if (!audit) return [];
      return [
        `${plural(audit.examples, "example")}. Completion survival at max_length ${audit.maxLength} (${audit.tokenizer} tokens): ` +
          `intact ${pct(audit.survived)}, partly cut ${pct(audit.partial)}, cut away entirely ${pct(audit.lost)}. ` +
          `95 % of completions survive at ${audit.maxLengthFor95} tokens, 99 % at ${audit.maxLengthFor99}.`,
        "",
        ...groundingLines(readJson<TargetGroundingReport>(path.join(dirs.dataset, "grounding.json"))),
      ];
    }
    case "finetune": {
      const plan = path.join(dirs.finetune, "plan.md");
      return fs.existsSync(plan)
        ? [
            fs
              .readFileSync(plan, "utf8")
              .replace(/^# .*\n+/, "")
              .replace(/^## /gm, "### ")
              .trimEnd(),
            "",
          ]
        : [];
    }
    case "evaluate": {
      const config = readJson<EvalConfig>(path.join(dirs.evaluate, "evaluate.config.json"));
      return config
        ? [
            `Per-case evidence: evaluate/records.jsonl (every output with its claims and scores), evaluate/scores.jsonl; the result tables above are evaluate/summary.json.`,
            "",
          ]
        : [];
    }
    case "figures":
      return [];
  }
}

/** One figure in the Markdown: its image (the two-column SVG) and its numbered caption. */
function figureMarkdown(entry: FigureIndex["figures"][number], number: number, imagesWritten: boolean): string[] {
  const image = imagesWritten ? [`![${entry.title}](figures/${entry.name}.svg)`, ""] : [];
  return [
    ...image,
    `*Figure ${number}. ${entry.title}.* ${entry.caption} Files: \`figures/${entry.name}.{json,svg,pdf,png}\`.`,
    "",
  ];
}

export function runReportMarkdown(config: WorkbenchConfig, outcomes: readonly StageOutcome[]): string {
  const dirs = runDirs(config);
  const profile = readJson<Profile>(path.join(dirs.collect, "profile.json"));
  const pre = readJson<PreReport>(path.join(dirs.preprocess, "report.json"));
  const gen = readJson<GenReport>(path.join(dirs.generate, "report.json"));
  const evalConfig = readJson<EvalConfig>(path.join(dirs.evaluate, "evaluate.config.json"));
  const promptFile = currentComparisonConfig(config, dirs);
  const prompts = promptFile ? readJson<PromptConfig>(promptFile) : null;
  const index = fs.existsSync(path.join(dirs.figures, "index.json"))
    ? FigureIndex.parse(readJson(path.join(dirs.figures, "index.json")))
    : null;

  const out: string[] = [`# Run report: ${config.name}`, ""];
  out.push(
    ...runOpeningMarkdown({
      name: config.name,
      seed: config.seed,
      resumes: config.data.resumes,
      jobs: config.data.jobs,
      kept: profile ? { resumes: profile.resumes.kept, postings: profile.jobs.kept } : null,
      teacher: config.teacher.recorded
        ? `recorded outputs (\`${path.basename(config.teacher.recorded.targets)}\`)`
        : `\`${config.teacher.model}\``,
      teacherAnsweredBy: gen?.answeredBy ?? null,
      preprocessAnsweredBy: pre?.answeredBy ?? null,
      systems: evalConfig?.systems ?? null,
      reference: evalConfig?.reference ?? null,
      workbenchVersion: packageVersion(path.join(PROJECT_ROOT, "package.json")),
      plotlyVersion: packageVersion(require.resolve("plotly.js-dist/package.json")),
      promptVersions: prompts?.variants.map((v) => `master ${v.master.version}`).join(", ") ?? null,
    }),
  );

  const endpoint = modelEndpoint(readJson(path.join(dirs.root, "config.json")));
  if (endpoint) out.push(endpoint, "");
  const tablesDir = path.join(dirs.figures, "tables");
  if (index?.tables.length) {
    out.push("## Results", "");
    for (const entry of index.tables) {
      const markdown = path.join(tablesDir, `${entry.name}.md`);
      if (fs.existsSync(markdown))
        out.push(
          fs.readFileSync(markdown, "utf8").trimEnd(),
          "",
          `Files: \`figures/tables/${entry.name}.{csv,md,tex}\`.`,
          "",
        );
    }
  }

  out.push(
    "## Stages",
    "",
    table(
      ["stage", "result"],
      outcomes.map((o) => [
        stageLabel(o.stage),
        o.status === "skipped" ? `skipped: ${o.note}` : o.note.replace(/\|/g, "/"),
      ]),
    ),
    "",
  );
  let figureNumber = 0;
  for (const stage of STAGES) {
    if (stage === "figures") continue;
    const details = stageDetails(stage, dirs, config);
    const figures = index?.figures.filter((entry) => entry.stage === stage) ?? [];
    if (!details.length && !figures.length) continue;
    out.push(`## ${STAGE_HEADINGS[stage]}`, "", ...details);
    for (const entry of figures)
      out.push(...figureMarkdown(entry, ++figureNumber, Boolean(index && !index.staticSkipped)));
  }

  const spent = pre?.llm.spentUsd ?? 0;
  out.push(
    "## Spend",
    "",
    `Model calls made in this run: $${spent.toFixed(4)} in preprocessing; teacher targets recorded at $${(gen?.costOfTargetsUsd ?? 0).toFixed(4)}. ` +
      "Answers replayed from the response cache cost nothing again.",
    "",
  );
  out.push(
    "## Failures",
    "",
    `Collect rejects: ${profile ? profile.resumes.rejected + profile.jobs.invalid + profile.jobs.duplicates + profile.jobs.filteredByCountry + profile.jobs.filteredByRole : 0} (collect/rejects.jsonl). ` +
      `Preprocess failures: ${(pre?.jobs.failed ?? 0) + (pre?.resumes.failed ?? 0)}. Teacher failures: ${Object.values(gen?.failures ?? {}).reduce((a, b) => a + b, 0)} (generate/failures.jsonl).`,
    "",
  );
  const skipped = [
    ...outcomes.filter((o) => o.status === "skipped").map((o) => `- Stage ${stageLabel(o.stage)}: ${o.note}`),
    ...(index?.skipped ?? []).map(
      (entry) => `- Figure "${entry.title}" (${stageLabel(entry.stage)}): ${entry.reason}.`,
    ),
    ...(index?.staticSkipped ? [`- Figure images: ${index.staticSkipped}.`] : []),
    config.finetune.launch
      ? null
      : "- OpenAI fine-tune: dry run (configuration `finetune.launch` is false, or no OPENAI_API_KEY): the request and its cost are above.",
    "- LoRA training of Llama 3.1 8B: needs a GPU; the Axolotl and LLaMA-Factory configs and the vLLM serve command are in finetune/recipe/.",
    "- Live models: without OPENAI_API_KEY or RPW_LLM_BASE_URL every model step answered from recordings or from the labelled rules baselines.",
  ].filter((line): line is string => line !== null);
  out.push("## Skipped, and why", "", ...skipped, "");
  return out.join("\n");
}

/** The report as one HTML file: the Markdown rendered, each figure drawn interactively where its image is. */
export function runReportHtml(markdown: string, figureDir: string): string {
  const figures = fs.existsSync(figureDir)
    ? fs
        .readdirSync(figureDir)
        .filter((name) => name.endsWith(".json") && !name.startsWith("index."))
        .sort()
    : [];
  const specs = figures.map((name) => JSON.parse(fs.readFileSync(path.join(figureDir, name), "utf8")) as ReportFigure);
  return reportHtml(markdown, specs, markdown.match(/^# (.*)$/m)?.[1] ?? "Run report");
}
