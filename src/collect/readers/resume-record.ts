/**
 * What every resume reader shares: its options and result, the reject it writes, and the one
 * place a resume record is built (length limit, cleaning, empty text), so every format applies
 * the same checks.
 *
 * Two cleanings: the florex layouts are flattened to one line exactly as before
 * (`cleanScrapedText`); every other format keeps its line structure (`cleanResumeLines`).
 */
import * as path from "node:path";
import { ResumeRecord } from "../../schemas/resume";
import { RejectRecord } from "../../schemas/reject";
import { SourceRef } from "../../schemas/source";
import { cleanScrapedText, excerpt } from "../clean-text";
import { EncodingOption } from "../text-encoding";
import { cleanResumeLines } from "./resume-lines";

export interface ResumeReadOptions {
  encoding?: EncodingOption;
  /** Longer texts are rejected: the longest florex resume is ~90 kB; megabytes mean a broken file. */
  maxTextChars?: number;
  /** Larger files are rejected before any parsing (a resume PDF or DOCX is well under a megabyte). */
  maxFileBytes?: number;
  /** CSV datasets: the column holding the resume text (detected from its name when not given). */
  textColumn?: string;
  /** CSV datasets: the label column; null for none (detected from its name when not given). */
  labelColumn?: string | null;
  /** CSV datasets: the record id column (detected from its name when not given; else the row number). */
  idColumn?: string | null;
  /** How long PDF or DOCX text extraction may take per file before the file is rejected. */
  extractTimeoutMs?: number;
  /** Called as rows are read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}
export const DEFAULT_MAX_RESUME_CHARS = 200_000;
export const DEFAULT_MAX_FILE_BYTES = 20_000_000;

export interface ResumeReadResult {
  records: ResumeRecord[];
  rejects: RejectRecord[];
  /** Rows seen (lines, files or CSV rows), so the profile can prove records + rejects = rows. */
  rowsRead: number;
}

export function emptyReadResult(): ResumeReadResult {
  return { records: [], rejects: [], rowsRead: 0 };
}

/** Appends `part` to `into` (records, rejects and row counts). */
export function mergeReadResult(into: ResumeReadResult, part: ResumeReadResult): ResumeReadResult {
  into.records.push(...part.records);
  into.rejects.push(...part.rejects);
  into.rowsRead += part.rowsRead;
  return into;
}

export function resumeReject(
  source: SourceRef,
  field: string | null,
  reason: string,
  value: string | null,
): RejectRecord {
  return RejectRecord.parse({
    kind: "invalid",
    input: "resume",
    source,
    field,
    reason,
    excerpt: value === null ? null : excerpt(value),
    duplicateOf: null,
  });
}

/** A whole file that is not a resume: one row read, one reject. */
export function fileReject(
  file: string,
  field: string | null,
  reason: string,
  value: string | null = null,
): ResumeReadResult {
  return { records: [], rejects: [resumeReject(wholeFile(file), field, reason, value)], rowsRead: 1 };
}

export function isReject(value: ResumeRecord | RejectRecord): value is RejectRecord {
  return "kind" in value;
}

/** The source of a one-resume file: line 0 means "the whole file". */
export function wholeFile(file: string): SourceRef {
  return { file, line: 0, row: null };
}

/** `<folder>/<file name>`: the extension stays, so resume.pdf and resume.docx side by side differ. */
export function fileResumeId(file: string): string {
  return `${path.basename(path.dirname(path.resolve(file)))}/${path.basename(file)}`;
}

export type ResumeFields = Omit<ResumeRecord, "text" | "primaryLabel">;

function build(
  fields: ResumeFields,
  clean: (text: string) => string,
  maxTextChars: number,
): ResumeRecord | RejectRecord {
  if (fields.originalText.length > maxTextChars) {
    return resumeReject(
      fields.source,
      "text",
      `text has ${fields.originalText.length} characters, more than the limit of ${maxTextChars}`,
      fields.originalText,
    );
  }
  const text = clean(fields.originalText);
  if (text.length === 0)
    return resumeReject(fields.source, "text", "text is empty after removing markup and spaces", fields.originalText);
  return ResumeRecord.parse({ ...fields, text, primaryLabel: fields.labels[0] ?? null });
}

/** A florex record: the text flattened to one line, as the study read it. */
export function buildFlatResume(
  fields: ResumeFields,
  maxTextChars = DEFAULT_MAX_RESUME_CHARS,
): ResumeRecord | RejectRecord {
  return build(fields, cleanScrapedText, maxTextChars);
}

/**
 * A record from any other format: one line per heading, paragraph or bullet. `convert` turns
 * `originalText` into plain lines first where it is markup (Markdown).
 */
export function buildLineResume(
  fields: ResumeFields,
  maxTextChars = DEFAULT_MAX_RESUME_CHARS,
  convert: (text: string) => string = (text) => text,
): ResumeRecord | RejectRecord {
  return build(fields, (text) => cleanResumeLines(convert(text)), maxTextChars);
}

/** Wraps one record-or-reject as a one-row result. */
export function singleResult(value: ResumeRecord | RejectRecord): ResumeReadResult {
  return isReject(value)
    ? { records: [], rejects: [value], rowsRead: 1 }
    : { records: [value], rejects: [], rowsRead: 1 };
}
