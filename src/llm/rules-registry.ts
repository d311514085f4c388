/**
 * The deterministic, non-LLM baselines ("rules"), one per purpose (job-details extraction,
 * sectioning, tailoring each section). The set a client may answer from is handed to it
 * explicitly (`LlmClientDeps.rules`), not collected by import side effects, so what a client can
 * answer never depends on which modules happened to be loaded first. A rules answer is always
 * labelled `answeredBy: "rules"` and `model: "rules:<purpose>@<version>"` — never passed off as
 * a model.
 */

export interface RulesTask<Input = unknown, Output = unknown> {
  /** Bumped when the rules change, so outputs say which rules made them. */
  version: string;
  run(input: Input): Output;
}

/** A purpose and the rules that answer it. */
export type RulesEntry = readonly [purpose: string, task: RulesTask];

/** Wraps a typed task for the registry (the registry itself is untyped by purpose). */
export function rulesEntry<Input, Output>(purpose: string, task: RulesTask<Input, Output>): RulesEntry {
  return [purpose, task as RulesTask];
}

export class RulesBaselines {
  private readonly tasks: ReadonlyMap<string, RulesTask>;

  constructor(entries: Iterable<RulesEntry> = []) {
    const tasks = new Map<string, RulesTask>();
    for (const [purpose, task] of entries) {
      if (tasks.has(purpose)) throw new Error(`two rules baselines for purpose "${purpose}"`);
      tasks.set(purpose, task);
    }
    this.tasks = tasks;
  }

  taskFor(purpose: string): RulesTask | null {
    return this.tasks.get(purpose) ?? null;
  }

  /** Purposes with a rules baseline, sorted (for messages that list what exists). */
  purposes(): string[] {
    return [...this.tasks.keys()].sort();
  }

  /** This set plus more entries (tests add their own purposes this way). */
  with(entries: Iterable<RulesEntry>): RulesBaselines {
    return new RulesBaselines([...this.tasks.entries(), ...entries]);
  }
}

export function rulesModelName(purpose: string, task: RulesTask): string {
  return `rules:${purpose}@${task.version}`;
}
