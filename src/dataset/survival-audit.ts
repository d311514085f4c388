/**
 * Completion-survival audit: before a fine-tune, how many examples keep their completion when
 * sequences are cut at `max_length`. The study cut at 512 Llama 3 tokens and its long prompts
 * left most completions entirely outside the window (STUDY.md), so the model learned to echo
 * prompts. An example's completion survives intact when prompt + completion ≤ max_length,
 * partly when prompt < max_length < prompt + completion, and not at all when
 * prompt ≥ max_length.
 *
 * Counting, per tokenizer:
 * - `llama3`: the full Llama 3 chat sequence (chat-template.ts): prompt = `<|begin_of_text|>` +
 *   system and user turns + the assistant header; completion = the answer + `<|eot_id|>`.
 *   The Llama 3 pre-tokenizer splits at the special tokens, so the two counts add up to the
 *   count of the whole sequence (a test checks it).
 * - `o200k`: OpenAI's cookbook formula with the GPT-4o tokenizer: prompt = 3 per message +
 *   role + content for system and user + 3 for the reply primer; completion = the answer + 1
 *   end-of-message token. An estimate of OpenAI's own count, which is not published.
 *
 * Many records share text, so Llama 3 counts go through a pre-token cache (llama3-counter.ts).
 *
 * The length needed for a share s of survivals is the nearest-rank s-quantile of the totals:
 * the smallest L with at least s·n examples of total ≤ L.
 */
import { z } from "zod";
import { countChatTokens, countTextTokens } from "../llm/tokens";
import type { ChatMessage } from "../llm/types";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { SftRecord, SftSplit } from "../schemas/sft";
import { countLlama3Tokens } from "../tokenize/llama3";
import { summarize } from "../util/stats";
import { llama3CompletionText, llama3PromptText } from "./chat-template";
import { cachedLlama3Counter, TokenCounter } from "./llama3-counter";

export const AUDIT_TOKENIZERS = ["llama3", "o200k"] as const;
export type AuditTokenizer = (typeof AUDIT_TOKENIZERS)[number];
/** The lengths every audit also reports (and the figure shows). */
export const AUDIT_LENGTHS = [256, 512, 1024, 2048, 4096] as const;

export const ExampleLength = z.object({
  id: z.string(),
  resumeId: z.string(),
  section: z.string(),
  split: z.string(),
  /** `<section origin> + <job origin>` of the record's inputs. */
  inputs: z.string(),
  prompt: z.number().int(),
  completion: z.number().int(),
  total: z.number().int(),
});
export type ExampleLength = z.infer<typeof ExampleLength>;

const Shares = z.object({ examples: z.number().int(), survived: z.number(), partial: z.number(), lost: z.number() });
export type Shares = z.infer<typeof Shares>;
const TokenSummary = z.object({
  count: z.number(),
  min: z.number().nullable(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  p75: z.number().nullable(),
  max: z.number().nullable(),
});

export const SurvivalAudit = z.object({
  tokenizer: z.enum(AUDIT_TOKENIZERS),
  maxLength: z.number().int(),
  examples: z.number().int(),
  survived: z.number(),
  partial: z.number(),
  lost: z.number(),
  counts: z.object({ survived: z.number().int(), partial: z.number().int(), lost: z.number().int() }),
  /** Share of all completion tokens that fall inside the window. */
  completionTokensKept: z.number(),
  maxLengthFor95: z.number().int(),
  maxLengthFor99: z.number().int(),
  tokens: z.object({ prompt: TokenSummary, completion: TokenSummary, total: TokenSummary }),
  atLengths: z.array(Shares.extend({ maxLength: z.number().int() })),
  bySection: z.record(z.string(), Shares),
  bySplit: z.record(z.string(), Shares),
  byInputs: z.record(z.string(), Shares),
  counting: z.string(),
});
export type SurvivalAudit = z.infer<typeof SurvivalAudit>;

export type Survival = "survived" | "partial" | "lost";

export function survivalOf(length: Pick<ExampleLength, "prompt" | "total">, maxLength: number): Survival {
  if (length.total <= maxLength) return "survived";
  return length.prompt >= maxLength ? "lost" : "partial";
}

/** Prompt and completion tokens of one conversation (system, user, assistant). */
export function measureMessages(
  messages: readonly ChatMessage[],
  tokenizer: AuditTokenizer,
  countLlama3: TokenCounter = countLlama3Tokens,
): { prompt: number; completion: number } {
  if (tokenizer === "llama3") {
    return { prompt: countLlama3(llama3PromptText(messages)), completion: countLlama3(llama3CompletionText(messages)) };
  }
  const answer = messages.filter((message) => message.role === "assistant");
  if (answer.length !== 1) throw new Error(`expected one assistant message, got ${answer.length}`);
  return {
    prompt: countChatTokens(
      messages.filter((message) => message.role !== "assistant"),
      "gpt-4o",
    ),
    completion: countTextTokens(answer[0].content, "gpt-4o") + 1,
  };
}

export function measureRecords(records: readonly SftRecord[], tokenizer: AuditTokenizer): ExampleLength[] {
  const countLlama3 = cachedLlama3Counter();
  return records.map((record) => {
    const { prompt, completion } = measureMessages(record.messages, tokenizer, countLlama3);
    return {
      id: record.id,
      resumeId: record.resumeId,
      section: record.section,
      split: record.split,
      inputs: `${record.provenance.inputs.section} + ${record.provenance.inputs.jobDetails}`,
      prompt,
      completion,
      total: prompt + completion,
    };
  });
}

export function sharesAt(lengths: readonly Pick<ExampleLength, "prompt" | "total">[], maxLength: number): Shares {
  const counts = { survived: 0, partial: 0, lost: 0 };
  for (const length of lengths) counts[survivalOf(length, maxLength)]++;
  const n = lengths.length;
  const share = (count: number) => (n === 0 ? 0 : count / n);
  return { examples: n, survived: share(counts.survived), partial: share(counts.partial), lost: share(counts.lost) };
}

/** The smallest max_length at which at least `share` of the examples survive whole. */
export function lengthForSurvival(lengths: readonly Pick<ExampleLength, "total">[], share: number): number {
  if (lengths.length === 0) return 0;
  const totals = lengths.map((length) => length.total).sort((a, b) => a - b);
  return totals[Math.max(0, Math.ceil(share * totals.length - 1e-9) - 1)];
}

function groupShares<K extends string>(
  lengths: readonly ExampleLength[],
  keyOf: (length: ExampleLength) => K,
  order: readonly K[],
  maxLength: number,
): Record<string, Shares> {
  const groups: Record<string, Shares> = {};
  for (const key of order) {
    const members = lengths.filter((length) => keyOf(length) === key);
    if (members.length) groups[key] = sharesAt(members, maxLength);
  }
  return groups;
}

const COUNTING: Record<AuditTokenizer, string> = {
  llama3:
    "Llama 3 tokenizer on the Llama 3 chat sequence: prompt = <|begin_of_text|> + system and user turns + assistant header; completion = answer + <|eot_id|>",
  o200k:
    "o200k_base (GPT-4o) by OpenAI's cookbook formula: prompt = 3 per message + role + content (system, user) + 3 primer; completion = answer + 1",
};

export function auditSurvival(
  lengths: readonly ExampleLength[],
  maxLength: number,
  tokenizer: AuditTokenizer,
): SurvivalAudit {
  if (!Number.isInteger(maxLength) || maxLength <= 0)
    throw new Error(`max_length must be a positive whole number, got ${maxLength}`);
  const shares = sharesAt(lengths, maxLength);
  const counts = { survived: 0, partial: 0, lost: 0 };
  let kept = 0;
  let completions = 0;
  for (const length of lengths) {
    counts[survivalOf(length, maxLength)]++;
    kept += Math.max(0, Math.min(length.completion, maxLength - length.prompt));
    completions += length.completion;
  }
  const inputs = [...new Set(lengths.map((length) => length.inputs))].sort();
  const at = [...new Set([...AUDIT_LENGTHS, maxLength])].sort((a, b) => a - b);
  return SurvivalAudit.parse({
    tokenizer,
    maxLength,
    examples: lengths.length,
    survived: shares.survived,
    partial: shares.partial,
    lost: shares.lost,
    counts,
    completionTokensKept: completions === 0 ? 0 : kept / completions,
    maxLengthFor95: lengthForSurvival(lengths, 0.95),
    maxLengthFor99: lengthForSurvival(lengths, 0.99),
    tokens: {
      prompt: summarize(lengths.map((length) => length.prompt)),
      completion: summarize(lengths.map((length) => length.completion)),
      total: summarize(lengths.map((length) => length.total)),
    },
    atLengths: at.map((length) => ({ maxLength: length, ...sharesAt(lengths, length) })),
    bySection: groupShares(lengths, (length) => length.section as SectionName, SECTION_NAMES, maxLength),
    bySplit: groupShares(lengths, (length) => length.split as SftSplit, ["train", "validation", "test"], maxLength),
    byInputs: groupShares(lengths, (length) => length.inputs, inputs, maxLength),
    counting: COUNTING[tokenizer],
  });
}
