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
import { evaluateCommand } from "./evaluate-command";
import { datasetCommand } from "./dataset-command";
import { finetuneCommand } from "./finetune-command";
import { FineTuneError } from "../finetune/finetune-error";
import { promptsCommand } from "./prompts-command";
import { LlmConfigError } from "../llm/config";
import { RecordingFormatError } from "../llm/response-cache";
import { runCommand } from "./run-command";
import { UsageError } from "./usage-error";

type Command = (argv: string[], log: (line: string) => void) => Promise<void>;

const STAGES: { name: string; summary: string; run: Command }[] = [
  { name: "collect", summary: "read resumes and JobSpy postings; write resumes/jobs/rejects JSONL and profile.json", run: collectCommand },
  { name: "preprocess", summary: "job details, seeded personas and the seven resume sections (rules or llm extractor)", run: preprocessCommand },
  { name: "prompts", summary: "the tailoring prompts: render, token budget, variant × system × case matrix, leaderboard", run: promptsCommand },
  { name: "generate", summary: "teacher targets for every (resume, job, section): resumable, budget-capped, offline by default", run: generateCommand },
  { name: "dataset", summary: "SFT records from teacher targets; OpenAI/TRL/Axolotl/LLaMA-Factory exports; cookbook checks; completion-survival audit", run: datasetCommand },
  { name: "finetune", summary: "OpenAI fine-tune: launch (dry run without a key), status, metrics, cancel; LoRA recipe for Llama 3.1 8B (Axolotl, LLaMA-Factory, vLLM)", run: finetuneCommand },
  { name: "evaluate", summary: "run the systems (identity, rules, recorded outputs, models), score, intervals, figures", run: evaluateCommand },
  { name: "metrics", summary: "TF-IDF cosine and ROUGE-1/2/L/Lsum for text pairs (JSONL in, JSONL out), as scikit-learn and rouge_score", run: metricsCommand },
  { name: "figures", summary: "export the collect figures (plotly .json spec, .svg, .png) to figures/", run: figuresCommand },
  { name: "llm", summary: "the LLM layer: resolved configuration, recorded responses (manifest, export, import), batches", run: llmCommand },
  { name: "run", summary: "run every stage on the bundled sample, offline (what `npm start` does)", run: runCommand },
];

export const MAIN_HELP = `rpw — ResumePersonalization Workbench

Usage: rpw <stage> [options]     (rpw <stage> --help for a stage's options)

Stages:
${STAGES.map((stage) => `  ${stage.name.padEnd(11)} ${stage.summary}`).join("\n")}`;

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
    const badInput = [CollectInputError, ScrapeError, LlmConfigError, RecordingFormatError, MetricsInputError, FineTuneError].some((type) => error instanceof type);
    if (!usage && !badInput) throw error;
    process.stderr.write(`rpw ${name}: ${(error as Error).message}${usage ? ` (see rpw ${stage ? `${name} ` : ""}--help)` : ""}\n`);
    return usage ? 2 : 1;
  }
}
