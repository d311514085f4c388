/**
 * Dated price table (USD per million tokens) for estimating and accounting spend.
 *
 * Source: OpenAI's published API prices (platform.openai.com/docs/pricing), as listed in 2025;
 * `PRICES_AS_OF` says when they were last checked. Prices change: verify before a large paid
 * run and override with `prices` in the configuration. Batch API calls cost half (ENGINES.md §4).
 * Self-hosted models (openai-compatible) have no token price: their cost is `null`, which the
 * budget does not count.
 */

export const PRICES_AS_OF = "2025-06";

export interface ModelPrice {
  input: number;
  cachedInput: number | null;
  output: number;
  /** Fine-tuning training price per million trained tokens, where the model can be tuned. */
  training?: number;
}

/** Longest prefix wins, so dated snapshots ("gpt-4o-2024-08-06") find their family. */
export const MODEL_PRICES: Record<string, ModelPrice> = {
  "gpt-4o-2024-05-13": { input: 5.0, cachedInput: null, output: 15.0 },
  "gpt-4o-mini": { input: 0.15, cachedInput: 0.075, output: 0.6, training: 3.0 },
  "gpt-4o": { input: 2.5, cachedInput: 1.25, output: 10.0, training: 25.0 },
  "gpt-4.1-nano": { input: 0.1, cachedInput: 0.025, output: 0.4, training: 1.5 },
  "gpt-4.1-mini": { input: 0.4, cachedInput: 0.1, output: 1.6, training: 5.0 },
  "gpt-4.1": { input: 2.0, cachedInput: 0.5, output: 8.0, training: 25.0 },
  "gpt-4-turbo": { input: 10.0, cachedInput: null, output: 30.0 },
  "gpt-4": { input: 30.0, cachedInput: null, output: 60.0 },
  "gpt-3.5-turbo": { input: 0.5, cachedInput: null, output: 1.5, training: 8.0 },
  // Inference on fine-tuned models (ft:<base>:<org>:<suffix>:<id>).
  "ft:gpt-4o-mini": { input: 0.3, cachedInput: 0.15, output: 1.2 },
  "ft:gpt-4o": { input: 3.75, cachedInput: 1.875, output: 15.0 },
  "ft:gpt-4.1-mini": { input: 0.8, cachedInput: 0.2, output: 3.2 },
  "ft:gpt-4.1": { input: 3.0, cachedInput: 0.75, output: 12.0 },
};

export const BATCH_DISCOUNT = 0.5;

export function priceOf(model: string, overrides: Record<string, ModelPrice> = {}): ModelPrice | null {
  if (overrides[model]) return overrides[model];
  const table = { ...MODEL_PRICES, ...overrides };
  const match = Object.keys(table)
    .filter((prefix) => model === prefix || model.startsWith(`${prefix}-`) || model.startsWith(`${prefix}:`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? table[match] : null;
}

export interface TokenCounts {
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
}

/** Cost of one call in USD, or null when the model has no known price. */
export function costOf(
  model: string,
  usage: TokenCounts,
  { batch = false, overrides = {} as Record<string, ModelPrice> } = {},
): number | null {
  const price = priceOf(model, overrides);
  if (!price) return null;
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const cachedRate = price.cachedInput ?? price.input;
  const dollars =
    ((usage.inputTokens - cached) * price.input + cached * cachedRate + usage.outputTokens * price.output) / 1_000_000;
  return batch ? dollars * BATCH_DISCOUNT : dollars;
}
