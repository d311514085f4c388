/**
 * The one retry policy of the LLM layer (DESIGN.md principle 6, after openai-node's client):
 * retry only what can succeed on a second try — 408, 409, 429, 5xx, timeouts and dropped
 * connections — at most `maxRetries` times; wait what the server asks (`retry-after-ms`, then
 * `retry-after` in seconds or as an HTTP date), else a capped exponential backoff with jitter.
 * The SDK's own retries are switched off so that this policy is the only one.
 */
import type { LlmError } from "./types";

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for longer than this is not waited for: the call fails as rate-limited. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

const RETRYABLE_STATUS = new Set([408, 409, 429]);

export function isRetryable(error: LlmError): boolean {
  if (error.kind === "timeout" || error.kind === "rate-limit") return true;
  if (error.kind !== "transport") return false;
  return error.status === undefined || RETRYABLE_STATUS.has(error.status) || error.status >= 500;
}

/** Milliseconds the server asked to wait, from response headers; null when it did not say. */
export function retryAfterFromHeaders(
  headers: { get(name: string): string | null } | undefined,
  now = Date.now(),
): number | null {
  if (!headers) return null;
  const ms = Number(headers.get("retry-after-ms"));
  if (headers.get("retry-after-ms") !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** How long to wait before retry number `attempt` (1-based). `random` is in [0, 1). */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | null,
  policy: RetryPolicy,
  random: () => number,
): number {
  if (retryAfterMs !== null) return retryAfterMs;
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + 0.5 * random()));
}
