/**
 * LLaMA-Factory: the data as a `sharegpt`-format JSON file with OpenAI-style messages, registered
 * in `dataset_info.json` with the tag mapping (role/content; user, assistant and system tags),
 * plus a LoRA training YAML with the study's hyper-parameters, `template: llama3` (Meta's
 * format, ending each assistant turn with `<|eot_id|>`, which LLaMA-Factory trains as the
 * answer's end) and `train_on_prompt: false` (its default: the prompt is masked), and
 * `cutoff_len` from the survival audit. LLaMA-Factory takes a leading system message in
 * `messages` as the system prompt (ENGINES.md §5, its data/README.md).
 *
 * Writes llama-factory/dataset_info.json, data.json (train), validation.json, train_lora.yaml,
 * manifest.json. Note: when an example is longer than `cutoff_len`, LLaMA-Factory shares the
 * cut between prompt and answer (its `infer_seqlen`) instead of cutting the sequence's end, so
 * for this trainer the audit's `survived` share is the share of examples that need no cut.
 */
import { SftMessage, SftRecord } from "../schemas/sft";
import { END_OF_TURN } from "./chat-template";
import { BASE_MODEL, LORA_TARGET_MODULES } from "./export-axolotl";
import {
  conversationProblems,
  ExportFile,
  exportedSplits,
  FormatCheck,
  formatCheck,
  FormatIssue,
  isObject,
  manifestFile,
} from "./export-files";

export const LLAMA_FACTORY_TAGS = {
  role_tag: "role",
  content_tag: "content",
  user_tag: "user",
  assistant_tag: "assistant",
  system_tag: "system",
} as const;

export function datasetInfo(): Record<string, unknown> {
  const entry = (file: string) => ({
    file_name: file,
    formatting: "sharegpt",
    columns: { messages: "messages" },
    tags: { ...LLAMA_FACTORY_TAGS },
  });
  return { rpw_train: entry("data.json"), rpw_validation: entry("validation.json") };
}

/** A JSON array, one example per line. */
function jsonArray(values: readonly unknown[]): string {
  return values.length === 0 ? "[]\n" : `[\n${values.map((value) => JSON.stringify(value)).join(",\n")}\n]\n`;
}

export function llamaFactoryYaml({ cutoffLen, cutoffNote }: { cutoffLen: number; cutoffNote: string }): string {
  return `# LLaMA-Factory LoRA fine-tune of Llama 3.1 8B on the rpw dataset (written by \`rpw dataset\`).
# Run from this folder: llamafactory-cli train train_lora.yaml
### model
model_name_or_path: ${BASE_MODEL}

### method
stage: sft
do_train: true
finetuning_type: lora
lora_rank: 32
lora_alpha: 32
lora_dropout: 0.05
lora_target: ${LORA_TARGET_MODULES.join(",")}

### dataset
dataset_dir: .
dataset: rpw_train
eval_dataset: rpw_validation
template: llama3
train_on_prompt: false
# ${cutoffNote}
cutoff_len: ${cutoffLen}
overwrite_cache: true

### output
output_dir: saves/rpw-llama31-8b-lora
logging_steps: 10

### train
per_device_train_batch_size: 1
gradient_accumulation_steps: 1
learning_rate: 2.0e-4
num_train_epochs: 4.0
lr_scheduler_type: cosine
bf16: true
`;
}

export function exportLlamaFactory(
  records: readonly SftRecord[],
  options: { cutoffLen: number; cutoffNote: string },
): ExportFile[] {
  const { train, validation } = exportedSplits(records);
  const line = (record: SftRecord) => ({ messages: record.messages.map(({ role, content }) => ({ role, content })) });
  return [
    { path: "llama-factory/dataset_info.json", content: `${JSON.stringify(datasetInfo(), null, 2)}\n` },
    { path: "llama-factory/data.json", content: jsonArray(train.map(line)) },
    { path: "llama-factory/validation.json", content: jsonArray(validation.map(line)) },
    { path: "llama-factory/train_lora.yaml", content: llamaFactoryYaml(options) },
    manifestFile("llama-factory", records, {
      format: "llama-factory-sharegpt",
      files: {
        datasetInfo: "dataset_info.json",
        train: "data.json",
        validation: "validation.json",
        config: "train_lora.yaml",
      },
      loss: "answer only (train_on_prompt: false, LLaMA-Factory's default)",
      chatTemplate: "template: llama3 (LLaMA-Factory's Meta Llama 3 template)",
      endOfSequence: `${END_OF_TURN} closes each assistant turn and is in the answer's labels`,
      llama3Example: true,
    }),
  ];
}

/** Checks dataset_info.json and every data file it registers (`files`: name → text). */
export function validateLlamaFactory(
  datasetInfoText: string,
  files: Record<string, string>,
  infoFile = "dataset_info.json",
): FormatCheck[] {
  let info: unknown;
  try {
    info = JSON.parse(datasetInfoText);
  } catch (error) {
    return [
      formatCheck("llama-factory-dataset-info", infoFile, 0, [
        { file: infoFile, line: 0, message: `not JSON (${(error as Error).message})` },
      ]),
    ];
  }
  if (!isObject(info) || Object.keys(info).length === 0)
    return [
      formatCheck("llama-factory-dataset-info", infoFile, 0, [
        { file: infoFile, line: 0, message: "expected an object of named datasets" },
      ]),
    ];
  const checks: FormatCheck[] = [];
  // Data files sit beside dataset_info.json: name them by the same folder in the results.
  const shown = (name: string) => infoFile.replace(/[^/]*$/, name);
  for (const [name, entry] of Object.entries(info)) {
    const errors: FormatIssue[] = [];
    const where = (message: string) => errors.push({ file: infoFile, line: 0, message: `${name}: ${message}` });
    if (!isObject(entry)) {
      where("not an object");
      checks.push(formatCheck("llama-factory-sharegpt", infoFile, 0, errors));
      continue;
    }
    const tags = isObject(entry.tags) ? entry.tags : {};
    const column =
      isObject(entry.columns) && typeof entry.columns.messages === "string" ? entry.columns.messages : null;
    if (entry.formatting !== "sharegpt")
      where(`formatting is ${JSON.stringify(entry.formatting)}, expected "sharegpt"`);
    if (column === null) where("columns.messages is not set");
    for (const tag of Object.keys(LLAMA_FACTORY_TAGS))
      if (typeof tags[tag] !== "string") where(`tags.${tag} is not set`);
    const fileName = typeof entry.file_name === "string" ? entry.file_name : "";
    const text = files[fileName];
    if (text === undefined) where(`file_name ${JSON.stringify(entry.file_name)} is not among the data files`);
    let examples = 0;
    if (text !== undefined && column !== null) {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (error) {
        errors.push({ file: shown(fileName), line: 0, message: `not JSON (${(error as Error).message})` });
      }
      if (data !== undefined && !Array.isArray(data))
        errors.push({ file: shown(fileName), line: 0, message: "expected a JSON array of examples" });
      if (Array.isArray(data)) {
        examples = data.length;
        const roleOf: Record<string, string> = {
          [String(tags.user_tag)]: "user",
          [String(tags.assistant_tag)]: "assistant",
          [String(tags.system_tag)]: "system",
        };
        data.forEach((example, index) => {
          // jsonArray writes one example per line after the opening bracket.
          const line = index + 2;
          const messages = isObject(example) ? example[column] : undefined;
          if (!Array.isArray(messages)) {
            errors.push({ file: shown(fileName), line, message: `example ${index} has no ${column} list` });
            return;
          }
          const mapped = messages.map((message) =>
            isObject(message)
              ? {
                  role: roleOf[String(message[String(tags.role_tag)])] ?? message[String(tags.role_tag)],
                  content: message[String(tags.content_tag)],
                }
              : message,
          );
          const extra = messages.some(
            (message) =>
              isObject(message) &&
              Object.keys(message).some((key) => key !== tags.role_tag && key !== tags.content_tag),
          );
          if (extra)
            errors.push({
              file: shown(fileName),
              line,
              message: `example ${index} has message keys other than ${tags.role_tag} and ${tags.content_tag}`,
            });
          for (const problem of conversationProblems(mapped, { keys: ["role", "content"], trimmed: true }))
            errors.push({ file: shown(fileName), line, message: `example ${index}: ${problem}` });
        });
        if (data.length === 0) errors.push({ file: shown(fileName), line: 0, message: "no examples" });
      }
    }
    checks.push(formatCheck("llama-factory-sharegpt", fileName ? shown(fileName) : infoFile, examples, errors));
  }
  return checks;
}

/** The conversations of a LLaMA-Factory sharegpt data file, mapped through the default tags. */
export function parseLlamaFactoryData(text: string): SftMessage[][] {
  const roleOf: Record<string, SftMessage["role"]> = {
    [LLAMA_FACTORY_TAGS.user_tag]: "user",
    [LLAMA_FACTORY_TAGS.assistant_tag]: "assistant",
    [LLAMA_FACTORY_TAGS.system_tag]: "system",
  };
  return (JSON.parse(text) as { messages: Record<string, string>[] }[]).map((example) =>
    example.messages.map((message) => ({
      role: roleOf[message[LLAMA_FACTORY_TAGS.role_tag]],
      content: message[LLAMA_FACTORY_TAGS.content_tag],
    })),
  );
}
