/**
 * The checker measured against people, per claim type and overall, every proportion with its 95 %
 * Wilson interval (agreement.ts). On the labelled rows of one sheet (matched to the checker by
 * match-rows.ts):
 * - facts: rows labelled supported, input_only or invented (not_a_claim rows are no fact);
 *   missed: facts no checker claim overlaps;
 * - "not in the resume" (the checker's flag: verdict input_only or unsupported; the people's:
 *   input_only or invented): precision = flagged facts that people say are not in the resume /
 *   flagged facts; recall = flagged / facts people say are not in the resume — a missed fact
 *   counts as not flagged, so it is a false negative;
 * - "invented": the same with verdict unsupported against label invented (the model's own
 *   invention, apart from what the pipeline handed it);
 * - supported flagged: facts people label supported that the checker flags, over those facts
 *   (missed ones count as not flagged);
 * - not_a_claim: labelled rows with a checker claim that people say state no fact, over labelled
 *   rows with a checker claim.
 * Unlabelled rows are counted, never guessed. A sheet from `rpw label export` samples claim type
 * × verdict strata at different rates, so the figures describe the sheet's rows, not all claims.
 * With a second sheet: Cohen's κ between the two on the rows both labelled (matched by row id, an
 * added row by case and span), and each one's κ with the checker (verdict unsupported read as
 * invented) on the rows where the checker made a claim.
 */
import { CLAIM_TYPES, ClaimType, Verdict } from "../schemas/claims";
import { cohenKappa, Kappa, Proportion, wilson } from "./agreement";
import type { MatchedRow } from "./match-rows";
import { HUMAN_LABELS } from "./sheet";

export interface CheckerFigures {
  facts: number;
  missed: number;
  notInResumePrecision: Proportion;
  notInResumeRecall: Proportion;
  inventedPrecision: Proportion;
  inventedRecall: Proportion;
  supportedFlagged: Proportion;
  notAClaim: Proportion;
}

export interface LabelReport {
  rows: number;
  unlabelled: number;
  overall: CheckerFigures;
  /** Every claim type with at least one labelled row, in CLAIM_TYPES order. */
  byType: Partial<Record<ClaimType, CheckerFigures>>;
  /** With a second sheet. */
  agreement?: { annotators: Kappa; checkerFirst: Kappa; checkerSecond: Kappa };
}

const flagged = (verdict: Verdict | null) => verdict === "input_only" || verdict === "unsupported";
const notInResume = (label: string | null) => label === "input_only" || label === "invented";

/** The figures on labelled, matched rows. */
export function checkerFigures(rows: readonly MatchedRow[]): CheckerFigures {
  const facts = rows.filter((row) => row.label !== null && row.label !== "not_a_claim");
  const share = (of: readonly MatchedRow[], hit: (row: MatchedRow) => boolean) =>
    wilson(of.filter(hit).length, of.length);
  const claimed = rows.filter((row) => row.label !== null && row.checker !== null);
  return {
    facts: facts.length,
    missed: facts.filter((row) => row.checker === null).length,
    notInResumePrecision: share(
      facts.filter((row) => flagged(row.checker)),
      (row) => notInResume(row.label),
    ),
    notInResumeRecall: share(
      facts.filter((row) => notInResume(row.label)),
      (row) => flagged(row.checker),
    ),
    inventedPrecision: share(
      facts.filter((row) => row.checker === "unsupported"),
      (row) => row.label === "invented",
    ),
    inventedRecall: share(
      facts.filter((row) => row.label === "invented"),
      (row) => row.checker === "unsupported",
    ),
    supportedFlagged: share(
      facts.filter((row) => row.label === "supported"),
      (row) => flagged(row.checker),
    ),
    notAClaim: share(claimed, (row) => row.label === "not_a_claim"),
  };
}

const rowKey = (row: MatchedRow) => row.row ?? `${row.case}|${row.span[0]}-${row.span[1]}`;
const asLabel = (verdict: Verdict) => (verdict === "unsupported" ? "invented" : verdict);

function checkerKappa(rows: readonly MatchedRow[]): Kappa {
  const pairs = rows
    .filter((row) => row.label !== null && row.checker !== null)
    .map((row) => [asLabel(row.checker!), row.label!] as const);
  return cohenKappa(pairs, HUMAN_LABELS);
}

/** The report on a first sheet, and agreement with a second when given. */
export function labelReport(first: readonly MatchedRow[], second?: readonly MatchedRow[]): LabelReport {
  const labelled = first.filter((row) => row.label !== null);
  const byType: Partial<Record<ClaimType, CheckerFigures>> = {};
  for (const type of CLAIM_TYPES) {
    const ofType = labelled.filter((row) => row.type === type);
    if (ofType.length) byType[type] = checkerFigures(ofType);
  }
  const report: LabelReport = {
    rows: first.length,
    unlabelled: first.length - labelled.length,
    overall: checkerFigures(labelled),
    byType,
  };
  if (second) {
    const other = new Map(second.filter((row) => row.label !== null).map((row) => [rowKey(row), row.label!]));
    const pairs = labelled
      .filter((row) => other.has(rowKey(row)))
      .map((row) => [row.label!, other.get(rowKey(row))!] as const);
    report.agreement = {
      annotators: cohenKappa(pairs, HUMAN_LABELS),
      checkerFirst: checkerKappa(first),
      checkerSecond: checkerKappa(second),
    };
  }
  return report;
}

const number = (value: number | null) => (value === null ? "–" : value.toFixed(2));
/** "0.80 [0.49, 0.94] 8/10", or "– 0/0". */
export function formatProportion(p: Proportion): string {
  return p.n === 0 ? "– 0/0" : `${number(p.p)} [${number(p.low)}, ${number(p.high)}] ${p.k}/${p.n}`;
}

export const FIGURE_COLUMNS: { key: keyof CheckerFigures; title: string }[] = [
  { key: "notInResumePrecision", title: "P not-in-resume" },
  { key: "notInResumeRecall", title: "R not-in-resume" },
  { key: "inventedPrecision", title: "P invented" },
  { key: "inventedRecall", title: "R invented" },
  { key: "supportedFlagged", title: "supported flagged" },
  { key: "notAClaim", title: "not_a_claim" },
];

/** The report as table rows (type, facts, missed, then each proportion formatted), overall last. */
export function reportRows(report: LabelReport): Record<string, string>[] {
  const row = (type: string, figures: CheckerFigures) => ({
    type,
    facts: String(figures.facts),
    missed: String(figures.missed),
    ...Object.fromEntries(
      FIGURE_COLUMNS.map(({ key, title }) => [title, formatProportion(figures[key] as Proportion)]),
    ),
  });
  return [...Object.entries(report.byType).map(([type, figures]) => row(type, figures!)), row("all", report.overall)];
}

/** A plain-text table: columns padded to their widest cell. */
export function formatTable(rows: readonly Record<string, string>[]): string[] {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]);
  const width = columns.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(width[i]))
      .join("  ")
      .trimEnd();
  return [line(columns), ...rows.map((row) => line(columns.map((column) => row[column])))];
}

/** κ with n and its confusion table (rows: first rater, columns: second). */
export function formatKappa(name: string, kappa: Kappa): string[] {
  const value = kappa.kappa === null ? "–" : kappa.kappa.toFixed(3);
  const shares = `observed ${number(kappa.observed)}, chance ${number(kappa.expected)}`;
  const head = `${name}: κ = ${value} on ${kappa.n} rows (${shares})`;
  if (kappa.n === 0) return [head];
  const rows = kappa.labels.map((label, i) => ({
    "": label,
    ...Object.fromEntries(kappa.labels.map((other, j) => [other, String(kappa.table[i][j])])),
  }));
  return [head, ...formatTable(rows).map((line) => `  ${line}`)];
}
