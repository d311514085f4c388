/** `rpw prompts`: render, budget and compare the tailoring prompts from the shell. */
import { parseArgs } from "node:util";
import { createLlm } from "../llm/llm-client";
import { comparePrompts, PROMPT_RUNS_DIR, PromptSystem, savePromptRun } from "../prompts/compare-prompts";
import { LEADERBOARD_METRICS, LeaderboardMetric, promptLeaderboard, summarizeRows } from "../prompts/leaderboard";
import { buildSectionRequest } from "../prompts/prompt-library";
import { fileVariant, PromptVariant } from "../prompts/prompt-variants";
import { loadCases } from "../prompts/load-studio-inputs";
import { tokenBudget } from "../prompts/token-budget";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { DEFAULT_EXTRACTION_MODEL } from "../preprocess/llm-extractors";
import { DEFAULTS, projectPath } from "./paths";
import { UsageError } from "./usage-error";

export const PROMPTS_HELP = `rpw prompts — the tailoring prompts: render, token budget, variant matrix, leaderboard

Usage:
  rpw prompts render [--section <name>] [--case <n>]
  rpw prompts budget [--max-length 512] [--resumes <n>]
  rpw prompts compare [--systems rules,llm] [--model <name>] [--variant <name>=<prompts dir>]... [--resumes 3] [--sections a,b]
  rpw prompts leaderboard [--metric ${LEADERBOARD_METRICS.join("|")}]

Options:
  --from <dir>      preprocess output (default: ${projectPath("data", "preprocess")})
  --collect <dir>   collect output, for the job ads (default: ${DEFAULTS.collectOut()})
  --out <dir>       where prompt runs are saved (default: ${projectPath("data", "prompt-runs")})
  --timings-dir <d> where the latency files go (default: --out)
Systems: "rules" is the deterministic tailoring baseline; "llm" is the configured LLM provider
(offline: recorded answers, else the rules baseline, labelled as such) with --model.`;

const list = (value: string | undefined, fallback: readonly string[]) => (value ? value.split(",").map((item) => item.trim()).filter(Boolean) : [...fallback]);

function sectionsOf(value: string | undefined): SectionName[] {
  const sections = list(value, SECTION_NAMES);
  const unknown = sections.filter((section) => !(SECTION_NAMES as readonly string[]).includes(section));
  if (unknown.length) throw new UsageError(`unknown section(s) ${unknown.join(", ")} (choose from ${SECTION_NAMES.join(", ")})`);
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
      from: { type: "string" }, collect: { type: "string" }, out: { type: "string" }, section: { type: "string" }, sections: { type: "string" },
      case: { type: "string" }, resumes: { type: "string" }, "max-length": { type: "string" }, systems: { type: "string" },
      model: { type: "string" }, variant: { type: "string", multiple: true }, metric: { type: "string" }, "timings-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action] = positionals;
  if (values.help || !action) return log(PROMPTS_HELP);
  const from = values.from ?? projectPath("data", "preprocess");
  const collect = values.collect ?? DEFAULTS.collectOut();
  const out = values.out ?? PROMPT_RUNS_DIR;
  switch (action) {
    case "render": {
      const section = sectionsOf(values.section ?? "experience")[0];
      const cases = loadCases(from, collect, { sections: [section] });
      const chosen = cases[count(values.case, 0, "case")];
      if (!chosen) throw new UsageError(`no case ${values.case} (${cases.length} cases have a ${section} section)`);
      const request = buildSectionRequest({ section, sectionValue: chosen.value, jobDetails: chosen.jobDetails, model: values.model ?? DEFAULT_EXTRACTION_MODEL });
      log(`# ${chosen.id} (master ${request.promptVersions.master}, section ${request.promptVersions.section}; response format ${request.schema?.name})`);
      for (const message of request.messages) log(`\n=== ${message.role} ===\n${message.content}`);
      return;
    }
    case "budget": {
      const maxLength = count(values["max-length"], 512, "max-length");
      const cases = loadCases(from, collect, { resumes: count(values.resumes, 3, "resumes"), sections: sectionsOf(values.sections) });
      log(["case", "master", "instructions", "section", "job", "format", "prompt_o200k", "prompt_llama3", "completion~", `fits_${maxLength}`].join("\t"));
      for (const entry of cases) {
        const budget = tokenBudget({ section: entry.section, sectionValue: entry.value, jobDetails: entry.jobDetails, maxLength });
        const parts = budget.parts;
        log([entry.id, parts.master.llama3, parts.section_instructions.llama3, parts.section_data.llama3, parts.job_details.llama3, parts.chat_format.llama3,
          budget.prompt.o200k, budget.prompt.llama3, budget.completionLlama3, budget.fits ? "yes" : `NO: ${budget.warning}`].join("\t"));
      }
      return;
    }
    case "compare": {
      const variants: PromptVariant[] = [fileVariant("files")];
      for (const spec of values.variant ?? []) {
        const [name, dir] = spec.split("=");
        if (!name || !dir) throw new UsageError(`--variant takes <name>=<prompts dir>, got "${spec}"`);
        variants.push(fileVariant(name, dir));
      }
      const cases = loadCases(from, collect, { resumes: count(values.resumes, 3, "resumes"), sections: sectionsOf(values.sections) });
      const systems: PromptSystem[] = list(values.systems, ["rules", "llm"]).map((name) => {
        if (name === "rules") return { name: "rules", model: "rules", llm: createLlm({ provider: "rules" }) };
        if (name === "llm") {
          const model = values.model ?? DEFAULT_EXTRACTION_MODEL;
          return { name: model, model, llm: createLlm() };
        }
        throw new UsageError(`unknown system "${name}" (rules or llm)`);
      });
      try {
        const run = await comparePrompts({ variants, systems, cases });
        const file = savePromptRun(run, out, values["timings-dir"] ?? out);
        log(`prompts compare: ${run.rows.length} rows (${variants.length} variants × ${systems.length} systems × ${cases.length} cases) -> ${file}`);
        for (const row of summarizeRows(run.rows)) log(JSON.stringify(row));
      } finally {
        for (const system of systems) system.llm.close();
      }
      return;
    }
    case "leaderboard": {
      const metric = (values.metric ?? "unsupportedShare") as LeaderboardMetric;
      if (!LEADERBOARD_METRICS.includes(metric)) throw new UsageError(`unknown metric "${metric}" (${LEADERBOARD_METRICS.join(", ")})`);
      const rows = promptLeaderboard(out, metric);
      if (rows.length === 0) return log(`no prompt runs in ${out}`);
      for (const row of rows) log(JSON.stringify(row));
      return;
    }
    default:
      throw new UsageError(`unknown action "${action}" (render, budget, compare, leaderboard)`);
  }
}
