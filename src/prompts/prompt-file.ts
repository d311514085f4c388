/**
 * Prompt files (`prompts/*.md`): a small header, then the messages.
 *
 *     ---
 *     name: section-skills
 *     purpose: ...
 *     variables: job_details, section
 *     output: TailoredSkills
 *     changes: what changed and why
 *     ---
 *     === system ===
 *     text with {{variables}}
 *     === user ===
 *     ...
 *
 * Parsing is pure and strict: a malformed header, an unknown role, a variable used but not
 * declared (or declared but never used) is an error naming the file and line. The prompt's
 * version is the first 12 hex digits of the sha256 of the whole file, so any edit — even to
 * the header's notes — gives a new version.
 */
import { InputError } from "../util/input-error";
import { sha256Hex } from "../llm/request-key";
import type { ChatRole } from "../llm/types";

export interface PromptTemplate {
  name: string;
  purpose: string;
  variables: string[];
  output: string;
  changes: string;
  messages: { role: ChatRole; template: string }[];
  version: string;
  /** The file's text, exactly (for diffs and snapshots). */
  source: string;
  file: string;
}

export class PromptFileError extends InputError {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "PromptFileError";
  }
}

const HEADER_KEYS = ["name", "purpose", "variables", "output", "changes"] as const;
const ROLE_LINE = /^=== (system|user|assistant) ===$/;
const VARIABLE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function promptVersion(source: string): string {
  return sha256Hex(source).slice(0, 12);
}

/** The variable names a template text uses, in order of first use. */
export function variablesIn(template: string): string[] {
  return [...new Set([...template.matchAll(VARIABLE)].map((match) => match[1]))];
}

export function parsePromptFile(source: string, file: string): PromptTemplate {
  const lines = source.split("\n");
  if (lines[0] !== "---") throw new PromptFileError(file, 1, "a prompt file starts with a '---' header line");
  const end = lines.indexOf("---", 1);
  if (end < 0) throw new PromptFileError(file, 1, "the header is not closed by a '---' line");
  const header: Record<string, string> = {};
  for (let index = 1; index < end; index++) {
    const match = /^([a-z]+):\s*(.*)$/.exec(lines[index]);
    if (!match || !(HEADER_KEYS as readonly string[]).includes(match[1])) {
      throw new PromptFileError(
        file,
        index + 1,
        `expected "<key>: <value>" with a key among ${HEADER_KEYS.join(", ")}`,
      );
    }
    header[match[1]] = match[2].trim();
  }
  for (const key of HEADER_KEYS) {
    if (header[key] === undefined) throw new PromptFileError(file, 1, `the header has no "${key}:" line`);
  }
  const messages: PromptTemplate["messages"] = [];
  for (let index = end + 1; index < lines.length; index++) {
    const role = ROLE_LINE.exec(lines[index]);
    if (role) messages.push({ role: role[1] as ChatRole, template: "" });
    else if (messages.length === 0 && lines[index].trim() !== "")
      throw new PromptFileError(file, index + 1, "text before the first '=== <role> ===' line");
    else if (messages.length) messages[messages.length - 1].template += `${lines[index]}\n`;
  }
  if (messages.length === 0) throw new PromptFileError(file, end + 2, "no '=== system ===' or '=== user ===' message");
  for (const message of messages) message.template = message.template.trim();
  const declared = header.variables
    ? header.variables
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean)
    : [];
  const used = variablesIn(messages.map((message) => message.template).join("\n"));
  const undeclared = used.filter((name) => !declared.includes(name));
  if (undeclared.length)
    throw new PromptFileError(file, 1, `variables used but not declared in the header: ${undeclared.join(", ")}`);
  const unused = declared.filter((name) => !used.includes(name));
  if (unused.length) throw new PromptFileError(file, 1, `variables declared but never used: ${unused.join(", ")}`);
  return {
    name: header.name,
    purpose: header.purpose,
    variables: declared,
    output: header.output,
    changes: header.changes,
    messages,
    version: promptVersion(source),
    source,
    file,
  };
}
