/**
 * Token counts for budgets and estimates, with the model's tokenizer: o200k_base for the
 * GPT-4o / 4.1 / o-series family, cl100k_base for GPT-4 and GPT-3.5 (gpt-tokenizer, pure JS;
 * RECIPES.md §6). Chat overhead follows OpenAI's cookbook: 3 tokens per message plus 3 for the
 * reply primer. Models of other families (Llama via vLLM) are counted with o200k as an estimate;
 * the Llama 3 tokenizer belongs to the fine-tune audit, not to cost accounting.
 */
import { countTokens as countO200k } from "gpt-tokenizer";
import type { ChatMessage } from "./types";

// The cl100k encoder is only reachable by its file path under node10 module resolution.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cl100k = require("gpt-tokenizer/cjs/encoding/cl100k_base") as { countTokens: (text: string) => number };

const NO_SPECIALS = { disallowedSpecial: new Set<string>() };

export function tokenizerFor(model: string): "o200k_base" | "cl100k_base" {
  const base = model.replace(/^ft:/, "");
  return /^gpt-(4(-turbo|-\d{4}|-32k)?|3\.5)(\b|-|$)/.test(base) && !/^gpt-4o|^gpt-4\.1/.test(base)
    ? "cl100k_base"
    : "o200k_base";
}

/** Tokens of a plain text (special-token strings count as ordinary text). */
export function countTextTokens(text: string, model = "gpt-4o"): number {
  return tokenizerFor(model) === "cl100k_base" ? cl100k.countTokens(text) : countO200k(text, NO_SPECIALS as never);
}

/** Prompt tokens of a chat request, by the cookbook's formula. */
export function countChatTokens(messages: readonly ChatMessage[], model = "gpt-4o"): number {
  return messages.reduce(
    (sum, message) => sum + 3 + countTextTokens(message.content, model) + countTextTokens(message.role, model),
    3,
  );
}
