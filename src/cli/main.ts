/**
 * `rpw`: the workbench's command line. One subcommand per pipeline stage; each has --help.
 * A user's mistake (an InputError: bad file, configuration, flag) ends in one line on stderr and
 * exit 1 (bad input) or 2 (bad usage); anything else is a bug: exit 70 with its stack trace.
 */
import { collectCommand } from "./collect-command";
import { figuresCommand } from "./figures-command";
import { llmCommand } from "./llm-command";
import { metricsCommand } from "./metrics-command";
import { preprocessCommand } from "./preprocess-command";
import { generateCommand } from "./generate-command";
import { evaluateCommand } from "./evaluate-command";
import { datasetCommand } from "./dataset-command";
import { finetuneCommand } from "./finetune-command";
import { promptsCommand } from "./prompts-command";
import { runCommand } from "./run-command";
import { groundCommand } from "./ground-command";
import { labelCommand } from "./label-command";
import { tailorCommand } from "./tailor-command";
import { fileErrorAsInput, InputError, UsageError } from "../util/input-error";

type Command = (argv: string[], log: (line: string) => void) => Promise<void>;

const STAGES: { name: string; summary: string; run: Command }[] = [
  {
    name: "collect",
    summary: "read resumes and JobSpy postings; write resumes/jobs/rejects JSONL and profile.json",
    run: collectCommand,
  },
  {
    name: "preprocess",
    summary: "job details, seeded personas and the seven resume sections (rules or llm extractor)",
    run: preprocessCommand,
  },
  {
    name: "prompts",
    summary: "the tailoring prompts: render, token budget, variant × system × case matrix, leaderboard",
    run: promptsCommand,
  },
  {
    name: "generate",
    summary: "teacher targets for every (resume, job, section): resumable, budget-capped, offline by default",
    run: generateCommand,
  },
  {
    name: "dataset",
    summary:
      "SFT records from teacher targets; OpenAI/TRL/Axolotl/LLaMA-Factory exports; cookbook checks; completion-survival audit",
    run: datasetCommand,
  },
  {
    name: "finetune",
    summary:
      "OpenAI fine-tune: launch (dry run without a key), status, metrics, cancel; LoRA recipe for Llama 3.1 8B (Axolotl, LLaMA-Factory, vLLM)",
    run: finetuneCommand,
  },
  {
    name: "evaluate",
    summary: "run the systems (identity, rules, recorded outputs, models), score, intervals, figures",
    run: evaluateCommand,
  },
  {
    name: "tailor",
    summary:
      "one resume (any format) tailored to one posting: JSON Resume, HTML, PDF, diff.html with unsupported claims, tailor.json",
    run: tailorCommand,
  },
  {
    name: "ground",
    summary:
      "trace every claim of outputs to their resumes (JSONL in, JSONL out): supported, input_only or unsupported, with evidence",
    run: groundCommand,
  },
  {
    name: "label",
    summary:
      "measure the claim checker against people: export a sheet to label, import filled sheets (precision, recall, κ), an LLM judge",
    run: labelCommand,
  },
  {
    name: "metrics",
    summary: "TF-IDF cosine and ROUGE-1/2/L/Lsum for text pairs (JSONL in, JSONL out), as scikit-learn and rouge_score",
    run: metricsCommand,
  },
  {
    name: "figures",
    summary: "the run's figures (plotly .json spec, .svg, .png): collect, preprocess, dataset, evaluation",
    run: figuresCommand,
  },
  {
    name: "llm",
    summary: "the LLM layer: resolved configuration, recorded responses (manifest, export, import), batches",
    run: llmCommand,
  },
  { name: "run", summary: "run every stage on the bundled sample, offline (what `npm start` does)", run: runCommand },
];

export const MAIN_HELP = `rpw — ResumePersonalization Workbench

Usage: rpw <stage> [options]     (rpw <stage> --help for a stage's options)

With no options a stage command works on the current run, runs/<name>/ of workbench.config.json
(runs/sample/ by default): it reads what the earlier stages wrote there and writes its own folder.

Stages:
${STAGES.map((stage) => `  ${stage.name.padEnd(11)} ${stage.summary}`).join("\n")}`;

export async function main(
  argv: string[],
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  errorLine: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    log(MAIN_HELP);
    return name ? 0 : 2;
  }
  const stage = STAGES.find((candidate) => candidate.name === name);
  try {
    if (!stage) throw new UsageError(`unknown command "${name}" (${STAGES.map((entry) => entry.name).join(", ")})`);
    await stage.run(rest, log);
    return 0;
  } catch (error) {
    const parseError = Boolean((error as { code?: string } | null)?.code?.startsWith("ERR_PARSE_ARGS"));
    const input =
      error instanceof InputError
        ? error
        : parseError
          ? new UsageError((error as Error).message)
          : (fileErrorAsInput(error) ?? cacheErrorAsInput(error));
    if (!input) {
      // Not a user's mistake: a bug. Say so, with the stack trace to report.
      errorLine(`rpw ${name}: internal error (a bug; please report it with this trace):`);
      errorLine((error as Error)?.stack ?? String(error));
      return 70;
    }
    const message = input.message.replace(/\s*\n\s*/g, " ");
    errorLine(`rpw ${name}: ${message}${input.exitCode === 2 ? ` (see rpw ${stage ? `${name} ` : ""}--help)` : ""}`);
    return input.exitCode;
  }
}

/** A response cache that SQLite cannot open (not a database, corrupt, locked) is the user's file to fix. */
function cacheErrorAsInput(error: unknown): InputError | null {
  const code = (error as { code?: string } | null)?.code ?? "";
  if (!/^SQLITE_(NOTADB|CORRUPT|CANTOPEN|BUSY|READONLY|IOERR)/.test(code)) return null;
  return new InputError(`the response cache cannot be used: ${(error as Error).message} (${code})`, {
    fix: "point RPW_LLM_CACHE at a good file, or move the damaged data/cache/llm.sqlite aside (recordings in it are lost unless exported)",
  });
}
