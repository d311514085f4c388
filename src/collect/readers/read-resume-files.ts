/**
 * The dispatcher: which format a resume file is (by its content first, then its extension),
 * and the reader for it. Every file becomes records or rejects; a bad file never stops the rest.
 *
 * Content wins where it is certain: "%PDF-" is a PDF and a zip holding word/document.xml is a
 * DOCX whatever the name. Then the extension: .pdf, .docx, .json (JSON Resume), .html/.htm,
 * .csv (a resume dataset), .md/.markdown, .txt. A .txt (or unknown text file) is a florex line
 * file when its lines are `id:::labels:::text` records, HTML when it opens like HTML, else plain
 * text. Legacy .doc, RTF, UTF-16 and other binary files are rejects that say what to save as.
 * PDF and DOCX text is extracted in one batch (extract-documents.ts) after the other files.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ResumeRecord } from "../../schemas/resume";
import { decodeTextFile, stripUtf8Bom, tryDecodeBytes } from "../text-encoding";
import { parseResumeCsv } from "./csv-dataset";
import { docxResumeText } from "./docx";
import { DocumentText, extractDocumentsSync } from "./extract-documents";
import { looksLikeLineFile, parseResumeLineFile } from "./florex";
import { htmlToText } from "./html";
import { jsonResumeToText, parseJsonResume } from "./json-resume";
import { markdownToText } from "./markdown";
import { ExtractedText, pdfResumeText } from "./pdf";
import {
  buildLineResume,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_RESUME_CHARS,
  fileReject,
  fileResumeId,
  ResumeReadOptions,
  ResumeReadResult,
  singleResult,
  wholeFile,
} from "./resume-record";

export type ResumeFormat = "line-file" | "text" | "markdown" | "pdf" | "docx" | "json-resume" | "html" | "csv";
export type FormatGuess = { format: ResumeFormat } | { unsupported: string };

const EXTENSIONS: Record<string, ResumeFormat> = {
  ".pdf": "pdf",
  ".docx": "docx",
  ".json": "json-resume",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".csv": "csv",
  ".md": "markdown",
  ".markdown": "markdown",
};

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
const contains = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, "latin1");

/** The format of a resume file from its name and bytes (pure). */
export function detectResumeFormat(file: string, bytes: Uint8Array): FormatGuess {
  const body = stripUtf8Bom(bytes);
  const extension = path.extname(file).toLowerCase();
  if (body.every((byte) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)))
    return { unsupported: "the file is empty" };
  if (contains(body.subarray(0, 1024), "%PDF-")) return { format: "pdf" };
  if (startsWith(body, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(body, "word/document.xml") || extension === ".docx") return { format: "docx" };
    return { unsupported: "a zip archive that is not a Word document (.docx)" };
  }
  if (extension === ".docx") return { format: "docx" }; // mammoth says why it is not one
  if (startsWith(body, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return { unsupported: "a legacy Word .doc (Office binary) file: save it as DOCX or PDF" };
  if (contains(body.subarray(0, 8), "{\\rtf")) return { unsupported: "an RTF file: save it as DOCX or PDF" };
  if (startsWith(body, [0xff, 0xfe]) || startsWith(body, [0xfe, 0xff]))
    return { unsupported: "UTF-16 text: save it as UTF-8" };
  if (body.subarray(0, 8192).includes(0))
    return {
      unsupported: `a binary file${extension ? ` (${extension})` : ""}, not a resume format read here (text, Markdown, PDF, DOCX, JSON Resume, HTML, CSV)`,
    };
  if (extension === ".pdf") return { format: "pdf" }; // pdf-parse says why it is not one
  if (EXTENSIONS[extension]) return { format: EXTENSIONS[extension] };
  const head = (tryDecodeBytes(body.subarray(0, 4096), "windows-1252") ?? "").trimStart().toLowerCase();
  if (/^<(?:!doctype html|html[\s>])/.test(head)) return { format: "html" };
  if (extension !== ".txt" && head.startsWith("{")) return { format: "json-resume" };
  return { format: looksLikeLineFile(head) ? "line-file" : "text" };
}

type Fields = Omit<ResumeRecord, "text" | "primaryLabel" | "originalText" | "encoding" | "layout">;

function fileFields(file: string): Fields {
  return { id: fileResumeId(file), corpusId: path.basename(file), labels: [], source: wholeFile(file) };
}

/** Reads a file whose text we decode ourselves (everything but PDF and DOCX). */
function readTextFormat(
  bytes: Uint8Array,
  file: string,
  format: Exclude<ResumeFormat, "pdf" | "docx">,
  options: ResumeReadOptions,
): ResumeReadResult {
  if (format === "line-file") return parseResumeLineFile(bytes, file, options);
  if (format === "csv") return parseResumeCsv(bytes, file, options);
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_RESUME_CHARS;
  if (format === "json-resume") {
    // RFC 8259: JSON exchanged between systems is UTF-8.
    const source = tryDecodeBytes(stripUtf8Bom(bytes), "utf-8");
    if (source === null) return fileReject(file, null, "JSON must be UTF-8; the file has invalid bytes");
    const parsed = parseJsonResume(source);
    if ("reason" in parsed) return fileReject(file, parsed.field, parsed.reason, source);
    const label =
      typeof (parsed.document.basics as { label?: unknown } | undefined)?.label === "string"
        ? (parsed.document.basics as { label: string }).label.trim()
        : "";
    return singleResult(
      buildLineResume(
        {
          ...fileFields(file),
          labels: label ? [label] : [],
          layout: "json-resume",
          originalText: jsonResumeToText(parsed.document),
          encoding: "utf-8",
        },
        maxTextChars,
      ),
    );
  }
  const decoded = decodeTextFile(bytes, options.encoding);
  if ("badLine" in decoded)
    return fileReject(file, "text", `line ${decoded.badLine}: bytes are neither valid UTF-8 nor Windows-1252 text`);
  if (format === "html") {
    return singleResult(
      buildLineResume(
        { ...fileFields(file), layout: "html", originalText: htmlToText(decoded.text), encoding: decoded.encoding },
        maxTextChars,
      ),
    );
  }
  return singleResult(
    buildLineResume(
      { ...fileFields(file), layout: format, originalText: decoded.text, encoding: decoded.encoding },
      maxTextChars,
      format === "markdown" ? markdownToText : undefined,
    ),
  );
}

/** Turns an extracted PDF or DOCX into its record or reject. */
function fromDocument(
  file: string,
  kind: "pdf" | "docx",
  extracted: DocumentText,
  options: ResumeReadOptions,
): ResumeReadResult {
  const result: ExtractedText = kind === "pdf" ? pdfResumeText(extracted) : docxResumeText(extracted);
  if ("reason" in result) return fileReject(file, null, result.reason);
  return singleResult(
    buildLineResume(
      { ...fileFields(file), layout: kind, originalText: result.text, encoding: "document" },
      options.maxTextChars ?? DEFAULT_MAX_RESUME_CHARS,
    ),
  );
}

/** Reads resume files of any supported format; one result per file, in the order given. */
export function readResumeFiles(files: string[], options: ResumeReadOptions = {}): ResumeReadResult[] {
  const results: (ResumeReadResult | null)[] = [];
  const documents: { index: number; file: string; kind: "pdf" | "docx"; bytes: Uint8Array }[] = [];
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // A progress tick per file; a single line file or CSV reports its own rows instead.
  let reported = false;
  const fileOptions: ResumeReadOptions =
    files.length === 1
      ? {
          ...options,
          onProgress: (done, total) => {
            reported = true;
            options.onProgress?.(done, total);
          },
        }
      : { ...options, onProgress: undefined };
  files.forEach((file, index) => {
    let bytes: Uint8Array;
    try {
      const size = fs.statSync(file).size;
      if (size > maxFileBytes) {
        results.push(fileReject(file, null, `the file has ${size} bytes, more than the limit of ${maxFileBytes}`));
        return;
      }
      bytes = fs.readFileSync(file);
    } catch (error) {
      results.push(
        fileReject(file, null, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`),
      );
      return;
    }
    const guess = detectResumeFormat(file, bytes);
    if ("unsupported" in guess) results.push(fileReject(file, null, guess.unsupported));
    else if (guess.format === "pdf" || guess.format === "docx") {
      documents.push({ index, file, kind: guess.format, bytes });
      results.push(null);
    } else results.push(readTextFormat(bytes, file, guess.format, fileOptions));
    if (files.length > 1) options.onProgress?.(index + 1, files.length);
  });
  const extracted = extractDocumentsSync(
    documents.map(({ kind, bytes }) => ({ kind, bytes })),
    { timeoutMs: options.extractTimeoutMs },
  );
  documents.forEach((document, k) => {
    results[document.index] = fromDocument(document.file, document.kind, extracted[k], options);
  });
  if (files.length === 1 && !reported) options.onProgress?.(1, 1);
  return results as ResumeReadResult[];
}
