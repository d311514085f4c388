/** `rpw evaluate`: run the systems on the current run's cases, score them, summarise with intervals, draw the figures. */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { runEvaluate } from "../evaluate/run-evaluate";
import { SYSTEM_SPEC_HELP } from "../evaluate/system-specs";
import { evaluationFigures } from "../figures/evaluation-figures";
import { withSource } from "../figures/figure";
import { writeFigures } from "../figures/write-figures";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun, withRunDeps } from "./run-flags";
import { UsageError } from "./usage-error";

export const EVALUATE_HELP = `rpw evaluate — every system's tailored sections, scored, with intervals and figures

Usage:
  rpw evaluate [--systems <spec,...>] [--teacher <name>] [--reference <name>] [--resumes <n>] [--sections a,b]
               [--from <preprocess dir>] [--collect <dir>] [--out <dir>] [--pairs-from <targets.jsonl>]

Systems (comma-separated; default: the configuration's evaluate.systems, identity,rules):
  identity                  the original section unchanged (the floor)
  rules                     the labelled rules tailoring baseline
  recorded:<name>=<file>    outputs from a JSONL file keyed by caseId ({caseId, output} or rpw generate's targets.jsonl)
  llm:<name>=<model>        a model through the LLM layer; with RPW_LLM_BASE_URL a vLLM server, where a LoRA
                            adapter is addressed by its name (llm:tuned=resume-lora, llm:base=meta-llama/Llama-3.1-8B)
Without --systems, the run's teacher targets (its generate/targets.jsonl, or the recorded ones the dataset
stage imported) are added as the system "teacher"; --systems replaces them too. --teacher names the system ROUGE-Lsum is measured against (default:
teacher); --reference the one paired comparisons are made against (evaluate.reference, default identity).
--pairs-from <targets.jsonl> takes the (resume, job) pairs of a targets file instead of pairing by position.

Writes <out>/records.jsonl, scores.jsonl, summary.json, summary.md, evaluate.config.json and the figures in
<out>/figures/ (default out: the run's evaluate/). The bootstrap intervals use the configuration's seed.

${RUN_FLAGS_HELP}`;

export async function evaluateCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      systems: { type: "string" },
      teacher: { type: "string" },
      reference: { type: "string" },
      resumes: { type: "string" },
      sections: { type: "string" },
      from: { type: "string" },
      collect: { type: "string" },
      out: { type: "string" },
      "pairs-from": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(EVALUATE_HELP);
  const sections = (
    values.sections ? values.sections.split(",").map((s) => s.trim()) : [...SECTION_NAMES]
  ) as SectionName[];
  const unknown = sections.filter((section) => !(SECTION_NAMES as readonly string[]).includes(section));
  if (unknown.length)
    throw new UsageError(`unknown section(s): ${unknown.join(", ")} (choose from ${SECTION_NAMES.join(", ")})`);
  if (values.resumes !== undefined && !/^[1-9]\d*$/.test(values.resumes))
    throw new UsageError(`--resumes must be a positive whole number, got "${values.resumes}"`);
  const sets = [
    ...(values.reference ? [`evaluate.reference=${JSON.stringify(values.reference)}`] : []),
    ...(values.resumes ? [`evaluate.resumes=${values.resumes}`] : []),
  ];
  const { config, dirs } = selectRun(values, sets);
  const out = values.out ?? dirs.evaluate;
  const stageDirs = {
    ...dirs,
    preprocess: values.from ?? dirs.preprocess,
    collect: values.collect ?? dirs.collect,
    evaluate: out,
  };
  const systems =
    values.systems === undefined
      ? undefined
      : values.systems
          .split(",")
          .map((spec) => spec.trim())
          .filter(Boolean);
  if (systems && systems.length === 0) throw new UsageError(`--systems needs at least one of: ${SYSTEM_SPEC_HELP}`);
  const result = await withRunDeps(
    config,
    log,
    (deps) =>
      runEvaluate(config, stageDirs, deps, {
        systems,
        sections,
        teacher: values.teacher,
        pairsFrom: values["pairs-from"],
      }),
    "evaluate",
  );
  const source = { run: config.name, seed: result.summary.seed };
  const written = await writeFigures(
    evaluationFigures(result.records, result.summary).map((figure) => withSource(figure, source)),
    path.join(out, "figures"),
  );
  log(
    `evaluate: figures -> ${path.join(out, "figures", "")}${written.staticSkipped ? ` (${written.staticSkipped})` : ""}`,
  );
}
