/**
 * The committed hand-labelled set: `labels/claims-hand.csv` (the sheet, labelled by careful
 * reading) and `labels/claims-hand.cases.jsonl` (its cases, ground format). The cases hold resume
 * text, so they may be absent from a checkout (the study's resumes are not redistributed): then
 * this says so in one line and falls back to the run's own sheet, so a notebook still runs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PROJECT_ROOT } from "../run/stage-record";
import type { RunDirs } from "../schemas/run-config";
import { casesFileOf, runSheetPath } from "./export-sheet";

export const HAND_SHEET = path.join(PROJECT_ROOT, "labels", "claims-hand.csv");

export interface LabelledSet {
  /** What the figures are measured on, for captions. */
  name: string;
  sheet: string;
  cases: string;
  /** One line: which set, or why the hand-labelled one is not used. */
  note: string;
}

/** The hand-labelled set when it and its cases are here; else the run's sheet, with the reason. */
export function labelledSet(dirs: Pick<RunDirs, "root">, handSheet = HAND_SHEET): LabelledSet {
  const shown = (file: string) => path.relative(PROJECT_ROOT, file) || file;
  const handCases = casesFileOf(handSheet);
  if (fs.existsSync(handSheet) && fs.existsSync(handCases)) {
    const note = `hand-labelled set: ${shown(handSheet)} with ${shown(handCases)}`;
    return { name: "the hand-labelled set", sheet: handSheet, cases: handCases, note };
  }
  const sheet = runSheetPath(dirs);
  const why = fs.existsSync(handSheet)
    ? `${shown(handSheet)} is here but its cases ${shown(handCases)} are not (they hold resume text; rebuild them)`
    : `no hand-labelled set (${shown(handSheet)})`;
  const note = `${why}: showing the run's sheet ${shown(sheet)} instead`;
  return { name: "the run's sheet", sheet, cases: casesFileOf(sheet), note };
}
