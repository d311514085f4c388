/**
 * When may a stage be reused? When it finished successfully with the same inputs, settings,
 * code, provider (kind, base URL) and recordings. This module computes that fingerprint and
 * keeps one record per finished stage in `<run>/stages/<stage>.json`, apart from the outputs:
 *
 * - inputs: a hash of every file the stage reads (previous stages' folders, input data);
 * - code: a hash of the stage's module and every src/ module it imports, transitively — a change
 *   to the evaluation's metrics reruns evaluate, not collect;
 * - prompts: the prompt files a stage renders (run-pipeline.ts: a tailoring prompt edit reruns
 *   prompts, generate, dataset and evaluate; collect and preprocess stay reused, and the LLM
 *   extractor's preprocess reruns only for its own two prompts);
 * - recordings: the response cache's manifest as it was when the stage finished, so recordings
 *   imported later (or made by another stage) rerun the stages that could use them.
 *
 * A stage whose model calls failed gets no record (so it is never reused); a record that cannot
 * be read is reported by path and the stage rebuilt.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { sha256Hex } from "../llm/request-key";
import { StageName } from "../schemas/run-config";
import { writeJson } from "../util/jsonl";

export const PROJECT_ROOT = path.resolve(__dirname, "../..");

/** Every file under `dir` (sorted), hashed with its relative path; "" when absent. */
export function hashTree(dir: string): string {
  if (!fs.existsSync(dir)) return "";
  if (fs.statSync(dir).isFile()) return sha256Hex(fs.readFileSync(dir).toString("base64"));
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  return sha256Hex(
    files
      .map((file) => `${path.relative(dir, file)}:${sha256Hex(fs.readFileSync(file).toString("base64"))}`)
      .join("\n"),
  );
}

const IMPORT = /(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g;

/** The module and every relative module it imports, transitively (sorted paths). */
export function importClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const base = path.resolve(path.dirname(file), match[1]);
      const resolved = [`${base}.ts`, path.join(base, "index.ts"), base].find(
        (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
      );
      if (resolved) visit(resolved);
    }
  };
  visit(entry);
  return [...seen].sort();
}

/** A hash of the code a stage runs: its module's import closure, file names relative to the project. */
export function codeHash(entry: string): string {
  return sha256Hex(
    importClosure(entry)
      .map((file) => `${path.relative(PROJECT_ROOT, file)}:${sha256Hex(fs.readFileSync(file, "utf8"))}`)
      .join("\n"),
  );
}

export const StageRecord = z.object({
  stage: z.string(),
  fingerprint: z.string(),
  /** Hash of the stage's output folder when it finished (an edited output reruns the stage). */
  output: z.string(),
  /** The cache manifest's hash when it finished. */
  recordings: z.string(),
  note: z.string(),
});
export type StageRecord = z.infer<typeof StageRecord>;

export function stageRecordFile(stagesDir: string, stage: StageName): string {
  return path.join(stagesDir, `${stage}.json`);
}

/** The stage's record, null when there is none; a damaged one is reported through `warn` and treated as none. */
export function readStageRecord(stagesDir: string, stage: StageName, warn: (line: string) => void): StageRecord | null {
  const file = stageRecordFile(stagesDir, stage);
  if (!fs.existsSync(file)) return null;
  try {
    return StageRecord.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch (error) {
    warn(`${file}: damaged stage record (${(error as Error).message.split("\n")[0]}); rebuilding ${stage}`);
    return null;
  }
}

export function writeStageRecord(stagesDir: string, record: StageRecord): void {
  writeJson(stageRecordFile(stagesDir, record.stage as StageName), record);
}

export function removeStageRecord(stagesDir: string, stage: StageName): void {
  fs.rmSync(stageRecordFile(stagesDir, stage), { force: true });
}
