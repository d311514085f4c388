/**
 * Live collection with JobSpy, the maintained scraper the study used (Python package
 * `python-jobspy`). We do not reimplement scraping: we run `scripts/jobspy_scrape.py` once per
 * search term with the study's settings and ingest the CSVs it writes like any other export.
 *
 * The Python interpreter is `$RPW_PYTHON` or `python3` on PATH. When JobSpy is not importable
 * the error says in one line how to install it.
 */
import { InputError } from "../util/input-error";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { Role } from "../schemas/job";

/** The study's search terms, one per role. */
export const STUDY_SEARCH_TERMS: Record<Exclude<Role, "other">, string> = {
  data_analyst: "data analyst",
  data_engineer: "data engineer",
  data_scientist: "data scientist",
  machine_learning_engineer: "machine learning engineer",
  software_engineer: "software engineer",
};
export const JOBSPY_SITES = ["indeed", "linkedin", "glassdoor", "google", "zip_recruiter"] as const;
export const JOBSPY_INSTALL_HINT = "pip install python-jobspy";

export interface ScrapeOptions {
  roles: (keyof typeof STUDY_SEARCH_TERMS)[];
  sites: string[];
  hoursOld: number;
  resultsPerRole: number;
  outDir: string;
  python?: string;
}

export class ScrapeError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "ScrapeError";
  }
}

function pythonCommand(explicit?: string): string {
  return explicit ?? process.env.RPW_PYTHON ?? "python3";
}

/** True when the interpreter can import jobspy. */
export function jobspyAvailable(python?: string): boolean {
  const probe = spawnSync(pythonCommand(python), ["-c", "import jobspy"], { stdio: "ignore" });
  return probe.status === 0;
}

/** Runs one scrape per role; returns the CSV paths written (`<out>/raw/jobspy-<role>.csv`). */
export function scrapeJobs(options: ScrapeOptions): string[] {
  const python = pythonCommand(options.python);
  if (!jobspyAvailable(python)) {
    throw new ScrapeError(
      `JobSpy is not installed for ${python}; install it with: ${JOBSPY_INSTALL_HINT} (or set RPW_PYTHON to an interpreter that has it)`,
    );
  }
  const unknownSites = options.sites.filter((site) => !(JOBSPY_SITES as readonly string[]).includes(site));
  if (unknownSites.length)
    throw new ScrapeError(`unknown site(s) ${unknownSites.join(", ")}; JobSpy sites: ${JOBSPY_SITES.join(", ")}`);
  const rawDir = path.join(options.outDir, "raw");
  fs.mkdirSync(rawDir, { recursive: true });
  const script = path.resolve(__dirname, "../../scripts/jobspy_scrape.py");
  return options.roles.map((role) => {
    const out = path.join(rawDir, `jobspy-${role}.csv`);
    const run = spawnSync(
      python,
      [
        script,
        "--search-term",
        STUDY_SEARCH_TERMS[role],
        "--sites",
        options.sites.join(","),
        "--hours-old",
        String(options.hoursOld),
        "--results",
        String(options.resultsPerRole),
        "--out",
        out,
      ],
      { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] },
    );
    if (run.status !== 0) {
      const last = (run.stderr ?? "").trim().split("\n").pop() ?? "";
      throw new ScrapeError(`JobSpy failed for "${STUDY_SEARCH_TERMS[role]}" (exit ${run.status}): ${last}`);
    }
    if (!fs.existsSync(out))
      throw new ScrapeError(`JobSpy finished for "${STUDY_SEARCH_TERMS[role]}" but wrote no ${out}`);
    return out;
  });
}
