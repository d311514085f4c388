/**
 * Loss per step from any trainer, in one shape `{source, step, epoch, trainLoss, validLoss}` so
 * the OpenAI path and the LoRA path draw the same loss-curve figure.
 *
 * Reads (a) Hugging Face Trainer console logs as Axolotl and LLaMA-Factory print them — dicts
 * such as `{'loss': 1.2345, 'grad_norm': 0.5, 'learning_rate': 0.0002, 'epoch': 0.05}` and
 * `{'eval_loss': 1.3, ..., 'epoch': 1.0}`, Python reprs or JSON, anywhere in a line (a tqdm bar
 * may precede them), and LLaMA-Factory's `trainer_log.jsonl` lines (`current_steps`, `loss`);
 * (b) `trainer_state.json`'s `log_history` (exact steps); (c) OpenAI's result CSV rows.
 * Console dicts carry no step: the n-th training-loss dict is step n × `loggingSteps` (the
 * config's `logging_steps`, 1 in our recipe); an eval dict belongs to the last training step
 * logged before it. A train and an eval entry at one step become one point. The closing summary
 * (`train_loss`, `train_runtime`) is not a step and is skipped; a loss of nan becomes null.
 */
import * as fs from "node:fs";
import { parsePythonLiteral, PyValue } from "../preprocess/python-literal";
import { FineTuneInputError } from "./finetune-error";
import { FineTuneMetric, parseResultCsv } from "./result-csv";

export type LossSource = "openai" | "trainer-log" | "trainer-state";

export interface LossPoint {
  source: LossSource;
  step: number;
  epoch: number | null;
  trainLoss: number | null;
  validLoss: number | null;
}

type Entry = { [key: string]: PyValue };
const num = (value: PyValue | undefined): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;
const has = (entry: Entry, key: string) => key in entry;

/** Folds entries (in log order, each with its step) into one point per step, sorted by step. */
function merge(source: LossSource, entries: Array<{ step: number; entry: Entry }>): LossPoint[] {
  const byStep = new Map<number, LossPoint>();
  for (const { step, entry } of entries) {
    const point = byStep.get(step) ?? { source, step, epoch: null, trainLoss: null, validLoss: null };
    if (has(entry, "loss")) {
      point.trainLoss = num(entry.loss);
      point.epoch = num(entry.epoch) ?? point.epoch;
    }
    if (has(entry, "eval_loss")) {
      point.validLoss = num(entry.eval_loss);
      point.epoch ??= num(entry.epoch);
    }
    byStep.set(step, point);
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

/** Console output of an HF Trainer (Axolotl, LLaMA-Factory), or LLaMA-Factory's trainer_log.jsonl. */
export function parseTrainerLog(text: string, { loggingSteps = 1 } = {}): LossPoint[] {
  const entries: Array<{ step: number; entry: Entry }> = [];
  let trainLogs = 0;
  let lastStep = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const match of line.matchAll(/\{[^{}]*\}/g)) {
      let value: PyValue;
      try {
        value = parsePythonLiteral(match[0]);
      } catch {
        continue; // braces in an ordinary message
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
      const entry = value as Entry;
      const isTrain = has(entry, "loss");
      if (!isTrain && !has(entry, "eval_loss")) continue;
      const explicit = num(entry.current_steps);
      if (isTrain) trainLogs += 1;
      const step = explicit ?? (isTrain ? trainLogs * loggingSteps : lastStep);
      if (isTrain || explicit !== null) lastStep = step;
      entries.push({ step, entry });
    }
  }
  return merge("trainer-log", entries);
}

/** `trainer_state.json` (HF Trainer checkpoints): its `log_history` has exact steps. */
export function parseTrainerState(json: unknown, source = "trainer_state.json"): LossPoint[] {
  const history = (json as { log_history?: unknown })?.log_history;
  if (!Array.isArray(history))
    throw new FineTuneInputError(
      `${source}: no log_history list (fix: pass the trainer_state.json of a checkpoint folder)`,
    );
  const entries = history
    .filter(
      (item): item is Entry => item !== null && typeof item === "object" && typeof (item as Entry).step === "number",
    )
    .map((entry) => ({ step: entry.step as number, entry }));
  return merge("trainer-state", entries);
}

/** OpenAI result-file rows as loss points (no epoch: the CSV does not give one). */
export function lossPointsFromOpenAI(metrics: readonly FineTuneMetric[]): LossPoint[] {
  return metrics.map((row) => ({
    source: "openai",
    step: row.step,
    epoch: null,
    trainLoss: row.trainLoss,
    validLoss: row.validLoss,
  }));
}

/** Reads a loss file by its kind: `.csv` (OpenAI result), `.json` (trainer_state), else a console log. */
export function readLossFile(file: string, options: { loggingSteps?: number } = {}): LossPoint[] {
  if (!fs.existsSync(file))
    throw new FineTuneInputError(
      `${file}: no such file (fix: pass a trainer log, trainer_state.json or OpenAI result CSV)`,
    );
  const text = fs.readFileSync(file, "utf8");
  if (file.endsWith(".csv")) return lossPointsFromOpenAI(parseResultCsv(text, file));
  if (file.endsWith(".json")) return parseTrainerState(JSON.parse(text), file);
  return parseTrainerLog(text, options);
}
