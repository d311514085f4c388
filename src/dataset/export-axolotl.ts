/**
 * Axolotl: a `type: chat_template` dataset (one `{"messages": [...]}` per line, OpenAI roles)
 * and a LoRA config for Llama 3.1 8B written as YAML text, with the study's hyper-parameters
 * (STUDY.md: r 32, alpha 32, dropout 0.05, the seven projection modules, lr 2e-4, batch 1,
 * 4 epochs) and what the study lacked: loss on assistant turns only (`roles_to_train:
 * ["assistant"]`), the end-of-turn token trained (`train_on_eos: turn`), Axolotl's `llama3`
 * chat template (Meta's format, as src/tokenize/llama3.ts writes it), and `sequence_len` taken
 * from the survival audit instead of 512.
 *
 * Writes axolotl/data.jsonl (train), axolotl/validation.jsonl (`test_datasets`),
 * axolotl/config.yml and axolotl/manifest.json. The config check reads lines, it is not a YAML
 * parser: it finds each required setting with its value.
 */
import { axolotlConfigYaml, resolveLoraRecipe } from "../finetune/lora-recipe";
import { SftMessage, SftRecord } from "../schemas/sft";
import { END_OF_TURN } from "./chat-template";
import {
  conversationProblems,
  ExportFile,
  exportedSplits,
  FormatCheck,
  formatCheck,
  FormatIssue,
  isObject,
  jsonl,
  jsonlEntries,
  manifestFile,
  validateJsonlFile,
} from "./export-files";

export { STUDY_TARGET_MODULES as LORA_TARGET_MODULES } from "../finetune/lora-recipe";
export const BASE_MODEL = "meta-llama/Llama-3.1-8B";

export interface AxolotlOptions {
  sequenceLen: number;
  /** One line on where sequence_len came from (the audit). */
  sequenceLenNote: string;
}

/**
 * The Axolotl config beside the data: the same writer as `rpw finetune recipe` (one source of
 * truth for the study's hyper-parameters and the loss/template/EOS settings), with paths relative
 * to this folder and sequence_len from the survival audit.
 */
export function axolotlConfig({ sequenceLen }: AxolotlOptions): string {
  return axolotlConfigYaml(
    resolveLoraRecipe({
      datasetPath: "data.jsonl",
      validationPath: "validation.jsonl",
      maxLength: sequenceLen,
      outputDir: "./outputs/rpw-llama31-8b-lora",
    }),
  );
}

export function toAxolotlLine(record: SftRecord): { messages: SftMessage[] } {
  return { messages: record.messages.map(({ role, content }) => ({ role, content })) };
}

export function exportAxolotl(records: readonly SftRecord[], options: AxolotlOptions): ExportFile[] {
  const { train, validation } = exportedSplits(records);
  return [
    { path: "axolotl/data.jsonl", content: jsonl(train.map(toAxolotlLine)) },
    { path: "axolotl/validation.jsonl", content: jsonl(validation.map(toAxolotlLine)) },
    { path: "axolotl/config.yml", content: axolotlConfig(options) },
    manifestFile("axolotl", records, {
      format: "axolotl-chat-template",
      files: { train: "data.jsonl", validation: "validation.jsonl", config: "config.yml" },
      loss: 'assistant turns only (roles_to_train: ["assistant"])',
      chatTemplate: "llama3 (Axolotl's built-in Meta Llama 3 template)",
      endOfSequence: `${END_OF_TURN} after each assistant turn, trained (train_on_eos: turn)`,
      llama3Example: true,
      notes: [
        "Check the masking before training: `axolotl preprocess config.yml --debug` prints token/label pairs (masked tokens show label -100).",
      ],
    }),
  ];
}

export function validateAxolotlJsonl(text: string, file: string): FormatCheck {
  return validateJsonlFile(text, file, "axolotl-chat-template", (value) =>
    !isObject(value) || Object.keys(value).join() !== "messages"
      ? ["expected an object with only a messages list"]
      : conversationProblems(value.messages, { keys: ["role", "content"], trimmed: true }),
  );
}

const REQUIRED_SETTINGS: { name: string; pattern: RegExp }[] = [
  { name: "base_model", pattern: /^base_model: \S+$/m },
  { name: "chat_template: llama3", pattern: /^chat_template: llama3$/m },
  { name: "a chat_template dataset", pattern: /^ {4}type: chat_template$/m },
  { name: "roles_to_train: [assistant]", pattern: /^ {4}roles_to_train:(?: \["assistant"\]|\n {6}- "?assistant"?)$/m },
  { name: "train_on_eos: turn", pattern: /^ {4}train_on_eos: turn$/m },
  { name: "sequence_len (a positive whole number)", pattern: /^sequence_len: [1-9]\d*$/m },
  { name: "adapter: lora", pattern: /^adapter: lora$/m },
  { name: "lora_r", pattern: /^lora_r: [1-9]\d*$/m },
  { name: "special_tokens.pad_token", pattern: /^ {2}pad_token: "?<\|end_of_text\|>"?$/m },
  {
    name: "special_tokens.eos_token <|eot_id|> (so train_on_eos: turn trains the end of each answer)",
    pattern: /^ {2}eos_token: "?<\|eot_id\|>"?$/m,
  },
];

export function validateAxolotlConfig(text: string, file: string): FormatCheck {
  const errors: FormatIssue[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.includes("\t")) errors.push({ file, line: index + 1, message: "a tab (YAML indents with spaces)" });
  });
  for (const { name, pattern } of REQUIRED_SETTINGS)
    if (!pattern.test(text)) errors.push({ file, line: 0, message: `no ${name}` });
  return formatCheck("axolotl-config", file, 1, errors);
}

export function parseAxolotlJsonl(text: string): SftMessage[][] {
  return jsonlEntries(text).map(({ value }) =>
    (value as { messages: SftMessage[] }).messages.map(({ role, content }) => ({ role, content })),
  );
}
