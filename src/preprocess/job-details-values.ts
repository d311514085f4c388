/**
 * Free-form job-detail values coerced to the shapes of JobDetails fields: text, string lists
 * (split on lines, bullets and semicolons, and commas for skill lists), remote flags, salaries
 * (numbers, {min, max, period} objects or text) and years of experience ("5+ years", 4).
 *
 * Used by the normaliser (normalize-job-details.ts); pure, never throws.
 * Leaves out: currencies other than the code or symbol given, and salary periods in other words.
 */
import { JobDetails, JobSalary } from "../schemas/job-details";
import { PayInterval } from "../schemas/job";
import { normalizeKey } from "./job-details-synonyms";
import { parseSalaryText } from "./salary-text";
import { findYearsOfExperience } from "./years-experience";

/** Any value as one line of text: lists joined by "; ", objects as "key: value" pairs. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.map(toText).filter(Boolean).join("; ");
  if (typeof value === "object")
    return Object.entries(value as object)
      .map(([k, v]) => `${k}: ${toText(v)}`)
      .join("; ");
  return String(value);
}

/** A value as a list of strings: arrays flattened, strings split on lines, bullets and semicolons. */
export function toList(value: unknown, splitCommas = false): string[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((item) => toList(item, splitCommas));
  if (typeof value === "object") return Object.values(value as object).flatMap((item) => toList(item, splitCommas));
  const separator = splitCommas ? /\n|[•;,]|\s-\s/ : /\n|[•;]|\s-\s/;
  return String(value)
    .split(separator)
    .map((item) => item.replace(/^[\s*\-–·]+/, "").trim())
    .filter(Boolean);
}

/** "Remote", "yes", true → true; "Hybrid", "On-site", "no" → false; else null. */
export function toRemote(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  const text = toText(value).toLowerCase();
  if (/^(?:yes|true|y)$/.test(text) || (/remote/.test(text) && !/hybrid|not remote|no remote/.test(text))) return true;
  if (/^(?:no|false|n)$/.test(text) || /hybrid|on-?site|in[- ]office|in[- ]person|not remote/.test(text)) return false;
  return null;
}

const INTERVALS: Record<string, PayInterval> = {
  year: "yearly",
  yearly: "yearly",
  annual: "yearly",
  annually: "yearly",
  month: "monthly",
  monthly: "monthly",
  week: "weekly",
  weekly: "weekly",
  day: "daily",
  daily: "daily",
  hour: "hourly",
  hourly: "hourly",
};

/** Salary from a number, an object ({min, max, currency, period}) or text; null for nothing. */
export function toSalary(value: unknown): JobSalary | null {
  if (typeof value === "number") return { min: value, max: null, currency: null, interval: null, text: String(value) };
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const fields = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [normalizeKey(k), v]));
    const number = (v: unknown): number | null => {
      if (typeof v === "number") return v;
      const match = typeof v === "string" ? /^\$?\s*([\d,]+(?:\.\d+)?)\s*([kK])?$/.exec(v.trim()) : null;
      return match ? Number(match[1].replace(/,/g, "")) * (match[2] ? 1000 : 1) : null;
    };
    const min = number(fields.min ?? fields.minimum ?? fields.min_salary ?? fields.from ?? fields.low);
    const max = number(fields.max ?? fields.maximum ?? fields.max_salary ?? fields.to ?? fields.high);
    const unit = toText(fields.interval ?? fields.period ?? fields.unit ?? fields.frequency ?? fields.per)
      .toLowerCase()
      .replace(/^per\s+/, "");
    if (min !== null || max !== null)
      return {
        min,
        max,
        currency: toText(fields.currency) || null,
        interval: INTERVALS[unit] ?? null,
        text: toText(value),
      };
  }
  const text = toText(value);
  return text ? (parseSalaryText(text) ?? { min: null, max: null, currency: null, interval: null, text }) : null;
}

/** "5+ years", "3-5 years", 4: years without needing the word "experience" (the key says it). */
export function toYears(value: unknown): JobDetails["yearsOfExperience"] {
  if (typeof value === "number") return { min: value, max: null, text: String(value) };
  const text = toText(value);
  const strict = findYearsOfExperience(text)[0];
  if (strict) return strict;
  const loose = /(\d{1,2})\s*(?:\+|(?:-|–|to)\s*(\d{1,2}))?\s*(?:years?|yrs?)/i.exec(text);
  return loose ? { min: Number(loose[1]), max: loose[2] ? Number(loose[2]) : null, text } : null;
}
