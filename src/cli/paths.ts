/** Project-root-relative defaults, shown relative to the working directory so outputs stay portable. */
import * as path from "node:path";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");

/** A project path as the user would type it from the current directory. */
export function projectPath(...parts: string[]): string {
  return path.relative(process.cwd(), path.join(PROJECT_ROOT, ...parts)) || ".";
}

/** Defaults that are not part of a run. */
export const DEFAULTS = {
  resumes: () => projectPath("data", "sample", "resumes.txt"),
  jobs: () => projectPath("data", "sample", "jobs.csv"),
  collectOut: () => projectPath("data", "collect"),
  figures: () => projectPath("figures"),
};
