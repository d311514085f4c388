/**
 * Teacher targets for a sample in one call, for notebooks that start from targets (05): collect →
 * rules preprocessing (persona seed 2024) → cases paired by position → `generateTargets` through
 * an offline LLM client (`auto` even when a key is set: recorded answers, else the labelled rules
 * baseline; nothing is paid) → written as TargetRecord JSONL (the input `buildDataset` reads).
 * Notebook 04 shows the same steps one by one.
 */
import * as path from "node:path";
import { collectFromFiles } from "../collect/collect";
import { DEFAULT_TEACHER_MODEL, generateTargets } from "../generate/generate-targets";
import { createLlm } from "../llm/llm-client";
import { preprocess } from "../preprocess/preprocess-stage";
import { pairCases } from "../prompts/study-cases";
import { TargetFailure, TargetRecord } from "../schemas/target";
import { writeJsonl } from "../util/jsonl";
import { countBy } from "../util/stats";
import { teacherLabel } from "./target-view";

export interface SampleTargets {
  /** `<dir>/targets.jsonl`. */
  file: string;
  targets: TargetRecord[];
  failures: TargetFailure[];
  /** Targets per teacher, labelled as `teacherLabel` shows them. */
  answeredBy: Record<string, number>;
}

export async function writeSampleTargets(options: { resumes: string[]; jobs: string[]; dir: string; model?: string }): Promise<SampleTargets> {
  const collection = collectFromFiles({ resumes: options.resumes, jobs: options.jobs });
  const pre = await preprocess(collection.postings, collection.resumes, { extractor: "rules", personaSeed: "2024", redact: false });
  const cases = pairCases(pre.resumes, pre.jobs, collection.postings);
  const llm = createLlm({ provider: "auto" });
  try {
    const result = await generateTargets(cases, { llm, model: options.model ?? DEFAULT_TEACHER_MODEL });
    const file = path.join(options.dir, "targets.jsonl");
    writeJsonl(file, result.targets);
    return { file, targets: result.targets, failures: result.failures, answeredBy: countBy(result.targets, (target) => teacherLabel(target)) };
  } finally {
    llm.close();
  }
}
