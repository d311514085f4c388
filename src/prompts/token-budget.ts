/**
 * Token budget of a section prompt, part by part, for the teacher's tokenizer (o200k, GPT-4o)
 * and for Llama 3 (the fine-tuned student), and whether prompt + a typical completion fits a
 * fine-tune length. The study cut training examples at 512 Llama tokens, which removed the whole
 * completion from 6 of 7 entries of resume 1 (STUDY.md): this is the check that would have said so.
 *
 * Parts: the master prompt, the section instructions (the section prompt without its data), the
 * section data, the job details, and the chat-format overhead. The typical completion is
 * estimated as `completionFactor` × the section data's tokens (a tailored section is about as
 * long as the original); pass `completionTokens` when real completions are known.
 */
import { countTextTokens } from "../llm/tokens";
import type { ChatMessage } from "../llm/types";
import { SectionName } from "../schemas/resume-sections";
import { countLlama3Chat, countLlama3Tokens } from "../tokenize/llama3";
import { loadPrompt, promptJson, sectionPromptName } from "./prompt-library";
import { PromptTemplate } from "./prompt-file";
import { renderPrompt } from "./render-prompt";

export const BUDGET_PARTS = ["master", "section_instructions", "section_data", "job_details", "chat_format"] as const;
export type BudgetPart = (typeof BUDGET_PARTS)[number];

export interface TokenBudget {
  section: SectionName;
  parts: Record<BudgetPart, { o200k: number; llama3: number }>;
  prompt: { o200k: number; llama3: number };
  completionLlama3: number;
  maxLength: number;
  /** Llama 3 tokens of prompt + completion. */
  totalLlama3: number;
  fits: boolean;
  warning: string | null;
}

export interface BudgetInput {
  section: SectionName;
  sectionValue: unknown;
  jobDetails: unknown;
  /** The fine-tune sequence length to check against (the study used 512). */
  maxLength: number;
  completionTokens?: number;
  completionFactor?: number;
  master?: PromptTemplate;
  sectionPrompt?: PromptTemplate;
}

const both = (text: string) => ({ o200k: countTextTokens(text), llama3: countLlama3Tokens(text) });

export function tokenBudget(input: BudgetInput): TokenBudget {
  const master = input.master ?? loadPrompt("master");
  const sectionPrompt = input.sectionPrompt ?? loadPrompt(sectionPromptName(input.section));
  const sectionText = promptJson(input.sectionValue);
  const jobText = promptJson(input.jobDetails);
  const messages: ChatMessage[] = [
    ...renderPrompt(master, {}),
    ...renderPrompt(sectionPrompt, { section: sectionText, job_details: jobText }),
  ];
  const instructions = renderPrompt(sectionPrompt, { section: "", job_details: "" })
    .map((message) => message.content)
    .join("\n");
  const parts = {
    master: both(
      renderPrompt(master, {})
        .map((message) => message.content)
        .join("\n"),
    ),
    section_instructions: both(instructions),
    section_data: both(sectionText),
    job_details: both(jobText),
    chat_format: { o200k: 0, llama3: 0 },
  };
  const contentLlama3 =
    parts.master.llama3 + parts.section_instructions.llama3 + parts.section_data.llama3 + parts.job_details.llama3;
  const promptLlama3 = countLlama3Chat(messages);
  parts.chat_format = { o200k: 3 + 3 * messages.length + messages.length, llama3: promptLlama3 - contentLlama3 };
  const prompt = {
    o200k: BUDGET_PARTS.reduce((sum, part) => sum + parts[part].o200k, 0),
    llama3: promptLlama3,
  };
  const completionLlama3 =
    input.completionTokens ?? Math.round((input.completionFactor ?? 1) * parts.section_data.llama3);
  const totalLlama3 = promptLlama3 + completionLlama3 + 1; // + the end-of-turn token the answer must end with
  const fits = totalLlama3 <= input.maxLength;
  const warning = fits
    ? null
    : promptLlama3 >= input.maxLength
      ? `the prompt alone is ${promptLlama3} Llama 3 tokens, over max length ${input.maxLength}: the completion would be cut away entirely`
      : `prompt ${promptLlama3} + completion ~${completionLlama3} Llama 3 tokens exceed max length ${input.maxLength}: about ${totalLlama3 - input.maxLength} completion tokens would be cut`;
  return {
    section: input.section,
    parts,
    prompt,
    completionLlama3,
    maxLength: input.maxLength,
    totalLlama3,
    fits,
    warning,
  };
}
