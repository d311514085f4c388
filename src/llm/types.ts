/**
 * The one interface every model call goes through: `complete(request) -> result`.
 *
 * A result is a value, never an exception: `ok: false` carries the failure's kind and message
 * (and the raw text when a model answered something unusable), so one bad row never aborts a
 * long run and never turns into an empty string. Follows promptfoo's provider contract in spirit
 * (DESIGN.md principle 4).
 */
import type { ZodType } from "zod";

export type ChatRole = "system" | "user" | "assistant";
export interface ChatMessage {
  role: ChatRole;
  content: string;
}

/** Sampling parameters; only the ones given are sent (and keyed). */
export interface SamplingParams {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  seed?: number;
  stop?: string[];
}

export interface ResponseSchema<T = unknown> {
  /** Name sent as the response format's name (letters, digits, _ and -). */
  name: string;
  schema: ZodType<T>;
}

export interface LlmRequest<T = unknown> {
  messages: ChatMessage[];
  /** Model name for the provider (for rules, ignored: the rules task decides). */
  model: string;
  params?: SamplingParams;
  /** When given, the output is the parsed, validated object. */
  schema?: ResponseSchema<T>;
  /** What the call is for (e.g. "extract-job-details"); rules tasks are registered per purpose. */
  purpose: string;
  /** Structured input for the deterministic `rules` baseline of this purpose (not sent to models, not keyed). */
  rulesInput?: unknown;
}

export const ERROR_KINDS = [
  "transport",
  "rate-limit",
  "timeout",
  "refusal",
  "schema",
  "replay-miss",
  "budget",
  "request",
] as const;
export type LlmErrorKind = (typeof ERROR_KINDS)[number];

export interface LlmError {
  kind: LlmErrorKind;
  message: string;
  /** HTTP status when the server answered. */
  status?: number;
  /** The model's raw text when it answered but the answer was unusable (schema, refusal). */
  raw?: string;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
}
export const NO_USAGE: Usage = { inputTokens: 0, outputTokens: 0, cachedInputTokens: 0 };

/** Who answered: a model provider, a recording of one, or the labelled rules baseline. */
export type AnsweredBy = "openai" | "openai-compatible" | "rules";

export interface LlmResult<T = unknown> {
  ok: boolean;
  /** Text, or the parsed object when the request had a schema; null on failure. */
  output: T | string | null;
  usage: Usage;
  /** What this call cost now: 0 for cache hits and rules; null when the model has no price. */
  costUsd: number | null;
  latencyMs: number;
  cached: boolean;
  answeredBy: AnsweredBy;
  /** The model that produced the output (for rules: `rules:<purpose>`). */
  model: string;
  /** The request's cache key (hash of its canonical content). */
  key: string;
  purpose: string;
  /** How many HTTP attempts this call made (0 for cache hits and rules). */
  attempts: number;
  /** For cache hits: what the recorded call cost when it was made. */
  recordedCostUsd?: number | null;
  error?: LlmError;
}
