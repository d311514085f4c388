/**
 * OpenAI chat fine-tuning JSONL: one `{"messages": [...]}` per line (ENGINES.md §4), the
 * assistant message with `weight: 1`. OpenAI trains on assistant messages only, so the loss is
 * completion-only without further setting; system and user messages carry no weight (OpenAI
 * accepts `weight` on assistant messages only). OpenAI applies its own chat format and stop
 * token to its models, so this export carries no Llama template.
 *
 * Writes openai/train.jsonl, openai/validation.jsonl (the job's `validation_file`) and
 * openai/manifest.json.
 */
import { SftMessage, SftRecord } from "../schemas/sft";
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

export type OpenAIChatMessage =
  { role: "system" | "user"; content: string } | { role: "assistant"; content: string; weight: 0 | 1 };

export function toOpenAIChatLine(record: SftRecord): { messages: OpenAIChatMessage[] } {
  return {
    messages: record.messages.map((message): OpenAIChatMessage =>
      message.role === "assistant"
        ? { role: "assistant", content: message.content, weight: 1 }
        : { role: message.role, content: message.content },
    ),
  };
}

export function exportOpenAI(records: readonly SftRecord[]): ExportFile[] {
  const { train, validation } = exportedSplits(records);
  return [
    { path: "openai/train.jsonl", content: jsonl(train.map(toOpenAIChatLine)) },
    { path: "openai/validation.jsonl", content: jsonl(validation.map(toOpenAIChatLine)) },
    manifestFile("openai", records, {
      format: "openai-chat-jsonl",
      files: { train: "train.jsonl", validation: "validation.jsonl" },
      loss: "assistant messages only (OpenAI trains on assistant turns; weight 1 marks them explicitly)",
      chatTemplate: "OpenAI's own (applied by the service)",
      endOfSequence: "OpenAI's own stop token (applied by the service)",
      notes: ["Upload train.jsonl as training_file and validation.jsonl as validation_file (purpose fine-tune)."],
    }),
  ];
}

/** Checks an OpenAI chat fine-tuning file line by line (a superset of what the upload rejects). */
export function validateOpenAIChatJsonl(text: string, file: string): FormatCheck {
  return validateJsonlFile(text, file, "openai-chat-jsonl", (value) => {
    if (!isObject(value) || !Array.isArray(value.messages)) return ["expected an object with a messages list"];
    const problems: string[] = [];
    const extra = Object.keys(value).filter(
      (key) => key !== "messages" && key !== "tools" && key !== "parallel_tool_calls",
    );
    if (extra.length) problems.push(`unknown top-level keys: ${extra.join(", ")}`);
    problems.push(...conversationProblems(value.messages, { keys: ["role", "content", "name", "weight"] }));
    value.messages.forEach((message, index) => {
      if (!isObject(message) || !("weight" in message)) return;
      if (message.role !== "assistant") problems.push(`message ${index}: weight is allowed on assistant messages only`);
      else if (message.weight !== 0 && message.weight !== 1) problems.push(`message ${index}: weight must be 0 or 1`);
    });
    return problems;
  });
}

/** The conversations of an OpenAI chat file (weights dropped), for round trips. */
export function parseOpenAIChatJsonl(text: string): SftMessage[][] {
  return jsonlEntries(text).map(({ value }) =>
    (value as { messages: SftMessage[] }).messages.map(({ role, content }) => ({ role, content })),
  );
}
