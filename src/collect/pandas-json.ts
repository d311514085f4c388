/**
 * Every shape pandas' `DataFrame.to_json` writes, told apart and turned into row objects.
 *
 * Follows pandas' `orient` values: `records` `[{col: v}]`, `columns` (the default)
 * `{col: {index: v}}`, `index` `{index: {col: v}}`, `split` `{columns, index, data: [[v]]}`,
 * `table` `{schema: {fields, primaryKey}, data: [{col: v}]}` and `values` `[[v]]`. Without this,
 * a `columns` export read as one record became one posting whose fields were JSON blobs.
 *
 * `columns` and `index` are both an object of objects; the level that names `description` (the
 * one column a posting needs) is the column level, else the level whose keys are all integers is
 * the index. `values` has no column names at all, so it is rejected by name. The pandas index is
 * dropped, as `records` drops it. Leaves out: row order for integer index labels under `columns`
 * and `index` follows the labels (JavaScript orders integer keys), not the file, which for
 * pandas' default RangeIndex is the same thing.
 */
import { CollectInputError } from "./collect-error";

export type PandasOrient = "records" | "columns" | "index" | "split" | "table";

/** One row: its object, or why the row cannot be one. */
export type JsonRow = { value: Record<string, unknown>; problem: null } | { value: null; problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const isIntegerLabel = (key: string) => /^-?\d+$/.test(key);
const namesDescription = (keys: string[]) => keys.some((key) => key.trim().toLowerCase() === "description");

function row(value: unknown): JsonRow {
  return isObject(value) ? { value, problem: null } : { value: null, problem: "row is not a JSON object" };
}

/** Which orient wrote `document` (a parsed whole-file JSON value); throws for `values` and non-tables. */
export function detectOrient(document: unknown, file: string): PandasOrient {
  if (Array.isArray(document)) {
    if (document.length > 0 && document.every(Array.isArray)) {
      throw new CollectInputError(
        file,
        'a pandas to_json(orient="values") export has no column names, so no field can be told; write it with df.to_json(orient="records")',
      );
    }
    return "records";
  }
  if (!isObject(document))
    throw new CollectInputError(
      file,
      `the JSON is a ${document === null ? "null" : typeof document}, not rows of postings`,
    );
  if (Array.isArray(document.columns) && Array.isArray(document.data)) return "split";
  if (isObject(document.schema) && Array.isArray(document.schema.fields) && Array.isArray(document.data))
    return "table";
  const values = Object.values(document);
  if (values.length === 0 || !values.every(isObject)) return "records"; // one record object (a one-line JSON Lines file)
  const outer = Object.keys(document);
  const inner = [...new Set(values.flatMap((value) => Object.keys(value as object)))];
  if (namesDescription(outer)) return "columns";
  if (namesDescription(inner)) return "index";
  if (inner.length > 0 && inner.every(isIntegerLabel) && !outer.every(isIntegerLabel)) return "columns";
  if (outer.every(isIntegerLabel)) return "index";
  throw new CollectInputError(
    file,
    'a JSON object of objects (pandas orient "columns" or "index"?) in which neither level names a "description" column; write it with df.to_json(orient="records")',
  );
}

/** The rows of a whole-file JSON document, whatever orient wrote it. */
export function pandasRows(document: unknown, file: string): { orient: PandasOrient; rows: JsonRow[] } {
  const orient = detectOrient(document, file);
  switch (orient) {
    case "records":
      return { orient, rows: Array.isArray(document) ? document.map(row) : [row(document)] };
    case "index":
      return { orient, rows: Object.values(document as Record<string, unknown>).map(row) };
    case "columns": {
      const table = document as Record<string, Record<string, unknown>>;
      const labels = [...new Set(Object.values(table).flatMap((cells) => Object.keys(cells)))];
      return {
        orient,
        rows: labels.map((label) =>
          row(
            Object.fromEntries(
              Object.entries(table)
                .filter(([, cells]) => label in cells)
                .map(([column, cells]) => [column, cells[label]]),
            ),
          ),
        ),
      };
    }
    case "split": {
      const { columns, data } = document as { columns: unknown[]; data: unknown[] };
      if (!columns.every((name) => typeof name === "string"))
        throw new CollectInputError(file, 'orient "split": "columns" must be a list of column names');
      const names = columns as string[];
      return {
        orient,
        rows: data.map((cells): JsonRow => {
          if (!Array.isArray(cells)) return { value: null, problem: 'row of "data" is not a JSON list' };
          if (cells.length !== names.length)
            return { value: null, problem: `row has ${cells.length} values, "columns" has ${names.length}` };
          return { value: Object.fromEntries(names.map((name, i) => [name, cells[i]])), problem: null };
        }),
      };
    }
    case "table": {
      const { schema, data } = document as { schema: { primaryKey?: unknown }; data: unknown[] };
      // The index travels as ordinary fields named by primaryKey ("index" by default): drop it.
      const index = new Set(Array.isArray(schema.primaryKey) ? schema.primaryKey.map(String) : []);
      return {
        orient,
        rows: data.map((value) =>
          isObject(value)
            ? row(Object.fromEntries(Object.entries(value).filter(([key]) => !index.has(key))))
            : row(value),
        ),
      };
    }
  }
}
