/**
 * Parsing a model's text against the request's zod schema, and the one repair turn.
 *
 * Structured outputs are parsed with the schema, never with regex on prose (DESIGN.md
 * principle 3). Code fences around the JSON are tolerated (open models add them even when
 * asked not to). When the text fails, the repair turn shows the model its own answer and the
 * validation errors and asks again, once.
 */
import type { ZodType } from "zod";
import type { ChatMessage } from "./types";

export type StructuredParse<T> = { ok: true; value: T } | { ok: false; issues: string };

export function parseStructured<T>(text: string, schema: ZodType<T>): StructuredParse<T> {
  const body = text.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/i, "$1");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, issues: `not valid JSON (${(error as Error).message})` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  const more = result.error.issues.length > 10 ? `; and ${result.error.issues.length - 10} more` : "";
  return { ok: false, issues: issues.join("; ") + more };
}

/** The conversation for the repair attempt: the original messages, the bad answer, the errors. */
export function repairMessages(original: readonly ChatMessage[], badAnswer: string, issues: string): ChatMessage[] {
  return [
    ...original,
    { role: "assistant", content: badAnswer },
    {
      role: "user",
      content: `Your reply does not match the required JSON schema: ${issues}. Reply again with only the corrected JSON object, nothing else.`,
    },
  ];
}
