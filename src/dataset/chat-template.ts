/**
 * The chat template and end-of-sequence token every Llama export carries: Meta's Llama 3
 * format as src/tokenize/llama3.ts writes it, so the text a trainer builds is the text the
 * survival audit counted.
 *
 *   <|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n{system}<|eot_id|>
 *   <|start_header_id|>user<|end_header_id|>\n\n{user}<|eot_id|>
 *   <|start_header_id|>assistant<|end_header_id|>\n\n{completion}<|eot_id|>
 *
 * `<|eot_id|>` ends the assistant turn and is part of the completion (trained on, so the model
 * learns to stop: the study had no EOS and its model ran on). The Jinja version is for TRL,
 * whose base-model tokenizer may have no template; it marks the assistant turn with
 * `{% generation %}` so `assistant_only_loss` also works. Leaves out: Llama 3.1 Instruct's
 * "Cutting Knowledge Date" system preamble (we train the base model, as the study did).
 */
import type { ChatMessage } from "../llm/types";
import { formatLlama3Chat, LLAMA3_SPECIAL } from "../tokenize/llama3";

export const END_OF_TURN = LLAMA3_SPECIAL.endOfTurn;
/** Padding for Llama 3 trainers: the base tokenizer has no pad token (Axolotl's llama-3 example). */
export const PAD_TOKEN = LLAMA3_SPECIAL.endOfText;

export const LLAMA3_CHAT_TEMPLATE_JINJA =
  "{{- bos_token }}" +
  "{%- for message in messages %}" +
  "{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' }}" +
  "{%- if message['role'] == 'assistant' %}" +
  "{%- generation %}{{- message['content'] + '<|eot_id|>' }}{%- endgeneration %}" +
  "{%- else %}" +
  "{{- message['content'] + '<|eot_id|>' }}" +
  "{%- endif %}" +
  "{%- endfor %}" +
  "{%- if add_generation_prompt %}{{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{%- endif %}\n";

/** The prompt a model sees before answering: everything but the assistant turn, ending with its header. */
export function llama3PromptText(messages: readonly ChatMessage[]): string {
  return formatLlama3Chat(
    messages.filter((message) => message.role !== "assistant"),
    { awaitAnswer: true },
  );
}

/** What the model must produce: the assistant's content and the end-of-turn token. */
export function llama3CompletionText(messages: readonly ChatMessage[]): string {
  const answer = messages.filter((message) => message.role === "assistant");
  if (answer.length !== 1) throw new Error(`expected one assistant message, got ${answer.length}`);
  return `${answer[0].content}${END_OF_TURN}`;
}

/** The whole training sequence (prompt + completion), exactly as formatLlama3Chat writes it. */
export function llama3TrainingText(messages: readonly ChatMessage[]): string {
  return formatLlama3Chat(messages, { awaitAnswer: false });
}
