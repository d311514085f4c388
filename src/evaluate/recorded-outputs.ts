/**
 * Recorded system outputs for evaluation, from a JSONL file keyed by case: each line
 * `{"caseId": "<resume id>|<job id>|<section>", "output": ...}`, or a TargetRecord of
 * `rpw generate` (`caseId` + `target`). A line that is neither is an error naming the line.
 */
import * as fs from "node:fs";

export function readRecordedOutputs(file: string): Map<string, unknown> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file of recorded outputs`);
  const outputs = new Map<string, unknown>();
  fs.readFileSync(file, "utf8").split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let value: { caseId?: unknown; output?: unknown; target?: unknown };
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
    }
    if (typeof value.caseId !== "string" || (value.output === undefined && value.target === undefined)) {
      throw new Error(`${file}:${index + 1}: expected {"caseId", "output"} or a targets.jsonl record`);
    }
    if (outputs.has(value.caseId)) throw new Error(`${file}:${index + 1}: caseId ${value.caseId} appears twice`);
    outputs.set(value.caseId, value.output !== undefined ? value.output : value.target);
  });
  return outputs;
}
