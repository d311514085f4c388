/**
 * The compact result of a comparison: one line per (variant, system) with the pass rate of each
 * assertion, mean scores (the evaluation's metric names), tokens, cost, latency and cache hits;
 * and the one honest line shown instead when every answer came from the rules baseline. Pure.
 */
import type { AssertionSpec } from "../schemas/prompt-experiment";
import { AssertionResult, checkAssertions, outputTokens, verdictKey } from "./assertions";
import type { JudgeVerdict } from "./judge";
import type { PromptRun } from "./compare-prompts";
import { LEADERBOARD_METRICS, summarizeRows } from "./leaderboard";

export interface ComparisonSummary {
  variant: string;
  system: string;
  answeredBy: string;
  cases: number;
  failedCalls: number;
  assertions: AssertionResult[];
  means: Record<string, number | null>;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  meanLatencyMs: number;
  cacheHits: number;
}

export const RULES_ONLY_MESSAGE =
  "offline: every answer comes from the rules baseline (no model configured), so the prompt variants cannot differ — " +
  "export OPENAI_API_KEY=sk-... for OpenAI, or RPW_LLM_BASE_URL=http://127.0.0.1:11434/v1 for a local OpenAI-compatible server " +
  "(Ollama, llama.cpp server, vLLM), or declare systems in workbench.config.json's prompts.systems";

/** True when no row was answered by a model or a recording: nothing the prompts say reached an answer. */
export function answeredByRulesOnly(run: PromptRun): boolean {
  return run.rows.length > 0 && run.rows.every((row) => row.answeredBy === "rules");
}

export function summarizeComparison(
  run: PromptRun,
  assertions: readonly AssertionSpec[],
  verdicts: readonly JudgeVerdict[] = [],
): ComparisonSummary[] {
  const byKey = new Map(verdicts.map((verdict) => [verdictKey(verdict, verdict.rubric), verdict]));
  const means = new Map(summarizeRows(run.rows).map((row) => [`${row.variant}\u0000${row.system}`, row]));
  const keys = [...new Set(run.rows.map((row) => `${row.variant}\u0000${row.system}`))];
  return keys.map((key) => {
    const rows = run.rows.filter((row) => `${row.variant}\u0000${row.system}` === key);
    const timings = run.timings.filter((timing) => `${timing.variant}\u0000${timing.system}` === key);
    const summary = means.get(key)!;
    return {
      variant: rows[0].variant,
      system: rows[0].system,
      answeredBy: summary.answeredBy,
      cases: rows.length,
      failedCalls: summary.failed,
      assertions: checkAssertions(assertions, rows, byKey),
      means: Object.fromEntries(LEADERBOARD_METRICS.map((metric) => [metric, summary[metric] as number | null])),
      inputTokens: rows.reduce((sum, row) => sum + row.usage.inputTokens, 0),
      outputTokens: rows.reduce((sum, row) => sum + outputTokens(row), 0),
      costUsd: summary.costUsd,
      meanLatencyMs: Math.round(
        timings.reduce((sum, timing) => sum + timing.latencyMs, 0) / Math.max(1, timings.length),
      ),
      cacheHits: timings.filter((timing) => timing.cached).length,
    };
  });
}

/** Required assertions that failed, as "variant × system: label (k/n)". */
export function failedRequired(summaries: readonly ComparisonSummary[]): string[] {
  return summaries.flatMap((summary) =>
    summary.assertions
      .filter((result) => result.required && !result.ok)
      .map(
        (result) => `${summary.variant} × ${summary.system}: ${result.label} (${result.passed}/${result.cases} cases)`,
      ),
  );
}

const fixed = (value: number | null, digits = 3) => (value === null ? "—" : value.toFixed(digits));

/** One flat record per (variant, system): a required assertion's column is marked `!`, a failed one `✗`. */
export function summaryRecords(summaries: readonly ComparisonSummary[]): Record<string, string>[] {
  return summaries.map((summary) => ({
    variant: summary.variant,
    system: summary.system,
    "answered by": summary.answeredBy,
    ...Object.fromEntries(
      summary.assertions.map((result) => [
        `${result.label}${result.required ? "!" : ""}`,
        `${result.passed}/${result.cases}${result.ok ? "" : " ✗"}`,
      ]),
    ),
    ...Object.fromEntries(LEADERBOARD_METRICS.map((metric) => [metric, fixed(summary.means[metric])])),
    "tokens in/out": `${summary.inputTokens}/${summary.outputTokens}`,
    "cost $": summary.costUsd.toFixed(4),
    "latency ms": String(summary.meanLatencyMs),
    "cache hits": `${summary.cacheHits}/${summary.cases}`,
  }));
}

/** Records as plain-text lines, columns padded to the widest cell. */
export function padTable(records: readonly Record<string, string>[]): string[] {
  if (records.length === 0) return ["no rows"];
  const header = Object.keys(records[0]);
  const body = records.map((record) => header.map((key) => record[key] ?? ""));
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join("  ")
      .trimEnd();
  return [line(header), ...body.map(line)];
}

export function formatComparisonTable(summaries: readonly ComparisonSummary[]): string[] {
  return padTable(summaryRecords(summaries));
}
