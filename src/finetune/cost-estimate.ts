/**
 * What a fine-tuning job will cost, estimated before it is launched.
 *
 * Follows the OpenAI cookbook's `Chat_finetuning_data_prep` rule (ENGINES.md §4): with epochs
 * "auto", target 3 epochs, but aim for 100–25,000 trained examples: if n×3 < 100, epochs =
 * min(25, 100 // n); if n×3 > 25,000, epochs = max(1, 25,000 // n). Billed tokens = epochs ×
 * Σ min(16,385, tokens of each example); cost = billed tokens × the model's training price
 * (src/llm/pricing.ts). Leaves out: the API's own "auto" choice, which may differ from the
 * cookbook's; tokens are counted with the model's tokenizer (o200k for gpt-4o-mini) where the
 * cookbook used cl100k. It is an estimate and is labelled so.
 */
import { PRICES_AS_OF, priceOf } from "../llm/pricing";

export const TARGET_EPOCHS = 3;
export const MIN_TARGET_EXAMPLES = 100;
export const MAX_TARGET_EXAMPLES = 25_000;
export const MIN_DEFAULT_EPOCHS = 1;
export const MAX_DEFAULT_EPOCHS = 25;
/** Tokens per example beyond which OpenAI truncates (and does not bill). */
export const MAX_TOKENS_PER_EXAMPLE = 16_385;

/** The cookbook's default epochs for `n` training examples. */
export function cookbookEpochs(n: number): number {
  if (n * TARGET_EPOCHS < MIN_TARGET_EXAMPLES) return Math.min(MAX_DEFAULT_EPOCHS, Math.floor(MIN_TARGET_EXAMPLES / n));
  if (n * TARGET_EPOCHS > MAX_TARGET_EXAMPLES) return Math.max(MIN_DEFAULT_EPOCHS, Math.floor(MAX_TARGET_EXAMPLES / n));
  return TARGET_EPOCHS;
}

export interface CostEstimate {
  model: string;
  examples: number;
  /** Σ min(16,385, tokens per example). */
  tokensPerEpoch: number;
  /** Examples longer than 16,385 tokens (truncated by OpenAI). */
  overLimit: number;
  epochs: number;
  epochsFrom: "given" | "cookbook rule for auto";
  billedTokens: number;
  /** USD per million trained tokens, or null when pricing.ts has no training price for the model. */
  trainingPricePerMillion: number | null;
  costUsd: number | null;
  pricesAsOf: string;
}

export function estimateTrainingCost(
  tokensPerExample: readonly number[],
  model: string,
  nEpochs: number | "auto",
): CostEstimate {
  const tokensPerEpoch = tokensPerExample.reduce((sum, n) => sum + Math.min(MAX_TOKENS_PER_EXAMPLE, n), 0);
  const epochs = nEpochs === "auto" ? cookbookEpochs(tokensPerExample.length) : nEpochs;
  const price = priceOf(model)?.training ?? null;
  const billedTokens = epochs * tokensPerEpoch;
  return {
    model,
    examples: tokensPerExample.length,
    tokensPerEpoch,
    overLimit: tokensPerExample.filter((n) => n > MAX_TOKENS_PER_EXAMPLE).length,
    epochs,
    epochsFrom: nEpochs === "auto" ? "cookbook rule for auto" : "given",
    billedTokens,
    trainingPricePerMillion: price,
    costUsd: price === null ? null : (billedTokens * price) / 1_000_000,
    pricesAsOf: PRICES_AS_OF,
  };
}

/** One line, e.g. "estimate: 12 examples × 8 epochs (cookbook rule for auto) = 9,600 billed tokens × $3.00/M ≈ $0.0288". */
export function formatEstimate(estimate: CostEstimate): string {
  const n = (value: number) => value.toLocaleString("en-US");
  const tokens = `${n(estimate.examples)} examples, ${n(estimate.tokensPerEpoch)} tokens per epoch × ${estimate.epochs} epochs (${estimate.epochsFrom}) = ${n(estimate.billedTokens)} billed tokens`;
  const over =
    estimate.overLimit > 0
      ? `; ${estimate.overLimit} examples exceed ${n(MAX_TOKENS_PER_EXAMPLE)} tokens and will be truncated`
      : "";
  if (estimate.costUsd === null || estimate.trainingPricePerMillion === null) {
    return `estimate: ${tokens}; no training price for ${estimate.model} in src/llm/pricing.ts${over}`;
  }
  return `estimate: ${tokens} × $${estimate.trainingPricePerMillion.toFixed(2)}/M (${estimate.model} training, prices as of ${estimate.pricesAsOf}) ≈ $${estimate.costUsd.toFixed(4)}${over}`;
}
