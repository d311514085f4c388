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
import { SftMessage, SftRecord } from "../schemas/sft";
import { END_OF_TURN, PAD_TOKEN } from "./chat-template";
import {
  conversationProblems, ExportFile, exportedSplits, FormatCheck, formatCheck, FormatIssue, isObject, jsonl, jsonlEntries, manifestFile,
} from "./export-files";

export const LORA_TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"] as const;
export const BASE_MODEL = "meta-llama/Llama-3.1-8B";

export interface AxolotlOptions {
  sequenceLen: number;
  /** One line on where sequence_len came from (the audit). */
  sequenceLenNote: string;
}

function datasetEntry(file: string, split: string | null): string {
  return [
    `  - path: ${file}`,
    "    ds_type: json",
    ...(split ? [`    split: ${split}`] : []),
    "    type: chat_template",
    "    field_messages: messages",
    "    message_property_mappings:",
    "      role: role",
    "      content: content",
    '    roles_to_train: ["assistant"]',
    "    train_on_eos: turn",
  ].join("\n");
}

export function axolotlConfig({ sequenceLen, sequenceLenNote }: AxolotlOptions): string {
  return `# Axolotl LoRA fine-tune of Llama 3.1 8B on the rpw dataset (written by \`rpw dataset\`).
# Run from this folder (dataset paths are relative): axolotl train config.yml
# The study's hyper-parameters; unlike the study, the loss covers assistant turns only, including
# their ${END_OF_TURN}, and sequence_len comes from the completion-survival audit.
base_model: ${BASE_MODEL}
chat_template: llama3

datasets:
${datasetEntry("data.jsonl", null)}
test_datasets:
${datasetEntry("validation.jsonl", "train")}
dataset_prepared_path: last_run_prepared
output_dir: ./outputs/rpw-llama31-8b-lora

# ${sequenceLenNote}
sequence_len: ${sequenceLen}
sample_packing: false

adapter: lora
lora_r: 32
lora_alpha: 32
lora_dropout: 0.05
lora_target_modules:
${LORA_TARGET_MODULES.map((module) => `  - ${module}`).join("\n")}
# The base model barely trained the chat special tokens' embeddings; Axolotl's llama-3 example
# trains them too. Uncomment to do so (about 1 B more trainable parameters):
# lora_modules_to_save:
#   - embed_tokens
#   - lm_head

learning_rate: 2e-4
micro_batch_size: 1
gradient_accumulation_steps: 1
num_epochs: 4
optimizer: adamw_torch
lr_scheduler: cosine
bf16: auto # the study trained in fp16

special_tokens:
  pad_token: "${PAD_TOKEN}"
`;
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
      notes: ["Check the masking before training: `axolotl preprocess config.yml --debug` prints token/label pairs (masked tokens show label -100)."],
    }),
  ];
}

export function validateAxolotlJsonl(text: string, file: string): FormatCheck {
  const errors: FormatIssue[] = [];
  const entries = jsonlEntries(text);
  for (const { line, value, error } of entries) {
    if (error) errors.push({ file, line, message: error });
    else if (!isObject(value) || Object.keys(value).join() !== "messages") errors.push({ file, line, message: "expected an object with only a messages list" });
    else for (const problem of conversationProblems(value.messages, { keys: ["role", "content"], trimmed: true })) errors.push({ file, line, message: problem });
  }
  if (entries.length === 0) errors.push({ file, line: 0, message: "no examples" });
  return formatCheck("axolotl-chat-template", file, entries.length, errors);
}

const REQUIRED_SETTINGS: { name: string; pattern: RegExp }[] = [
  { name: "base_model", pattern: /^base_model: \S+$/m },
  { name: "chat_template: llama3", pattern: /^chat_template: llama3$/m },
  { name: "a chat_template dataset", pattern: /^ {4}type: chat_template$/m },
  { name: 'roles_to_train: ["assistant"]', pattern: /^ {4}roles_to_train: \["assistant"\]$/m },
  { name: "train_on_eos: turn", pattern: /^ {4}train_on_eos: turn$/m },
  { name: "sequence_len (a positive whole number)", pattern: /^sequence_len: [1-9]\d*$/m },
  { name: "adapter: lora", pattern: /^adapter: lora$/m },
  { name: "lora_r", pattern: /^lora_r: [1-9]\d*$/m },
  { name: "special_tokens.pad_token", pattern: /^ {2}pad_token: "?<\|end_of_text\|>"?$/m },
];

export function validateAxolotlConfig(text: string, file: string): FormatCheck {
  const errors: FormatIssue[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.includes("\t")) errors.push({ file, line: index + 1, message: "a tab (YAML indents with spaces)" });
  });
  for (const { name, pattern } of REQUIRED_SETTINGS) if (!pattern.test(text)) errors.push({ file, line: 0, message: `no ${name}` });
  return formatCheck("axolotl-config", file, 1, errors);
}

export function parseAxolotlJsonl(text: string): SftMessage[][] {
  return jsonlEntries(text).map(({ value }) => (value as { messages: SftMessage[] }).messages.map(({ role, content }) => ({ role, content })));
}
