/**
 * Writing stage outputs so a crash never leaves half a file: write to a temporary file in the
 * same folder, then rename over the target (atomic on one filesystem).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { fileErrorAsInput, InputError } from "./input-error";

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/** One JSON object per line, in the order given, LF-terminated (empty file for no records). */
export function formatJsonl(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}

export function writeJsonl(file: string, records: readonly unknown[]): void {
  writeFileAtomic(file, formatJsonl(records));
}

export function writeJson(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Parses each non-blank line of a JSON Lines text; a line that is not JSON becomes the error
 * `makeError` builds, with the file and line in its message (`<file>:<line>: not JSON (...)`).
 */
export function parseJsonlLines(
  text: string,
  file: string,
  makeError: (message: string) => Error = (message) => new InputError(message, { file }),
): { line: number; where: string; value: unknown }[] {
  const entries: { line: number; where: string; value: unknown }[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    const where = `${file}:${index + 1}`;
    try {
      entries.push({ line: index + 1, where, value: JSON.parse(line) });
    } catch (error) {
      throw makeError(`${where}: not JSON (${(error as Error).message})`);
    }
  });
  return entries;
}

/** A record's schema failure as one line: the field's path and what is wrong with it. */
export function describeSchemaError(error: unknown): { field: string | null; message: string } {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const field = issue.path.map(String).join(".") || null;
    return { field, message: `${field ? `field "${field}": ` : ""}${issue.message}` };
  }
  return { field: null, message: (error as Error).message };
}

/** Reads a whole file as UTF-8, an unreadable or missing file becoming an InputError naming it. */
export function readTextFile(file: string, what = "file"): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (error) {
    throw (
      fileErrorAsInput(error) ?? new InputError(`cannot read ${what} ${file}: ${(error as Error).message}`, { file })
    );
  }
}

/**
 * The one JSON Lines reader for stage outputs: each non-blank line parsed with a zod schema (or a
 * parse function); a missing file, a line that is not JSON or a record that does not match is an
 * InputError naming the file, the line and the field.
 */
export function readJsonl<T>(file: string, parse: z.ZodType<T> | ((value: unknown) => T)): T[] {
  const parseRecord = typeof parse === "function" ? parse : (value: unknown) => parse.parse(value);
  return parseJsonlLines(readTextFile(file, "JSON Lines file"), file).map(({ line, value }) => {
    try {
      return parseRecord(value);
    } catch (error) {
      const { field, message } = describeSchemaError(error);
      throw new InputError(`${file}:${line}: ${message}`, { file, line, field });
    }
  });
}

/**
 * JSON.parse that names where the text breaks as `file:line:column` (V8 reports a character
 * position; a person looks for a line). Unexpected end of input points after the last line.
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const at = position ? Number(position[1]) : /end of (JSON )?input/i.test(message) ? text.length : null;
    const before = at === null ? null : text.slice(0, at).split("\n");
    const where = before ? `:${before.length}:${before[before.length - 1].length + 1}` : "";
    const reason = message.replace(/\s*\(line \d+ column \d+\)$/, "").replace(/ in JSON at position \d+.*$/, "");
    throw new InputError(`${file}${where}: not valid JSON (${reason})`, {
      file,
      ...(before ? { line: before.length } : {}),
    });
  }
}

/** Reads a JSON file with a schema; errors name the file (and the field). */
export function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  const text = readTextFile(file, "JSON file");
  const parsed = schema.safeParse(parseJsonText(text, file));
  if (!parsed.success) {
    const { field, message } = describeSchemaError(parsed.error);
    throw new InputError(`${file}: ${message}`, { file, field });
  }
  return parsed.data;
}
