/**
 * Prompt variants for the studio: a master prompt plus one prompt per section. A variant comes
 * from files (`prompts/` or another folder) or from inline edits of another variant's text in a
 * notebook cell; either way it is parsed by the same strict parser and versioned by its text.
 */
import { InputError } from "../util/input-error";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { parsePromptFile, PromptTemplate } from "../prompts/prompt-file";
import { loadPrompt, PROMPTS_DIR, sectionPromptName } from "../prompts/prompt-library";

export interface PromptVariant {
  name: string;
  master: PromptTemplate;
  sections: Record<SectionName, PromptTemplate>;
}

/** The variant written in a prompts folder (default: the project's `prompts/`). */
export function fileVariant(name = "files", dir = PROMPTS_DIR): PromptVariant {
  return {
    name,
    master: loadPrompt("master", dir),
    sections: Object.fromEntries(
      SECTION_NAMES.map((section) => [section, loadPrompt(sectionPromptName(section), dir)]),
    ) as Record<SectionName, PromptTemplate>,
  };
}

export interface VariantEdits {
  /** Rewrites the master prompt file's text. */
  master?: (source: string) => string;
  /** Rewrites a section prompt file's text. */
  sections?: Partial<Record<SectionName, (source: string) => string>>;
}

/** A variant made by editing another's file texts (e.g. one sentence changed in a notebook cell). */
export function editVariant(base: PromptVariant, name: string, edits: VariantEdits): PromptVariant {
  const edit = (template: PromptTemplate, change?: (source: string) => string) =>
    change ? parsePromptFile(change(template.source), `${template.file} (edited in variant ${name})`) : template;
  return {
    name,
    master: edit(base.master, edits.master),
    sections: Object.fromEntries(
      SECTION_NAMES.map((section) => [section, edit(base.sections[section], edits.sections?.[section])]),
    ) as Record<SectionName, PromptTemplate>,
  };
}

/** Replaces one exact piece of text, failing loudly when it is not there (a silent no-op edit is a wasted run). */
export function replaceText(find: string, replacement: string): (source: string) => string {
  return (source) => {
    if (!source.includes(find)) {
      throw new InputError(`the prompt text does not contain: ${JSON.stringify(find.slice(0, 60))}`, {
        fix: "copy the exact text from the prompt file",
      });
    }
    return source.replace(find, () => replacement);
  };
}
