/** `rpw evaluate`: run the systems on the cases, score them, summarise with intervals, export the figures. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { describeLlmConfig } from "../llm/config";
import { createLlm, LlmClient } from "../llm/llm-client";
import { evaluateSystems, EvalSystem } from "../evaluate/run-evaluation";
import { evaluationFigures, summarizeEvaluation, writeEvaluation } from "../evaluate/evaluation-report";
import { readRecordedOutputs } from "../evaluate/recorded-outputs";
import { writeFigures } from "../figures/write-figures";
import { parseJsonlLines } from "../util/jsonl";
import { loadCases } from "../prompts/load-studio-inputs";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { DEFAULTS, projectPath } from "./paths";
import { UsageError } from "./usage-error";

export const EVALUATE_HELP = `rpw evaluate — every system's tailored sections, scored, with intervals and figures

Usage:
  rpw evaluate [--systems <spec,...>] [--teacher <name>] [--reference <name>] [--resumes <n>] [--sections a,b]
               [--from <preprocess dir>] [--collect <dir>] [--out <dir>] [--figures <dir>]

Systems (comma-separated):
  identity                  the original section unchanged (the floor)
  rules                     the labelled rules tailoring baseline
  recorded:<name>=<file>    outputs from a JSONL file keyed by caseId ({caseId, output} or rpw generate's targets.jsonl)
  llm:<name>=<model>        a model through the LLM layer; with RPW_LLM_BASE_URL a vLLM server, where a LoRA
                            adapter is addressed by its name (llm:tuned=resume-lora, llm:base=meta-llama/Llama-3.1-8B)
Default: identity,rules and, when ${projectPath("data", "generate", "targets.jsonl")} exists, recorded:teacher=<it>.
--teacher names the system ROUGE-Lsum is measured against (the study: GPT-4o); --reference the one
paired comparisons are made against (default: identity). --pairs-from <targets.jsonl> takes the
(resume, job) pairs of a targets file instead of pairing by position, so a recorded teacher is
scored on exactly the cases it answered.`;

export function parseSystems(spec: string, defaultTargets: string | null): { systems: EvalSystem[]; llms: LlmClient[] } {
  const llms: LlmClient[] = [];
  const systems = spec.split(",").map((item) => item.trim()).filter(Boolean).map((item): EvalSystem => {
    if (item === "identity") return { kind: "identity", name: "identity" };
    if (item === "rules") return { kind: "rules", name: "rules" };
    const match = /^(recorded|llm):([^=]+)=(.+)$/.exec(item);
    if (!match) throw new UsageError(`unknown system "${item}" (identity, rules, recorded:<name>=<file>, llm:<name>=<model>)`);
    const [, kind, name, value] = match;
    if (kind === "recorded") return { kind: "recorded", name, outputs: readRecordedOutputs(value), source: value };
    const llm = createLlm();
    llms.push(llm);
    return { kind: "llm", name, model: value, llm };
  });
  void defaultTargets;
  return { systems, llms };
}

/** The distinct (resume, job) pairs of a targets file, in order of first appearance. */
function pairsOf(file: string): { resumeId: string; jobId: string }[] {
  const seen = new Set<string>();
  const pairs: { resumeId: string; jobId: string }[] = [];
  for (const { value } of parseJsonlLines(fs.readFileSync(file, "utf8"), file)) {
    const { resumeId, jobId } = value as { resumeId?: unknown; jobId?: unknown };
    if (typeof resumeId !== "string" || typeof jobId !== "string") throw new UsageError(`${file}: lines need "resumeId" and "jobId" (a targets.jsonl)`);
    if (seen.has(`${resumeId}|${jobId}`)) continue;
    seen.add(`${resumeId}|${jobId}`);
    pairs.push({ resumeId, jobId });
  }
  return pairs;
}

export async function evaluateCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      systems: { type: "string" }, teacher: { type: "string" }, reference: { type: "string" }, resumes: { type: "string" }, sections: { type: "string" },
      from: { type: "string" }, collect: { type: "string" }, out: { type: "string" }, figures: { type: "string" }, "pairs-from": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(EVALUATE_HELP);
  const targets = projectPath("data", "generate", "targets.jsonl");
  const defaultSpec = fs.existsSync(targets) ? `identity,rules,recorded:teacher=${targets}` : "identity,rules";
  const { systems, llms } = parseSystems(values.systems ?? defaultSpec, targets);
  const teacher = values.teacher ?? (systems.some((system) => system.name === "teacher") ? "teacher" : null);
  const reference = values.reference ?? "identity";
  if (!systems.some((system) => system.name === reference)) throw new UsageError(`--reference ${reference} is not among the systems`);
  const sections = (values.sections ? values.sections.split(",").map((s) => s.trim()) : [...SECTION_NAMES]) as SectionName[];
  const resumes = values.resumes === undefined ? undefined : Number(values.resumes);
  if (resumes !== undefined && !(Number.isInteger(resumes) && resumes > 0)) throw new UsageError(`--resumes must be a positive whole number`);
  const from = values.from ?? projectPath("data", "preprocess");
  const out = values.out ?? projectPath("data", "evaluate");
  try {
    const pairs = values["pairs-from"] ? pairsOf(values["pairs-from"]) : undefined;
    const cases = loadCases(from, values.collect ?? DEFAULTS.collectOut(), { sections, resumes, pairs });
    const records = await evaluateSystems({ systems, cases, teacher });
    const summary = summarizeEvaluation(records, reference);
    writeEvaluation(records, summary, out, {
      from, out, systems: systems.map((system) => ({ kind: system.kind, name: system.name, ...(system.kind === "llm" ? { model: system.model, llm: describeLlmConfig(system.llm.config) } : {}), ...(system.kind === "recorded" ? { source: system.source } : {}) })),
      teacher, reference, sections, resumes: resumes ?? null,
    });
    const figureDir = values.figures ?? DEFAULTS.figures();
    const written = await writeFigures(evaluationFigures(records, summary), figureDir);
    const failed = records.filter((record) => !record.ok).length;
    log(`evaluate: ${systems.length} systems × ${cases.length} cases = ${records.length} records (${failed} failed); teacher ${teacher ?? "none"}, reference ${reference} -> ${path.join(out, "")}`);
    if (written.staticSkipped) log(`evaluate: ${written.staticSkipped}`);
  } finally {
    for (const llm of llms) llm.close();
  }
}
