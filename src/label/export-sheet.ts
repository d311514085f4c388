/**
 * `rpw label export` as a function: ground the cases with the current checker, draw the
 * stratified sample (sample-claims.ts) and write three files side by side — the sheet
 * (`<sheet>.csv`, verdicts hidden), its cases in the `rpw ground` format (`<sheet>.cases.jsonl`:
 * the checker can be rerun on exactly these texts at import) and the reading page
 * (`<sheet>.cases.html`). Only cases with a sampled claim are kept.
 */
import * as path from "node:path";
import type { GroundCase, Verdict } from "../schemas/claims";
import type { RunDirs } from "../schemas/run-config";
import { formatJsonl, writeFileAtomic } from "../util/jsonl";
import { casesHtml } from "./cases-html";
import { groundCase } from "./label-cases";
import { sampleClaims, SampledRow, SampleOptions } from "./sample-claims";
import { formatSheet } from "./sheet";

export interface ExportedSheet {
  sheet: string;
  casesFile: string;
  htmlFile: string;
  rows: SampledRow[];
  cases: GroundCase[];
  /** Claims the checker found in all cases, before sampling. */
  claims: number;
  /** Sampled rows per checker verdict (not in the sheet; for the command's summary). */
  byVerdict: Record<Verdict, number>;
}

/** Where a run's sheet goes by default: `runs/<run>/labels/sheet.csv`. */
export const runSheetPath = (dirs: Pick<RunDirs, "root">) => path.join(dirs.root, "labels", "sheet.csv");

/** `<sheet>.cases.jsonl` beside `<sheet>.csv`. */
export const casesFileOf = (sheet: string) => sheet.replace(/\.csv$/i, "") + ".cases.jsonl";
export const htmlFileOf = (sheet: string) => sheet.replace(/\.csv$/i, "") + ".cases.html";

export function exportSheet(cases: readonly GroundCase[], out: string, options: SampleOptions = {}): ExportedSheet {
  const reports = cases.map(groundCase);
  const rows = sampleClaims(cases, reports, options);
  const used = new Set(rows.map(({ row }) => row.case));
  const kept = cases
    .map((entry, i) => ({ entry, text: reports[i].outputText }))
    .filter(({ entry }) => used.has(String(entry.id)));
  const keptCases = kept.map(({ entry }) => entry);
  const casesFile = casesFileOf(out);
  const htmlFile = htmlFileOf(out);
  writeFileAtomic(out, formatSheet(rows.map(({ row }) => row)));
  writeFileAtomic(casesFile, formatJsonl(keptCases));
  const sheetRows = rows.map(({ row }) => row);
  const html = casesHtml(
    `Claims to label: ${path.basename(out)}`,
    keptCases,
    kept.map(({ text }) => text),
    sheetRows,
  );
  writeFileAtomic(htmlFile, html);
  const byVerdict = { supported: 0, input_only: 0, unsupported: 0 };
  for (const { verdict } of rows) byVerdict[verdict]++;
  const claims = reports.reduce((sum, report) => sum + report.claims.length, 0);
  return { sheet: out, casesFile, htmlFile, rows, cases: keptCases, claims, byVerdict };
}
