/**
 * The chat provider for the OpenAI API and every OpenAI-compatible server (vLLM, Ollama,
 * llama.cpp server, LM Studio, gateways), through the `openai` package — the only client the
 * workbench uses for model endpoints.
 *
 * It sends one request and reports one outcome; it never retries (the SDK's retries are off,
 * `retry-policy.ts` decides) and never throws for a failed call: SDK errors become typed
 * `LlmError`s. A vLLM LoRA adapter is addressed by its name as the model
 * (`vllm serve <base> --enable-lora --lora-modules <name>=<path>`; request `model: "<name>"`).
 */
import OpenAI from "openai";
import { OPENAI_API_BASE_URL } from "./config";
import { responseFormatOf } from "./request-key";
import { displayUrl, scrubSecrets } from "./scrub-secrets";
import { retryAfterFromHeaders } from "./retry-policy";
import { countChatTokens, countTextTokens } from "./tokens";
import type { ChatMessage, LlmError, LlmRequest, Usage } from "./types";

export interface ProviderAnswer {
  text: string;
  refusal: string | null;
  finishReason: string | null;
  usage: Usage;
}

export type ProviderOutcome =
  { ok: true; answer: ProviderAnswer } | { ok: false; error: LlmError; retryAfterMs: number | null };

export interface ChatProvider {
  readonly kind: "openai" | "openai-compatible";
  send(request: LlmRequest, messages: ChatMessage[]): Promise<ProviderOutcome>;
}

export interface OpenAIChatOptions {
  kind: "openai" | "openai-compatible";
  apiKey: string;
  baseUrl: string | null;
  timeoutMs: number;
  /** Injected for tests; defaults to global fetch. */
  fetch?: typeof fetch;
}

/** What an error message may say about where the request went, and which secrets it must never repeat. */
export interface ErrorContext {
  /** The base URL the request went to (shown without user and password). */
  baseUrl?: string;
  /** Exact secrets to scrub from server text (the API key). */
  secrets?: readonly (string | undefined)[];
}

/** The settings a user checks when the server cannot be reached. */
export const BASE_URL_SETTINGS = "RPW_LLM_BASE_URL or OPENAI_BASE_URL";

/** The low-level reason under an SDK connection error (ECONNREFUSED, ENOTFOUND, ...), when there is one. */
function causeOf(error: Error): string | null {
  let cause: unknown = (error as { cause?: unknown }).cause;
  for (let depth = 0; cause && depth < 4; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return cause instanceof Error ? cause.message : null;
}

/**
 * Maps whatever the SDK threw to a typed error (never rethrows). Connection failures name the base
 * URL and the settings that choose it; text the server sent is scrubbed of anything key-like,
 * because error messages are written to failure files and logs.
 */
export function classifyError(
  error: unknown,
  context: ErrorContext = {},
): { error: LlmError; retryAfterMs: number | null } {
  const where = context.baseUrl ? ` ${displayUrl(context.baseUrl)}` : "";
  const scrub = (text: string) => scrubSecrets(text, context.secrets ?? []);
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return {
      error: {
        kind: "timeout",
        message: `the request to${where || " the server"} timed out (check ${BASE_URL_SETTINGS}, or raise RPW_LLM_TIMEOUT_MS)`,
      },
      retryAfterMs: null,
    };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    const cause = causeOf(error);
    return {
      error: {
        kind: "transport",
        message: `cannot connect to${where || " the server"}${cause ? ` (${scrub(cause)})` : ""}: check ${BASE_URL_SETTINGS} and that the server is running`,
      },
      retryAfterMs: null,
    };
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status;
    const retryAfterMs = retryAfterFromHeaders(error.headers as { get(name: string): string | null } | undefined);
    const message = `HTTP ${status ?? "?"}${where ? ` from${where}` : ""}: ${scrub(error.message)}`;
    if (status === 429) return { error: { kind: "rate-limit", status, message }, retryAfterMs };
    if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 409) {
      return { error: { kind: "request", status, message }, retryAfterMs: null };
    }
    return { error: { kind: "transport", status, message }, retryAfterMs };
  }
  // A body that is not JSON (a proxy's error page, a truncated answer) surfaces as a SyntaxError.
  return {
    error: {
      kind: "transport",
      message: `unreadable response from${where || " the server"}: ${scrub((error as Error)?.message ?? String(error))}`,
    },
    retryAfterMs: null,
  };
}

/** The SDK client for a provider; the SDK's own retries are off (retry-policy.ts decides). */
export function openaiClient(options: OpenAIChatOptions): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey,
    // Always explicit: left undefined, the SDK would read OPENAI_BASE_URL behind the configuration's back.
    baseURL: options.baseUrl ?? OPENAI_API_BASE_URL,
    maxRetries: 0,
    timeout: options.timeoutMs,
    fetch: options.fetch,
  });
}

/** The chat-completions body for a request (also the `body` of a Batch API line). */
export function chatBody(request: LlmRequest, messages: ChatMessage[], kind: "openai" | "openai-compatible") {
  const params = request.params ?? {};
  return {
    model: request.model,
    messages,
    temperature: params.temperature,
    top_p: params.topP,
    max_completion_tokens: kind === "openai" ? params.maxTokens : undefined,
    // Most OpenAI-compatible servers still read the older name.
    max_tokens: kind === "openai-compatible" ? params.maxTokens : undefined,
    seed: params.seed,
    stop: params.stop,
    response_format: request.schema ? responseFormatOf(request.schema) : undefined,
  };
}

/** Reads text, refusal and usage out of a chat completion (live or from a batch result). */
export function answerOf(completion: OpenAI.Chat.Completions.ChatCompletion, messages: ChatMessage[]): ProviderOutcome {
  const choice = completion.choices?.[0];
  if (!choice)
    return { ok: false, error: { kind: "transport", message: "the response has no choices" }, retryAfterMs: null };
  const text = choice.message?.content ?? "";
  const usage = completion.usage;
  return {
    ok: true,
    answer: {
      text,
      refusal: choice.message?.refusal ?? null,
      finishReason: choice.finish_reason ?? null,
      // Some servers omit usage; count with our tokenizer rather than report zero.
      usage: usage
        ? {
            inputTokens: usage.prompt_tokens,
            outputTokens: usage.completion_tokens,
            cachedInputTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
          }
        : { inputTokens: countChatTokens(messages), outputTokens: countTextTokens(text), cachedInputTokens: 0 },
    },
  };
}

export function createOpenAIChat(options: OpenAIChatOptions): ChatProvider {
  const client = openaiClient(options);
  return {
    kind: options.kind,
    async send(request, messages) {
      try {
        const completion = await client.chat.completions.create(chatBody(request, messages, options.kind));
        return answerOf(completion, messages);
      } catch (error) {
        return {
          ok: false,
          ...classifyError(error, { baseUrl: options.baseUrl ?? OPENAI_API_BASE_URL, secrets: [options.apiKey] }),
        };
      }
    },
  };
}
