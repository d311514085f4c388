/**
 * Loading the prompt files from `prompts/` (the I/O edge of the prompt module), and the
 * section requests built from them: master prompt as the system message, the section's prompt
 * as the user message, the section's output schema as the response format.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { LlmRequest, SamplingParams } from "../llm/types";
import { SectionName } from "../schemas/resume-sections";
import { parsePromptFile, PromptTemplate } from "./prompt-file";
import { renderPrompt } from "./render-prompt";
import { TAILORED_SECTION_SCHEMAS } from "./section-outputs";

export const PROMPTS_DIR = path.resolve(__dirname, "../../prompts");

export function loadPrompt(name: string, dir = PROMPTS_DIR): PromptTemplate {
  const file = path.join(dir, `${name}.md`);
  if (!fs.existsSync(file)) throw new Error(`no prompt "${name}" (${file} does not exist)`);
  return parsePromptFile(fs.readFileSync(file, "utf8"), path.relative(process.cwd(), file) || file);
}

export function loadAllPrompts(dir = PROMPTS_DIR): PromptTemplate[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => loadPrompt(name.replace(/\.md$/, ""), dir));
}

export function sectionPromptName(section: SectionName): string {
  return `section-${section}`;
}

/** How section data and job details are written into prompts: indented JSON, keys as given. */
export function promptJson(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

export interface SectionRequestInput {
  section: SectionName;
  /** The original section (structured entries or text). */
  sectionValue: unknown;
  jobDetails: unknown;
  model: string;
  params?: SamplingParams;
  /** Prompt templates to use instead of the files (notebook variants). */
  master?: PromptTemplate;
  sectionPrompt?: PromptTemplate;
  /** Passed to the rules tailoring baseline when no model answers. */
  rulesInput?: unknown;
}

/** The tailoring request for one section: rendered messages, the section's schema, the purpose. */
export function buildSectionRequest(
  input: SectionRequestInput,
): LlmRequest & { promptVersions: { master: string; section: string } } {
  const master = input.master ?? loadPrompt("master");
  const sectionPrompt = input.sectionPrompt ?? loadPrompt(sectionPromptName(input.section));
  const output = TAILORED_SECTION_SCHEMAS[input.section];
  if (sectionPrompt.output !== output.name) {
    throw new Error(
      `${sectionPrompt.file}: output "${sectionPrompt.output}" does not match the ${input.section} schema ${output.name}`,
    );
  }
  const messages = [
    ...renderPrompt(master, {}),
    ...renderPrompt(sectionPrompt, {
      section: promptJson(input.sectionValue),
      job_details: promptJson(input.jobDetails),
    }),
  ];
  return {
    messages,
    model: input.model,
    params: input.params,
    schema: { name: output.name, schema: output.schema },
    purpose: `tailor-${input.section}`,
    rulesInput: input.rulesInput,
    promptVersions: { master: master.version, section: sectionPrompt.version },
  };
}
