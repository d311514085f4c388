/**
 * Progress of a batch of LLM calls as one line: done/total, rate, ETA, spend, cache hits and
 * failures. `formatLlmProgress` is pure; `llmProgress` feeds it from results and hands each
 * line to a sink (a terminal line in the CLI, a live-updating display in a notebook).
 */
import type { LlmResult } from "./types";

export interface LlmProgressState {
  total: number;
  done: number;
  cached: number;
  failed: number;
  spentUsd: number;
  elapsedMs: number;
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`;
}

export function formatLlmProgress(state: LlmProgressState, width = 24): string {
  const fraction = state.total ? state.done / state.total : 1;
  const filled = Math.round(fraction * width);
  const rate = state.elapsedMs > 0 ? (state.done / state.elapsedMs) * 1000 : 0;
  const eta =
    rate > 0 && state.done < state.total ? ` eta ${duration(((state.total - state.done) / rate) * 1000)}` : "";
  return (
    `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${state.done}/${state.total} ` +
    `${rate.toFixed(1)}/s${eta} $${state.spentUsd.toFixed(4)} cached ${state.cached} failed ${state.failed}`
  );
}

/** What progress needs to know of a finished call (an LlmResult has it, and so does a stage's provenance). */
export type ProgressOutcome = Pick<LlmResult, "ok" | "cached" | "costUsd">;

export interface LlmProgress {
  onResult(result: ProgressOutcome): void;
  finish(): void;
}

/** Tracks results and sends a formatted line to `sink` at most every `intervalMs` (and at the end). */
export function llmProgress(
  total: number,
  sink: (line: string, final: boolean) => void,
  { intervalMs = 200, now = Date.now } = {},
): LlmProgress {
  const started = now();
  const state: LlmProgressState = { total, done: 0, cached: 0, failed: 0, spentUsd: 0, elapsedMs: 0 };
  let lastDrawn = -Infinity;
  const draw = (final: boolean) => {
    state.elapsedMs = now() - started;
    sink(formatLlmProgress(state), final);
    lastDrawn = now();
  };
  return {
    onResult(result) {
      state.done++;
      if (result.cached) state.cached++;
      if (result.ok === false) state.failed++;
      state.spentUsd += result.costUsd ?? 0;
      if (now() - lastDrawn >= intervalMs) draw(false);
    },
    finish: () => draw(true),
  };
}

/** A sink drawing one rewritten line on a terminal (nothing when stderr is not a terminal, except the final line). */
export function terminalSink(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (line: string, final: boolean) => void {
  return (line, final) => {
    if (stream.isTTY) stream.write(`\r${label} ${line}${final ? "\n" : ""}`);
    else if (final) stream.write(`${label} ${line}\n`);
  };
}
