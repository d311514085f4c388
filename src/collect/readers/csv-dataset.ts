/**
 * CSV resume datasets (Kaggle-style: `ID,Resume_str,Resume_html,Category`; `Category,Resume`;
 * `resume_text,label`): one resume per data row, from a text column, with an optional label
 * column and id column.
 *
 * Columns are chosen by options, else detected by name (case, spaces and dashes ignored), first
 * match wins: text from resume_str, resume_text, resume, cv_text, cv, text, content; label from
 * category, label, labels, class, job_category, role; id from id, resume_id, candidate_id. An
 * HTML text column (resume_html) is never the text: its plain twin is. Cells keep their line
 * breaks; each field is decoded on its own (`decodeLine`), so one bad cell rejects one row.
 * Leaves out: delimiters other than the comma (the parser is RFC 4180, csv-bytes.ts).
 */
import * as path from "node:path";
import { CsvSyntaxError, parseCsvBytes } from "../csv-bytes";
import { decodeLine, detectEncoding, stripUtf8Bom } from "../text-encoding";
import {
  buildLineResume,
  DEFAULT_MAX_RESUME_CHARS,
  emptyReadResult,
  fileReject,
  isReject,
  resumeReject,
  ResumeReadOptions,
  ResumeReadResult,
} from "./resume-record";

export const TEXT_COLUMNS = ["resume_str", "resume_text", "resume", "cv_text", "cv", "text", "content"];
export const LABEL_COLUMNS = ["category", "label", "labels", "class", "job_category", "role"];
export const ID_COLUMNS = ["id", "resume_id", "candidate_id"];

const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Index of the column named `wanted` (an option) or of the first known name; -1 when none. */
function pickColumn(header: string[], wanted: string | null | undefined, known: string[]): number {
  if (wanted === null) return -1;
  if (wanted !== undefined) return header.indexOf(normalize(wanted));
  for (const name of known) {
    const index = header.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

/** Parses a CSV resume dataset. A file without a usable text column is one reject naming its headers. */
export function parseResumeCsv(bytes: Uint8Array, file: string, options: ResumeReadOptions = {}): ResumeReadResult {
  const body = stripUtf8Bom(bytes);
  const encoding = detectEncoding(body, options.encoding);
  let records;
  try {
    records = parseCsvBytes(body);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fileReject(file, null, `not a readable CSV file: ${error.message}`);
    throw error;
  }
  if (records.length === 0) return fileReject(file, null, "the file is empty (no header row)");
  const rawHeader = records[0].fields.map((field) => decodeLine(field, encoding, options.encoding)?.text ?? "");
  const header = rawHeader.map(normalize);
  const textIndex = pickColumn(header, options.textColumn, TEXT_COLUMNS);
  if (textIndex < 0) {
    const wanted = options.textColumn
      ? `no column "${options.textColumn}"`
      : `no resume text column (looked for ${TEXT_COLUMNS.join(", ")})`;
    return fileReject(
      file,
      options.textColumn ?? null,
      `${wanted}; the header has ${rawHeader.join(", ")}; choose one with the text column option`,
    );
  }
  const labelIndex = pickColumn(header, options.labelColumn, LABEL_COLUMNS);
  if (options.labelColumn && labelIndex < 0)
    return fileReject(
      file,
      options.labelColumn,
      `no label column "${options.labelColumn}"; the header has ${rawHeader.join(", ")}`,
    );
  const idIndex = pickColumn(header, options.idColumn, ID_COLUMNS);
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_RESUME_CHARS;
  const result = emptyReadResult();
  const rows = records.slice(1);
  rows.forEach((record, row) => {
    options.onProgress?.(row + 1, rows.length);
    result.rowsRead++;
    const source = { file, line: record.line, row };
    const cell = (index: number) =>
      index < 0 || index >= record.fields.length ? null : decodeLine(record.fields[index], encoding, options.encoding);
    if (record.fields.length !== header.length) {
      result.rejects.push(
        resumeReject(source, null, `row has ${record.fields.length} fields, the header has ${header.length}`, null),
      );
      return;
    }
    const text = cell(textIndex);
    const label = cell(labelIndex);
    const id = cell(idIndex);
    const bad = [
      [text, textIndex],
      [label, labelIndex],
      [id, idIndex],
    ].find(([value, index]) => value === null && (index as number) >= 0);
    if (bad) {
      result.rejects.push(
        resumeReject(source, header[bad[1] as number], `bytes are neither valid UTF-8 nor Windows-1252 text`, null),
      );
      return;
    }
    const built = buildLineResume(
      {
        id: `${stem}/${String(row + 1).padStart(5, "0")}`,
        corpusId: id?.text.trim() || String(row + 1),
        layout: "csv",
        labels: label && label.text.trim() ? [label.text.trim()] : [],
        originalText: text?.text ?? "",
        encoding: [text, label, id].some((value) => value?.encoding === "mixed")
          ? "mixed"
          : (text?.encoding ?? encoding),
        source,
      },
      maxTextChars,
    );
    if (isReject(built)) result.rejects.push({ ...built, field: header[textIndex] });
    else result.records.push(built);
  });
  return result;
}
