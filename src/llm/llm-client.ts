/**
 * The LLM client: `complete(request)` through cache, de-duplication, budget, rate limits,
 * concurrency, retries and structured-output repair, whatever the provider.
 *
 * Order of a call: key → recorded answer? (replay) → same request already in flight? (share it)
 * → provider: rules (labelled baseline) or a live model: budget reservation → slot → rate window
 * → HTTP attempt(s) under the retry policy → schema check (one repair turn) → record → result.
 * Every failure is returned as a result with `ok: false`; nothing here throws for a bad call.
 */
import { Budget, ASSUMED_COMPLETION_TOKENS } from "./budget";
import { baseUrlUsed, LlmConfig, LlmConfigInput, resolveLlmConfig } from "./config";
import { ChatProvider, createOpenAIChat } from "./openai-chat";
import { costOf } from "./pricing";
import { KeyedProvider, requestKey, requestKeyParts } from "./request-key";
import { ResponseCache } from "./response-cache";
import { ledgerPathFor, SpendLedger } from "./spend-ledger";
import { displayUrl } from "./scrub-secrets";
import { DEFAULT_RETRY_POLICY, isRetryable, retryDelayMs, RetryPolicy } from "./retry-policy";
import { RulesBaselines, rulesModelName } from "./rules-registry";
import { parseStructured, repairMessages } from "./structured-output";
import { Clock, RateWindow, Semaphore, SYSTEM_CLOCK } from "./throttle";
import { countChatTokens } from "./tokens";
import { ChatMessage, ERROR_KINDS, LlmError, LlmErrorKind, LlmRequest, LlmResult, NO_USAGE, Usage } from "./types";

export interface LlmClientDeps {
  clock?: Clock;
  /** Jitter source for backoff; seeded in tests. */
  random?: () => number;
  /** A provider to use instead of the configured one (tests). */
  provider?: ChatProvider;
  env?: NodeJS.ProcessEnv;
  /** Time stamps for recordings. */
  now?: () => Date;
  retryPolicy?: Partial<RetryPolicy>;
  /** The rules baselines this client may answer from (none unless given: see src/baselines). */
  rules?: RulesBaselines;
}

export interface LlmStats {
  requests: number;
  cacheHits: number;
  sharedInFlight: number;
  rulesAnswers: number;
  liveCalls: number;
  httpAttempts: number;
  failures: Record<LlmErrorKind, number>;
  /** Spent by this client (this process). */
  spentUsd: number;
  /** Spent by the whole project, from the ledger (what llm.budgetUsd caps). */
  projectSpentUsd: number;
  inputTokens: number;
  outputTokens: number;
}

export interface CostEstimate {
  requests: number;
  alreadyRecorded: number;
  inputTokens: number;
  /** Completion tokens assumed: `maxTokens` where given, else ASSUMED_COMPLETION_TOKENS. */
  outputTokens: number;
  /** Worst-case cost of the requests not yet recorded; null when the model has no price. */
  costUsd: number | null;
}

const addUsage = (a: Usage, b: Usage): Usage => ({
  inputTokens: a.inputTokens + b.inputTokens,
  outputTokens: a.outputTokens + b.outputTokens,
  cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
});

export class LlmClient {
  readonly cache: ResponseCache;
  readonly rules: RulesBaselines;
  private openedLedger: SpendLedger | null = null;
  private readonly provider: ChatProvider | null;
  private readonly keyedAs: KeyedProvider;
  private readonly budget: Budget;
  private readonly slots: Semaphore;
  private readonly window: RateWindow;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly now: () => Date;
  private readonly policy: RetryPolicy;
  private readonly inFlight = new Map<string, Promise<LlmResult>>();
  private readonly counters: LlmStats;

  constructor(
    readonly config: LlmConfig,
    deps: LlmClientDeps = {},
  ) {
    const env = deps.env ?? process.env;
    this.rules = deps.rules ?? new RulesBaselines();
    this.clock = deps.clock ?? SYSTEM_CLOCK;
    this.random = deps.random ?? Math.random;
    this.now = deps.now ?? (() => new Date());
    this.policy = { ...DEFAULT_RETRY_POLICY, maxRetries: config.maxRetries, ...deps.retryPolicy };
    this.cache = new ResponseCache(config.cachePath, { readOnly: config.cacheReadOnly });
    this.keyedAs =
      config.provider === "openai" || config.provider === "openai-compatible" ? config.provider : config.replayAs;
    const live = config.provider === "openai" || config.provider === "openai-compatible";
    this.provider =
      deps.provider ??
      (live
        ? createOpenAIChat({
            kind: config.provider as KeyedProvider,
            // Local servers accept any key; the OpenAI API needs the real one (checked in config).
            apiKey: env[config.apiKeyEnv] ?? "not-needed",
            baseUrl: baseUrlUsed(config),
            timeoutMs: config.timeoutMs,
          })
        : null);
    this.budget = new Budget(config.budgetUsd, () => this.ledger);
    this.slots = new Semaphore(config.concurrency);
    this.window = new RateWindow(config.requestsPerMinute, config.tokensPerMinute, this.clock);
    this.counters = {
      requests: 0,
      cacheHits: 0,
      sharedInFlight: 0,
      rulesAnswers: 0,
      liveCalls: 0,
      httpAttempts: 0,
      failures: Object.fromEntries(ERROR_KINDS.map((kind) => [kind, 0])) as Record<LlmErrorKind, number>,
      spentUsd: 0,
      projectSpentUsd: 0,
      inputTokens: 0,
      outputTokens: 0,
    };
  }

  /**
   * The project's spend ledger beside the cache (spend-ledger.ts), opened on first use: an offline
   * run spends nothing and must not need a writable cache folder.
   */
  get ledger(): SpendLedger {
    this.openedLedger ??= new SpendLedger(ledgerPathFor(this.config.cachePath), this.now);
    return this.openedLedger;
  }

  keyOf(request: LlmRequest): string {
    return requestKey(request, this.keyedAs);
  }

  async complete<T>(request: LlmRequest<T>): Promise<LlmResult<T>> {
    this.counters.requests++;
    const started = this.clock.now();
    let key: string;
    try {
      key = this.keyOf(request);
    } catch (error) {
      return this.count(
        this.failure(
          request,
          "",
          { kind: "request", message: `cannot build the request: ${(error as Error).message}` },
          started,
        ),
      ) as LlmResult<T>;
    }
    if (this.config.provider === "rules")
      return this.count(this.answerWithRules(request, key, started)) as LlmResult<T>;
    const recorded = this.fromCache(request, key, started);
    if (recorded) return this.count(recorded) as LlmResult<T>;
    const pending = this.inFlight.get(key);
    if (pending) {
      this.counters.sharedInFlight++;
      const shared = await pending;
      // Shared, not made: like a cache hit it costs nothing now, and remembers what the call cost.
      return {
        ...shared,
        cached: shared.ok,
        costUsd: 0,
        recordedCostUsd: shared.costUsd,
        attempts: 0,
        latencyMs: this.clock.now() - started,
      } as LlmResult<T>;
    }
    const call = this.answerUncached(request, key, started);
    this.inFlight.set(key, call);
    try {
      return this.count(await call) as LlmResult<T>;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Runs many requests (concurrency is the client's); results in request order. */
  async completeMany<T>(
    requests: readonly LlmRequest<T>[],
    onResult?: (result: LlmResult<T>, index: number) => void,
  ): Promise<LlmResult<T>[]> {
    return Promise.all(
      requests.map(async (request, index) => {
        const result = await this.complete(request);
        onResult?.(result, index);
        return result;
      }),
    );
  }

  /** What running these requests would cost, before running them (recorded ones cost nothing). */
  estimate(requests: readonly LlmRequest[]): CostEstimate {
    const estimate: CostEstimate = {
      requests: requests.length,
      alreadyRecorded: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
    };
    for (const request of requests) {
      if (this.cache.has(this.keyOf(request))) {
        estimate.alreadyRecorded++;
        continue;
      }
      const usage = {
        inputTokens: countChatTokens(request.messages, request.model),
        outputTokens: request.params?.maxTokens ?? ASSUMED_COMPLETION_TOKENS,
        cachedInputTokens: 0,
      };
      estimate.inputTokens += usage.inputTokens;
      estimate.outputTokens += usage.outputTokens;
      const cost = costOf(request.model, usage);
      estimate.costUsd = estimate.costUsd === null || cost === null ? null : estimate.costUsd + cost;
    }
    return estimate;
  }

  /** Whether `worstCaseUsd` more would stay within the budget (Batch checks this before it submits). */
  canSpend(worstCaseUsd: number | null): boolean {
    if (this.config.budgetUsd === null) return true;
    if (worstCaseUsd === null) return false;
    const { spentUsd, reservedUsd } = this.ledger.totals();
    return spentUsd + reservedUsd + worstCaseUsd <= this.config.budgetUsd;
  }

  /** Counts spend made outside `complete` (a collected Batch answer) against the budget, in the ledger. */
  chargeSpend(usd: number | null, entry: { purpose: string; model: string; via: string }): void {
    this.budget.settle(null, usd, entry);
  }

  /** One line on where spending stands: this process, the project, the cap. */
  spendLine(): string {
    const { spentUsd, reservedUsd } = this.ledger.totals();
    return (
      `spent $${this.budget.spentHereUsd.toFixed(4)} in this run, $${spentUsd.toFixed(4)} in this project` +
      (reservedUsd > 0 ? ` (+$${reservedUsd.toFixed(4)} held for submitted batches)` : "") +
      (this.config.budgetUsd === null ? "" : ` of the $${this.config.budgetUsd} budget (llm.budgetUsd)`)
    );
  }

  /** The base URL a recording made now is attributed to (no credentials); null when no model is live. */
  recordedBaseUrl(): string | null {
    const used = baseUrlUsed(this.config);
    return used === null ? null : displayUrl(used);
  }

  stats(): LlmStats {
    return {
      ...this.counters,
      failures: { ...this.counters.failures },
      spentUsd: this.budget.spentHereUsd,
      projectSpentUsd: this.openedLedger ? this.openedLedger.totals().spentUsd : this.budget.spentHereUsd,
    };
  }

  close(): void {
    this.cache.close();
    this.openedLedger?.close();
  }

  private count(result: LlmResult): LlmResult {
    if (result.ok === false && result.error) this.counters.failures[result.error.kind]++;
    if (result.cached) this.counters.cacheHits++;
    if (result.answeredBy === "rules") this.counters.rulesAnswers++;
    if (!result.cached) {
      this.counters.inputTokens += result.usage.inputTokens;
      this.counters.outputTokens += result.usage.outputTokens;
    }
    return result;
  }

  private base(
    request: LlmRequest,
    key: string,
    started: number,
  ): Omit<LlmResult, "ok" | "output" | "answeredBy" | "model"> {
    return {
      usage: NO_USAGE,
      costUsd: 0,
      latencyMs: this.clock.now() - started,
      cached: false,
      key,
      purpose: request.purpose,
      attempts: 0,
    };
  }

  private failure(
    request: LlmRequest,
    key: string,
    error: LlmError,
    started: number,
    extra: Partial<LlmResult> = {},
  ): LlmResult {
    return {
      ...this.base(request, key, started),
      ok: false,
      output: null,
      answeredBy: this.keyedAs,
      model: request.model,
      error,
      ...extra,
    };
  }

  private fromCache(request: LlmRequest, key: string, started: number): LlmResult | null {
    const entry = this.cache.get(key);
    if (!entry) return null;
    const base = {
      ...this.base(request, key, started),
      cached: true,
      usage: entry.usage,
      answeredBy: entry.provider,
      model: entry.model,
      recordedCostUsd: entry.costUsd,
    };
    if (!request.schema) return { ...base, ok: true, output: entry.text };
    const parsed = parseStructured(entry.text, request.schema.schema);
    if (parsed.ok === false)
      return {
        ...base,
        ok: false,
        output: null,
        error: {
          kind: "schema",
          message: `recorded answer no longer fits the schema: ${parsed.issues}`,
          raw: entry.text,
        },
      };
    return { ...base, ok: true, output: parsed.value };
  }

  private answerUncached(request: LlmRequest, key: string, started: number): Promise<LlmResult> {
    if (this.provider) return this.answerLive(request, key, started);
    const rules = this.rules.taskFor(request.purpose);
    if (this.config.provider === "auto" && rules) return Promise.resolve(this.answerWithRules(request, key, started));
    const known = this.rules.purposes();
    return Promise.resolve(
      this.failure(
        request,
        key,
        {
          kind: "replay-miss",
          message:
            `no recorded response for request ${key} (purpose "${request.purpose}", model ${request.model}) in ${this.config.cachePath}` +
            (this.config.provider === "auto"
              ? ` and no rules baseline for "${request.purpose}"${known.length ? ` (rules exist for: ${known.join(", ")})` : ""}`
              : "") +
            `; record it by running once with a live provider (export ${this.config.apiKeyEnv}=..., or RPW_LLM_BASE_URL=http://host:port/v1), or import recordings with \`npx rpw llm import <file.jsonl>\``,
        },
        started,
      ),
    );
  }

  private answerWithRules(request: LlmRequest, key: string, started: number): LlmResult {
    const task = this.rules.taskFor(request.purpose);
    if (!task) {
      return {
        ...this.failure(
          request,
          key,
          {
            kind: "request",
            message: `no rules baseline is registered for purpose "${request.purpose}" (registered: ${this.rules.purposes().join(", ") || "none"})`,
          },
          started,
        ),
        answeredBy: "rules",
      };
    }
    const model = rulesModelName(request.purpose, task);
    let output: unknown;
    try {
      output = task.run(request.rulesInput ?? request);
    } catch (error) {
      return {
        ...this.failure(
          request,
          key,
          { kind: "request", message: `the rules baseline failed: ${(error as Error).message}` },
          started,
        ),
        answeredBy: "rules",
        model,
      };
    }
    if (request.schema) {
      const checked = request.schema.schema.safeParse(output);
      if (!checked.success) {
        return {
          ...this.failure(
            request,
            key,
            {
              kind: "schema",
              message: `the rules baseline's output does not fit the schema: ${checked.error.issues[0]?.message}`,
              raw: JSON.stringify(output),
            },
            started,
          ),
          answeredBy: "rules",
          model,
        };
      }
      output = checked.data;
    }
    return { ...this.base(request, key, started), ok: true, output, answeredBy: "rules", model };
  }

  private async answerLive(request: LlmRequest, key: string, started: number): Promise<LlmResult> {
    const provider = this.provider as ChatProvider;
    // Counting tokens costs time on every call; only a budget needs the worst case up front.
    const worstCase =
      this.config.budgetUsd === null
        ? null
        : costOf(request.model, {
            inputTokens: countChatTokens(request.messages, request.model),
            outputTokens: request.params?.maxTokens ?? ASSUMED_COMPLETION_TOKENS,
            cachedInputTokens: 0,
          });
    // Near the cap, wait for calls in flight to settle (they usually cost far less than reserved) before refusing.
    let reservation = this.budget.reserve(worstCase);
    while (reservation === "wait") {
      await this.budget.settled();
      reservation = this.budget.reserve(worstCase);
    }
    if (reservation === "over") {
      return this.failure(
        request,
        key,
        {
          kind: "budget",
          message: `stopped at the budget cap: ${this.spendLine()}; this call (up to $${worstCase?.toFixed(4)}) was not made (raise llm.budgetUsd to go on)`,
        },
        started,
      );
    }
    await this.slots.acquire();
    let usage: Usage = NO_USAGE;
    let attempts = 0;
    try {
      this.counters.liveCalls++;
      let messages: ChatMessage[] = request.messages;
      for (let pass = 0; pass < 2; pass++) {
        const outcome = await this.sendWithRetries(provider, request, messages, () => attempts++);
        if (outcome.ok === false)
          return this.failure(request, key, outcome.error, started, {
            usage,
            attempts,
            costUsd: costOf(request.model, usage),
          });
        usage = addUsage(usage, outcome.answer.usage);
        const { text, refusal } = outcome.answer;
        const cost = costOf(request.model, usage);
        if (refusal)
          return this.failure(
            request,
            key,
            { kind: "refusal", message: `the model refused: ${refusal}`, raw: refusal },
            started,
            { usage, attempts, costUsd: cost },
          );
        let output: unknown = text;
        if (request.schema) {
          const parsed = parseStructured(text, request.schema.schema);
          if (parsed.ok === false) {
            if (pass === 0) {
              messages = repairMessages(request.messages, text, parsed.issues);
              continue;
            }
            return this.failure(
              request,
              key,
              {
                kind: "schema",
                message: `the answer does not fit the schema after one repair attempt: ${parsed.issues}`,
                raw: text,
              },
              started,
              { usage, attempts, costUsd: cost },
            );
          }
          output = parsed.value;
        }
        this.record(request, key, provider.kind, text, usage, cost, this.clock.now() - started);
        return {
          ...this.base(request, key, started),
          ok: true,
          output,
          usage,
          costUsd: cost,
          attempts,
          answeredBy: provider.kind,
          model: request.model,
        };
      }
      throw new Error("unreachable: the repair loop always returns");
    } finally {
      this.slots.release();
      this.budget.settle(worstCase, costOf(request.model, usage), {
        purpose: request.purpose,
        model: request.model,
        via: "live",
      });
      this.counters.httpAttempts += attempts;
    }
  }

  private async sendWithRetries(
    provider: ChatProvider,
    request: LlmRequest,
    messages: ChatMessage[],
    onAttempt: () => void,
  ) {
    for (let attempt = 0; ; attempt++) {
      const tokens =
        this.config.tokensPerMinute === null
          ? 0
          : countChatTokens(messages, request.model) + (request.params?.maxTokens ?? 0);
      await this.window.take(tokens);
      onAttempt();
      const outcome = await provider.send(request, messages);
      if (outcome.ok === true || !isRetryable(outcome.error) || attempt >= this.policy.maxRetries) return outcome;
      if (outcome.retryAfterMs !== null && outcome.retryAfterMs > this.policy.maxRetryAfterMs) return outcome;
      await this.clock.sleep(retryDelayMs(attempt + 1, outcome.retryAfterMs, this.policy, this.random));
    }
  }

  private record(
    request: LlmRequest,
    key: string,
    provider: KeyedProvider,
    text: string,
    usage: Usage,
    costUsd: number | null,
    latencyMs: number,
  ): void {
    if (this.config.cacheReadOnly) return;
    try {
      this.cache.put({
        key,
        purpose: request.purpose,
        provider,
        model: request.model,
        request: requestKeyParts(request, provider),
        text,
        usage,
        costUsd,
        latencyMs,
        recordedAt: this.now().toISOString(),
        via: "live",
        baseUrl: this.recordedBaseUrl(),
      });
    } catch (error) {
      // The answer is still returned; losing the recording only costs a repeat call later.
      process.stderr.write(`llm: could not record response ${key}: ${(error as Error).message}\n`);
    }
  }
}

/** Creates a client from options, the environment and defaults (see config.ts). */
export function createLlm(options: LlmConfigInput = {}, deps: LlmClientDeps = {}): LlmClient {
  return new LlmClient(resolveLlmConfig(options, deps.env ?? process.env), deps);
}
