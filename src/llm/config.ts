/**
 * LLM configuration: which provider answers, with what limits, where recordings live.
 *
 * Resolved once, in one direction (DESIGN.md principle 9): explicit option > environment >
 * default, then validated with zod. With no API key and no base URL the provider is `auto`:
 * recorded responses (replay), and the labelled `rules` baseline where nothing is recorded —
 * so `npm start` and `npm test` never need a network. The API key itself is never part of the
 * configuration: only the *name* of the environment variable that holds it, so the resolved
 * configuration can be written beside every output as it is.
 */
import { InputError } from "../util/input-error";
import { displayUrl } from "./scrub-secrets";
import * as path from "node:path";
import { z } from "zod";

export const PROVIDER_KINDS = ["openai", "openai-compatible", "replay", "rules", "auto"] as const;

export const LlmConfig = z.object({
  provider: z.enum(PROVIDER_KINDS),
  /** For openai-compatible: the server's base URL, e.g. http://127.0.0.1:8000/v1 (vLLM). */
  baseUrl: z.string().url().nullable(),
  /** Name of the environment variable holding the API key (the key is read at call time, never stored). */
  apiKeyEnv: z.string().min(1),
  /** Which provider's recordings `replay`/`auto` answer from. */
  replayAs: z.enum(["openai", "openai-compatible"]),
  /** SQLite file of recorded responses. */
  cachePath: z.string().min(1),
  /** Read recordings but never write new ones. */
  cacheReadOnly: z.boolean(),
  concurrency: z.number().int().positive(),
  requestsPerMinute: z.number().positive().nullable(),
  tokensPerMinute: z.number().positive().nullable(),
  timeoutMs: z.number().int().positive(),
  maxRetries: z.number().int().min(0).max(10),
  /** Stop starting new paid calls once the project's spend ledger (llm.spend.sqlite beside llm.sqlite, every run and Batch job) would pass this (USD). */
  budgetUsd: z.number().nonnegative().nullable(),
});
export type LlmConfig = z.infer<typeof LlmConfig>;

export type LlmConfigInput = Partial<LlmConfig>;

/** Where the OpenAI API lives when nothing else is configured (the openai SDK's own default). */
export const OPENAI_API_BASE_URL = "https://api.openai.com/v1";
/** The openai SDK's own variable: honoured, but read here so the URL actually used is recorded. */
export const SDK_BASE_URL_ENV = "OPENAI_BASE_URL";

export const LLM_ENV = {
  provider: "RPW_LLM_PROVIDER",
  baseUrl: "RPW_LLM_BASE_URL",
  apiKeyEnv: "RPW_LLM_API_KEY_ENV",
  cachePath: "RPW_LLM_CACHE",
  concurrency: "RPW_LLM_CONCURRENCY",
  requestsPerMinute: "RPW_LLM_RPM",
  tokensPerMinute: "RPW_LLM_TPM",
  timeoutMs: "RPW_LLM_TIMEOUT_MS",
  maxRetries: "RPW_LLM_MAX_RETRIES",
  budgetUsd: "RPW_LLM_BUDGET_USD",
} as const;

export class LlmConfigError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "LlmConfigError";
  }
}

function fromEnv(env: NodeJS.ProcessEnv): LlmConfigInput {
  const number = (name: string) => {
    const value = env[name];
    if (value === undefined || value === "") return undefined;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) throw new LlmConfigError(`${name}="${value}" is not a number`);
    return parsed;
  };
  const text = (name: string) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);
  return {
    provider: text(LLM_ENV.provider) as LlmConfig["provider"] | undefined,
    // The SDK would read OPENAI_BASE_URL silently; reading it here puts the URL in the configuration
    // (and so in every recording and report) instead of attributing a local server's answers to OpenAI.
    baseUrl: text(LLM_ENV.baseUrl) ?? text(SDK_BASE_URL_ENV),
    apiKeyEnv: text(LLM_ENV.apiKeyEnv),
    cachePath: text(LLM_ENV.cachePath),
    concurrency: number(LLM_ENV.concurrency),
    requestsPerMinute: number(LLM_ENV.requestsPerMinute),
    tokensPerMinute: number(LLM_ENV.tokensPerMinute),
    timeoutMs: number(LLM_ENV.timeoutMs),
    maxRetries: number(LLM_ENV.maxRetries),
    budgetUsd: number(LLM_ENV.budgetUsd),
  };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as Partial<T>;
}

/**
 * Resolves the configuration. `projectRoot` anchors the default cache path.
 * Throws LlmConfigError with the exact fix when a value is invalid or a provider lacks what it needs.
 */
export function resolveLlmConfig(
  explicit: LlmConfigInput = {},
  env: NodeJS.ProcessEnv = process.env,
  projectRoot = path.resolve(__dirname, "../.."),
): LlmConfig {
  const merged: LlmConfigInput = {
    baseUrl: null,
    apiKeyEnv: "OPENAI_API_KEY",
    replayAs: "openai",
    cachePath: path.join(projectRoot, "data", "cache", "llm.sqlite"),
    cacheReadOnly: false,
    concurrency: 8,
    requestsPerMinute: null,
    tokensPerMinute: null,
    timeoutMs: 120_000,
    maxRetries: 4,
    budgetUsd: null,
    ...dropUndefined(fromEnv(env)),
    ...dropUndefined(explicit),
  };
  const keyName = merged.apiKeyEnv as string;
  merged.provider ??=
    merged.baseUrl && !isOpenAIHost(merged.baseUrl)
      ? "openai-compatible"
      : env[keyName]
        ? "openai"
        : merged.baseUrl
          ? "openai-compatible"
          : "auto";
  const parsed = LlmConfig.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LlmConfigError(`invalid LLM configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  const config = parsed.data;
  if (config.provider === "openai-compatible" && !config.baseUrl) {
    throw new LlmConfigError(
      `provider openai-compatible needs a base URL: set ${LLM_ENV.baseUrl}=http://host:port/v1 or pass baseUrl`,
    );
  }
  if (config.provider === "openai" && !env[config.apiKeyEnv]) {
    throw new LlmConfigError(`provider openai needs an API key in the environment: export ${config.apiKeyEnv}=sk-...`);
  }
  return config;
}

function isOpenAIHost(url: string): boolean {
  try {
    return new URL(url).hostname === "api.openai.com";
  } catch {
    return false;
  }
}

/** The base URL requests actually go to: the configured one, else the OpenAI API (never the SDK's silent default). */
export function baseUrlUsed(config: Pick<LlmConfig, "provider" | "baseUrl">): string | null {
  if (config.provider === "openai" || config.provider === "openai-compatible")
    return config.baseUrl ?? OPENAI_API_BASE_URL;
  return null;
}

/**
 * The configuration as written beside outputs: no secrets in it by construction (only the key's
 * variable name and whether it is set); the cache path relative to the working directory so
 * the file is the same in every clone.
 */
export function describeLlmConfig(config: LlmConfig, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const used = baseUrlUsed(config);
  return {
    ...config,
    baseUrlUsed: used === null ? null : displayUrl(used),
    cachePath: path.relative(process.cwd(), config.cachePath) || config.cachePath,
    apiKeyPresent: Boolean(env[config.apiKeyEnv]),
  };
}
