/**
 * The report's opening: what the run is, in a few lines a reader can cite — the data (inputs
 * and how many records survived), the systems compared and who answered each (a model, a
 * recording, a rules baseline), the seed, and the versions of the code and prompts. Pure: the
 * run report reads the files and passes what it found; a part whose stage did not run is left out.
 */
import { systemLabel } from "../schemas/display-names";
import { plural } from "../util/words";

export interface OpeningInput {
  name: string;
  seed: number;
  resumes: readonly string[];
  jobs: readonly string[];
  kept: { resumes: number; postings: number } | null;
  /** The teacher as configured: a model name, or a recorded file. */
  teacher: string;
  /** Who answered the teacher's targets (answeredBy counts of generate/report.json). */
  teacherAnsweredBy: Record<string, number> | null;
  /** Who answered preprocessing (answeredBy counts of preprocess/report.json). */
  preprocessAnsweredBy: Record<string, number> | null;
  /** evaluate.config.json's systems. */
  systems: readonly { kind: string; name: string; model?: string; source?: string }[] | null;
  reference: string | null;
  workbenchVersion: string;
  plotlyVersion: string;
  promptVersions: string | null;
}

const byWhom = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([who, n]) => `${who} (${n})`)
    .join(", ");

/** Who produced a system's outputs, in words. */
export function describeSystem(
  system: { kind: string; name: string; model?: string; source?: string },
  teacherAnsweredBy: Record<string, number> | null,
): string {
  const label = systemLabel(system.name);
  switch (system.kind) {
    case "identity":
      return `${label}: the original section unchanged (the floor)`;
    case "rules":
      return `${label}: the labelled rules tailoring baseline, no model`;
    case "llm":
      return `${label}: the model \`${system.model}\``;
    case "recorded": {
      const answered =
        system.name === "teacher" && teacherAnsweredBy ? `, answered by ${byWhom(teacherAnsweredBy)}` : "";
      return `${label}: recorded outputs from \`${system.source}\`${answered}`;
    }
    default:
      return `${label}: ${system.kind}`;
  }
}

/**
 * Who wrote the teacher's targets. A run whose every target came from the rules baseline says
 * "rules (no model)" and names no model: the configured teacher answered nothing.
 */
export function teacherLine(teacher: string, answeredBy: Record<string, number> | null): string {
  if (!answeredBy) return `- **Teacher** (as configured): ${teacher}.`;
  const rules = Object.entries(answeredBy).filter(([who]) => who.startsWith("rules"));
  const models = Object.entries(answeredBy).filter(([who]) => !who.startsWith("rules"));
  const count = (entries: [string, number][]) => entries.reduce((sum, [, n]) => sum + n, 0);
  if (models.length === 0) {
    return (
      `- **Teacher**: rules (no model). Every target (${count(rules)}) is the labelled rules tailoring baseline's ` +
      `(${byWhom(Object.fromEntries(rules))}): no recorded answer and no live model answered, so no model wrote any target.`
    );
  }
  const fallback = rules.length
    ? `; ${count(rules)} targets are the labelled rules baseline's (${byWhom(Object.fromEntries(rules))})`
    : "";
  return `- **Teacher** (as configured): ${teacher}; ${count(models)} targets answered by ${byWhom(Object.fromEntries(models))}${fallback}.`;
}

export function runOpeningMarkdown(input: OpeningInput): string[] {
  const lines = ["## What this run is", ""];
  const kept = input.kept
    ? ` (${plural(input.kept.resumes, "resume")} and ${plural(input.kept.postings, "posting")} kept)`
    : "";
  lines.push(
    `- **Data**: resumes from ${input.resumes.map((file) => `\`${file}\``).join(", ")}; job postings from ${input.jobs.map((file) => `\`${file}\``).join(", ")}${kept}.`,
  );
  if (input.preprocessAnsweredBy) lines.push(`- **Preprocessing answered by**: ${byWhom(input.preprocessAnsweredBy)}.`);
  lines.push(teacherLine(input.teacher, input.teacherAnsweredBy));
  if (input.systems) {
    lines.push(`- **Systems evaluated**${input.reference ? ` (paired against ${systemLabel(input.reference)})` : ""}:`);
    for (const system of input.systems) lines.push(`  - ${describeSystem(system, input.teacherAnsweredBy)}`);
  }
  lines.push(`- **Seed**: ${input.seed} (every split, persona and bootstrap interval).`);
  lines.push(
    `- **Versions**: workbench ${input.workbenchVersion}, plotly.js ${input.plotlyVersion}${input.promptVersions ? `; prompts ${input.promptVersions}` : ""}. ` +
      "The resolved configuration is in `config.json`.",
  );
  lines.push("");
  return lines;
}
