/**
 * The generate checkpoint and the one teacher it belongs to.
 *
 * A checkpoint is JSON Lines: a header `{"teacher": TeacherIdentity}` then one line per finished
 * case (`{"target"}` or `{"failure"}`), appended and flushed as cases finish. Resuming with a
 * different teacher — provider, base URL, model, sampling parameters or prompt version — would
 * put two teachers' answers in one targets file, so it is refused with one line that says what
 * changed and how to go on (same settings, or another --out for a separate checkpoint).
 * Checkpoints written before the header existed are checked by the model their targets name.
 */
import * as fs from "node:fs";
import { z } from "zod";
import { canonicalJson } from "../llm/request-key";
import { TargetFailure, TargetRecord } from "../schemas/target";
import { InputError } from "../util/input-error";

export const TeacherIdentity = z.object({
  /** The configured provider (openai, openai-compatible, replay, rules, auto). */
  provider: z.string(),
  /** Where live calls go (no credentials); null offline. */
  baseUrl: z.string().nullable(),
  model: z.string(),
  params: z.record(z.string(), z.unknown()),
  /** Master prompt version and each asked section's prompt version. */
  prompts: z.object({ master: z.string().nullable(), sections: z.record(z.string(), z.string()) }),
});
export type TeacherIdentity = z.infer<typeof TeacherIdentity>;

export type CheckpointLine = { teacher: TeacherIdentity } | { target: TargetRecord } | { failure: TargetFailure };

export interface Checkpoint {
  /** Finished targets by case id. */
  done: Map<string, TargetRecord>;
  /** The header, when the file has one. */
  teacher: TeacherIdentity | null;
  /** Whether the file exists with at least one line (a new file gets the header first). */
  started: boolean;
}

/** Reads a checkpoint; only its last line may be cut short (a kill mid-write), anything else is a damaged file. */
export function readCheckpoint(file: string | undefined): Checkpoint {
  const checkpoint: Checkpoint = { done: new Map(), teacher: null, started: false };
  if (!file || !fs.existsSync(file)) return checkpoint;
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    checkpoint.started = true;
    let parsed: CheckpointLine;
    try {
      parsed = JSON.parse(line) as CheckpointLine;
    } catch {
      if (index >= lines.length - 2) return;
      throw new InputError(`${file}:${index + 1}: not a checkpoint line`, {
        file,
        line: index + 1,
        fix: "delete the checkpoint to start over",
      });
    }
    if ("teacher" in parsed) checkpoint.teacher = TeacherIdentity.parse(parsed.teacher);
    else if ("target" in parsed) checkpoint.done.set(parsed.target.caseId, TargetRecord.parse(parsed.target));
  });
  return checkpoint;
}

/** What differs between two teachers, e.g. `model gpt-4o → gpt-4o-mini`; empty when they are the same teacher. */
export function teacherDifferences(before: TeacherIdentity, now: TeacherIdentity): string[] {
  const show = (value: unknown) => (typeof value === "string" ? value : canonicalJson(value));
  const differences: string[] = [];
  for (const field of ["provider", "baseUrl", "model", "params"] as const) {
    if (canonicalJson(before[field]) !== canonicalJson(now[field]))
      differences.push(`${field} ${show(before[field])} → ${show(now[field])}`);
  }
  if (before.prompts.master !== now.prompts.master)
    differences.push(`master prompt version ${before.prompts.master} → ${now.prompts.master}`);
  // Sections asked only in one of the runs do not conflict: their cases are disjoint.
  for (const [section, version] of Object.entries(now.prompts.sections)) {
    const earlier = before.prompts.sections[section];
    if (earlier !== undefined && earlier !== version)
      differences.push(`${section} prompt version ${earlier} → ${version}`);
  }
  return differences;
}

/** Throws a one-line InputError when the checkpoint belongs to another teacher. */
export function checkSameTeacher(file: string, checkpoint: Checkpoint, now: TeacherIdentity): void {
  let differences: string[];
  if (checkpoint.teacher) differences = teacherDifferences(checkpoint.teacher, now);
  else {
    const models = new Set(
      [...checkpoint.done.values()]
        .filter((target) => target.teacher.answeredBy !== "rules")
        .map((target) => target.teacher.model),
    );
    models.delete(now.model);
    differences = [...models].sort().map((model) => `model ${model} → ${now.model}`);
  }
  if (differences.length === 0) return;
  throw new InputError(
    `${file} holds ${checkpoint.done.size} targets of another teacher (${differences.join("; ")}); one targets file holds one teacher`,
    {
      file,
      fix: "rerun with the same settings to finish it, pass --out <another folder> for a separate run, or delete the checkpoint to start over",
    },
  );
}
