/**
 * `rpw label import` as a function: read one or two filled sheets and their cases, rerun the
 * checker on the cases, match every labelled row to a checker claim and compute the report
 * (label-report.ts has the definitions). The second sheet is another annotator, or a judge.
 */
import type { GroundCase } from "../schemas/claims";
import { groundCase, readCases } from "./label-cases";
import { labelReport, LabelReport } from "./label-report";
import { matchRows, MatchedRow } from "./match-rows";
import { readSheet } from "./sheet";

export interface ImportedSheets {
  report: LabelReport;
  first: MatchedRow[];
  second: MatchedRow[] | null;
}

/** Matches sheets to the checker's claims on `cases` (read from `casesFile` unless given). */
export function importSheets(
  sheets: readonly [string] | readonly [string, string],
  casesFile: string,
  given?: readonly GroundCase[],
): ImportedSheets {
  // The sheets first: a missing or broken sheet is named before its cases are looked for.
  const read = sheets.map((file) => ({ file, rows: readSheet(file) }));
  const cases = given ?? readCases(casesFile);
  const reports = cases.map(groundCase);
  const [first, second] = read.map(({ file, rows }) => matchRows(rows, cases, reports, file));
  return { report: labelReport(first, second), first, second: second ?? null };
}
