/**
 * OpenAI's published checks of chat fine-tuning data, as the cookbook notebook
 * `examples/Chat_finetuning_data_prep.ipynb` runs them (ENGINES.md §4): the seven format error
 * types, the counts of examples missing a system or user message, the distributions of messages,
 * tokens and assistant tokens per example, the examples over the 16,385-token limit, the
 * default number of epochs, and the billed tokens and cost at a model's training price — the
 * latter from the fine-tune stage's estimate (src/finetune/cost-estimate.ts, the model's own
 * tokenizer), so every place that states the cost states the same figure.
 *
 * Follows the cookbook's arithmetic, with cl100k_base tokens (`countTextTokens(text, "gpt-4")`):
 * 3 tokens per message + the tokens of each string value (role, content, name) + 1 per name,
 * + 3 for the reply primer. Departures, written down: numeric values (OpenAI's `weight`) are
 * skipped, where the notebook would pass them to the encoder and fail; the notebook labels its
 * percentiles "p5"/"p95" but computes the 10th and 90th, so we name them p10 and p90.
 * Leaves out: OpenAI's own server-side validation, whose rules are not published.
 */
import { cookbookEpochs, estimateTrainingCost, MAX_TOKENS_PER_EXAMPLE } from "../finetune/cost-estimate";
import { z } from "zod";
import { countChatTokens, countTextTokens } from "../llm/tokens";
import type { ChatMessage } from "../llm/types";
import { MODEL_PRICES, priceOf } from "../llm/pricing";
import { quantile } from "../util/stats";

export const COOKBOOK_ERROR_TYPES = [
  "data_type",
  "missing_messages_list",
  "message_missing_key",
  "message_unrecognized_key",
  "unrecognized_role",
  "missing_content",
  "example_missing_assistant_message",
] as const;
export type CookbookErrorType = (typeof COOKBOOK_ERROR_TYPES)[number];

// The cookbook's constants and epochs rule live with the fine-tune cost estimate; one copy.
export { MAX_TOKENS_PER_EXAMPLE } from "../finetune/cost-estimate";
export const DEFAULT_COST_MODEL = "gpt-4o-mini-2024-07-18";

const Distribution = z.object({
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  median: z.number(),
  p10: z.number(),
  p90: z.number(),
});
export type Distribution = z.infer<typeof Distribution>;

export const CookbookReport = z.object({
  examples: z.number().int(),
  formatErrors: z.record(z.string(), z.number().int()),
  ok: z.boolean(),
  missingSystem: z.number().int(),
  missingUser: z.number().int(),
  messagesPerExample: Distribution.nullable(),
  tokensPerExample: Distribution.nullable(),
  assistantTokensPerExample: Distribution.nullable(),
  tokenLimit: z.number().int(),
  overTokenLimit: z.number().int(),
  epochs: z.number().int(),
  billedTokensPerEpoch: z.number().int(),
  billedTokens: z.number().int(),
  cost: z.object({ model: z.string(), trainingPricePerMillion: z.number(), usd: z.number() }).nullable(),
  /** The same billed tokens at every model with a training price in the table. */
  costByModel: z.record(z.string(), z.number()),
});
export type CookbookReport = z.infer<typeof CookbookReport>;

const ALLOWED_KEYS = ["role", "content", "name", "function_call", "weight"];
const ROLES = ["system", "user", "assistant", "function"];

type Message = Record<string, unknown>;
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The cookbook's format error counts (an example can count under several types). */
export function formatErrors(dataset: readonly unknown[]): Record<CookbookErrorType, number> {
  const errors = Object.fromEntries(COOKBOOK_ERROR_TYPES.map((type) => [type, 0])) as Record<CookbookErrorType, number>;
  for (const example of dataset) {
    if (!isObject(example)) {
      errors.data_type++;
      continue;
    }
    const messages = example.messages;
    // Python's `if not messages`: absent, null or an empty list.
    if (!Array.isArray(messages) || messages.length === 0) {
      errors.missing_messages_list++;
      continue;
    }
    for (const raw of messages) {
      const message: Message = isObject(raw) ? raw : {};
      if (!("role" in message) || !("content" in message)) errors.message_missing_key++;
      if (Object.keys(message).some((key) => !ALLOWED_KEYS.includes(key))) errors.message_unrecognized_key++;
      if (!ROLES.includes(message.role as string)) errors.unrecognized_role++;
      const content = message.content;
      const functionCall = message.function_call;
      if ((!content && !functionCall) || typeof content !== "string") errors.missing_content++;
    }
    if (!messages.some((message) => isObject(message) && message.role === "assistant"))
      errors.example_missing_assistant_message++;
  }
  return errors;
}

/** The cookbook's `num_tokens_from_messages`, cl100k_base. */
export function cookbookTokens(messages: readonly Message[], cache?: Map<string, number>): number {
  const count = (text: string) => {
    if (!cache) return countTextTokens(text, "gpt-4");
    let n = cache.get(text);
    if (n === undefined) cache.set(text, (n = countTextTokens(text, "gpt-4")));
    return n;
  };
  let tokens = 0;
  for (const message of messages) {
    tokens += 3;
    for (const [key, value] of Object.entries(message)) {
      if (typeof value !== "string") continue;
      tokens += count(value);
      if (key === "name") tokens += 1;
    }
  }
  return tokens + 3;
}

export function cookbookAssistantTokens(messages: readonly Message[]): number {
  return messages
    .filter((message) => message.role === "assistant" && typeof message.content === "string")
    .reduce((sum, message) => sum + countTextTokens(message.content as string, "gpt-4"), 0);
}

/** The cookbook's default epochs: 3, raised for small sets (≥ 100 examples seen) and lowered for large ones (≤ 25,000). */
/** The cookbook's default epochs for a file of `examples` (0 for an empty file, which trains nothing). */
export function defaultEpochs(examples: number): number {
  return examples === 0 ? 0 : cookbookEpochs(examples);
}

function distribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0],
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
  };
}

/** Runs the cookbook's checks and estimate on parsed JSONL lines. */
export function checkOpenAIChatData(dataset: readonly unknown[], { model = DEFAULT_COST_MODEL } = {}): CookbookReport {
  const errors = formatErrors(dataset);
  const ok = Object.values(errors).every((count) => count === 0);
  const conversations = dataset.map((example) =>
    isObject(example) && Array.isArray(example.messages) ? example.messages.filter(isObject) : [],
  );
  const cache = new Map<string, number>();
  const tokens = conversations.map((messages) => cookbookTokens(messages, cache));
  const epochs = defaultEpochs(dataset.length);
  // Billed tokens and cost come from the fine-tune stage's one estimate (the model's own tokenizer),
  // so this report, the launch plan and the run report give the same figure; the cookbook's cl100k
  // counts above stay for its distributions and the 16,385-token limit check.
  const chats = conversations.map((messages) =>
    messages.filter(
      (message): message is Message & ChatMessage =>
        typeof message.role === "string" && typeof message.content === "string",
    ),
  );
  const estimate = estimateTrainingCost(
    chats.map((messages) => countChatTokens(messages, model)),
    model,
    "auto",
  );
  const perEpoch = estimate.tokensPerEpoch;
  const billed = epochs * perEpoch;
  const price = priceOf(model);
  const costByModel: Record<string, number> = {};
  for (const [name, entry] of Object.entries(MODEL_PRICES).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (entry.training !== undefined) costByModel[name] = (billed * entry.training) / 1_000_000;
  }
  return CookbookReport.parse({
    examples: dataset.length,
    formatErrors: errors,
    ok,
    missingSystem: conversations.filter((messages) => !messages.some((message) => message.role === "system")).length,
    missingUser: conversations.filter((messages) => !messages.some((message) => message.role === "user")).length,
    messagesPerExample: distribution(conversations.map((messages) => messages.length)),
    tokensPerExample: distribution(tokens),
    assistantTokensPerExample: distribution(conversations.map(cookbookAssistantTokens)),
    tokenLimit: MAX_TOKENS_PER_EXAMPLE,
    overTokenLimit: tokens.filter((n) => n > MAX_TOKENS_PER_EXAMPLE).length,
    epochs,
    billedTokensPerEpoch: perEpoch,
    billedTokens: billed,
    cost:
      price?.training === undefined
        ? null
        : { model, trainingPricePerMillion: price.training, usd: (billed * price.training) / 1_000_000 },
    costByModel,
  });
}
