/**
 * Reads an OpenAI chat fine-tuning JSONL file before anything is uploaded: every line must be an
 * example `{"messages": [{role, content}, ...]}` with at least one assistant message; counts the
 * examples and each example's tokens (the project's `countChatTokens`, the cookbook's formula).
 *
 * Follows: the chat fine-tuning format (ENGINES.md §4): roles system/user/assistant, optional
 * `weight` 0|1 on assistant messages and `name`. Leaves out the full cookbook report (format-error
 * counts, distributions): that is the dataset stage's validation report; here the first problem
 * stops the launch, naming the file and line.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { countChatTokens } from "../llm/tokens";
import { parseJsonlLines } from "../util/jsonl";
import { FineTuneInputError } from "./finetune-error";

const Message = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string(),
  name: z.string().optional(),
  weight: z.union([z.literal(0), z.literal(1)]).optional(),
});
const Example = z.object({ messages: z.array(Message).min(1) });

export interface TrainingFileSummary {
  path: string;
  filename: string;
  bytes: number;
  sha256: string;
  examples: number;
  /** Tokens of each example, in file order. */
  tokensPerExample: number[];
  totalTokens: number;
}

const FIX =
  'each line must be {"messages": [{"role": "system"|"user"|"assistant", "content": "..."}]} with an assistant message (rpw dataset writes this format)';

/** Checks and counts the examples of one JSONL text; `file` only names it in errors. */
export function inspectTrainingJsonl(
  text: string,
  file: string,
  model: string,
): Pick<TrainingFileSummary, "examples" | "tokensPerExample" | "totalTokens"> {
  const tokensPerExample: number[] = [];
  parseJsonlLines(text, file, (message) => new FineTuneInputError(`${message}; ${FIX}`)).forEach(({ where, value }) => {
    const parsed = Example.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FineTuneInputError(`${where}: ${issue.path.join(".") || "line"}: ${issue.message}; ${FIX}`);
    }
    if (!parsed.data.messages.some((message) => message.role === "assistant")) {
      throw new FineTuneInputError(`${where}: the example has no assistant message; ${FIX}`);
    }
    tokensPerExample.push(countChatTokens(parsed.data.messages, model));
  });
  if (tokensPerExample.length === 0) throw new FineTuneInputError(`${file}: no examples; ${FIX}`);
  return {
    examples: tokensPerExample.length,
    tokensPerExample,
    totalTokens: tokensPerExample.reduce((sum, n) => sum + n, 0),
  };
}

/** Reads, checks and counts a training or validation file (the only disk access of a dry run). */
export function readTrainingFile(file: string, model: string): TrainingFileSummary {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new FineTuneInputError(
      `${file}: no such file (fix: pass the chat JSONL written by rpw dataset, e.g. --train <dir>/openai/train.jsonl)`,
    );
  }
  const bytes = fs.readFileSync(file);
  return {
    path: file,
    filename: path.basename(file),
    bytes: bytes.length,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    ...inspectTrainingJsonl(bytes.toString("utf8"), file, model),
  };
}
