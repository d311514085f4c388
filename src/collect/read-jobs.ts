/**
 * JobSpy export readers: CSV (pandas `to_csv`, with or without the unnamed index column) and
 * JSON (pandas `to_json` in any orient but `values`, or JSON Lines).
 *
 * Each data row becomes a RawRow with its source (file, first physical line, 0-based row);
 * `typeJobRow` then makes it a JobPosting or a reject. A file that cannot be read or parsed at
 * all throws a CollectInputError naming the file (and line when known): that is the one case
 * where collection stops, because no row of it can be trusted. So does a CSV header naming a
 * column twice: which of the two is the real `title` cannot be told, and keeping the last one
 * would be a silent overwrite. A broken JSON Lines line is only that line's reject.
 * Leaves out: a JSON object repeating a key exactly (`JSON.parse` keeps the last; keys that
 * differ in case are caught).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { JobPosting } from "../schemas/job";
import { RejectRecord } from "../schemas/reject";
import { SourceRef } from "../schemas/source";
import { CollectInputError } from "./collect-error";
import { CsvSyntaxError, parseCsvBytes } from "./csv-bytes";
import { RawCell, RawRow, typeJobRow, JobRowOptions } from "./job-row";
import { JsonRow, pandasRows } from "./pandas-json";
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
    if (error instanceof CsvSyntaxError)
      throw new CollectInputError(file, error.message.replace(/^line \d+: /, ""), error.line);
    throw error;
  }
  if (records.length === 0) throw new CollectInputError(file, "the file is empty (no header row)");
  const header = records[0].fields.map((field, index) => {
    const name = tryDecodeBytes(field, encoding);
    if (name === null) throw new CollectInputError(file, `header column ${index + 1} has invalid bytes`, 1);
    return name.trim().toLowerCase();
  });
  const firstColumn = new Map<string, number>();
  header.forEach((column, c) => {
    if (isIndexColumn(column)) return;
    const first = firstColumn.get(column);
    if (first !== undefined)
      throw new CollectInputError(
        file,
        `the header names column "${column}" twice (columns ${first + 1} and ${c + 1}); rename or drop one`,
        records[0].line,
      );
    firstColumn.set(column, c);
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
      shapeProblem = {
        field: header[record.fields.length] || null,
        reason: `row has ${record.fields.length} fields, the header has ${header.length}`,
      };
    } else if (record.fields.length > header.length) {
      shapeProblem = { field: null, reason: `row has ${record.fields.length} fields, the header has ${header.length}` };
    }
    return { row, source, shapeProblem };
  });
}

/** A JSON object as a row; two keys that differ only in case would be one column, so that is a problem. */
function objectToRow(value: Record<string, unknown>): { row: RawRow; problem: SourcedRow["shapeProblem"] } {
  const row: RawRow = new Map();
  const keyOf = new Map<string, string>();
  for (const [key, cell] of Object.entries(value)) {
    const column = key.trim().toLowerCase();
    if (isIndexColumn(column)) continue;
    if (keyOf.has(column))
      return {
        row,
        problem: { field: column, reason: `column "${column}" appears twice ("${keyOf.get(column)}" and "${key}")` },
      };
    keyOf.set(column, key);
    const isScalar = cell === null || typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean";
    row.set(column, isScalar ? (cell as RawCell) : { nested: cell }); // lists and objects are typed (or rejected) per column
  }
  return { row, problem: null };
}

/** The 1-based line of a JSON.parse error in the trimmed text, when the message names a position. */
function errorLine(textValue: string, error: Error): number | null {
  const position = /at position (\d+)/.exec(error.message);
  const leading = textValue.length - textValue.trimStart().length;
  return position ? textValue.slice(0, leading + Number(position[1])).split("\n").length : null;
}

/**
 * Parses JSON: a whole document in any pandas `to_json` orient (see pandas-json.ts), or JSON
 * Lines, where a broken line is a reject for that line and the other lines are kept. Whole-file
 * rows carry line 0; JSON Lines rows their line.
 */
export function jsonRows(bytes: Uint8Array, file: string): SourcedRow[] {
  const textValue = tryDecodeBytes(stripUtf8Bom(bytes), "utf-8");
  if (textValue === null) throw new CollectInputError(file, "JSON must be UTF-8; the file has invalid bytes");
  const trimmed = textValue.trim();
  if (trimmed === "") throw new CollectInputError(file, "the file is empty");
  const entries: { row: JsonRow; line: number }[] = [];
  let wholeError: Error | null = null;
  try {
    const document: unknown = JSON.parse(trimmed);
    const { orient, rows } = pandasRows(document, file);
    // A lone record object is a one-line JSON Lines file: it keeps the line it starts on.
    const line =
      orient === "records" && !Array.isArray(document)
        ? textValue.slice(0, textValue.length - textValue.trimStart().length).split("\n").length
        : 0;
    for (const row of rows) entries.push({ row, line });
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    wholeError = error;
  }
  if (wholeError !== null) {
    if (trimmed.startsWith("["))
      throw new CollectInputError(file, `not valid JSON (${wholeError.message})`, errorLine(textValue, wholeError));
    let parsedLines = 0;
    textValue.split("\n").forEach((text, index) => {
      if (text.trim() === "") return;
      try {
        const value: unknown = JSON.parse(text);
        parsedLines++;
        entries.push({
          row:
            value !== null && typeof value === "object" && !Array.isArray(value)
              ? { value: value as Record<string, unknown>, problem: null }
              : { value: null, problem: "row is not a JSON object" },
          line: index + 1,
        });
      } catch (error) {
        entries.push({
          row: { value: null, problem: `line ${index + 1} is not valid JSON (${(error as Error).message})` },
          line: index + 1,
        });
      }
    });
    // Not one line parses: the file is neither JSON nor JSON Lines, and the document's error says where.
    if (parsedLines === 0)
      throw new CollectInputError(
        file,
        `not valid JSON or JSON Lines (${wholeError.message})`,
        errorLine(textValue, wholeError),
      );
  }
  return entries.map(({ row, line }, index) => {
    const source = { file, line, row: index };
    if (row.problem !== null) return { row: new Map(), source, shapeProblem: { field: null, reason: row.problem } };
    const { row: typed, problem } = objectToRow(row.value);
    return { row: typed, source, shapeProblem: problem };
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
      result.rejects.push(
        RejectRecord.parse({
          kind: "invalid",
          input: "job",
          source,
          field: shapeProblem.field,
          reason: shapeProblem.reason,
          excerpt: null,
          duplicateOf: null,
        }),
      );
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
    throw new CollectInputError(
      file,
      `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  const rows = /\.jsonl?$/i.test(file) ? jsonRows(bytes, file) : csvRows(bytes, file);
  return typeJobRows(rows, stem, options);
}
