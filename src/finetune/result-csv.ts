/**
 * Reads the metrics CSV of an OpenAI fine-tuning result file:
 * `step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy` (one row per step; the
 * validation columns are empty on steps without validation, and in every row without a
 * validation file). Columns are found by name, so added or reordered columns do no harm; an
 * empty or non-numeric cell is null. Some result files have been reported to arrive
 * base64-encoded; such a body is decoded first.
 */
import { FineTuneInputError } from "./finetune-error";

export interface FineTuneMetric {
  step: number;
  trainLoss: number | null;
  trainAccuracy: number | null;
  validLoss: number | null;
  validAccuracy: number | null;
}

/** Header names per field, first match wins (older files say `valid_accuracy`). */
const COLUMNS: Record<keyof FineTuneMetric, string[]> = {
  step: ["step"],
  trainLoss: ["train_loss"],
  trainAccuracy: ["train_accuracy", "train_mean_token_accuracy"],
  validLoss: ["valid_loss"],
  validAccuracy: ["valid_mean_token_accuracy", "valid_accuracy"],
};

function decoded(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("step") || !/^[A-Za-z0-9+/=\s]+$/.test(trimmed)) return text;
  const candidate = Buffer.from(trimmed, "base64").toString("utf8");
  return candidate.startsWith("step") ? candidate : text;
}

const cell = (value: string | undefined): number | null => {
  if (value === undefined || value.trim() === "") return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

export function parseResultCsv(text: string, source = "result file"): FineTuneMetric[] {
  const lines = decoded(text)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  if (lines.length === 0) return [];
  const header = lines[0].split(",").map((name) => name.trim());
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, names]) => [
      field,
      names.map((name) => header.indexOf(name)).find((at) => at !== -1) ?? -1,
    ]),
  ) as Record<keyof FineTuneMetric, number>;
  if (index.step === -1)
    throw new FineTuneInputError(
      `${source}: no "step" column in "${lines[0]}" (fix: pass the job's result file, e.g. step_metrics.csv)`,
    );
  return lines.slice(1).map((line, row) => {
    const cells = line.split(",");
    const step = cell(cells[index.step]);
    if (step === null)
      throw new FineTuneInputError(`${source}:${row + 2}: step "${cells[index.step]}" is not a number`);
    const at = (field: keyof FineTuneMetric) => (index[field] === -1 ? null : cell(cells[index[field]]));
    return {
      step,
      trainLoss: at("trainLoss"),
      trainAccuracy: at("trainAccuracy"),
      validLoss: at("validLoss"),
      validAccuracy: at("validAccuracy"),
    };
  });
}
