/**
 * The labelling sheet: the contract between `rpw label export`, the people who fill it and
 * `rpw label import`. A CSV file (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks; written with CRLF, read with CRLF or LF), UTF-8, with exactly this header row:
 *
 *   row,case,section,type,claim,span,context,label,note
 *
 * - row: the id export gave the claim ("1", "2", …); empty for a fact an annotator added
 *   because the checker missed it;
 * - case: the case id (the "id" of the `rpw ground` case it comes from);
 * - section: the section's name, or empty;
 * - type: one of CLAIM_TYPES (the annotator fills it for an added row);
 * - claim: the claim's text as it stands in the output;
 * - span: "start-end", [start, end) in the output's plain text as `rpw ground` renders it; may be
 *   empty on an added row (import then finds the claim's first occurrence in the output);
 * - context: the output line holding the claim, for the reader;
 * - label: supported | input_only | invented | not_a_claim; empty = not labelled yet;
 * - note: free text.
 * The checker's verdict is deliberately not a column: annotators label blind.
 * A row that breaks the contract is an InputError naming the file, the line and the column.
 */
import { z } from "zod";
import { CsvSyntaxError, parseCsvBytes } from "../collect/csv-bytes";
import { CLAIM_TYPES, ClaimType } from "../schemas/claims";
import { InputError } from "../util/input-error";
import { readTextFile } from "../util/jsonl";

export const SHEET_COLUMNS = ["row", "case", "section", "type", "claim", "span", "context", "label", "note"] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** What a person says about a claim: in the resume, only in the model's input, in neither, or no fact at all. */
export const HUMAN_LABELS = ["supported", "input_only", "invented", "not_a_claim"] as const;
export const HumanLabel = z.enum(HUMAN_LABELS);
export type HumanLabel = z.infer<typeof HumanLabel>;

export const SheetRow = z
  .object({
    /** Export's id; null for a row an annotator added. */
    row: z.string().regex(/^\d+$/).nullable(),
    case: z.string().min(1),
    section: z.string(),
    type: ClaimType,
    claim: z.string().min(1),
    /** [start, end) in the output's plain text; null when an added row leaves it to import. */
    span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable(),
    context: z.string(),
    label: HumanLabel.nullable(),
    note: z.string(),
  })
  .strict();
// zod infers a tuple with a rest element here; the row's span is exactly two offsets.
export type SheetRow = Omit<z.infer<typeof SheetRow>, "span"> & { span: [number, number] | null };

/** A row as read, with the physical line it starts on (for error messages). */
export interface ReadRow extends SheetRow {
  line: number;
}

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

/** The sheet as CSV text: the header, then one record per row, CRLF-terminated (RFC 4180). */
export function formatSheet(rows: readonly SheetRow[]): string {
  const cells = (row: SheetRow): string[] => [
    row.row ?? "",
    row.case,
    row.section,
    row.type,
    row.claim,
    row.span ? `${row.span[0]}-${row.span[1]}` : "",
    row.context,
    row.label ?? "",
    row.note,
  ];
  const lines = [SHEET_COLUMNS.join(","), ...rows.map((row) => cells(row).map(quote).join(","))];
  return lines.map((line) => `${line}\r\n`).join("");
}

/** Parses a sheet's text; `file` names it in errors. */
export function parseSheet(text: string, file: string): ReadRow[] {
  const bytes = Buffer.from(text.replace(/^\uFEFF/, ""), "utf8");
  let records;
  try {
    records = parseCsvBytes(bytes);
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const what = error.message.replace(/^line \d+: /, "");
    throw new InputError(`${file}:${error.line}: not CSV (${what})`, { file, line: error.line });
  }
  const headerFix = `the header row is ${SHEET_COLUMNS.join(",")}`;
  if (records.length === 0) throw new InputError(`${file}: empty: no header row`, { file, line: 1, fix: headerFix });
  const header = records[0].fields.map((field) => Buffer.from(field).toString("utf8").trim());
  const missing = SHEET_COLUMNS.filter((column) => !header.includes(column));
  const extra = header.filter((column) => !(SHEET_COLUMNS as readonly string[]).includes(column));
  if (missing.length || extra.length) {
    const list = (what: string, names: string[]) =>
      names.length ? [`${what}${names.length > 1 ? "s" : ""} ${names.join(", ")}`] : [];
    const what = [...list("missing column", missing), ...list("unknown column", extra)].join("; ");
    const line = records[0].line;
    throw new InputError(`${file}:${line}: header: ${what}`, { file, line, field: "header", fix: headerFix });
  }
  const seen = new Map<string, number>();
  return records.slice(1).map((record) => {
    const at = (column: SheetColumn) => {
      const index = header.indexOf(column);
      return index < record.fields.length ? Buffer.from(record.fields[index]).toString("utf8") : "";
    };
    if (record.fields.length !== header.length) {
      const message = `${file}:${record.line}: ${record.fields.length} fields, the header has ${header.length}`;
      throw new InputError(message, { file, line: record.line, fix: "quote fields that hold commas" });
    }
    const row = parseRow(at, { file, line: record.line });
    // Rows are matched across sheets by their number: a repeated number would pair the wrong labels.
    const first = row.row === null ? undefined : seen.get(row.row);
    if (first !== undefined) {
      const fix = "keep export's numbers; leave the number empty on a row you added";
      const message = `${file}:${record.line}: row: ${row.row} is already on line ${first}`;
      throw new InputError(message, { file, line: record.line, field: "row", fix });
    }
    if (row.row !== null) seen.set(row.row, record.line);
    return { ...row, line: record.line };
  });
}

/** Reads a sheet file (see parseSheet). */
export function readSheet(file: string): ReadRow[] {
  return parseSheet(readTextFile(file, "sheet"), file);
}

function parseRow(at: (column: SheetColumn) => string, where: { file: string; line: number }): SheetRow {
  const fail = (field: SheetColumn, message: string, fix?: string): never => {
    throw new InputError(`${where.file}:${where.line}: ${field}: ${message}`, { ...where, field, fix: fix ?? null });
  };
  const rowId = at("row").trim();
  if (rowId !== "" && !/^\d+$/.test(rowId)) {
    fail("row", `"${rowId}" is not a row number`, "keep export's number, or leave it empty on a row you added");
  }
  const caseId = at("case").trim();
  if (caseId === "") fail("case", "empty", "name the case the claim comes from");
  const type = at("type").trim();
  if (!(CLAIM_TYPES as readonly string[]).includes(type)) {
    fail("type", type === "" ? "empty" : `unknown type "${type}"`, `one of ${CLAIM_TYPES.join(", ")}`);
  }
  const claim = at("claim");
  if (claim.trim() === "") fail("claim", "empty", "copy the claim's text from the output");
  const spanText = at("span").trim();
  const span = spanText === "" ? null : /^(\d+)-(\d+)$/.exec(spanText);
  if (spanText !== "" && (!span || Number(span[1]) >= Number(span[2]))) {
    const fix = "e.g. 120-134, or leave it empty to find the claim in the output";
    fail("span", `"${spanText}" is not start-end with start < end`, fix);
  }
  if (spanText === "" && rowId !== "") fail("span", "empty on an exported row", "keep export's span");
  const label = at("label").trim();
  if (label !== "" && !(HUMAN_LABELS as readonly string[]).includes(label)) {
    fail("label", `unknown label "${label}"`, `one of ${HUMAN_LABELS.join(", ")}, or empty`);
  }
  return {
    row: rowId === "" ? null : rowId,
    case: caseId,
    section: at("section").trim(),
    type: type as ClaimType,
    claim,
    span: span ? [Number(span[1]), Number(span[2])] : null,
    context: at("context"),
    label: label === "" ? null : (label as HumanLabel),
    note: at("note"),
  };
}
