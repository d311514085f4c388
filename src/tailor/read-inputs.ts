/**
 * The two inputs of `rpw tailor`: one resume file, read by the collect stage's readers (any format
 * they read: text, Markdown, PDF, DOCX, JSON Resume, HTML, a one-resume line file or CSV), and one
 * job posting — a text or Markdown file, a JobSpy-style JSON object (or CSV/JSON export with one
 * row), or, when the argument is not an existing file, the posting's text itself.
 *
 * Every problem is one InputError naming the file and what is wrong: the reader's own reason for
 * a reject (a scanned PDF, an invalid JSON Resume), never empty text.
 * Leaves out: choosing one resume or posting out of many (the batch stages do that).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readJobFile } from "../collect/read-jobs";
import { readResumeFiles } from "../collect/readers/read-resume-files";
import { decodeTextFile } from "../collect/text-encoding";
import type { PostingInput } from "../preprocess/extract-job-details";
import { ResumeRecord } from "../schemas/resume";
import { InputError } from "../util/input-error";

/** Reads the one resume in `file`; an unreadable or rejected file is an InputError with the reader's reason. */
export function readOneResume(file: string): ResumeRecord {
  if (!fs.existsSync(file)) throw new InputError(`${file}: no such file`, { file, fix: "check the --resume path" });
  if (fs.statSync(file).isDirectory()) {
    throw new InputError(`${file}: is a folder; --resume takes one resume file`, { file });
  }
  const [result] = readResumeFiles([file]);
  if (result.records.length === 0) {
    const reject = result.rejects[0];
    const reason = reject?.reason ?? "no resume in the file";
    throw new InputError(`${file}: not a usable resume: ${reason}`, { file, field: reject?.field ?? null });
  }
  if (result.records.length > 1) {
    throw new InputError(`${file}: holds ${result.records.length} resumes; rpw tailor takes one`, {
      file,
      fix: "give one resume's file, or use rpw collect/generate for many",
    });
  }
  return result.records[0];
}

export interface TailorJob {
  posting: PostingInput;
  /** The file read, or null when the argument was the text itself. */
  file: string | null;
}

const JOB_FILE = /\.(?:txt|md|markdown|json|jsonl|csv)$/i;

/** Reads the posting: a file when `argument` names one, else the posting's text. */
export function readOneJob(argument: string): TailorJob {
  const exists = fs.existsSync(argument);
  if (exists && fs.statSync(argument).isDirectory()) {
    throw new InputError(`${argument}: is a folder; --job takes one posting file or the posting's text`, {
      file: argument,
    });
  }
  if (!exists) {
    // A path-like argument that names no file is a typo, not a one-word job ad.
    if (!/\s/.test(argument.trim()) && (JOB_FILE.test(argument) || argument.includes(path.sep))) {
      const fix = "check the --job path, or give the posting's text in quotes";
      throw new InputError(`${argument}: no such file`, { file: argument, fix });
    }
    if (argument.trim() === "") throw new InputError("--job is empty: give a posting file or the posting's text");
    return { posting: { description: argument }, file: null };
  }
  if (/\.(?:jsonl?|csv)$/i.test(argument)) {
    const read = readJobFile(argument);
    if (read.postings.length === 0) {
      const reject = read.rejects[0];
      const why = reject ? `: ${reject.field ? `${reject.field}: ` : ""}${reject.reason}` : "";
      throw new InputError(`${argument}: no usable posting${why}`, { file: argument });
    }
    if (read.postings.length > 1) {
      const count = read.postings.length;
      throw new InputError(`${argument}: holds ${count} postings; rpw tailor takes one`, { file: argument });
    }
    return { posting: read.postings[0], file: argument };
  }
  const decoded = decodeTextFile(fs.readFileSync(argument));
  if ("badLine" in decoded) {
    const where = `${argument}: line ${decoded.badLine}`;
    throw new InputError(`${where} is neither UTF-8 nor Windows-1252 text`, { file: argument });
  }
  if (decoded.text.trim() === "") throw new InputError(`${argument}: the posting is empty`, { file: argument });
  return { posting: { description: decoded.text }, file: argument };
}
