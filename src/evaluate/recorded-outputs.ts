/**
 * Recorded system outputs for evaluation, from a JSONL file keyed by case: each line
 * `{"caseId": "<resume id>|<job id>|<section>", "output": ...}`, or a TargetRecord of
 * `rpw generate` (`caseId` + `target`). A line that is neither is an error naming the line.
 * An output that is not a section (a number, a boolean, null, blank text) or is longer than the
 * metrics accept (text-size-guard.ts) is a reject for its case, with the reason: it is evaluated
 * as a failed output of the system, never coerced into text and scored.
 */
import { sectionValueProblem } from "../schemas/section-value";
import { InputError } from "../util/input-error";
import { readTextFile } from "../util/jsonl";
import { oversizeProblem } from "./text-size-guard";

export interface RecordedOutputs {
  outputs: Map<string, unknown>;
  /** caseId → why its line's output is not used (`file:line: reason`). */
  rejects: Map<string, string>;
}

export function readRecordedOutputs(file: string): RecordedOutputs {
  const outputs = new Map<string, unknown>();
  const rejects = new Map<string, string>();
  readTextFile(file, "recorded outputs")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      let value: { caseId?: unknown; output?: unknown; target?: unknown };
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputError(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
      }
      if (typeof value.caseId !== "string" || (value.output === undefined && value.target === undefined)) {
        throw new InputError(`${file}:${index + 1}: expected {"caseId", "output"} or a targets.jsonl record`, {
          file,
          line: index + 1,
          field: typeof value.caseId !== "string" ? "caseId" : "output",
        });
      }
      if (outputs.has(value.caseId) || rejects.has(value.caseId))
        throw new InputError(`${file}:${index + 1}: caseId ${value.caseId} appears twice`);
      const output = value.output !== undefined ? value.output : value.target;
      const problem = sectionValueProblem(output) ?? oversizeProblem(output);
      if (problem !== null) rejects.set(value.caseId, `${file}:${index + 1}: ${problem}`);
      else outputs.set(value.caseId, output);
    });
  return { outputs, rejects };
}
