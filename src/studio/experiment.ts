/**
 * From the declared experiment (the configuration's `prompts` section, with any command-line
 * overrides) to what a comparison runs: prompt variants read from their folders with their edits
 * applied, one LLM client per system, and the cases (the first resumes × the chosen sections, a
 * seeded sample when `limit` is set). Only what is declared runs: no variant is added implicitly.
 *
 * Every model system uses the run's response cache file, so a rerun answers from the cache
 * whatever the endpoint. A `run` system is the run's own client (one budget with the stages); an
 * `openai` / `openai-compatible` system gets its own client with the same `llm` limit settings —
 * its own counters, so `llm.budgetUsd` caps each endpoint separately (the LLM layer has one
 * budget per client; sharing one across providers would need a change there).
 */
import * as path from "node:path";
import { createLlm, LlmClient } from "../llm/llm-client";
import { loadCases } from "../prompts/load-cases";
import { SectionCase } from "../prompts/study-cases";
import type { AssertionSpec, PromptsSettings, PromptSystemSpec, PromptVariantSpec } from "../schemas/prompt-experiment";
import { SectionName } from "../schemas/resume-sections";
import type { RunDirs, WorkbenchConfig } from "../schemas/run-config";
import { InputError, UsageError } from "../util/input-error";
import { mulberry32, randomIndex } from "../util/random";
import { PromptSystem } from "./compare-prompts";
import { editVariant, fileVariant, PromptVariant, replaceText, VariantEdits } from "./prompt-variants";
import { rulesClient } from "./rules-client";

export interface Experiment {
  name: string;
  variants: PromptVariant[];
  systems: PromptSystem[];
  cases: SectionCase[];
  assertions: AssertionSpec[];
  /** Closes the clients this experiment opened (never the run's own). */
  close(): void;
}

/** What the command line may override; anything left out is taken as declared. */
export interface ExperimentOverrides {
  name?: string;
  /** Replaces the declared variants. */
  variants?: PromptVariantSpec[];
  /** Keeps only these declared systems, in this order. */
  systems?: string[];
  /** The model of every `run` system. */
  model?: string;
  resumes?: number;
  sections?: SectionName[];
  limit?: number;
}

/** A declared variant: the folder's prompt files with each edit applied (an edit that finds nothing is an error). */
export function declaredVariant(spec: PromptVariantSpec): PromptVariant {
  const base = fileVariant(spec.name, path.resolve(spec.dir));
  if (spec.edits.length === 0) return base;
  const chain = (first: ((s: string) => string) | undefined, next: (s: string) => string) =>
    first ? (s: string) => next(first(s)) : next;
  const edits: VariantEdits = { sections: {} };
  for (const [index, edit] of spec.edits.entries()) {
    const change = (source: string) => {
      if (!source.includes(edit.find)) {
        throw new InputError(
          `variant ${spec.name}: the ${edit.prompt} prompt does not contain ${JSON.stringify(edit.find.slice(0, 60))}`,
          {
            field: `prompts.variants.edits.${index}.find`,
            fix: `copy the exact text from the ${edit.prompt} prompt file in ${spec.dir}`,
          },
        );
      }
      return replaceText(edit.find, edit.replace)(source);
    };
    if (edit.prompt === "master") edits.master = chain(edits.master, change);
    else edits.sections![edit.prompt] = chain(edits.sections![edit.prompt], change);
  }
  return editVariant(base, spec.name, edits);
}

function systemClient(spec: PromptSystemSpec, runLlm: LlmClient): { llm: LlmClient; owned: boolean } {
  if (spec.provider === "run") return { llm: runLlm, owned: false };
  if (spec.provider === "rules") return { llm: rulesClient(runLlm), owned: true };
  // The run client's resolved configuration carries the run's limits (configuration > environment > default) and cache file.
  const llm = createLlm(
    {
      ...runLlm.config,
      provider: spec.provider,
      baseUrl: spec.baseUrl,
      ...(spec.apiKeyEnv ? { apiKeyEnv: spec.apiKeyEnv } : {}),
    },
    { rules: runLlm.rules },
  );
  return { llm, owned: true };
}

/** A seeded sample of `limit` cases, kept in their original order (so tables read resume by resume). */
export function sampleCases<T>(cases: readonly T[], limit: number | null, seed: number): T[] {
  if (limit === null || limit >= cases.length) return [...cases];
  const random = mulberry32(seed);
  const order = cases.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order
    .slice(0, limit)
    .sort((a, b) => a - b)
    .map((index) => cases[index]);
}

export function loadExperiment(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "collect" | "preprocess">,
  runLlm: LlmClient,
  overrides: ExperimentOverrides = {},
): Experiment {
  const settings: PromptsSettings = config.prompts;
  const variantSpecs = overrides.variants ?? settings.variants;
  let systemSpecs = settings.systems;
  if (overrides.systems) {
    systemSpecs = overrides.systems.map((name) => {
      const found = settings.systems.find((system) => system.name === name);
      if (!found)
        throw new UsageError(
          `no system "${name}" is declared (declared: ${settings.systems.map((system) => system.name).join(", ")}; add it to prompts.systems)`,
        );
      return found;
    });
  }
  const variants = variantSpecs.map(declaredVariant);
  const cases = sampleCases(
    loadCases(dirs.preprocess, dirs.collect, {
      resumes: overrides.resumes ?? settings.resumes,
      sections: overrides.sections ?? settings.cases.sections,
    }),
    overrides.limit ?? settings.cases.limit,
    settings.cases.seed ?? config.seed,
  );
  const owned: LlmClient[] = [];
  const systems = systemSpecs.map((spec): PromptSystem => {
    const { llm, owned: mine } = systemClient(spec, runLlm);
    if (mine) owned.push(llm);
    const model =
      spec.provider === "rules"
        ? "rules"
        : ((spec.provider === "run" ? overrides.model : undefined) ?? spec.model ?? config.teacher.model);
    return { name: spec.name, model, llm, params: { temperature: spec.temperature } };
  });
  return {
    name: overrides.name ?? settings.comparison,
    variants,
    systems,
    cases,
    assertions: settings.assertions,
    close: () => owned.forEach((llm) => llm.close()),
  };
}
