/**
 * Readers for the two public layouts of the florex resume corpus.
 *
 * - line file (`resume_samples.txt`, the study's `first_600_resumes.txt`): one resume per LF line,
 *   `record_id:::labels:::text`, split on the first two `:::`; labels `;`-separated, a free-text
 *   title first. Windows-1252 in the original; UTF-8 copies exist; detected per file, then each
 *   line decoded on its own (`decodeLine`), so a file with both kinds of lines is never mojibake.
 * - folder (`resumes_corpus/`): `NNNNN.txt` (text, no line terminator) and `NNNNN.lab`
 *   (normalised labels, one per line).
 *
 * Both flatten the text to one line, exactly as the study read it. Parsing is pure (bytes in,
 * records and rejects out). Every line or file becomes a record or a reject with the file,
 * line and field at fault.
 */
import * as path from "node:path";
import { ResumeRecord } from "../../schemas/resume";
import { RejectRecord } from "../../schemas/reject";
import { decodeLine, decodeTextFile, detectEncoding, stripUtf8Bom } from "../text-encoding";
import {
  buildFlatResume,
  DEFAULT_MAX_RESUME_CHARS,
  isReject,
  resumeReject,
  ResumeReadOptions,
  ResumeReadResult,
} from "./resume-record";

function splitLabels(raw: string, separator: RegExp): string[] {
  return raw
    .split(separator)
    .map((label) => label.trim())
    .filter((label) => label.length > 0);
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

const LINE_RECORD = /^[^\n]*?:::[^\n]*?:::/;

/** True when at least half of the first 20 non-empty lines are `id:::labels:::text` records. */
export function looksLikeLineFile(text: string): boolean {
  const lines = text
    .split("\n", 200)
    .filter((line) => line.trim() !== "")
    .slice(0, 20);
  return lines.length > 0 && lines.filter((line) => LINE_RECORD.test(line)).length * 2 >= lines.length;
}

/** Parses a `record_id:::labels:::text` file. `file` is only used to name the source. */
export function parseResumeLineFile(
  bytes: Uint8Array,
  file: string,
  options: ResumeReadOptions = {},
): ResumeReadResult {
  const body = stripUtf8Bom(bytes);
  const encoding = detectEncoding(body, options.encoding);
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
    const decoded = decodeLine(lineBytes, encoding, options.encoding);
    if (decoded === null) {
      const fallback =
        (options.encoding ?? "auto") === "auto" && encoding === "utf-8" ? " and do not read as Windows-1252 text" : "";
      result.rejects.push(
        resumeReject(source, "text", `bytes are not valid ${encoding} (the rest of the file is)${fallback}`, null),
      );
      return;
    }
    const line = decoded.text;
    const first = line.indexOf(":::");
    const second = first < 0 ? -1 : line.indexOf(":::", first + 3);
    if (second < 0) {
      result.rejects.push(
        resumeReject(source, first < 0 ? "labels" : "text", "expected `record_id:::labels:::text`", line),
      );
      return;
    }
    const built = buildFlatResume(
      {
        id: `${stem}/${String(index + 1).padStart(5, "0")}`,
        corpusId: line.slice(0, first),
        layout: "line-file",
        labels: splitLabels(line.slice(first + 3, second), /;/),
        originalText: line.slice(second + 3),
        encoding: decoded.encoding,
        source,
      },
      maxTextChars,
    );
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
  const decoded = decodeTextFile(txt, options.encoding);
  if ("badLine" in decoded)
    return resumeReject(
      source,
      "text",
      `bytes are not valid ${detectEncoding(stripUtf8Bom(txt), options.encoding)}`,
      null,
    );
  if (lab === null) return resumeReject(source, "labels", `no ${stem}.lab beside ${stem}.txt`, null);
  const labText = decodeTextFile(lab, options.encoding);
  if ("badLine" in labText) return resumeReject(source, "labels", "the .lab file has invalid bytes", null);
  return buildFlatResume(
    {
      id: `${path.basename(path.dirname(file))}/${stem}`,
      corpusId: stem,
      layout: "folder",
      labels: splitLabels(labText.text, /\r?\n/),
      originalText: decoded.text,
      encoding: decoded.encoding,
      source,
    },
    options.maxTextChars ?? DEFAULT_MAX_RESUME_CHARS,
  );
}
