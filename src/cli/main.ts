/**
 * `rpw`: the workbench's command line. One subcommand per pipeline stage; each has --help.
 * Input problems end in one line on stderr and a non-zero exit; bugs keep their stack trace.
 */
import { CollectInputError } from "../collect/collect-error";
import { ScrapeError } from "../collect/scrape";
import { collectCommand } from "./collect-command";
import { figuresCommand } from "./figures-command";
import { llmCommand } from "./llm-command";
import { metricsCommand, MetricsInputError } from "./metrics-command";
import { preprocessCommand } from "./preprocess-command";
import { generateCommand } from "./generate-command";
import { promptsCommand } from "./prompts-command";
import { LlmConfigError } from "../llm/config";
import { RecordingFormatError } from "../llm/response-cache";
import { runCommand } from "./run-command";
import { UsageError } from "./usage-error";

type Command = (argv: string[], log: (line: string) => void) => Promise<void>;

const STAGES: { name: string; summary: string; run: Command }[] = [
  { name: "collect", summary: "read resumes and JobSpy postings; write resumes/jobs/rejects JSONL and profile.json", run: collectCommand },
  { name: "figures", summary: "export the collect figures (plotly .json spec, .svg, .png) to figures/", run: figuresCommand },
  { name: "preprocess", summary: "job details, seeded personas and the seven resume sections (rules or llm extractor)", run: preprocessCommand },
  { name: "prompts", summary: "the tailoring prompts: render, token budget, variant × system × case matrix, leaderboard", run: promptsCommand },
  { name: "generate", summary: "teacher targets for every (resume, job, section): resumable, budget-capped, offline by default", run: generateCommand },
  { name: "metrics", summary: "TF-IDF cosine and ROUGE-1/2/L/Lsum for text pairs (JSONL in, JSONL out), as scikit-learn and rouge_score", run: metricsCommand },
  { name: "llm", summary: "the LLM layer: resolved configuration, recorded responses (manifest, export, import), batches", run: llmCommand },
  { name: "run", summary: "run every stage on the bundled sample, offline (what `npm start` does)", run: runCommand },
];

export const MAIN_HELP = `rpw — ResumePersonalization Workbench

Usage: rpw <stage> [options]     (rpw <stage> --help for a stage's options)

Stages:
${STAGES.map((stage) => `  ${stage.name.padEnd(9)} ${stage.summary}`).join("\n")}

Later stages of the study (dataset, finetune, evaluate) are not in this version yet; their
metrics are (rpw metrics).`;

export async function main(argv: string[]): Promise<number> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    log(MAIN_HELP);
    return name ? 0 : 2;
  }
  const stage = STAGES.find((candidate) => candidate.name === name);
  try {
    if (!stage) throw new UsageError(`unknown stage "${name}"`);
    await stage.run(rest, log);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError || Boolean((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"));
    const badInput = [CollectInputError, ScrapeError, LlmConfigError, RecordingFormatError, MetricsInputError].some((type) => error instanceof type);
    if (!usage && !badInput) throw error;
    process.stderr.write(`rpw ${name}: ${(error as Error).message}${usage ? ` (see rpw ${stage ? `${name} ` : ""}--help)` : ""}\n`);
    return usage ? 2 : 1;
  }
}
