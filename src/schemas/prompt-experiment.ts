/**
 * The prompt studio's declared experiment (the `prompts` section of workbench.config.json):
 * which prompt variants, which systems and which cases one comparison runs, and the assertions
 * that gate it. Modelled on promptfoo's prompts × providers × tests, narrowed to résumé
 * tailoring: cases are résumé sections, and the assertions speak of grounding, job keywords,
 * prompt echo and token length. Strict at every depth; the defaults run offline.
 */
import { z } from "zod";
import { SECTION_NAMES } from "./resume-sections";

const NAME = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "a name is letters, digits, '.', '_' or '-', starting with a letter or digit");

/** One exact text replacement in one prompt file ("master" or a section's prompt). */
export const PromptEditSpec = z.strictObject({
  prompt: z.enum(["master", ...SECTION_NAMES]),
  find: z.string().min(1),
  replace: z.string(),
});

/** A variant: the prompt files of `dir`, with `edits` applied (none: the folder as it is). */
export const PromptVariantSpec = z.strictObject({
  name: NAME,
  dir: z.string().min(1).default("prompts"),
  edits: z.array(PromptEditSpec).default([]),
});
export type PromptVariantSpec = z.infer<typeof PromptVariantSpec>;

/**
 * A system answering the cases. `run`: the run's own client (OPENAI_API_KEY, RPW_LLM_BASE_URL,
 * recordings, else the rules baseline — labelled); `rules`: the rules baseline only; `openai` and
 * `openai-compatible`: that endpoint, with the run's limits and cache. `model` null: teacher.model.
 */
export const PromptSystemSpec = z
  .strictObject({
    name: NAME,
    provider: z.enum(["run", "rules", "openai", "openai-compatible"]).default("run"),
    model: z.string().min(1).nullable().default(null),
    baseUrl: z.string().url().nullable().default(null),
    /** The environment variable holding the key (never the key itself). */
    apiKeyEnv: z.string().min(1).nullable().default(null),
    temperature: z.number().min(0).max(2).default(0),
  })
  .refine((system) => system.provider !== "openai-compatible" || system.baseUrl !== null, {
    message: "an openai-compatible system needs a baseUrl, e.g. http://127.0.0.1:11434/v1",
    path: ["baseUrl"],
  });
export type PromptSystemSpec = z.infer<typeof PromptSystemSpec>;

/** Which cases: the first `prompts.resumes` resumes × these sections; `limit` draws a seeded sample of them. */
export const PromptCasesSpec = z.strictObject({
  sections: z
    .array(z.enum(SECTION_NAMES))
    .min(1)
    .default([...SECTION_NAMES]),
  limit: z.number().int().positive().nullable().default(null),
  /** null: the run's seed. */
  seed: z.number().int().nonnegative().nullable().default(null),
});

/** What every assertion shares: how many cases must pass it, and whether failing it fails the command. */
const gate = {
  /** Share of cases that must pass (1: all). */
  passRate: z.number().min(0).max(1).default(1),
  required: z.boolean().default(false),
};

export const AssertionSpec = z.discriminatedUnion("kind", [
  /** The answer parsed with the section's schema. */
  z.strictObject({ kind: z.literal("schemaValid"), ...gate }),
  /** Share of the output's checkable claims the resume does not support ≤ max (no claims: passes). */
  z.strictObject({ kind: z.literal("unsupportedShare"), max: z.number().min(0).max(1), ...gate }),
  /** Share of the output's claims found only in what the pipeline gave the model (not in the resume) ≤ max. */
  z.strictObject({ kind: z.literal("inputOnlyShare"), max: z.number().min(0).max(1), ...gate }),
  /** Share of the job's skills the output mentions ≥ min (a job without skills: passes). */
  z.strictObject({ kind: z.literal("keywordCoverage"), min: z.number().min(0).max(1), ...gate }),
  /** Share of the output's 5-grams copied from the prompt's instructions ≤ max. */
  z.strictObject({ kind: z.literal("noPromptEcho"), max: z.number().min(0).max(1).default(0), ...gate }),
  /** The output (as JSON) is at most `max` tokens (o200k, the teacher's tokenizer). */
  z.strictObject({ kind: z.literal("maxTokens"), max: z.number().int().positive(), ...gate }),
  /** The output's text contains / does not contain `text` (case-insensitive). */
  z.strictObject({ kind: z.literal("contains"), text: z.string().min(1), ...gate }),
  z.strictObject({ kind: z.literal("notContains"), text: z.string().min(1), ...gate }),
  /**
   * An LLM judge grades each answer 1-5 against `rubric`; a case passes at `minScore` or above.
   * `judge` names a declared system (default: the first that is not the rules baseline). Cached;
   * offline nothing is judged and the assertion says so (src/studio/judge.ts).
   */
  z.strictObject({
    kind: z.literal("judge"),
    rubric: z.string().min(1),
    judge: NAME.optional(),
    minScore: z.number().int().min(1).max(5).default(4),
    ...gate,
  }),
]);
export type AssertionSpec = z.infer<typeof AssertionSpec>;

export const PromptsSettings = z.strictObject({
  /** Resumes whose sections make the cases. */
  resumes: z.number().int().positive().default(3),
  /** The comparison's folder: runs/<run>/prompts/<comparison>/. */
  comparison: NAME.default("default"),
  variants: z
    .array(PromptVariantSpec)
    .min(1)
    .default([{ name: "files", dir: "prompts", edits: [] }])
    .refine((list) => new Set(list.map((item) => item.name)).size === list.length, "variant names must differ"),
  systems: z
    .array(PromptSystemSpec)
    .min(1)
    .default([
      { name: "rules", provider: "rules", model: null, baseUrl: null, apiKeyEnv: null, temperature: 0 },
      { name: "teacher", provider: "run", model: null, baseUrl: null, apiKeyEnv: null, temperature: 0 },
    ])
    .refine((list) => new Set(list.map((item) => item.name)).size === list.length, "system names must differ"),
  cases: PromptCasesSpec.prefault({}),
  assertions: z.array(AssertionSpec).default([
    { kind: "schemaValid", passRate: 1, required: false },
    { kind: "unsupportedShare", max: 0.2, passRate: 1, required: false },
    { kind: "noPromptEcho", max: 0.1, passRate: 1, required: false },
  ]),
});
export type PromptsSettings = z.infer<typeof PromptsSettings>;
