/**
 * Summaries of prompt runs: a table per (variant, system) of one run, and a leaderboard across
 * every saved run, so prompt edits can be compared over time. Means skip undefined values (a
 * section with no checkable claim has no unsupported share) and say how many they averaged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { answeredByLabel } from "../schemas/display-names";
import { readJsonFile, readJsonl } from "../util/jsonl";
import { PromptRunRow } from "../schemas/evaluation";
import type { SectionScores } from "../schemas/evaluation";
import { EvalMetric, LOWER_IS_BETTER } from "../evaluate/evaluation-summary";

/** The evaluation's own metric names (src/evaluate/evaluation-summary.ts), so a prompt run and an evaluation read alike. */
export const LEADERBOARD_METRICS = [
  "unsupportedShare",
  "inputOnlyShare",
  "up_content",
  "ja_content",
  "keywordCoverage",
  "groundedKeywordCoverage",
  "echoJobAd",
  "up_plain",
  "ja_plain",
] as const satisfies readonly EvalMetric[];
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];

/** A section's scores under the evaluation's names (scoreSection computes UP and JA on plain text). */
export function metricOf(scores: SectionScores, metric: LeaderboardMetric): number | null {
  switch (metric) {
    case "up_plain":
      return scores.userPersonalization;
    case "ja_plain":
      return scores.jobAlignment;
    // Rows saved before these metrics existed have no value for them: undefined, not 0.
    case "up_content":
      return scores.userPersonalizationContent ?? null;
    case "ja_content":
      return scores.jobAlignmentContent ?? null;
    case "groundedKeywordCoverage":
      return scores.groundedKeywordCoverage ?? null;
    default:
      return scores[metric];
  }
}

export interface LeaderboardRow {
  run: string;
  /** When the comparison was saved (ISO 8601), or null when the record of it is gone. */
  savedAt: string | null;
  /** Each variant's prompt versions, e.g. "files: master c6fbdeef9d6b, skills f436fd9cdd2d". */
  promptVersions: string;
  variant: string;
  system: string;
  cases: number;
  /** Who actually answered, e.g. "rules" for a model system that fell back offline. */
  answeredBy: string;
  failed: number;
  costUsd: number;
  outputTokens: number;
  [metric: string]: string | number | null;
}

function meanOf(values: (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length ? defined.reduce((sum, value) => sum + value, 0) / defined.length : null;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 10000);

/** One row per (run, variant, system) with the mean of each metric. */
export function summarizeRows(rows: readonly PromptRunRow[]): LeaderboardRow[] {
  const groups = new Map<string, PromptRunRow[]>();
  for (const row of rows) {
    const key = `${row.run}\u0000${row.variant}\u0000${row.system}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const summary: LeaderboardRow = {
      run: group[0].run,
      savedAt: null,
      promptVersions: versionsOf(group),
      variant: group[0].variant,
      system: group[0].system,
      cases: group.length,
      answeredBy: [...new Set(group.map((row) => row.answeredBy))].sort().join("+"),
      failed: group.filter((row) => !row.ok).length,
      costUsd: round(group.reduce((sum, row) => sum + (row.costUsd ?? 0), 0)) ?? 0,
      outputTokens: group.reduce((sum, row) => sum + row.usage.outputTokens, 0),
    };
    for (const metric of LEADERBOARD_METRICS) {
      summary[metric] = round(meanOf(group.map((row) => (row.scores ? metricOf(row.scores, metric) : null))));
    }
    return summary;
  });
}

/** The master and section prompt versions a group of rows was answered with. */
function versionsOf(rows: readonly PromptRunRow[]): string {
  const versions = new Set(
    rows.map((row) => `master ${row.promptVersions.master}, ${row.section} ${row.promptVersions.section}`),
  );
  return [...versions].sort().join("; ");
}

const SavedAt = z.object({ savedAt: z.string() });

/**
 * Every saved run in `dir`, summarised, best first by `metric` (lower is better for unsupported
 * share and echo), each dated from `<timingsDir>/<run>.saved.json` (the run folder's timings/).
 */
export function promptLeaderboard(
  dir: string,
  metric: LeaderboardMetric = "unsupportedShare",
  timingsDir = path.join(dir, "..", "timings"),
): LeaderboardRow[] {
  if (!fs.existsSync(dir)) return [];
  const rows = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".jsonl") && !name.endsWith(".timings.jsonl"))
    .sort()
    .flatMap((name) => readJsonl(path.join(dir, name), PromptRunRow));
  const savedAt = (run: string) => {
    const file = path.join(timingsDir, `${run}.saved.json`);
    return fs.existsSync(file) ? readJsonFile(file, SavedAt).savedAt : null;
  };
  const lowerIsBetter = LOWER_IS_BETTER.has(metric);
  return summarizeRows(rows)
    .map((row): LeaderboardRow => ({ ...row, savedAt: savedAt(row.run) }))
    .sort((a, b) => {
      const [x, y] = [a[metric] as number | null, b[metric] as number | null];
      if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
      return lowerIsBetter ? x - y : y - x;
    });
}

/** Leaderboard rows for display: the comparison id, who answered, cost and the evaluation's metrics (3 decimals). */
export function leaderboardRecords(rows: readonly LeaderboardRow[]): Record<string, string>[] {
  return rows.map((row) => ({
    run: row.run,
    saved: row.savedAt ? `${row.savedAt.slice(0, 16).replace("T", " ")} UTC` : "—",
    variant: row.variant,
    system: row.system,
    "answered by": answeredByLabel(row.answeredBy),
    cases: String(row.cases),
    failed: String(row.failed),
    "cost $": row.costUsd.toFixed(4),
    ...Object.fromEntries(
      LEADERBOARD_METRICS.map((metric) => [metric, row[metric] === null ? "—" : (row[metric] as number).toFixed(3)]),
    ),
    "prompt versions": row.promptVersions,
  }));
}
