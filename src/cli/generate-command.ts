/** `rpw generate`: teacher targets for every (resume, job, section) case of the current run, resumable and budget-capped. */
import { parseArgs } from "node:util";
import { runGenerate } from "../generate/run-generate";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun, withRunDeps } from "./run-flags";
import { UsageError } from "./usage-error";

export const GENERATE_HELP = `rpw generate — teacher targets: each resume section tailored to its paired job

Usage:
  rpw generate [--model <name>] [--budget <usd>] [--resumes <n>] [--sections a,b] [--temperature <t>]
               [--from <preprocess dir>] [--collect <dir>] [--out <dir>] [--batch]

Options:
  --from <dir>        preprocess output (default: the run's preprocess/)
  --collect <dir>     collect output, for the job ads (default: the run's collect/)
  --out <dir>         output folder (default: the run's generate/)
  --model <name>      the teacher (default: the configuration's teacher.model); the provider comes from
                      the environment: OPENAI_API_KEY, RPW_LLM_BASE_URL, or offline (recorded answers,
                      else the labelled rules tailoring baseline)
  --budget <usd>      the budget (llm.budgetUsd) over the project's spend ledger, all runs and batches
                      together (rpw llm spend): no paid call starts past it (finished targets are kept)
  --resumes <n>       only the first n resumes (teacher.resumes); --sections: only these sections
  --temperature <t>   sampling temperature (teacher.temperature, default 0; the study used 0.7)
  --batch             send the unrecorded requests through OpenAI's Batch API (half price, within 24 h),
                      wait for it, record the answers, then build the targets from them; a batch
                      submitted earlier from this cache is resumed instead of submitted again
  --poll-seconds <s>  how often --batch checks the batch (default 30)

${RUN_FLAGS_HELP}

Writes <out>/targets.jsonl, failures.jsonl, report.json and generate.config.json. A killed or failed run
started again skips what it finished (checkpoint + response cache): only the missing calls are made.`;

function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed) || parsed < 0)
    throw new UsageError(`--${name} must be a non-negative number, got "${value}"`);
  return parsed;
}

export async function generateCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      from: { type: "string" },
      collect: { type: "string" },
      out: { type: "string" },
      model: { type: "string" },
      budget: { type: "string" },
      resumes: { type: "string" },
      sections: { type: "string" },
      temperature: { type: "string" },
      batch: { type: "boolean" },
      "poll-seconds": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(GENERATE_HELP);
  const sections = (
    values.sections ? values.sections.split(",").map((s) => s.trim()) : [...SECTION_NAMES]
  ) as SectionName[];
  const unknown = sections.filter((section) => !(SECTION_NAMES as readonly string[]).includes(section));
  if (unknown.length)
    throw new UsageError(`unknown section(s): ${unknown.join(", ")} (choose from ${SECTION_NAMES.join(", ")})`);
  const budget = numberFlag(values.budget, "budget");
  const temperature = numberFlag(values.temperature, "temperature");
  const resumes = numberFlag(values.resumes, "resumes");
  if (resumes !== undefined && !(Number.isInteger(resumes) && resumes > 0))
    throw new UsageError(`--resumes must be a positive whole number, got "${values.resumes}"`);
  const sets = [
    ...(values.model ? [`teacher.model=${JSON.stringify(values.model)}`] : []),
    ...(budget !== undefined ? [`llm.budgetUsd=${budget}`] : []),
    ...(temperature !== undefined ? [`teacher.temperature=${temperature}`] : []),
    ...(resumes !== undefined ? [`teacher.resumes=${resumes}`] : []),
  ];
  const { config, dirs } = selectRun(values, sets);
  const stageDirs = {
    ...dirs,
    preprocess: values.from ?? dirs.preprocess,
    collect: values.collect ?? dirs.collect,
    generate: values.out ?? dirs.generate,
  };
  await withRunDeps(
    config,
    log,
    (deps) =>
      runGenerate(config, stageDirs, deps, {
        sections,
        batch: values.batch,
        pollSeconds: numberFlag(values["poll-seconds"], "poll-seconds"),
      }),
    "generate",
  );
}
