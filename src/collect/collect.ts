/**
 * The collect stage: read resume corpora and JobSpy exports, type and check every row, apply
 * the country selection and de-duplication, and write `resumes.jsonl`, `jobs.jsonl`, `rejects.jsonl`
 * and `profile.json` (plus `collect.config.json`, the resolved options).
 *
 * `assembleCollection` is pure (reader results in, outputs out); `runCollect` does the I/O.
 */
import * as path from "node:path";
import { JobPosting, Role } from "../schemas/job";
import { CollectProfile } from "../schemas/profile";
import { RejectRecord } from "../schemas/reject";
import { ResumeRecord } from "../schemas/resume";
import { progressBar } from "../util/progress";
import { writeJson, writeJsonl } from "../util/jsonl";
import { excerpt } from "./clean-text";
import { dedupePostings } from "./dedupe";
import { inCountries, normalizeCountries } from "./location";
import { buildProfile } from "./profile";
import { CollectInputError } from "./collect-error";
import { readJobFile, JobReadResult } from "./read-jobs";
import { readResumeSource, ResumeReadResult } from "./read-resumes";

export interface CollectOptions {
  /** Resume line files or corpus folders. */
  resumes: string[];
  /** JobSpy CSV/JSON exports. */
  jobs: string[];
  /**
   * Keep only postings in these countries (ISO 3166-1 alpha-2) and those whose country cannot be
   * told; `[]` keeps all. Default `["US"]`, the study's filter.
   */
  countries?: readonly string[];
  dedupe?: boolean;
  /** Keep only postings of these roles (the others become `filtered` rejects); all by default. */
  roles?: readonly Role[];
  maxResumeChars?: number;
  maxDescriptionChars?: number;
}

export interface Collection {
  resumes: ResumeRecord[];
  postings: JobPosting[];
  rejects: RejectRecord[];
  profile: CollectProfile;
}

/** Combines reader results into the stage's outputs (pure). */
export function assembleCollection(
  resumeReads: { path: string; result: ResumeReadResult }[],
  jobReads: { path: string; result: JobReadResult }[],
  options: Pick<CollectOptions, "countries" | "dedupe" | "roles"> = {},
): Collection {
  const { dedupe = true, roles } = options;
  const countries = resolveCountries(options);
  const resumes = resumeReads.flatMap((read) => read.result.records);
  const rejects: RejectRecord[] = [
    ...resumeReads.flatMap((read) => read.result.rejects),
    ...jobReads.flatMap((read) => read.result.rejects),
  ];
  const postingsRead = jobReads.flatMap((read) => read.result.postings);
  let postings = postingsRead;
  for (const posting of postings.filter((p) => !inCountries(p.location, countries))) {
    rejects.push(
      RejectRecord.parse({
        kind: "filtered",
        input: "job",
        source: posting.source,
        field: "location",
        reason: `in ${posting.location?.country}, not among the selected countries (${countries.join(", ")})`,
        excerpt: excerpt(posting.location?.text ?? ""),
        duplicateOf: null,
      }),
    );
  }
  postings = postings.filter((posting) => inCountries(posting.location, countries));
  if (roles) {
    for (const posting of postings.filter((p) => !roles.includes(p.role))) {
      rejects.push(
        RejectRecord.parse({
          kind: "filtered",
          input: "job",
          source: posting.source,
          field: "title",
          reason: `role ${posting.role} is not among the selected roles`,
          excerpt: excerpt(posting.title ?? ""),
          duplicateOf: null,
        }),
      );
    }
    postings = postings.filter((posting) => roles.includes(posting.role));
  }
  let duplicatesByRule: Record<string, number> = {};
  if (dedupe) {
    const deduped = dedupePostings(postings);
    postings = deduped.kept;
    rejects.push(...deduped.duplicates);
    duplicatesByRule = deduped.byRule;
  }
  rejects.sort(compareRejects);
  const profile = buildProfile({
    resumeInputs: resumeReads.map((read) => ({ path: read.path, rows: read.result.rowsRead })),
    jobInputs: jobReads.map((read) => ({ path: read.path, rows: read.result.rowsRead })),
    resumes,
    postings,
    rejects,
    duplicatesByRule,
    countries,
    postingsRead,
  });
  return { resumes, postings, rejects, profile };
}

/** The country selection, checked: `countries` if given, else the deprecated `usOnly`, else the study's ["US"]. */
export function resolveCountries({ countries }: Pick<CollectOptions, "countries">): string[] {
  return countries === undefined ? ["US"] : normalizeCountries(countries);
}

/** Rejects in input order: by input kind, file, line, then row. */
function compareRejects(a: RejectRecord, b: RejectRecord): number {
  return (
    a.input.localeCompare(b.input) ||
    (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0) ||
    a.source.line - b.source.line ||
    (a.source.row ?? 0) - (b.source.row ?? 0)
  );
}

/** Runs one reader with a progress bar sized once the reader knows its row count. */
function withProgress<T>(label: string, read: (onProgress: (done: number, total: number) => void) => T): T {
  let progress = progressBar(label, 0);
  const result = read((done, total) => {
    if (done === 1) progress = progressBar(label, total);
    progress.tick(done);
  });
  progress.done();
  return result;
}

/** Reads every input from disk (with progress bars) and assembles the collection. */
export function collectFromFiles(options: CollectOptions): Collection {
  resolveCountries(options); // a bad setting fails before minutes of reading
  const resumeReads = options.resumes.map((location) => {
    const result = withProgress(`resumes ${path.basename(location)}`, (onProgress) =>
      readResumeSource(location, { maxTextChars: options.maxResumeChars, onProgress }),
    );
    if (result.records.length === 0) {
      throw new CollectInputError(
        location,
        `no valid resumes (${result.rejects.length} rejected; first: ${result.rejects[0]?.reason ?? "the input is empty"})`,
      );
    }
    return { path: location, result };
  });
  const jobReads = options.jobs.map((file) => {
    const result = withProgress(`jobs ${path.basename(file)}`, (onProgress) =>
      readJobFile(file, { maxDescriptionChars: options.maxDescriptionChars, onProgress }),
    );
    if (result.postings.length === 0) {
      const first = result.rejects[0];
      throw new CollectInputError(
        file,
        `no valid postings (${result.rejects.length} rejected; first: ${first ? `row ${first.source.row}, ${first.field}: ${first.reason}` : "the file has no data rows"})`,
      );
    }
    return { path: file, result };
  });
  return assembleCollection(resumeReads, jobReads, options);
}

export const COLLECT_OUTPUTS = [
  "resumes.jsonl",
  "jobs.jsonl",
  "rejects.jsonl",
  "profile.json",
  "collect.config.json",
] as const;

/** Writes the stage's files into `outDir`. */
export function writeCollection(collection: Collection, outDir: string, options: CollectOptions): void {
  writeJsonl(path.join(outDir, "resumes.jsonl"), collection.resumes);
  writeJsonl(path.join(outDir, "jobs.jsonl"), collection.postings);
  writeJsonl(path.join(outDir, "rejects.jsonl"), collection.rejects);
  writeJson(path.join(outDir, "profile.json"), collection.profile);
  writeJson(path.join(outDir, "collect.config.json"), {
    resumes: options.resumes,
    jobs: options.jobs,
    countries: resolveCountries(options),
    dedupe: options.dedupe ?? true,
    roles: options.roles ?? null,
    maxResumeChars: options.maxResumeChars ?? null,
    maxDescriptionChars: options.maxDescriptionChars ?? null,
  });
}
