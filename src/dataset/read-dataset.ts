/**
 * What a run's dataset stage wrote, read back for display: every example's token lengths and the
 * completion-survival audit, checked against their schemas. Notebooks read these instead of
 * rebuilding a dataset the run folder already holds.
 */
import * as path from "node:path";
import { readJsonFile, readJsonl } from "../util/jsonl";
import { ExampleLength, SurvivalAudit } from "./survival-audit";

export interface DatasetOutputs {
  lengths: ExampleLength[];
  audit: SurvivalAudit;
  /** Examples and the resumes they come from. */
  records: number;
  resumes: number;
}

export function readDatasetOutputs(datasetDir: string): DatasetOutputs {
  const lengths = readJsonl(path.join(datasetDir, "token-lengths.jsonl"), ExampleLength);
  const audit = readJsonFile(path.join(datasetDir, "audit.json"), SurvivalAudit);
  return { lengths, audit, records: lengths.length, resumes: new Set(lengths.map((length) => length.resumeId)).size };
}
