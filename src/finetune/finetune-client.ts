/**
 * The connection to the fine-tuning and files API, and the one retry wrapper every call here
 * goes through.
 *
 * The client is the project's `openaiClient` (SDK retries off); `withRetries` applies the LLM
 * layer's written-down policy (src/llm/retry-policy.ts: 408/409/429/5xx, timeouts and dropped
 * connections, honouring Retry-After, capped backoff with jitter) and turns the final failure
 * into a FineTuneApiError that says whether it was transient. The API key is read from the
 * environment when the client is built and is never returned, stored or printed; a base URL
 * carrying credentials is refused so that it cannot end up in a state file.
 */
import type OpenAI from "openai";
import { classifyError, openaiClient } from "../llm/openai-chat";
import { DEFAULT_RETRY_POLICY, isRetryable, retryDelayMs, RetryPolicy } from "../llm/retry-policy";
import { Clock, SYSTEM_CLOCK } from "../llm/throttle";
import { FineTuneApiError, FineTuneInputError } from "./finetune-error";

export const OPENAI_API_BASE = "https://api.openai.com/v1";

export interface FineTuneConnection {
  /** Null for the OpenAI API; another root for a gateway (or the loopback server in tests). */
  baseUrl: string | null;
  /** Name of the environment variable that holds the key. */
  apiKeyEnv: string;
}

export interface CallContext {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  random?: () => number;
  retryPolicy?: RetryPolicy;
  timeoutMs?: number;
  /** Injected for tests; defaults to global fetch. */
  fetch?: typeof fetch;
  /** Told about each retry (one line). */
  onNotice?: (line: string) => void;
}

/** Refuses `https://user:pass@host/...`: secrets belong in the key's environment variable. */
export function checkBaseUrl(baseUrl: string | null): string | null {
  if (baseUrl === null) return null;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new FineTuneInputError(`base URL "${baseUrl}" is not a URL (fix: e.g. https://api.openai.com/v1)`);
  }
  if (url.username || url.password)
    throw new FineTuneInputError(
      "the base URL carries credentials (fix: drop them from the URL; the key goes in the API key variable)",
    );
  return baseUrl;
}

export function fineTuneClient(connection: FineTuneConnection, context: CallContext = {}): OpenAI {
  const env = context.env ?? process.env;
  const apiKey = env[connection.apiKeyEnv];
  if (!apiKey)
    throw new FineTuneInputError(
      `no API key in the environment (fix: export ${connection.apiKeyEnv}=sk-..., or use --dry-run)`,
    );
  return openaiClient({
    kind: "openai",
    apiKey,
    baseUrl: checkBaseUrl(connection.baseUrl),
    timeoutMs: context.timeoutMs ?? 60_000,
    fetch: context.fetch,
  });
}

export interface RetryOptions extends CallContext {
  apiKeyEnv?: string;
  /**
   * Narrows what is retried. Creating a job is not idempotent: a 5xx or a timeout may come after
   * the job was created, and a retry would start (and bill) a second one, so job creation
   * retries only 429, a request the API refused before doing anything.
   */
  retryOnlyStatus?: readonly number[];
}

/** Runs `call`, retrying transient failures by the project's policy; throws FineTuneApiError at the end. */
export async function withRetries<T>(action: string, call: () => Promise<T>, context: RetryOptions = {}): Promise<T> {
  const policy = context.retryPolicy ?? DEFAULT_RETRY_POLICY;
  const clock = context.clock ?? SYSTEM_CLOCK;
  const random = context.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (thrown) {
      const { error, retryAfterMs } = classifyError(thrown);
      const retryable =
        isRetryable(error) &&
        (!context.retryOnlyStatus || (error.status !== undefined && context.retryOnlyStatus.includes(error.status)));
      const tooLong = retryAfterMs !== null && retryAfterMs > policy.maxRetryAfterMs;
      if (!retryable || tooLong || attempt > policy.maxRetries) {
        throw new FineTuneApiError(action, error.status, retryable, error.message, context.apiKeyEnv);
      }
      const wait = retryDelayMs(attempt, retryAfterMs, policy, random);
      context.onNotice?.(`${action}: ${error.message}; retry ${attempt} of ${policy.maxRetries} in ${wait} ms`);
      await clock.sleep(wait);
    }
  }
}
