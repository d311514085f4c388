/**
 * Typing one JobSpy row: raw column values in, a validated JobPosting or a reject out.
 *
 * JobSpy (python-jobspy) writes a pandas DataFrame; exports differ by version and by the
 * columns the user kept, so any subset of columns in any order is accepted. Only `description`
 * is required. The first problem found rejects the row, naming the column; other columns are
 * not guessed at. From JSON, a value of the wrong type is such a problem (`"description": 12345`,
 * `"title": ["Data Scientist"]`): it is never turned into text.
 */
import { JobPosting, PAY_PERIODS_PER_YEAR, PayInterval, Salary } from "../schemas/job";
import { RejectRecord } from "../schemas/reject";
import { SourceRef } from "../schemas/source";
import { excerpt } from "./clean-text";
import { parseLocation } from "./location";
import { categorizeRole } from "./roles";

/**
 * A raw cell: CSV gives strings (or undecodable bytes), JSON gives any value. JSON lists and
 * objects stay `nested` so that typing can tell a list where text belongs (a reject) from a list
 * where a list belongs (`job_type`, `emails`).
 */
export type RawCell = string | number | boolean | null | { invalidBytes: true } | { nested: unknown };
export type RawRow = Map<string, RawCell>;

export interface JobRowOptions {
  /** Longer descriptions are rejected; the longest of the study's 604 postings has 35,199 characters. */
  maxDescriptionChars?: number;
  /** Called as rows are typed, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}
export const DEFAULT_MAX_DESCRIPTION_CHARS = 100_000;

/** Columns this schema models; anything else goes to `extra`. */
const MODELLED = new Set([
  "id",
  "site",
  "job_url",
  "job_url_direct",
  "title",
  "company",
  "location",
  "date_posted",
  "job_type",
  "salary_source",
  "interval",
  "min_amount",
  "max_amount",
  "currency",
  "is_remote",
  "job_level",
  "job_function",
  "listing_type",
  "emails",
  "description",
  "company_industry",
  "company_url",
  "company_num_employees",
  "company_revenue",
  "company_description",
  "search_term",
]);

class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly value: string | null,
  ) {
    super(message);
  }
}

/** Columns whose JSON value may be a number (pandas writes numeric ids and counts as numbers). */
const NUMBER_AS_TEXT = new Set(["id", "company_num_employees", "company_revenue", "min_amount", "max_amount"]);

/** What a JSON value is, for a reason text: "the number 12345", "a JSON list". */
function describe(cell: RawCell): string {
  if (typeof cell === "number" || typeof cell === "boolean") return `the ${typeof cell} ${cell}`;
  if (cell !== null && typeof cell === "object" && "nested" in cell)
    return Array.isArray(cell.nested) ? "a JSON list" : "a JSON object";
  return "a value";
}

function text(row: RawRow, field: string): string | null {
  const cell = row.get(field);
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "object" && "invalidBytes" in cell)
    throw new FieldError(field, "bytes are not valid UTF-8", null);
  // A JSON number or list where text belongs is a broken export, not text: "12345" is no description.
  if (
    typeof cell === "object" ||
    typeof cell === "boolean" ||
    (typeof cell === "number" && !NUMBER_AS_TEXT.has(field))
  ) {
    throw new FieldError(
      field,
      `expected text, got ${describe(cell)}`,
      typeof cell === "object" ? JSON.stringify(cell.nested) : String(cell),
    );
  }
  const value = String(cell).trim();
  // pandas writes missing values as empty cells; JSON exports may carry the literal NaN.
  return value === "" || value === "NaN" || value === "nan" ? null : value;
}

function amount(row: RawRow, field: string): number | null {
  const value = text(row, field);
  if (value === null) return null;
  const number = Number(value.replace(/^\$/, "").replace(/,/g, ""));
  if (!Number.isFinite(number) || number < 0) throw new FieldError(field, "not a non-negative number", value);
  return number;
}

/**
 * Posting dates outside 1990-2099 are typos or a wrong unit, not dates: pandas `to_json` writes
 * epoch milliseconds, and an export written with `date_unit="s"` would otherwise read as January
 * 1970 (and nanoseconds would overflow the Date range and crash the whole read).
 */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2099;

function isoDate(row: RawRow, field: string): string | null {
  const cell = row.get(field);
  if (typeof cell === "number") {
    const year = Number.isFinite(cell) && Math.abs(cell) < 8.64e15 ? new Date(cell).getUTCFullYear() : NaN;
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) {
      throw new FieldError(
        field,
        `${cell} is not a date in ${FIRST_YEAR}-${LAST_YEAR} as epoch milliseconds (pandas to_json's default; write with date_unit="ms" or date_format="iso")`,
        String(cell),
      );
    }
    return new Date(cell).toISOString().slice(0, 10);
  }
  const value = text(row, field);
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) {
    const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    const valid = date.getUTCMonth() === +match[2] - 1 && date.getUTCDate() === +match[3];
    if (valid && +match[1] >= FIRST_YEAR && +match[1] <= LAST_YEAR) return `${match[1]}-${match[2]}-${match[3]}`;
    if (valid) throw new FieldError(field, `year ${match[1]} is outside ${FIRST_YEAR}-${LAST_YEAR}`, value);
  }
  throw new FieldError(field, "not a date (expected YYYY-MM-DD)", value);
}

function boolean(row: RawRow, field: string): boolean | null {
  const cell = row.get(field);
  if (typeof cell === "boolean") return cell;
  const value = text(row, field);
  if (value === null) return null;
  const lower = value.toLowerCase();
  if (["true", "1", "yes"].includes(lower)) return true;
  if (["false", "0", "no"].includes(lower)) return false;
  throw new FieldError(field, "not a boolean (expected True or False)", value);
}

/** A list column: JobSpy's ", "-joined text, a Python list repr, or a JSON list of strings. */
function list(row: RawRow, field: string): string[] {
  const cell = row.get(field);
  if (cell !== null && typeof cell === "object" && "nested" in cell && Array.isArray(cell.nested)) {
    const items: unknown[] = cell.nested;
    if (!items.every((item) => typeof item === "string"))
      throw new FieldError(field, "expected a list of text, got other values in the list", JSON.stringify(items));
    return (items as string[]).map((item) => item.trim()).filter(Boolean);
  }
  const value = text(row, field);
  if (value === null) return [];
  // JobSpy joins lists with ", "; some exports keep a Python list repr.
  return value
    .replace(/^\[|\]$/g, "")
    .split(/[,;]/)
    .map((item) => item.trim().replace(/^['"]|['"]$/g, ""))
    .filter(Boolean);
}

function salary(row: RawRow): Salary | null {
  const min = amount(row, "min_amount");
  const max = amount(row, "max_amount");
  const intervalText = text(row, "interval");
  const parsedInterval = intervalText === null ? null : PayInterval.safeParse(intervalText.toLowerCase());
  if (parsedInterval && !parsedInterval.success) {
    throw new FieldError("interval", `not a pay interval (${PayInterval.options.join(", ")})`, intervalText);
  }
  const interval = parsedInterval ? parsedInterval.data : null;
  if (min !== null && max !== null && max < min)
    throw new FieldError("max_amount", "smaller than min_amount", String(max));
  const currency = text(row, "currency")?.toUpperCase() ?? null;
  const source = text(row, "salary_source");
  if (min === null && max === null) return null; // an interval without amounts says nothing
  const perYear = interval !== null && currency === "USD" ? PAY_PERIODS_PER_YEAR[interval] : null;
  const yearly = (value: number | null) => (value === null || perYear === null ? null : Math.round(value * perYear));
  return { source, interval, min, max, currency, yearlyUsdMin: yearly(min), yearlyUsdMax: yearly(max) };
}

/** Types one row. `stem` and `source` name the record; returns a JobPosting or an invalid-row reject. */
export function typeJobRow(
  row: RawRow,
  stem: string,
  source: SourceRef,
  options: JobRowOptions = {},
): JobPosting | RejectRecord {
  const maxChars = options.maxDescriptionChars ?? DEFAULT_MAX_DESCRIPTION_CHARS;
  try {
    const description = text(row, "description");
    if (description === null)
      throw new FieldError("description", row.has("description") ? "empty description" : "no description column", null);
    if (description.length > maxChars) {
      throw new FieldError(
        "description",
        `description has ${description.length} characters, more than the limit of ${maxChars}`,
        description,
      );
    }
    const title = text(row, "title");
    const searchTerm = text(row, "search_term");
    const decision = categorizeRole({ title, searchTerm, description });
    const extra: Record<string, string> = {};
    for (const [column, cell] of row) {
      if (MODELLED.has(column) || cell === null || (typeof cell === "object" && "invalidBytes" in cell)) continue;
      const value = typeof cell === "object" ? JSON.stringify(cell.nested) : String(cell); // unknown columns: any JSON kept as text
      if (value !== "") extra[column] = value;
    }
    return JobPosting.parse({
      id: `${stem}/${source.row}`,
      jobspyId: text(row, "id"),
      site: text(row, "site")?.toLowerCase() ?? null,
      jobUrl: text(row, "job_url"),
      jobUrlDirect: text(row, "job_url_direct"),
      title,
      company: text(row, "company"),
      location: parseLocation(text(row, "location")),
      datePosted: isoDate(row, "date_posted"),
      jobTypes: list(row, "job_type").map((type) => type.toLowerCase()),
      salary: salary(row),
      isRemote: boolean(row, "is_remote"),
      jobLevel: text(row, "job_level"),
      jobFunction: text(row, "job_function"),
      listingType: text(row, "listing_type"),
      emails: list(row, "emails"),
      description,
      companyIndustry: text(row, "company_industry"),
      companyUrl: text(row, "company_url"),
      companyNumEmployees: text(row, "company_num_employees"),
      companyRevenue: text(row, "company_revenue"),
      companyDescription: text(row, "company_description"),
      searchTerm,
      role: decision.role,
      roleEvidence: { from: decision.from, matched: decision.matched },
      extra,
      source,
    });
  } catch (error) {
    if (!(error instanceof FieldError)) throw error; // a bug, not bad input: let it surface
    return RejectRecord.parse({
      kind: "invalid",
      input: "job",
      source,
      field: error.field,
      reason: error.message,
      excerpt: error.value === null ? null : excerpt(error.value),
      duplicateOf: null,
    });
  }
}
