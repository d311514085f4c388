/**
 * The validation report written before any launch: is every export well formed, does each
 * round-trip to the records' messages, what do OpenAI's cookbook checks and cost estimate say,
 * and how many completions survive the chosen `max_length` — with the problems that should stop
 * a launch listed first. Pure: parts in, report (JSON) and its Markdown view out.
 *
 * Targets checked against their own prompts (target-grounding.ts) are listed as problems per
 * section under `dataset.targets: flag`; under `keep` the figures are in the report but no
 * problem; under `drop-ungrounded` the dropped count is a note and what stays in the exports
 * (facts pasted from the job) remains a problem.
 */
import type { FormatCheck } from "./export-files";
import type { ImportReport } from "./import-targets";
import type { CookbookReport } from "./openai-checks";
import type { SftSummary, SkippedTarget } from "./sft-records";
import { survivalOf, SurvivalAudit, ExampleLength } from "./survival-audit";
import { SECTION_NAMES } from "../schemas/resume-sections";
import type { TargetGroundingReport } from "./target-grounding";

/** Errors kept per format in the report (the count is always complete). */
const MAX_LISTED_ERRORS = 20;

export interface ValidationParts {
  importReport: ImportReport | null;
  summary: SftSummary;
  skipped: readonly SkippedTarget[];
  formats: readonly FormatCheck[];
  roundTrips: Record<string, boolean>;
  openai: { train: CookbookReport; validation: CookbookReport };
  audit: SurvivalAudit;
  lengths: readonly ExampleLength[];
  sequenceLength: number;
  grounding: TargetGroundingReport;
}

export function buildValidationReport(parts: ValidationParts) {
  const problems: string[] = [];
  for (const check of parts.formats)
    if (!check.ok)
      problems.push(
        `${check.file}: ${check.errors.length} format errors (first: line ${check.errors[0].line}: ${check.errors[0].message})`,
      );
  for (const [format, ok] of Object.entries(parts.roundTrips))
    if (!ok) problems.push(`${format}: the export does not read back to the records' messages`);
  if (!parts.openai.train.ok) problems.push("openai train.jsonl fails the cookbook's format checks");
  if (parts.openai.train.examples < 10)
    problems.push(`openai train.jsonl has ${parts.openai.train.examples} examples; OpenAI requires at least 10`);
  if (parts.openai.train.overTokenLimit > 0)
    problems.push(
      `${parts.openai.train.overTokenLimit} OpenAI examples exceed ${parts.openai.train.tokenLimit} tokens and would be truncated`,
    );
  if (parts.audit.survived < 0.95) {
    problems.push(
      `at max_length ${parts.audit.maxLength} (${parts.audit.tokenizer}) only ${percent(parts.audit.survived)} of completions survive whole and ${percent(parts.audit.lost)} are lost entirely; ` +
        `${parts.audit.maxLengthFor95} tokens keep 95 %, ${parts.audit.maxLengthFor99} keep 99 % (the trainer configs use ${parts.sequenceLength})`,
    );
  }
  const missingInputs = Object.entries(parts.summary.byInputs)
    .filter(([key]) => key.includes("missing"))
    .reduce((sum, [, n]) => sum + n, 0);
  if (missingInputs > 0)
    problems.push(`${missingInputs} records carry a placeholder for a missing input (see records.byInputs)`);
  problems.push(...groundingProblems(parts.grounding));
  return {
    problems,
    import: parts.importReport && {
      file: parts.importReport.file,
      ids: parts.importReport.ids,
      targets: parts.importReport.targets,
      failures: parts.importReport.failures,
      linked: parts.importReport.linked,
      unlinked: parts.importReport.unlinked,
    },
    records: parts.summary,
    skipped: parts.skipped,
    formats: parts.formats.map((check) => ({
      ...check,
      errors: check.errors.slice(0, MAX_LISTED_ERRORS),
      errorCount: check.errors.length,
    })),
    roundTrips: parts.roundTrips,
    targets: parts.grounding,
    openai: parts.openai,
    audit: {
      tokenizer: parts.audit.tokenizer,
      maxLength: parts.audit.maxLength,
      examples: parts.audit.examples,
      survived: parts.audit.survived,
      partial: parts.audit.partial,
      lost: parts.audit.lost,
      maxLengthFor95: parts.audit.maxLengthFor95,
      maxLengthFor99: parts.audit.maxLengthFor99,
      sequenceLengthInConfigs: parts.sequenceLength,
    },
    /** Records whose prompt carries the teacher's own inputs (for the study: id 1), one by one. */
    teacherInputExamples: parts.lengths
      .filter((length) => length.inputs === "teacher-input + teacher-input")
      .map((length) => ({
        id: length.id,
        section: length.section,
        prompt: length.prompt,
        completion: length.completion,
        total: length.total,
        survival: survivalOf(length, parts.audit.maxLength),
      })),
  };
}
export type ValidationReport = ReturnType<typeof buildValidationReport>;

/** One problem per section and finding; none under `keep`; under drop-ungrounded only what the exports still hold. */
export function groundingProblems(report: TargetGroundingReport): string[] {
  if (report.mode === "keep") return [];
  const problems: string[] = [];
  for (const section of SECTION_NAMES) {
    const s = report.bySection[section];
    if (report.mode === "flag" && s.ungrounded > 0) {
      const types = Object.entries(s.byType)
        .filter(([, n]) => n.invented > 0)
        .map(([type, n]) => `${type} ${n.invented}`);
      problems.push(
        `targets (${section}): ${s.ungrounded} of ${s.targets} completions (${percent(s.ungrounded / s.targets)}) ` +
          `state facts their prompt does not hold (invented claims: ${types.join(", ")}; see ungrounded.jsonl)`,
      );
    }
    if (report.mode === "flag" && s.joblessTailored > 0) {
      problems.push(
        `targets (${section}): ${s.joblessTailored} of ${s.jobless} prompts without a job ` +
          "are paired with job-tailored completions",
      );
    }
    const fromJob = report.mode === "drop-ungrounded" ? s.fromJobKept : s.fromJob;
    if (fromJob > 0) {
      const kept = report.mode === "drop-ungrounded" ? " kept" : "";
      problems.push(
        `targets (${section}): ${fromJob} of ${s.targets} completions${kept} state facts ` +
          "only the prompt's job details hold (pasted from the job; see ungrounded.jsonl)",
      );
    }
  }
  return problems;
}

function groundingMarkdown(g: TargetGroundingReport): string[] {
  const share = (value: number | null) => (value === null ? "–" : percent(value));
  return [
    "## Targets against their own prompts",
    "",
    `dataset.targets: ${g.mode}. Checked: ${g.checked}. ${g.ungrounded} of ${g.targets} targets state at least one ` +
      `invented fact${g.mode === "drop-ungrounded" ? `; ${g.dropped} dropped from every export` : ""}; ` +
      `${g.fromJob} state facts only the job holds.`,
    "",
    "| section | targets | with invented facts | with facts from the job | persona | job-less | job-less, tailored |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...SECTION_NAMES.map((section) => {
      const s = g.bySection[section];
      return (
        `| ${section} | ${s.targets} | ${s.ungrounded} (${share(s.ungroundedShare)}) | ` +
        `${s.fromJob} (${share(s.fromJobShare)}) | ${s.persona} | ${s.jobless} | ` +
        `${s.joblessTailored} (${share(s.joblessTailoredShare)}) |`
      );
    }),
    "",
  ];
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)} %`;
}

const usd = (value: number) => `$${value.toFixed(4)}`;
const num = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
/** Ids hold "|", which would split a Markdown table cell. */
const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderValidationMarkdown(report: ValidationReport): string {
  const lines: string[] = ["# Dataset validation report", ""];
  lines.push(
    "## Problems",
    "",
    ...(report.problems.length ? report.problems.map((problem) => `- ${problem}`) : ["None."]),
    "",
  );
  if (report.import) {
    lines.push(
      "## Import",
      "",
      `${report.import.file}: ${report.import.ids} ids, ${report.import.targets} targets, ${report.import.failures} failures; ` +
        `linked to a resume ${report.import.linked.resume}, to a job ${report.import.linked.job}, to both ${report.import.linked.both}.`,
      "",
    );
    for (const group of report.import.unlinked)
      lines.push(`- not linked (${group.link}): ${group.count} ids (${group.ids}): ${group.reason}`);
    lines.push("");
  }
  const r = report.records;
  lines.push(
    "## Records",
    "",
    `${r.records} records from ${r.resumes} resumes (${r.skipped} targets skipped).`,
    "",
    "| split | records | resumes |",
    "|---|---:|---:|",
    ...Object.entries(r.bySplit).map(([split, v]) => `| ${split} | ${v.records} | ${v.resumes} |`),
    "",
    "| inputs (section + job) | records |",
    "|---|---:|",
    ...Object.entries(r.byInputs).map(([key, n]) => `| ${key} | ${n} |`),
    "",
  );
  lines.push("## Formats", "", "| file | examples | errors | round trip |", "|---|---:|---:|---|");
  for (const check of report.formats) {
    const format = check.format.endsWith("-config")
      ? undefined
      : Object.keys(report.roundTrips).find((name) => check.format.startsWith(name));
    lines.push(
      `| ${check.file} | ${check.examples} | ${check.errorCount} | ${format === undefined ? "–" : report.roundTrips[format] ? "yes" : "**no**"} |`,
    );
  }
  lines.push("");
  for (const [name, check] of Object.entries(report.openai)) {
    lines.push(
      `## OpenAI cookbook checks: ${name}`,
      "",
      `${check.examples} examples; format errors: ${
        Object.entries(check.formatErrors)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ") || "none"
      }; ` +
        `missing system ${check.missingSystem}, missing user ${check.missingUser}; over ${check.tokenLimit} tokens: ${check.overTokenLimit}.`,
      "",
    );
    if (check.tokensPerExample) {
      const t = check.tokensPerExample;
      lines.push(
        `Tokens per example (cl100k): min ${num(t.min)}, p10 ${num(t.p10)}, median ${num(t.median)}, p90 ${num(t.p90)}, max ${num(t.max)}, mean ${num(t.mean)}.`,
        "",
      );
    }
    lines.push(
      `Default epochs ${check.epochs}; billed tokens ${check.billedTokensPerEpoch} per epoch, ${check.billedTokens} in all` +
        (check.cost
          ? `; estimated cost at ${check.cost.model} ($${check.cost.trainingPricePerMillion}/M): ${usd(check.cost.usd)}.`
          : "."),
      "",
    );
  }
  lines.push(...groundingMarkdown(report.targets));
  const a = report.audit;
  lines.push(
    "## Completion survival",
    "",
    `At max_length ${a.maxLength} (${a.tokenizer}), of ${a.examples} examples: survived ${percent(a.survived)}, ` +
      `partial ${percent(a.partial)}, lost ${percent(a.lost)}. 95 % survive at ${a.maxLengthFor95} tokens, 99 % at ${a.maxLengthFor99}; ` +
      `the trainer configs use ${a.sequenceLengthInConfigs}.`,
    "",
  );
  if (report.teacherInputExamples.length) {
    lines.push(
      "Examples with the teacher's own inputs:",
      "",
      "| id | prompt | completion | total | survival |",
      "|---|---:|---:|---:|---|",
      ...report.teacherInputExamples.map(
        (e) => `| ${cell(e.id)} | ${e.prompt} | ${e.completion} | ${e.total} | ${e.survival} |`,
      ),
      "",
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
