/**
 * JobSpy export readers: CSV (pandas `to_csv`, with or without the unnamed index column) and
 * JSON (an array of row objects, pandas `to_json(orient="records")`, or JSON Lines).
 *
 * Each data row becomes a RawRow with its source (file, first physical line, 0-based row);
 * `typeJobRow` then makes it a JobPosting or a reject. A file that cannot be read or parsed at
 * all throws a CollectInputError naming the file (and line when known): that is the one case
 * where collection stops, because no row of it can be trusted.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { JobPosting } from "../schemas/job";
import { RejectRecord } from "../schemas/reject";
import { SourceRef } from "../schemas/source";
import { CollectInputError } from "./collect-error";
import { CsvSyntaxError, parseCsvBytes } from "./csv-bytes";
import { RawCell, RawRow, typeJobRow, JobRowOptions } from "./job-row";
import { detectEncoding, EncodingOption, stripUtf8Bom, tryDecodeBytes } from "./text-encoding";

export interface SourcedRow {
  row: RawRow;
  source: SourceRef;
  /** Set when the row's shape is already wrong (too few or too many cells). */
  shapeProblem: { field: string | null; reason: string } | null;
}

/** pandas names the index column "" (to_csv) or "Unnamed: 0" (after a read/write round trip). */
function isIndexColumn(name: string): boolean {
  return name === "" || /^unnamed: ?\d+$/i.test(name);
}

/**
 * Parses CSV bytes into rows keyed by lower-cased column name. pandas (and so JobSpy) writes
 * UTF-8, so that is the default: bytes that are not UTF-8 make their field a reject rather than
 * a guess. Pass `encoding: "auto"` for legacy files of unknown origin.
 */
export function csvRows(bytes: Uint8Array, file: string, encodingOption: EncodingOption = "utf-8"): SourcedRow[] {
  const body = stripUtf8Bom(bytes);
  const encoding = detectEncoding(body, encodingOption);
  let records;
  try {
    records = parseCsvBytes(body);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CollectInputError(file, error.message.replace(/^line \d+: /, ""), error.line);
    throw error;
  }
  if (records.length === 0) throw new CollectInputError(file, "the file is empty (no header row)");
  const header = records[0].fields.map((field, index) => {
    const name = tryDecodeBytes(field, encoding);
    if (name === null) throw new CollectInputError(file, `header column ${index + 1} has invalid bytes`, 1);
    return name.trim().toLowerCase();
  });
  return records.slice(1).map((record, index) => {
    const source = { file, line: record.line, row: index };
    const row: RawRow = new Map();
    header.forEach((column, c) => {
      if (isIndexColumn(column) || c >= record.fields.length) return;
      const decoded = tryDecodeBytes(record.fields[c], encoding);
      row.set(column, decoded === null ? { invalidBytes: true } : decoded);
    });
    let shapeProblem: SourcedRow["shapeProblem"] = null;
    if (record.fields.length < header.length) {
      shapeProblem = { field: header[record.fields.length] || null, reason: `row has ${record.fields.length} fields, the header has ${header.length}` };
    } else if (record.fields.length > header.length) {
      shapeProblem = { field: null, reason: `row has ${record.fields.length} fields, the header has ${header.length}` };
    }
    return { row, source, shapeProblem };
  });
}

function objectToRow(value: unknown): RawRow | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const row: RawRow = new Map();
  for (const [key, cell] of Object.entries(value as Record<string, unknown>)) {
    const column = key.trim().toLowerCase();
    if (isIndexColumn(column)) continue;
    if (cell === null || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") {
      row.set(column, cell as RawCell);
    } else {
      row.set(column, JSON.stringify(cell)); // nested values (e.g. lists) are kept as JSON text
    }
  }
  return row;
}

/** Parses a JSON array of row objects, or JSON Lines. */
export function jsonRows(bytes: Uint8Array, file: string): SourcedRow[] {
  const textValue = tryDecodeBytes(stripUtf8Bom(bytes), "utf-8");
  if (textValue === null) throw new CollectInputError(file, "JSON must be UTF-8; the file has invalid bytes");
  const trimmed = textValue.trim();
  if (trimmed === "") throw new CollectInputError(file, "the file is empty");
  const entries: { value: unknown; line: number }[] = [];
  if (trimmed.startsWith("[")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new CollectInputError(file, `not valid JSON (${(error as Error).message})`);
    }
    (parsed as unknown[]).forEach((value) => entries.push({ value, line: 0 }));
  } else {
    textValue.split("\n").forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        entries.push({ value: JSON.parse(line), line: index + 1 });
      } catch (error) {
        throw new CollectInputError(file, `not valid JSON Lines (${(error as Error).message})`, index + 1);
      }
    });
  }
  return entries.map(({ value, line }, index) => {
    const row = objectToRow(value);
    const source = { file, line, row: index };
    return row === null
      ? { row: new Map(), source, shapeProblem: { field: null, reason: "row is not a JSON object" } }
      : { row, source, shapeProblem: null };
  });
}

export interface JobReadResult {
  postings: JobPosting[];
  rejects: RejectRecord[];
  rowsRead: number;
}

/** Types already-parsed rows (pure). */
export function typeJobRows(rows: SourcedRow[], stem: string, options: JobRowOptions = {}): JobReadResult {
  const result: JobReadResult = { postings: [], rejects: [], rowsRead: rows.length };
  for (const [index, { row, source, shapeProblem }] of rows.entries()) {
    options.onProgress?.(index + 1, rows.length);
    if (shapeProblem) {
      result.rejects.push(RejectRecord.parse({
        kind: "invalid", input: "job", source, field: shapeProblem.field, reason: shapeProblem.reason, excerpt: null, duplicateOf: null,
      }));
      continue;
    }
    const typed = typeJobRow(row, stem, source, options);
    if ("kind" in typed) result.rejects.push(typed);
    else result.postings.push(typed);
  }
  return result;
}

/** Reads one export from disk; the format follows the extension (.json/.jsonl, else CSV). */
export function readJobFile(file: string, options: JobRowOptions = {}): JobReadResult {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new CollectInputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  const rows = /\.jsonl?$/i.test(file) ? jsonRows(bytes, file) : csvRows(bytes, file);
  return typeJobRows(rows, stem, options);
}
