/**
 * The collect stage as a function: the configured resume and posting files in, the collection
 * out (`<run>/collect/`: resumes.jsonl, jobs.jsonl, rejects.jsonl, profile.json). Used alike by
 * `npm start`, `rpw collect` and notebook 01.
 */
import * as path from "node:path";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { Collection, CollectOptions, collectFromFiles, writeCollection } from "./collect";

export interface CollectResult extends StageSummary {
  collection: Collection;
}

/** The collect options a configuration asks for (files given explicitly win, e.g. a fresh scrape). */
export function collectOptionsOf(
  config: WorkbenchConfig,
  files: Partial<Pick<CollectOptions, "resumes" | "jobs">> = {},
): CollectOptions {
  return {
    resumes: files.resumes ?? config.data.resumes,
    jobs: files.jobs ?? config.data.jobs,
    countries: config.collect.countries,
    dedupe: config.data.dedupe,
    roles: config.roles,
  };
}

export function describeCollection(collection: Collection, out: string): string {
  const { resumes, jobs, rejects } = collection.profile;
  return (
    `collect: ${resumes.kept} resumes, ${jobs.kept} postings, ${rejects.total} rejects ` +
    `(${jobs.duplicates} duplicates, ${jobs.filteredByCountry} outside ${jobs.countries.join("/") || "every country"}, ${jobs.filteredByRole ? `${jobs.filteredByRole} of other roles, ` : ""}` +
    `${jobs.invalid + resumes.rejected} invalid) -> ${path.join(out, "")}`
  );
}

export async function runCollect(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "collect">,
  deps: Pick<StageDeps, "log">,
  files: Partial<Pick<CollectOptions, "resumes" | "jobs">> = {},
): Promise<CollectResult> {
  const options = collectOptionsOf(config, files);
  const collection = collectFromFiles(options);
  writeCollection(collection, dirs.collect, options);
  const note = describeCollection(collection, dirs.collect);
  deps.log(note);
  return { collection, note, failedCalls: 0, modelCalls: 0 };
}
