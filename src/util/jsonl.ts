/**
 * Writing stage outputs so a crash never leaves half a file: write to a temporary file in the
 * same folder, then rename over the target (atomic on one filesystem).
 */
import * as fs from "node:fs";
import * as path from "node:path";

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
export function parseJsonlLines(text: string, file: string, makeError: (message: string) => Error = (message) => new Error(message)): { line: number; where: string; value: unknown }[] {
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

/** Reads JSON Lines, validating each record; an error names the file and line. */
export function readJsonl<T>(file: string, parse: (value: unknown) => T): T[] {
  const records: T[] = [];
  fs.readFileSync(file, "utf8").split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      records.push(parse(JSON.parse(line)));
    } catch (error) {
      throw new Error(`${file}:${index + 1}: ${(error as Error).message}`);
    }
  });
  return records;
}
