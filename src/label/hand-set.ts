/**
 * The committed hand-labelled set: `labels/claims-hand.csv` (the sheet, labelled by careful
 * reading) and its cases in the `rpw ground` format. The cases hold the study's resume text, which
 * is not redistributed, so they are never committed: `scripts/label-cases.ts` rebuilds them from
 * ../shared/data into `runs/labels/claims-hand.cases.jsonl` (git-ignored; a copy beside the sheet
 * is read too). Without them this says so in one line, with the command, and falls back to the
 * run's own sheet, so a notebook still runs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT } from "../run/stage-record";
import type { RunDirs } from "../schemas/run-config";
import { casesFileOf, runSheetPath } from "./export-sheet";

export const HAND_SHEET = path.join(PROJECT_ROOT, "labels", "claims-hand.csv");
/** Where `scripts/label-cases.ts` writes the hand set's cases (git-ignored: they hold resume text). */
export const HAND_CASES = path.join(PROJECT_ROOT, "runs", "labels", "claims-hand.cases.jsonl");
export const BUILD_HAND_CASES = `npx tsx scripts/label-cases.ts --out ${path.relative(PROJECT_ROOT, HAND_CASES)}`;

export interface LabelledSet {
  /** What the figures are measured on, for captions. */
  name: string;
  sheet: string;
  cases: string;
  /** One line: which set, or why the hand-labelled one is not used. */
  note: string;
}

/** The hand-labelled set when it and its cases are here; else the run's sheet, with the reason. */
export function labelledSet(
  dirs: Pick<RunDirs, "root">,
  handSheet = HAND_SHEET,
  handCases = [casesFileOf(handSheet), HAND_CASES],
): LabelledSet {
  const shown = (file: string) => path.relative(PROJECT_ROOT, file) || file;
  const cases = handCases.find((file) => fs.existsSync(file));
  if (fs.existsSync(handSheet) && cases) {
    return {
      name: "the hand-labelled set",
      sheet: handSheet,
      cases,
      note: `hand-labelled set: ${shown(handSheet)} with ${shown(cases)}`,
    };
  }
  const sheet = runSheetPath(dirs);
  const why = fs.existsSync(handSheet)
    ? `${shown(handSheet)} is here but not its cases (they hold the study's resume text; with ../shared/data, build them: ${BUILD_HAND_CASES})`
    : `no hand-labelled set (${shown(handSheet)})`;
  const note = `${why}: showing the run's sheet ${shown(sheet)} instead`;
  return { name: "the run's sheet", sheet, cases: casesFileOf(sheet), note };
}
