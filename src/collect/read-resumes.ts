/**
 * Readers for the two public layouts of the florex resume corpus.
 *
 * - line file (`resume_samples.txt`, the study's `first_600_resumes.txt`): one resume per LF line,
 *   `record_id:::labels:::text`, split on the first two `:::`; labels `;`-separated, a free-text
 *   title first. Windows-1252 in the original; UTF-8 copies exist; detected per file.
 * - folder (`resumes_corpus/`): `NNNNN.txt` (text, no line terminator) and `NNNNN.lab`
 *   (normalised labels, one per line).
 *
 * Parsing is pure (bytes in, records and rejects out); only `readResumeSource` touches disk.
 * Every line or file becomes a record or a reject with the file, line and field at fault.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ResumeRecord } from "../schemas/resume";
import { RejectRecord } from "../schemas/reject";
import { SourceRef } from "../schemas/source";
import { cleanScrapedText, excerpt } from "./clean-text";
import { CollectInputError } from "./collect-error";
import { detectEncoding, EncodingOption, stripUtf8Bom, TextEncodingName, tryDecodeBytes } from "./text-encoding";

export interface ResumeReadOptions {
  encoding?: EncodingOption;
  /** Longer texts are rejected: the longest florex resume is ~90 kB; megabytes mean a broken file. */
  maxTextChars?: number;
  /** Called as rows are read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}
export const DEFAULT_MAX_RESUME_CHARS = 200_000;

export interface ResumeReadResult {
  records: ResumeRecord[];
  rejects: RejectRecord[];
  /** Rows seen (lines or .txt files), so the profile can prove records + rejects = rows. */
  rowsRead: number;
}

function resumeReject(source: SourceRef, field: string | null, reason: string, value: string | null): RejectRecord {
  return RejectRecord.parse({
    kind: "invalid", input: "resume", source, field, reason,
    excerpt: value === null ? null : excerpt(value), duplicateOf: null,
  });
}

function splitLabels(raw: string, separator: RegExp): string[] {
  return raw.split(separator).map((label) => label.trim()).filter((label) => label.length > 0);
}

/** Shared checks for one resume's text; returns the record or a reject. */
function buildResume(
  fields: Omit<ResumeRecord, "text" | "primaryLabel">,
  maxTextChars: number,
): ResumeRecord | RejectRecord {
  if (fields.originalText.length > maxTextChars) {
    return resumeReject(fields.source, "text", `text has ${fields.originalText.length} characters, more than the limit of ${maxTextChars}`, fields.originalText);
  }
  const text = cleanScrapedText(fields.originalText);
  if (text.length === 0) return resumeReject(fields.source, "text", "text is empty after removing markup and spaces", fields.originalText);
  return ResumeRecord.parse({ ...fields, text, primaryLabel: fields.labels[0] ?? null });
}

function isReject(value: ResumeRecord | RejectRecord): value is RejectRecord {
  return "kind" in value;
}

/** Splits bytes on LF (keeping a trailing CR out) without decoding: encodings are checked per line. */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      let end = i;
      if (end > start && bytes[end - 1] === 0x0d) end--;
      if (i < bytes.length || end > start) lines.push(bytes.subarray(start, end));
      start = i + 1;
    }
  }
  return lines;
}

/** Parses a `record_id:::labels:::text` file. `file` is only used to name the source. */
export function parseResumeLineFile(bytes: Uint8Array, file: string, options: ResumeReadOptions = {}): ResumeReadResult {
  const body = stripUtf8Bom(bytes);
  const encoding: TextEncodingName = detectEncoding(body, options.encoding);
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_RESUME_CHARS;
  const stem = path.basename(file).replace(/\.[^.]*$/, "");
  const result: ResumeReadResult = { records: [], rejects: [], rowsRead: 0 };
  const lines = splitLines(body);
  lines.forEach((lineBytes, index) => {
    options.onProgress?.(index + 1, lines.length);
    const source = { file, line: index + 1, row: null };
    result.rowsRead++;
    if (lineBytes.length === 0) {
      result.rejects.push(resumeReject(source, null, "empty line", null));
      return;
    }
    const line = tryDecodeBytes(lineBytes, encoding);
    if (line === null) {
      result.rejects.push(resumeReject(source, "text", `bytes are not valid ${encoding} (the rest of the file is)`, null));
      return;
    }
    const first = line.indexOf(":::");
    const second = first < 0 ? -1 : line.indexOf(":::", first + 3);
    if (second < 0) {
      result.rejects.push(resumeReject(source, first < 0 ? "labels" : "text", "expected `record_id:::labels:::text`", line));
      return;
    }
    const built = buildResume({
      id: `${stem}/${String(index + 1).padStart(5, "0")}`,
      corpusId: line.slice(0, first),
      layout: "line-file",
      labels: splitLabels(line.slice(first + 3, second), /;/),
      originalText: line.slice(second + 3),
      encoding,
      source,
    }, maxTextChars);
    if (isReject(built)) result.rejects.push(built);
    else result.records.push(built);
  });
  return result;
}

/** Parses one `NNNNN.txt` with its `.lab` (null when the .lab file is missing). */
export function parseResumeFolderEntry(
  txt: Uint8Array,
  lab: Uint8Array | null,
  file: string,
  options: ResumeReadOptions = {},
): ResumeRecord | RejectRecord {
  const source = { file, line: 0, row: null };
  const stem = path.basename(file).replace(/\.txt$/i, "");
  const body = stripUtf8Bom(txt);
  const encoding = detectEncoding(body, options.encoding);
  const text = tryDecodeBytes(body, encoding);
  if (text === null) return resumeReject(source, "text", `bytes are not valid ${encoding}`, null);
  if (lab === null) return resumeReject(source, "labels", `no ${stem}.lab beside ${stem}.txt`, null);
  const labText = tryDecodeBytes(stripUtf8Bom(lab), detectEncoding(stripUtf8Bom(lab), options.encoding));
  if (labText === null) return resumeReject(source, "labels", "the .lab file has invalid bytes", null);
  return buildResume({
    id: `${path.basename(path.dirname(file))}/${stem}`,
    corpusId: stem,
    layout: "folder",
    labels: splitLabels(labText, /\r?\n/),
    originalText: text,
    encoding,
    source,
  }, options.maxTextChars ?? DEFAULT_MAX_RESUME_CHARS);
}

/** Reads a line file or a corpus folder from disk. Throws (with the path) when it cannot be read. */
export function readResumeSource(location: string, options: ResumeReadOptions = {}): ResumeReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch (error) {
    throw new CollectInputError(location, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (!stat.isDirectory()) return parseResumeLineFile(fs.readFileSync(location), location, options);
  const names = fs.readdirSync(location).filter((name) => /\.txt$/i.test(name)).sort();
  const result: ResumeReadResult = { records: [], rejects: [], rowsRead: 0 };
  for (const name of names) {
    const file = path.join(location, name);
    const labPath = file.replace(/\.txt$/i, ".lab");
    const entry = parseResumeFolderEntry(
      fs.readFileSync(file),
      fs.existsSync(labPath) ? fs.readFileSync(labPath) : null,
      file,
      options,
    );
    result.rowsRead++;
    options.onProgress?.(result.rowsRead, names.length);
    if (isReject(entry)) result.rejects.push(entry);
    else result.records.push(entry);
  }
  return result;
}
