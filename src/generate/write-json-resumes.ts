/**
 * The generate stage's optional JSON Resume output (`generate.jsonResume`): the teacher's targets
 * grouped per (resume, job) and built into one tailored resume each, with the builder `rpw tailor`
 * uses (tailored-json-resume.ts), as `json-resume/<resume>__<job>.json`.
 *
 * A document the schema rejects is not written: it is listed with its errors (returned, and in
 * the stage's report), never dropped silently. A target whose output does not fit its section's
 * schema (a failed or imported answer) leaves that section out, and `meta.rpw.notTailored` says so.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { TAILORED_SECTION_SCHEMAS } from "../prompts/section-outputs";
import { TargetRecord } from "../schemas/target";
import { writeJson } from "../util/jsonl";
import { buildTailoredJsonResume, SectionAuthors, TailoredSections } from "./tailored-json-resume";

export interface JsonResumeWriteResult {
  written: string[];
  invalid: { resumeId: string; jobId: string; errors: string[] }[];
}

/** A file-name-safe form of an id ("mixed/rowan.pdf" → "mixed_rowan.pdf"). */
export function fileSafeId(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, "_");
}

/** Targets grouped per (resume, job), in first-seen order, each section parsed with its output schema. */
export interface TailoredPair {
  resumeId: string;
  jobId: string;
  sections: TailoredSections;
  authors: SectionAuthors;
}

export function groupTargets(targets: readonly TargetRecord[]): TailoredPair[] {
  const groups = new Map<string, TailoredPair>();
  for (const target of targets) {
    const key = JSON.stringify([target.resumeId, target.jobId]);
    const group = groups.get(key) ?? { resumeId: target.resumeId, jobId: target.jobId, sections: {}, authors: {} };
    groups.set(key, group);
    const parsed = TAILORED_SECTION_SCHEMAS[target.section].schema.safeParse(target.target);
    if (!parsed.success) continue;
    (group.sections as Record<string, unknown>)[target.section] = parsed.data;
    group.authors[target.section] = { answeredBy: target.teacher.answeredBy, model: target.teacher.model };
  }
  return [...groups.values()];
}

/** Writes one JSON Resume per (resume, job) into `dir`; the schema decides what is written. */
export function writeJsonResumes(targets: readonly TargetRecord[], dir: string): JsonResumeWriteResult {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const result: JsonResumeWriteResult = { written: [], invalid: [] };
  for (const group of groupTargets(targets)) {
    const { document, check } = buildTailoredJsonResume(group.sections, group.authors);
    if (!check.valid) {
      result.invalid.push({ resumeId: group.resumeId, jobId: group.jobId, errors: check.errors });
      continue;
    }
    const file = path.join(dir, `${fileSafeId(group.resumeId)}__${fileSafeId(group.jobId)}.json`);
    writeJson(file, document);
    result.written.push(file);
  }
  return result;
}
