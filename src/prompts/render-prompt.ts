/**
 * Rendering a prompt template to chat messages. Strict both ways: a variable the template uses
 * but the caller did not give, and a value the caller gave that the template does not declare,
 * are errors naming the variable (a silent blank in a prompt is how the study's prompts shipped
 * a stray quote and a literal "ACHIEVEMENTS = ").
 */
import { InputError } from "../util/input-error";
import type { ChatMessage } from "../llm/types";
import type { PromptTemplate } from "./prompt-file";

export class PromptRenderError extends InputError {
  constructor(
    readonly prompt: string,
    readonly variable: string,
    message: string,
  ) {
    super(`prompt ${prompt}: ${message}`);
    this.name = "PromptRenderError";
  }
}

export function renderPrompt(template: PromptTemplate, values: Record<string, string>): ChatMessage[] {
  for (const name of Object.keys(values)) {
    if (!template.variables.includes(name)) {
      throw new PromptRenderError(
        template.name,
        name,
        `unknown variable "${name}" (declared: ${template.variables.join(", ") || "none"})`,
      );
    }
  }
  for (const name of template.variables) {
    if (typeof values[name] !== "string")
      throw new PromptRenderError(template.name, name, `missing variable "${name}"`);
  }
  return template.messages.map(({ role, template: text }) => ({
    role,
    // A function replacement, so "$&" or "$1" inside a resume is inserted literally.
    content: text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => values[name]),
  }));
}
