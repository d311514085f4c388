/**
 * The resume reading entry point: one location (a file or a folder) → records and rejects.
 *
 * A file is read in its own format (readers/read-resume-files.ts: florex line file, plain text,
 * Markdown, PDF, DOCX, JSON Resume, HTML, CSV dataset). A folder is the florex corpus layout
 * (`NNNNN.txt` with `NNNNN.lab`) when it holds .lab files, and may mix any formats besides:
 * every other file is read by its format. Files are taken in name order; hidden files (".…")
 * are skipped as system files; a sub-folder is a reject (pass it as its own input), so nothing
 * in the folder is passed over silently. Only an unreadable location throws.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CollectInputError } from "./collect-error";
import { parseResumeFolderEntry } from "./readers/florex";
import { readResumeFiles } from "./readers/read-resume-files";
import {
  emptyReadResult,
  fileReject,
  mergeReadResult,
  ResumeReadOptions,
  ResumeReadResult,
  singleResult,
} from "./readers/resume-record";

export { parseResumeFolderEntry, parseResumeLineFile } from "./readers/florex";
export { detectResumeFormat, readResumeFiles } from "./readers/read-resume-files";
export type { FormatGuess, ResumeFormat } from "./readers/read-resume-files";
export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_RESUME_CHARS } from "./readers/resume-record";
export type { ResumeReadOptions, ResumeReadResult } from "./readers/resume-record";

const CORPUS_TEXT = /^\d+\.txt$/i;

/** Reads one folder: corpus entries and files of any format, merged in name order. */
function readResumeFolder(folder: string, options: ResumeReadOptions): ResumeReadResult {
  const names = fs
    .readdirSync(folder)
    .filter((name) => !name.startsWith("."))
    .sort();
  const isCorpus = names.some((name) => /\.lab$/i.test(name));
  const parts = new Map<string, ResumeReadResult>();
  const otherFiles: string[] = [];
  const silent = { ...options, onProgress: undefined };
  let done = 0;
  const tick = () => options.onProgress?.(++done, names.length);
  for (const name of names) {
    const file = path.join(folder, name);
    if (/\.lab$/i.test(name)) {
      tick(); // read with its .txt; a .lab alone has no resume
    } else if (fs.statSync(file).isDirectory()) {
      parts.set(name, fileReject(file, null, "a folder inside a resume folder is not read: pass it as its own input"));
      tick();
    } else if (isCorpus && CORPUS_TEXT.test(name)) {
      const labPath = file.replace(/\.txt$/i, ".lab");
      parts.set(
        name,
        singleResult(
          parseResumeFolderEntry(
            fs.readFileSync(file),
            fs.existsSync(labPath) ? fs.readFileSync(labPath) : null,
            file,
            silent,
          ),
        ),
      );
      tick();
    } else {
      otherFiles.push(name);
    }
  }
  readResumeFiles(
    otherFiles.map((name) => path.join(folder, name)),
    silent,
  ).forEach((result, i) => {
    parts.set(otherFiles[i], result);
    tick();
  });
  return names
    .filter((name) => parts.has(name))
    .reduce((all, name) => mergeReadResult(all, parts.get(name) as ResumeReadResult), emptyReadResult());
}

/** Reads a resume file or folder from disk. Throws (with the path) when it cannot be read. */
export function readResumeSource(location: string, options: ResumeReadOptions = {}): ResumeReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(location);
  } catch (error) {
    throw new CollectInputError(
      location,
      `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  return stat.isDirectory() ? readResumeFolder(location, options) : readResumeFiles([location], options)[0];
}
