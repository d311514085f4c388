/**
 * The study's released files for notebooks 04 and 05: where they are, whether they are all
 * present, importing the recorded GPT-4o targets with their linkage (what `rpw dataset` does for
 * a `.json` targets file), and the `buildDataset` options for them. The files are not in this
 * repository; a notebook prints `studyAbsentLine` and skips its study cells when they are missing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DatasetOptions } from "../dataset/dataset-stage";
import { importTeacherOutputs, ImportResult } from "../dataset/import-targets";
import {
  readInputFile,
  readJobTexts,
  readResumeTexts,
  readStudyExamples,
  readStudyIdMap,
} from "../dataset/read-inputs";
import type { AuditTokenizer } from "../dataset/survival-audit";

export interface StudyFiles {
  /** `gpt4o_targets_<version>.redacted.json`: the teacher's outputs keyed by study id. */
  targets: string;
  /** `study_id_map.csv`: study id → resume line and job description row. */
  map: string;
  resumes: string;
  jobs: string;
  /** `study_example_id1.json`: the only teacher inputs released (study id 1). */
  studyExample: string;
}

/** The study's files under `dir`, or null when any of them is missing. */
export function studyFiles(dir: string, version: "v2" | "v3" = "v3"): StudyFiles | null {
  const files: StudyFiles = {
    targets: path.join(dir, `gpt4o_targets_${version}.redacted.json`),
    map: path.join(dir, "study_id_map.csv"),
    resumes: path.join(dir, "first_600_resumes.redacted.txt"),
    jobs: path.join(dir, "jd_description.csv"),
    studyExample: path.join(dir, "study_example_id1.json"),
  };
  return Object.values(files).every((file) => fs.existsSync(file)) ? files : null;
}

export function studyAbsentLine(dir: string): string {
  return `The study's files are not present (${dir}/gpt4o_targets_v3.redacted.json and its linkage files): skipping the study's cells.`;
}

/** The recorded targets as TargetRecords with the import report (ids, linked, unlinkable and why). */
export function importStudyTargets(files: StudyFiles): ImportResult {
  const resumes = readResumeTexts(files.resumes);
  const jobs = readJobTexts(files.jobs);
  return importTeacherOutputs(readInputFile(files.targets).toString("utf8"), {
    file: files.targets,
    links: readStudyIdMap(files.map),
    resumeStem: resumes.stem,
    jobStem: jobs.stem,
    resumeLines: resumes.numbers,
    jobRows: jobs.rowsWithText,
    knownInputs: readStudyExamples(files.studyExample),
  });
}

/** `buildDataset` options for the study's files (as `rpw dataset --targets ... --map ...`). */
export function studyDatasetOptions(
  files: StudyFiles,
  auditMaxLength: number,
  tokenizer: AuditTokenizer = "llama3",
): DatasetOptions {
  return { ...files, auditMaxLength, tokenizer };
}
