/**
 * The evaluated systems, from their specs: `identity` (the original section, the floor),
 * `rules` (the labelled rules tailoring baseline), `recorded:<name>=<file>` (outputs keyed by
 * case, or rpw generate's targets.jsonl) and `llm:<name>=<model>` (a model through the run's LLM
 * client; with RPW_LLM_BASE_URL a vLLM server, where a LoRA adapter is addressed by its name).
 */
import { LlmClient } from "../llm/llm-client";
import { UsageError } from "../util/input-error";
import type { EvalSystem } from "./evaluate-systems";
import { readRecordedOutputs } from "./recorded-outputs";

export const SYSTEM_SPEC_HELP = "identity, rules, recorded:<name>=<file>, llm:<name>=<model>";

export function parseSystemSpecs(specs: readonly string[], llm: LlmClient): EvalSystem[] {
  const systems = specs
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item): EvalSystem => {
      if (item === "identity") return { kind: "identity", name: "identity" };
      if (item === "rules") return { kind: "rules", name: "rules" };
      const match = /^(recorded|llm):([^=]+)=(.+)$/.exec(item);
      if (!match) throw new UsageError(`unknown system "${item}" (${SYSTEM_SPEC_HELP})`, { field: "evaluate.systems" });
      const [, kind, name, value] = match;
      if (kind === "recorded") return { kind: "recorded", name, ...readRecordedOutputs(value), source: value };
      return { kind: "llm", name, model: value, llm };
    });
  const names = systems.map((system) => system.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice) throw new UsageError(`two systems are named "${twice}"`, { field: "evaluate.systems" });
  return systems;
}
