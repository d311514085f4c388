/**
 * The deterministic, non-LLM baselines ("rules"), registered per purpose by the stages that
 * own them (job-details extraction, sectioning, tailoring). A rules answer is always labelled
 * `answeredBy: "rules"` and `model: "rules:<purpose>@<version>"` — never passed off as a model.
 */

export interface RulesTask<Input = unknown, Output = unknown> {
  /** Bumped when the rules change, so outputs say which rules made them. */
  version: string;
  run(input: Input): Output;
}

const tasks = new Map<string, RulesTask>();

export function registerRulesTask<Input, Output>(purpose: string, task: RulesTask<Input, Output>): void {
  tasks.set(purpose, task as RulesTask);
}

export function rulesTaskFor(purpose: string): RulesTask | null {
  return tasks.get(purpose) ?? null;
}

export function rulesModelName(purpose: string, task: RulesTask): string {
  return `rules:${purpose}@${task.version}`;
}

/** Purposes with a rules baseline, sorted (for messages that list what exists). */
export function rulesPurposes(): string[] {
  return [...tasks.keys()].sort();
}
