// Length and structure checks of one generated section: empty, probably truncated, not valid for
// the section's schema, and how long it is next to the original. The study turned every failure
// into "" and then scored it; these flags let a report count such outputs instead of averaging them.
//
// Truncated means any of: the token count reached the limit the generation ran with; JSON-like
// text (starting with "{" or "[") that does not close its brackets or strings; prose whose last
// character is , ; : - ( [ { or an opening quote, or whose last word is a word that cannot end a
// sentence (and, or, the, of, to, with...). A skills list ending "Python, SQL" is not truncated.
// Schema: the output is read as JSON when it parses (Python reprs are not valid output), else
// kept as a string, then checked with the given zod schema. Length ratio: output words / original words (letters and digits runs).
// Leaves out: judging content; token counting itself (pass the provider's count or a counter).

import type { ZodType } from "zod";

export interface StructureOptions {
  /** The original section, for the length ratio. */
  original?: string;
  /** The section's schema; without it schemaValid is null. */
  schema?: ZodType;
  /** The generation's token limit; with it, give outputTokens or countTokens. */
  maxTokens?: number;
  /** The output's token count as the provider reported it. */
  outputTokens?: number;
  /** Counts tokens when outputTokens is not known (use the generating model's tokenizer). */
  countTokens?: (text: string) => number;
}

export interface StructureReport {
  empty: boolean;
  truncated: boolean;
  /** Why it looks truncated (empty when it does not). */
  truncation: string[];
  /** null when no schema was given. */
  schemaValid: boolean | null;
  schemaIssues: string[];
  /** Output words / original words; null without an original or when it has no word. */
  lengthRatio: number | null;
}

const CANNOT_END = new Set([
  "and",
  "or",
  "but",
  "the",
  "a",
  "an",
  "of",
  "to",
  "with",
  "for",
  "in",
  "on",
  "at",
  "by",
  "from",
  "as",
  "that",
  "which",
  "including",
  "such",
]);

/** Checks one output; see the header for what each flag means. */
export function checkStructure(output: string, options: StructureOptions = {}): StructureReport {
  const words = countWords(output);
  const truncation = truncationReasons(output, options);
  const schemaIssues = options.schema ? validate(output, options.schema) : [];
  const originalWords = options.original === undefined ? 0 : countWords(options.original);
  return {
    empty: words === 0,
    truncated: truncation.length > 0,
    truncation,
    schemaValid: options.schema ? schemaIssues.length === 0 : null,
    schemaIssues,
    lengthRatio: originalWords === 0 ? null : words / originalWords,
  };
}

/** Why a text looks cut off, or [] when it does not. */
export function truncationReasons(output: string, options: StructureOptions = {}): string[] {
  const reasons: string[] = [];
  if (options.maxTokens !== undefined) {
    const tokens = options.outputTokens ?? options.countTokens?.(output);
    if (tokens === undefined)
      throw new Error("checkStructure: maxTokens needs outputTokens or countTokens to compare with");
    if (tokens >= options.maxTokens) reasons.push(`reached the token limit (${tokens} of ${options.maxTokens})`);
  }
  const text = output.trim();
  if (text.length === 0) return reasons;
  if (text[0] === "{" || text[0] === "[") {
    const open = unclosed(text);
    if (open) reasons.push(open);
    return reasons;
  }
  const last = text[text.length - 1];
  const lastWord = (text.match(/[\p{L}\p{N}']+$/u)?.[0] ?? "").toLowerCase();
  if (",;:-–([{\"'“‘".includes(last)) reasons.push(`ends with "${last}"`);
  else if (CANNOT_END.has(lastWord)) reasons.push(`ends with the word "${lastWord}"`);
  return reasons;
}

// Walks JSON-like text keeping a stack of open brackets and whether we are inside a string.
function unclosed(text: string): string | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === "\\") i++;
      else if (char === quote) quote = null;
    } else if (char === '"') {
      quote = char;
    } else if (char === "{" || char === "[") {
      stack.push(char === "{" ? "}" : "]");
    } else if ((char === "}" || char === "]") && stack[stack.length - 1] === char) {
      stack.pop();
    }
  }
  if (quote) return "a string is not closed";
  return stack.length > 0 ? `${stack.length} bracket(s) not closed (missing "${stack.reverse().join("")}")` : null;
}

function validate(output: string, schema: ZodType): string[] {
  let value: unknown = output;
  try {
    value = JSON.parse(output);
  } catch {
    // not JSON: validate the text itself
  }
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map(
    (issue) => `${issue.path.length ? issue.path.map(String).join(".") : "(root)"}: ${issue.message}`,
  );
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
