/**
 * The evaluate stage as a function: the configured systems — plus the teacher, from this run's
 * targets (generated, or recorded and imported by the dataset stage, then scored on exactly the
 * (resume, job) pairs they answered) — run on the run's cases, scored, summarised with seeded
 * intervals, written to `<run>/evaluate/` (records, scores, summary, and every claim with its
 * verdict and evidence in claims.jsonl). Model systems go through the
 * run's LLM client. Figures are drawn from these files by the figures stage.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describeLlmConfig } from "../llm/config";
import { loadCases } from "../prompts/load-cases";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { UsageError } from "../util/input-error";
import { readTextFile, writeJsonl } from "../util/jsonl";
import type { ClaimRecord } from "../schemas/claims";
import { EvalRecord, evaluateSystems } from "./evaluate-systems";
import { EvaluationSummary, summarizeEvaluation, writeEvaluation } from "./evaluation-report";
import { parseSystemSpecs } from "./system-specs";

export interface EvaluateStageOptions {
  /** System specs instead of the configuration's; they replace the teacher too (add `recorded:teacher=<file>` to keep it). */
  systems?: string[];
  sections?: SectionName[];
  /** The system ROUGE-Lsum is measured against (default: "teacher" when present). */
  teacher?: string | null;
  /** A targets file whose (resume, job) pairs are the cases (default: the recorded teacher's, when it is recorded). */
  pairsFrom?: string;
}

export interface EvaluateResult extends StageSummary {
  records: EvalRecord[];
  summary: EvaluationSummary;
}

/** This run's teacher targets: imported by the dataset stage when recorded, else written by generate; null when absent. */
export function teacherTargetsOf(config: WorkbenchConfig, dirs: Pick<RunDirs, "generate" | "dataset">): string | null {
  const file = config.teacher.recorded
    ? path.join(dirs.dataset, "teacher-targets.jsonl")
    : path.join(dirs.generate, "targets.jsonl");
  return fs.existsSync(file) ? file : null;
}

/** The distinct (resume, job) pairs of a targets file, in order of first appearance. */
function pairsOf(file: string): { resumeId: string; jobId: string }[] {
  const seen = new Set<string>();
  const pairs: { resumeId: string; jobId: string }[] = [];
  readTextFile(file, "targets file")
    .split("\n")
    .forEach((line, index) => {
      if (!line.trim()) return;
      const { resumeId, jobId } = JSON.parse(line) as { resumeId?: unknown; jobId?: unknown };
      if (typeof resumeId !== "string" || typeof jobId !== "string")
        throw new UsageError(`${file}:${index + 1}: lines need "resumeId" and "jobId" (a targets.jsonl)`, {
          file,
          line: index + 1,
        });
      if (seen.has(`${resumeId}|${jobId}`)) return;
      seen.add(`${resumeId}|${jobId}`);
      pairs.push({ resumeId, jobId });
    });
  return pairs;
}

export async function runEvaluate(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "collect" | "preprocess" | "generate" | "dataset" | "evaluate">,
  deps: StageDeps,
  options: EvaluateStageOptions = {},
): Promise<EvaluateResult> {
  const teacherTargets = teacherTargetsOf(config, dirs);
  const specs = [...(options.systems ?? config.evaluate.systems)];
  if (!options.systems && teacherTargets && !specs.some((spec) => /^(recorded|llm):teacher=/.test(spec)))
    specs.push(`recorded:teacher=${teacherTargets}`);
  const systems = parseSystemSpecs(specs, deps.llm);
  const reference = config.evaluate.reference;
  if (!systems.some((system) => system.name === reference))
    throw new UsageError(
      `the reference system "${reference}" is not among the systems (${systems.map((s) => s.name).join(", ")})`,
      { field: "evaluate.reference" },
    );
  const teacher =
    options.teacher !== undefined
      ? options.teacher
      : systems.some((system) => system.name === "teacher")
        ? "teacher"
        : null;
  const sections = options.sections ?? [...SECTION_NAMES];
  const pairsFrom = options.pairsFrom ?? (config.teacher.recorded && teacherTargets ? teacherTargets : undefined);
  // Empty sections too: a recorded teacher's section is scored even where our sectioner found none (evaluate-systems.ts).
  const cases = loadCases(dirs.preprocess, dirs.collect, {
    sections,
    resumes: config.evaluate.resumes ?? undefined,
    pairs: pairsFrom ? pairsOf(pairsFrom) : undefined,
    skipEmpty: false,
  });
  const claims: ClaimRecord[] = [];
  const records = await evaluateSystems({ systems, cases, teacher, onClaims: (found) => claims.push(...found) });
  writeJsonl(path.join(dirs.evaluate, "claims.jsonl"), claims);
  const summary = summarizeEvaluation(records, reference, { seed: config.seed });
  writeEvaluation(
    records,
    summary,
    dirs.evaluate,
    {
      from: dirs.preprocess,
      out: dirs.evaluate,
      systems: systems.map((system) => ({
        kind: system.kind,
        name: system.name,
        ...(system.kind === "llm" ? { model: system.model, llm: describeLlmConfig(system.llm.config) } : {}),
        ...(system.kind === "recorded" ? { source: system.source } : {}),
      })),
      teacher,
      reference,
      sections,
      resumes: config.evaluate.resumes,
      seed: config.seed,
      pairsFrom: pairsFrom ?? null,
    },
    config.name,
  );
  const failed = records.filter((record) => !record.ok).length;
  const modelCalls = records.filter((record) => record.provenance.kind === "llm").length;
  // Sections the original lacks are cases too, but only a recorded system that wrote one is scored there.
  const inOriginal = new Set(records.filter((record) => record.system === reference).map((record) => record.caseId))
    .size;
  const extra = cases.length - inOriginal;
  const where =
    extra > 0
      ? `${inOriginal} sections the resumes have + ${extra} only a recorded system wrote`
      : `${cases.length} cases`;
  const note = `evaluate: ${systems.length} systems on ${where} = ${records.length} records (${failed} failed); ROUGE against ${teacher ?? "no system"}, paired against ${reference} -> ${path.join(dirs.evaluate, "")}`;
  deps.log(note);
  // Only model calls can be retried; a recorded system without an answer for a case stays a failed record.
  const failedCalls = records.filter((record) => !record.ok && record.provenance.kind === "llm").length;
  return {
    records,
    summary,
    note,
    failedCalls,
    modelCalls,
    ...(failedCalls ? { failuresFile: path.join(dirs.evaluate, "records.jsonl") } : {}),
  };
}
