/** `rpw preprocess`: job details, personas and the seven resume sections from a collect folder. */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { loadCollection } from "../collect/load-collection";
import { describeLlmConfig } from "../llm/config";
import { createLlm, LlmClient } from "../llm/llm-client";
import { DEFAULT_EXTRACTION_MODEL, ExtractorName } from "../preprocess/llm-extractors";
import { preprocess, preprocessReport, writePreprocess } from "../preprocess/preprocess-stage";
import { loadPrompt } from "../prompts/prompt-library";
import { llmProgress, terminalSink } from "../llm/progress-line";
import { DEFAULTS, projectPath } from "./paths";
import { UsageError } from "./usage-error";

export const PREPROCESS_HELP = `rpw preprocess — job details, personas and the seven resume sections

Usage:
  rpw preprocess [--in <collect-dir>] [--out <dir>] [--extractor rules|llm] [options]

Options:
  --in <dir>            a folder written by \`rpw collect\` (default: ${DEFAULTS.collectOut()})
  --out <dir>           output folder (default: ${projectPath("data", "preprocess")})
  --extractor <name>    rules (deterministic, default) or llm (prompt files + structured output through
                        the LLM layer; offline it answers from recordings, else the labelled rules baseline)
  --model <name>        model for the llm extractor (default: ${DEFAULT_EXTRACTION_MODEL})
  --persona-seed <s>    seed of the synthetic personas that replace contact details (default: 2024)
  --redact              replace contact details by placeholders before any text is sent to a model
  --mapping <file>      where the original-to-persona mapping goes, apart from the outputs
                        (default: ${projectPath("data", "private", "persona-mapping.jsonl")}; it holds personal data)

Writes <out>/jobs.details.jsonl, resumes.sections.jsonl, rejects.jsonl, report.json, report.md and
preprocess.config.json. The same inputs and recordings give byte-identical files.`;

export async function preprocessCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: "string" }, out: { type: "string" }, extractor: { type: "string" }, model: { type: "string" },
      "persona-seed": { type: "string" }, redact: { type: "boolean" }, mapping: { type: "string" }, help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(PREPROCESS_HELP);
  const extractor = (values.extractor ?? "rules") as ExtractorName;
  if (extractor !== "rules" && extractor !== "llm") throw new UsageError(`--extractor must be rules or llm, got "${values.extractor}"`);
  const input = values.in ?? DEFAULTS.collectOut();
  const out = values.out ?? projectPath("data", "preprocess");
  const mapping = values.mapping ?? projectPath("data", "private", "persona-mapping.jsonl");
  const collection = loadCollection(input);
  const llm: LlmClient | undefined = extractor === "llm" ? createLlm() : undefined;
  const options = { extractor, llm, model: values.model, personaSeed: values["persona-seed"] ?? "2024", redact: Boolean(values.redact) };
  try {
    const progress = llmProgress(collection.postings.length + collection.resumes.length, terminalSink("preprocess"));
    const output = await preprocess(collection.postings, collection.resumes, { ...options, onResult: progress.onResult });
    progress.finish();
    const promptVersions: Record<string, string> = extractor === "llm"
      ? { "extract-job-details": loadPrompt("extract-job-details").version, "section-resume": loadPrompt("section-resume").version }
      : {};
    const report = preprocessReport(output, options, promptVersions);
    writePreprocess(output, report, out, mapping, {
      in: input, out, extractor, model: values.model ?? (extractor === "llm" ? DEFAULT_EXTRACTION_MODEL : null),
      personaSeed: options.personaSeed, redact: options.redact, mapping, llm: llm ? describeLlmConfig(llm.config) : null,
    });
    log(`preprocess: ${report.jobs.records} job details, ${report.resumes.records} sectioned resumes, ${output.rejects.length} failed ` +
      `(answered by ${Object.keys(report.answeredBy).join(", ")}; $${report.llm.spentUsd.toFixed(4)}) -> ${path.join(out, "")}`);
  } finally {
    llm?.close();
  }
}
