/** `rpw prompts`: render, budget and compare the tailoring prompts from the shell. */
import { parseArgs } from "node:util";
import { LEADERBOARD_METRICS, leaderboardRecords, LeaderboardMetric, promptLeaderboard } from "../studio/leaderboard";
import { padTable } from "../studio/comparison-table";
import { buildSectionRequest } from "../prompts/prompt-library";
import { InputError } from "../util/input-error";
import { loadCases } from "../prompts/load-cases";
import { tokenBudget } from "../prompts/token-budget";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { runPrompts } from "../studio/run-prompts";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun, withRunDeps } from "./run-flags";
import { UsageError } from "./usage-error";

export const PROMPTS_HELP = `rpw prompts — the tailoring prompts: render, token budget, variant matrix, leaderboard

Usage:
  rpw prompts render [--section <name>] [--case <n>]
  rpw prompts budget [--max-length 512] [--resumes <n>]
  rpw prompts compare [--name <comparison>] [--variant <name>=<prompts dir>]... [--systems <declared names>]
                      [--model <name>] [--resumes 3] [--sections a,b] [--limit <cases>]
  rpw prompts leaderboard [--metric ${LEADERBOARD_METRICS.join("|")}]

Options:
  --from <dir>      preprocess output (default: the run's preprocess/)
  --collect <dir>   collect output, for the job ads (default: the run's collect/)
  --out <dir>       where prompt runs are saved and the leaderboard reads (default: the run's prompts/)
compare runs exactly the comparison declared in workbench.config.json's prompts section (variants,
systems, cases, assertions); flags override it: --variant replaces the declared variants, --systems
keeps only the named declared systems, --model sets the model of "run" systems. It prints one line
per variant × system (assertion pass rates, mean scores, tokens, cost, latency, cache hits), writes
runs/<run>/prompts/<comparison>/view.html, and exits 1 when a required assertion fails.
--max-length defaults to dataset.maxLength, --resumes to prompts.resumes.

${RUN_FLAGS_HELP}`;

const list = (value: string | undefined, fallback: readonly string[]) =>
  value
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : [...fallback];

function sectionsOf(value: string | undefined): SectionName[] {
  const sections = list(value, SECTION_NAMES);
  const unknown = sections.filter((section) => !(SECTION_NAMES as readonly string[]).includes(section));
  if (unknown.length)
    throw new UsageError(`unknown section(s) ${unknown.join(", ")} (choose from ${SECTION_NAMES.join(", ")})`);
  return sections as SectionName[];
}

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return number;
}

export async function promptsCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      from: { type: "string" },
      collect: { type: "string" },
      out: { type: "string" },
      section: { type: "string" },
      sections: { type: "string" },
      case: { type: "string" },
      resumes: { type: "string" },
      "max-length": { type: "string" },
      systems: { type: "string" },
      model: { type: "string" },
      variant: { type: "string", multiple: true },
      metric: { type: "string" },
      name: { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action, ...extra] = positionals;
  if (values.help || !action) return log(PROMPTS_HELP);
  if (extra.length) throw new UsageError(`unexpected "${extra[0]}"`);
  const { config, dirs: runFolders } = selectRun(values);
  const dirs = {
    ...runFolders,
    preprocess: values.from ?? runFolders.preprocess,
    collect: values.collect ?? runFolders.collect,
    prompts: values.out ?? runFolders.prompts,
  };
  switch (action) {
    case "render": {
      const section = sectionsOf(values.section ?? "experience")[0];
      const cases = loadCases(dirs.preprocess, dirs.collect, { sections: [section] });
      const chosen = cases[count(values.case, 0, "case")];
      if (!chosen) throw new UsageError(`no case ${values.case} (${cases.length} cases have a ${section} section)`);
      const request = buildSectionRequest({
        section,
        sectionValue: chosen.value,
        jobDetails: chosen.jobDetails,
        model: values.model ?? config.teacher.model,
      });
      log(
        `# ${chosen.id} (master ${request.promptVersions.master}, section ${request.promptVersions.section}; response format ${request.schema?.name})`,
      );
      for (const message of request.messages) log(`\n=== ${message.role} ===\n${message.content}`);
      return;
    }
    case "budget": {
      const maxLength = count(values["max-length"], config.dataset.maxLength, "max-length");
      const cases = loadCases(dirs.preprocess, dirs.collect, {
        resumes: count(values.resumes, config.prompts.resumes, "resumes"),
        sections: sectionsOf(values.sections),
      });
      log(
        [
          "case",
          "master",
          "instructions",
          "section",
          "job",
          "format",
          "prompt_o200k",
          "prompt_llama3",
          "completion~",
          `fits_${maxLength}`,
        ].join("\t"),
      );
      for (const entry of cases) {
        const budget = tokenBudget({
          section: entry.section,
          sectionValue: entry.value,
          jobDetails: entry.jobDetails,
          maxLength,
        });
        const parts = budget.parts;
        log(
          [
            entry.id,
            parts.master.llama3,
            parts.section_instructions.llama3,
            parts.section_data.llama3,
            parts.job_details.llama3,
            parts.chat_format.llama3,
            budget.prompt.o200k,
            budget.prompt.llama3,
            budget.completionLlama3,
            budget.fits ? "yes" : `NO: ${budget.warning}`,
          ].join("\t"),
        );
      }
      return;
    }
    case "compare": {
      // Flags override the declared experiment; with none, exactly what prompts.* declares runs.
      const variants = values.variant?.map((spec) => {
        const at = spec.indexOf("=");
        const [name, dir] = at < 0 ? [spec, ""] : [spec.slice(0, at), spec.slice(at + 1)];
        if (!name || !dir) throw new UsageError(`--variant takes <name>=<prompts dir>, got "${spec}"`);
        return { name, dir, edits: [] };
      });
      const result = await withRunDeps(
        config,
        log,
        (deps) =>
          runPrompts(config, dirs, deps, {
            name: values.name,
            variants,
            systems: values.systems ? list(values.systems, []) : undefined,
            model: values.model,
            resumes: values.resumes === undefined ? undefined : count(values.resumes, 0, "resumes"),
            sections: values.sections ? sectionsOf(values.sections) : undefined,
            limit: values.limit === undefined ? undefined : count(values.limit, 0, "limit") || undefined,
          }),
        "prompts",
      );
      for (const line of result.lines) log(line);
      if (!result.rulesOnly) {
        const hits = result.summaries.reduce((sum, summary) => sum + summary.cacheHits, 0);
        log(`cache hits: ${hits}/${result.run.rows.length}; view: ${result.view}`);
      }
      if (result.failedRequired.length) {
        throw new InputError(`required assertion failed: ${result.failedRequired.join("; ")}`, {
          fix: `see ${result.view}`,
        });
      }
      return;
    }
    case "leaderboard": {
      const metric = (values.metric ?? "unsupportedShare") as LeaderboardMetric;
      if (!LEADERBOARD_METRICS.includes(metric))
        throw new UsageError(`unknown metric "${metric}" (${LEADERBOARD_METRICS.join(", ")})`);
      const rows = promptLeaderboard(dirs.prompts, metric);
      if (rows.length === 0) return log(`no prompt runs in ${dirs.prompts} (run: npx rpw prompts compare)`);
      for (const line of padTable(leaderboardRecords(rows))) log(line);
      return;
    }
    default:
      throw new UsageError(`unknown action "${action}" (render, budget, compare, leaderboard)`);
  }
}
