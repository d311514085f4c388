/**
 * Reading the dataset stage's inputs from disk (the I/O edge; everything after is pure):
 * TargetRecord JSON Lines from `rpw generate`, the study's linkage map and example inputs,
 * resume texts (a florex line file or corpus folder, via `readResumeSource`) and job
 * description texts (any CSV or JSON with a `description` column, e.g. `jd_description.csv`
 * or a JobSpy export). Ids follow `rpw collect`: `<file stem>/<NNNNN>` for resume lines,
 * `<folder>/<NNNNN>` for corpus files, `<file stem>/<row>` for job rows.
 * Every problem is a DatasetInputError naming the file and line (or row).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { csvRows, jsonRows } from "../collect/read-jobs";
import { readResumeSource } from "../collect/read-resumes";
import { TargetRecord } from "../schemas/target";
import { DatasetInputError } from "./dataset-error";
import type { SourcedTarget } from "./import-targets";
import { KnownInput, parseStudyExamples } from "./study-example";
import { parseStudyIdMap, StudyLink } from "./study-id-map";

export function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new DatasetInputError(
      file,
      `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}

/** TargetRecords, one per line; the origin of each is `<file name>:<line>`. */
export function readTargetRecords(file: string): SourcedTarget[] {
  const targets: SourcedTarget[] = [];
  readInputFile(file)
    .toString("utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new DatasetInputError(file, `not JSON (${(error as Error).message})`, index + 1);
      }
      const parsed = TargetRecord.safeParse(value);
      if (parsed.success === false) {
        const issue = parsed.error.issues[0];
        throw new DatasetInputError(
          file,
          `not a TargetRecord: ${issue.path.join(".") || "value"}: ${issue.message}`,
          index + 1,
        );
      }
      targets.push({ target: parsed.data, origin: `${path.basename(file)}:${index + 1}` });
    });
  if (targets.length === 0) throw new DatasetInputError(file, "no target records");
  return targets;
}

export function readStudyIdMap(file: string): StudyLink[] {
  return parseStudyIdMap(readInputFile(file), file);
}

export function readStudyExamples(file: string): KnownInput[] {
  return parseStudyExamples(readInputFile(file).toString("utf8"), file);
}

export interface ResumeTexts {
  /** Id prefix: the line file's stem or the corpus folder's name. */
  stem: string;
  /** Resume id → cleaned text (as `rpw collect` keeps it). */
  texts: Map<string, string>;
  /** Line numbers (line file) or corpus file numbers (folder) of usable resumes. */
  numbers: Set<number>;
  rejected: number;
}

export function readResumeTexts(location: string): ResumeTexts {
  const { records, rejects } = readResumeSource(location);
  const folder = fs.statSync(location).isDirectory();
  const stem = folder ? path.basename(path.resolve(location)) : path.basename(location).replace(/\.[^.]*$/, "");
  const texts = new Map<string, string>();
  const numbers = new Set<number>();
  for (const record of records) {
    texts.set(record.id, record.text);
    numbers.add(folder ? Number(record.corpusId) : record.source.line);
  }
  return { stem, texts, numbers, rejected: rejects.length };
}

export interface JobTexts {
  stem: string;
  /** Job id → description text, as written (markdown with JobSpy's escapes). */
  texts: Map<string, string>;
  rows: number;
  /** Data rows that hold a description. */
  rowsWithText: Set<number>;
}

export function readJobTexts(file: string): JobTexts {
  const bytes = readInputFile(file);
  const rows = /\.jsonl?$/i.test(file) ? jsonRows(bytes, file) : csvRows(bytes, file);
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  if (rows.length > 0 && !rows.some(({ row }) => row.has("description")))
    throw new DatasetInputError(file, 'no "description" column', 1);
  const texts = new Map<string, string>();
  const rowsWithText = new Set<number>();
  for (const { row, source, shapeProblem } of rows) {
    if (shapeProblem)
      throw new DatasetInputError(file, `row ${source.row}: ${shapeProblem.reason}`, source.line || null);
    const cell = row.get("description");
    if (cell !== null && typeof cell === "object")
      throw new DatasetInputError(file, `row ${source.row}: the description has invalid bytes`, source.line || null);
    if (typeof cell !== "string" || cell.trim() === "") continue;
    texts.set(`${stem}/${source.row}`, cell);
    rowsWithText.add(source.row!);
  }
  return { stem, texts, rows: rows.length, rowsWithText };
}
