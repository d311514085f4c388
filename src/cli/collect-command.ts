/** `rpw collect`: the collect stage from the shell (see `rpw collect --help`). */
import { parseArgs } from "node:util";
import { runCollect } from "../collect/run-collect";
import { JOBSPY_SITES, scrapeJobs, STUDY_SEARCH_TERMS } from "../collect/scrape";
import { ROLES } from "../schemas/job";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun } from "./run-flags";
import { UsageError } from "./usage-error";

export const COLLECT_HELP = `rpw collect — read resumes and job postings, check every row, write the collection

Usage:
  rpw collect [--resumes <file-or-dir>]... [--jobs <file>]... [--out <dir>] [--run <name>]
  rpw collect --scrape [--roles <r,...>] [--sites <s,...>] [--hours-old 72] [--results 120] [--out <dir>]

Options:
  --resumes <path>   florex line file (id:::labels:::text) or corpus folder (NNNNN.txt + .lab);
                     repeatable (default: the configuration's data.resumes, the bundled sample)
  --jobs <file>      JobSpy export, CSV or JSON/JSONL; repeatable (default: the configuration's data.jobs)
  --out <dir>        output folder (default: the run's collect/, runs/sample/collect/)
  --countries US,CA  keep postings in these countries (ISO 3166-1 alpha-2; default collect.countries, ["US"] as the study)
  --all-countries    keep postings from every country (collect.countries = [])
  --keep-duplicates  do not remove repeated postings
  --keep-roles <r,...> keep only postings of these roles (${ROLES.join(",")}); others become filtered rejects
  --scrape           run JobSpy first (python-jobspy) and collect what it writes
  --roles            roles to scrape: ${Object.keys(STUDY_SEARCH_TERMS).join(",")} (default: all)
  --sites            JobSpy sites: ${JOBSPY_SITES.join(",")} (default: all)
  --hours-old <n>    only postings from the last n hours (default: 72)
  --results <n>      results wanted per role (default: 120)

${RUN_FLAGS_HELP}

Writes <out>/resumes.jsonl, jobs.jsonl, rejects.jsonl, profile.json and collect.config.json.
Exits non-zero with one line when an input cannot be read or has no valid row.`;

function list(value: string | undefined, allowed: readonly string[], name: string): string[] {
  if (value === undefined) return [...allowed];
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item));
  if (unknown.length)
    throw new UsageError(`unknown ${name}: ${unknown.join(", ")} (choose from ${allowed.join(", ")})`);
  return items;
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return number;
}

export async function collectCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      resumes: { type: "string", multiple: true },
      jobs: { type: "string", multiple: true },
      out: { type: "string" },
      "all-countries": { type: "boolean" },
      countries: { type: "string" },
      "keep-duplicates": { type: "boolean" },
      "keep-roles": { type: "string" },
      scrape: { type: "boolean" },
      roles: { type: "string" },
      sites: { type: "string" },
      "hours-old": { type: "string" },
      results: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    log(COLLECT_HELP);
    return;
  }
  const sets = [
    ...(values["all-countries"]
      ? ["collect.countries=[]"]
      : values.countries !== undefined
        ? [
            `collect.countries=${JSON.stringify(
              values.countries
                .split(",")
                .map((code) => code.trim())
                .filter(Boolean),
            )}`,
          ]
        : []),
    ...(values["keep-duplicates"] ? ["data.dedupe=false"] : []),
    ...(values["keep-roles"] ? [`roles=${JSON.stringify(list(values["keep-roles"], ROLES, "role"))}`] : []),
  ];
  const { config, dirs } = selectRun(values, sets);
  const out = values.out ?? dirs.collect;
  let jobs = values.jobs;
  if (values.scrape) {
    const roles = list(values.roles, Object.keys(STUDY_SEARCH_TERMS), "role") as (keyof typeof STUDY_SEARCH_TERMS)[];
    const scraped = scrapeJobs({
      roles,
      sites: list(values.sites, JOBSPY_SITES, "site"),
      hoursOld: positiveInteger(values["hours-old"], 72, "hours-old"),
      resultsPerRole: positiveInteger(values.results, 120, "results"),
      outDir: out,
    });
    jobs = [...(values.jobs ?? []), ...scraped];
  } else if (values.roles || values.sites || values["hours-old"] || values.results) {
    throw new UsageError("--roles, --sites, --hours-old and --results only apply with --scrape");
  }
  await runCollect(config, { collect: out }, { log }, { resumes: values.resumes, jobs });
}
