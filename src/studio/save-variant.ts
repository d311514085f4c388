/**
 * Saves a variant as a prompts folder (DESIGN.md principle 11: prompts are code): every file of
 * the variant is written to `dir`, and each file whose text differs from `base` gets its header's
 * `changes:` line rewritten to say what changed, why, and from which version — so the folder can
 * be declared as a variant (`prompts.variants: [{ name, dir }]`) or, with `dir` = `prompts/`,
 * replace the project's prompts once it has won.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parsePromptFile, PromptTemplate } from "../prompts/prompt-file";
import { sectionPromptName } from "../prompts/prompt-library";
import { SECTION_NAMES } from "../schemas/resume-sections";
import { InputError } from "../util/input-error";
import { writeFileAtomic } from "../util/jsonl";
import type { PromptVariant } from "./prompt-variants";

export interface SavedPromptFile {
  file: string;
  changed: boolean;
  version: string;
}

/** The file's text with its `changes:` header line recording this edit (pure). */
export function recordChange(edited: PromptTemplate, before: PromptTemplate, why: string, variant: string): string {
  const note = `${why.replace(/\s+/g, " ").trim()} (variant ${variant}, edited from version ${before.version}). Before: ${before.changes}`;
  return edited.source.replace(/^changes:.*$/m, () => `changes: ${note}`);
}

export function saveVariant(
  variant: PromptVariant,
  base: PromptVariant,
  { dir, why }: { dir: string; why: string },
): SavedPromptFile[] {
  if (!why.trim()) throw new InputError("saveVariant needs a reason (why) to record in the changed files' headers");
  const pairs: [string, PromptTemplate, PromptTemplate][] = [
    ["master", variant.master, base.master],
    ...SECTION_NAMES.map((section): [string, PromptTemplate, PromptTemplate] => [
      sectionPromptName(section),
      variant.sections[section],
      base.sections[section],
    ]),
  ];
  fs.mkdirSync(dir, { recursive: true });
  return pairs.map(([name, edited, before]) => {
    const changed = edited.source !== before.source;
    const text = changed ? recordChange(edited, before, why, variant.name) : edited.source;
    const file = path.join(dir, `${name}.md`);
    const parsed = parsePromptFile(text, file); // what is written must load again
    writeFileAtomic(file, text);
    return { file, changed, version: parsed.version };
  });
}
