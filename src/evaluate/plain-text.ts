// Plain section text: what the study's metrics should have been computed on. The study scored
// `json.dumps` of each value, so JSON keys counted as shared words and ROUGE-Lsum saw one line
// (STUDY.md, "The metrics, exactly"); here a section becomes the words a reader sees, one line
// per bullet or entry, so ROUGE-Lsum has real sentences and keys count for nothing.
//
// Rules, for a section value that may be a string, a list or an object (any depth):
// - a string holding JSON text, or a Python dict/list repr as the study stored its job details,
//   is read and rendered as the value it holds; any other string is kept, one line per line
//   (CRLF and CR become LF, lines trimmed, blank lines dropped);
// - a list is one line (or block) per item;
// - an object is an entry: its scalar values joined by ", " make the first line (e.g.
//   "Database Administrator, Acme LLC, April 2017 to Present"), then each list or nested object
//   follows as lines of its own; keys are dropped;
// - numbers and booleans are written as text; null and empty strings vanish.
// `sectionsToPlainText` renders a whole record of sections: one block per section, in key order.
// Leaves out: headings for the sections (the study's texts had none either), Markdown.

import { parsePythonLiteral } from "../preprocess/python-literal";
import { PyFloat } from "../util/python-float";
import { pythonFloatRepr } from "./python-json";

/** The plain text of one section value: one line per bullet or entry, no keys. */
export function sectionToPlainText(value: unknown): string {
  return renderLines(resolveText(value)).join("\n");
}

/** The plain text of a record of sections (object, Map or a string holding one): one block each. */
export function sectionsToPlainText(sections: unknown): string {
  const resolved = resolveText(sections);
  if (!isEntry(resolved)) return sectionToPlainText(resolved);
  return entryValues(resolved)
    .map(sectionToPlainText)
    .filter((block) => block.length > 0)
    .join("\n");
}

/**
 * The value a string holds when it is JSON text or a Python literal of a list or dict (the
 * study's section and job-details strings); otherwise undefined.
 */
export function parseStructuredText(text: string): unknown {
  const trimmed = text.trim();
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  if (!((first === "{" && last === "}") || (first === "[" && last === "]"))) return undefined;
  for (const parse of [JSON.parse, parsePythonLiteral]) {
    try {
      const value = parse(trimmed);
      if (typeof value === "object" && value !== null) return value;
    } catch {
      // not this syntax; try the next
    }
  }
  return undefined;
}

function resolveText(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return parseStructuredText(value) ?? value;
}

function renderLines(value: unknown): string[] {
  const resolved = resolveText(value);
  if (resolved === null || resolved === undefined) return [];
  if (typeof resolved === "string") return splitLines(resolved);
  if (resolved instanceof PyFloat) return [pythonFloatRepr(resolved.value)];
  if (typeof resolved !== "object") return [String(resolved)];
  if (Array.isArray(resolved)) return resolved.flatMap(renderLines);
  if (!isEntry(resolved)) return [String(resolved)];
  const heading: string[] = [];
  const body: string[] = [];
  for (const item of entryValues(resolved)) {
    const lines = renderLines(item);
    // A one-line scalar joins the entry's heading; lists, objects and multi-line text follow it.
    if (lines.length === 1 && isScalar(resolveText(item))) heading.push(lines[0]);
    else body.push(...lines);
  }
  return heading.length > 0 ? [heading.join(", "), ...body] : body;
}

function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function isScalar(value: unknown): boolean {
  return (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    typeof value === "bigint" ||
    value instanceof PyFloat
  );
}

function isEntry(value: unknown): value is Map<unknown, unknown> | Record<string, unknown> {
  if (value instanceof Map) return true;
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof PyFloat) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function entryValues(entry: Map<unknown, unknown> | Record<string, unknown>): unknown[] {
  return entry instanceof Map ? [...entry.values()] : Object.values(entry);
}

/**
 * A sectioned value without its source-text copies: the sectioner keeps each section's and each
 * entry's `text` beside the structured fields, and tailored outputs have only the fields. Scores
 * compare like with like, so originals are measured through this (a `text` alone is kept).
 */
export function structuredPart(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredPart);
  if (value === null || typeof value !== "object") return value;
  const members = Object.entries(value as Record<string, unknown>).filter(([key]) => key !== "text");
  if (members.length === 0) return value;
  return Object.fromEntries(members.map(([key, member]) => [key, structuredPart(member)]));
}
