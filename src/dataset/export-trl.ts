/**
 * TRL prompt–completion JSONL, conversational: `{"prompt": [system, user], "completion":
 * [assistant]}` per line. TRL's SFTTrainer computes the loss on the completion only for
 * prompt–completion data (its default since PR #3329, ENGINES.md §5) and applies the
 * tokenizer's chat template: the base Llama 3.1 tokenizer may have none, so the export ships
 * the Llama 3 template as `chat_template.jinja` (assistant turn ending in `<|eot_id|>`) and the
 * SFTConfig settings to use with it (`max_length` from the survival audit, set explicitly
 * because older TRL defaulted to 1024; `eos_token` `<|eot_id|>`).
 *
 * Writes trl/train.jsonl, trl/validation.jsonl, trl/chat_template.jinja, trl/manifest.json.
 */
import { SftMessage, SftRecord } from "../schemas/sft";
import { END_OF_TURN, LLAMA3_CHAT_TEMPLATE_JINJA } from "./chat-template";
import {
  conversationProblems,
  ExportFile,
  exportedSplits,
  FormatCheck,
  isObject,
  jsonl,
  jsonlEntries,
  manifestFile,
  validateJsonlFile,
} from "./export-files";

export function toTrlLine(record: SftRecord): { prompt: SftMessage[]; completion: SftMessage[] } {
  const messages = record.messages.map(({ role, content }) => ({ role, content }));
  return {
    prompt: messages.filter((m) => m.role !== "assistant"),
    completion: messages.filter((m) => m.role === "assistant"),
  };
}

export function exportTrl(records: readonly SftRecord[], { maxLength }: { maxLength: number }): ExportFile[] {
  const { train, validation } = exportedSplits(records);
  return [
    { path: "trl/train.jsonl", content: jsonl(train.map(toTrlLine)) },
    { path: "trl/validation.jsonl", content: jsonl(validation.map(toTrlLine)) },
    { path: "trl/chat_template.jinja", content: LLAMA3_CHAT_TEMPLATE_JINJA },
    manifestFile("trl", records, {
      format: "trl-prompt-completion-conversational",
      files: { train: "train.jsonl", validation: "validation.jsonl", chatTemplate: "chat_template.jinja" },
      loss: "completion only (SFTConfig.completion_only_loss, TRL's default for prompt-completion data)",
      chatTemplate: "Llama 3 (chat_template.jinja; set tokenizer.chat_template to it when the base tokenizer has none)",
      endOfSequence: `${END_OF_TURN} ends the assistant turn (written by the template, part of the completion)`,
      llama3Example: true,
      settings: {
        sftConfig: {
          completion_only_loss: true,
          max_length: maxLength,
          eos_token: END_OF_TURN,
          pad_token: "<|end_of_text|>",
        },
        loadDataset: "load_dataset('json', data_files={'train': 'train.jsonl', 'validation': 'validation.jsonl'})",
      },
      notes: [
        "If the chat template adds special tokens the base model never trained, TRL's docs advise modules_to_save=['embed_tokens', 'lm_head'] in the LoraConfig.",
      ],
    }),
  ];
}

export function validateTrlJsonl(text: string, file: string): FormatCheck {
  return validateJsonlFile(text, file, "trl-prompt-completion", (value) => {
    if (!isObject(value) || !Array.isArray(value.prompt) || !Array.isArray(value.completion))
      return ["expected an object with prompt and completion lists"];
    const problems: string[] = [];
    const extra = Object.keys(value).filter((key) => key !== "prompt" && key !== "completion");
    if (extra.length) problems.push(`unknown keys: ${extra.join(", ")}`);
    if (value.prompt.some((m) => isObject(m) && m.role === "assistant"))
      problems.push("the prompt holds an assistant message");
    if (value.completion.length !== 1 || !isObject(value.completion[0]) || value.completion[0].role !== "assistant") {
      problems.push("the completion must be exactly one assistant message");
    }
    problems.push(
      ...conversationProblems([...value.prompt, ...value.completion], { keys: ["role", "content"], trimmed: true }),
    );
    return problems;
  });
}

export function parseTrlJsonl(text: string): SftMessage[][] {
  return jsonlEntries(text).map(({ value }) => {
    const line = value as { prompt: SftMessage[]; completion: SftMessage[] };
    return [...line.prompt, ...line.completion].map(({ role, content }) => ({ role, content }));
  });
}
