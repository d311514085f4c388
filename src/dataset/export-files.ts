/**
 * What every trainer export shares: the files it writes (relative path + text), the result of
 * its validator (errors by file and line, never thrown), a JSON Lines reader that keeps line
 * numbers, the one-conversation check the formats have in common, and the manifest that says
 * what the loss covers, which chat template and which end-of-sequence token the export assumes.
 *
 * Which records go out: train and validation; the test split is held out for evaluation and
 * never exported to a trainer.
 */
import type { ChatMessage } from "../llm/types";
import { SftRecord } from "../schemas/sft";
import { llama3TrainingText } from "./chat-template";

export interface ExportFile {
  /** Path relative to the dataset folder, `/`-separated. */
  path: string;
  content: string;
}

export interface FormatIssue {
  file: string;
  /** 1-based line, or 0 for the whole file. */
  line: number;
  message: string;
}

export interface FormatCheck {
  format: string;
  file: string;
  examples: number;
  errors: FormatIssue[];
  ok: boolean;
}

export function formatCheck(format: string, file: string, examples: number, errors: FormatIssue[]): FormatCheck {
  return { format, file, examples, errors, ok: errors.length === 0 };
}

/** Each non-empty line's JSON value, or the parse error, with its line number. */
export function jsonlEntries(text: string): { line: number; value?: unknown; error?: string }[] {
  const entries: { line: number; value?: unknown; error?: string }[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      entries.push({ line: index + 1, value: JSON.parse(line) });
    } catch (error) {
      entries.push({ line: index + 1, error: `not JSON (${(error as Error).message})` });
    }
  });
  return entries;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The frame every JSONL format check shares: each line parsed (a line that is not JSON is a
 * problem of its own), `problemsOf` asked about each parsed line, an empty file reported.
 */
export function validateJsonlFile(
  text: string,
  file: string,
  format: string,
  problemsOf: (value: unknown) => string[],
): FormatCheck {
  const errors: FormatIssue[] = [];
  const entries = jsonlEntries(text);
  for (const { line, value, error } of entries) {
    for (const message of error ? [error] : problemsOf(value)) errors.push({ file, line, message });
  }
  if (entries.length === 0) errors.push({ file, line: 0, message: "no examples" });
  return formatCheck(format, file, entries.length, errors);
}

export interface ConversationRules {
  /** Keys a message may have (role and content are required). */
  keys: readonly string[];
  /** Contents must have no leading or trailing whitespace (Llama 3 templates trim them). */
  trimmed?: boolean;
}

/**
 * Problems of one conversation: each message an object with a known role and a non-empty string
 * content; an optional system message first, then user and assistant turns alternating, ending
 * with the assistant's.
 */
export function conversationProblems(messages: unknown, rules: ConversationRules): string[] {
  if (!Array.isArray(messages) || messages.length === 0) return ["messages is not a non-empty list"];
  const problems: string[] = [];
  const roles: string[] = [];
  messages.forEach((message, index) => {
    if (!isObject(message)) {
      problems.push(`message ${index} is not an object`);
      return;
    }
    const unknownKeys = Object.keys(message).filter((key) => !rules.keys.includes(key));
    if (unknownKeys.length) problems.push(`message ${index} has unknown keys: ${unknownKeys.join(", ")}`);
    if (!["system", "user", "assistant"].includes(message.role as string))
      problems.push(`message ${index} has role ${JSON.stringify(message.role)}`);
    if (typeof message.content !== "string" || message.content === "") problems.push(`message ${index} has no content`);
    else if (rules.trimmed && message.content !== message.content.trim())
      problems.push(`message ${index} content has leading or trailing whitespace (the Llama 3 template trims it)`);
    roles.push(String(message.role));
  });
  const turns = roles[0] === "system" ? roles.slice(1) : roles;
  if (turns.some((role, index) => role !== (index % 2 === 0 ? "user" : "assistant")))
    problems.push(`roles ${roles.join(",")} do not run [system,] user, assistant, user, ...`);
  if (turns[turns.length - 1] !== "assistant") problems.push("the last message is not the assistant's");
  return problems;
}

/** The messages of a record as plain chat messages. */
export function recordMessages(record: SftRecord): ChatMessage[] {
  return record.messages.map(({ role, content }) => ({ role, content }));
}

export function exportedSplits(records: readonly SftRecord[]): {
  train: SftRecord[];
  validation: SftRecord[];
  heldOutTest: number;
} {
  return {
    train: records.filter((record) => record.split === "train"),
    validation: records.filter((record) => record.split === "validation"),
    heldOutTest: records.filter((record) => record.split === "test").length,
  };
}

export interface ManifestFacts {
  format: string;
  files: Record<string, string>;
  loss: string;
  chatTemplate: string;
  endOfSequence: string;
  notes?: string[];
  /** Include the first training example as the Llama 3 text a trainer should build. */
  llama3Example?: boolean;
  /** Format-specific settings (e.g. TRL's SFTConfig). */
  settings?: Record<string, unknown>;
}

/** `manifest.json`: what the export holds and what a trainer must do with it. */
export function manifestFile(dir: string, records: readonly SftRecord[], facts: ManifestFacts): ExportFile {
  const { train, validation, heldOutTest } = exportedSplits(records);
  const first = train[0] ?? validation[0];
  const manifest = {
    format: facts.format,
    files: facts.files,
    examples: { train: train.length, validation: validation.length, heldOutTest },
    loss: facts.loss,
    chatTemplate: facts.chatTemplate,
    endOfSequence: facts.endOfSequence,
    notes: facts.notes ?? [],
    ...(facts.settings ? { settings: facts.settings } : {}),
    ...(facts.llama3Example && first
      ? { example: { id: first.id, llama3Text: llama3TrainingText(recordMessages(first)) } }
      : {}),
  };
  return { path: `${dir}/manifest.json`, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

export function jsonl(values: readonly unknown[]): string {
  return values.map((value) => `${JSON.stringify(value)}\n`).join("");
}
