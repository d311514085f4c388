/**
 * Recorded system outputs for evaluation, from a JSONL file keyed by case: each line
 * `{"caseId": "<resume id>|<job id>|<section>", "output": ...}`, or a TargetRecord of
 * `rpw generate` (`caseId` + `target`). A line that is neither is an error naming the line.
 */
import { InputError } from "../util/input-error";
import { readTextFile } from "../util/jsonl";

export function readRecordedOutputs(file: string): Map<string, unknown> {
  const outputs = new Map<string, unknown>();
  readTextFile(file, "recorded outputs").split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let value: { caseId?: unknown; output?: unknown; target?: unknown };
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof value.caseId !== "string" || (value.output === undefined && value.target === undefined)) {
      throw new InputError(`${file}:${index + 1}: expected {"caseId", "output"} or a targets.jsonl record`, { file, line: index + 1, field: typeof value.caseId !== "string" ? "caseId" : "output" });
    }
    if (outputs.has(value.caseId)) throw new InputError(`${file}:${index + 1}: caseId ${value.caseId} appears twice`);
    outputs.set(value.caseId, value.output !== undefined ? value.output : value.target);
  });
  return outputs;
}
