/**
 * Assertions over a comparison, promptfoo-style but about résumés: each is checked on every case
 * of a (variant, system) and passes when at least `passRate` of the cases pass it. A case whose
 * call failed fails every assertion (an answer we do not have is not a pass). A judge assertion
 * counts only the answers its judge graded; with none graded it fails and says "not judged". Pure.
 */
import { sectionToPlainText } from "../evaluate/plain-text";
import { countTextTokens } from "../llm/tokens";
import type { AssertionSpec } from "../schemas/prompt-experiment";
import type { PromptRunRow } from "./compare-prompts";
import type { JudgeVerdict } from "./judge";

export interface AssertionResult {
  /** e.g. "unsupportedShare≤0.2". */
  label: string;
  required: boolean;
  passed: number;
  cases: number;
  ok: boolean;
  /** Case ids that failed it. */
  failing: string[];
  /** Judge assertions: answers the judge could not grade (left out of `cases`). */
  notJudged?: number;
}

export function assertionLabel(spec: AssertionSpec): string {
  switch (spec.kind) {
    case "schemaValid":
      return "schemaValid";
    case "unsupportedShare":
      return `unsupportedShare≤${spec.max}`;
    case "inputOnlyShare":
      return `inputOnlyShare≤${spec.max}`;
    case "keywordCoverage":
      return `keywordCoverage≥${spec.min}`;
    case "noPromptEcho":
      return `promptEcho≤${spec.max}`;
    case "maxTokens":
      return `tokens≤${spec.max}`;
    case "contains":
      return `contains "${spec.text}"`;
    case "notContains":
      return `notContains "${spec.text}"`;
    case "judge":
      return `judge≥${spec.minScore} "${spec.rubric.length > 30 ? `${spec.rubric.slice(0, 29)}…` : spec.rubric}"`;
  }
}

/** The output's size in the teacher's tokenizer, whoever answered (rules answers report no usage). */
export function outputTokens(row: PromptRunRow): number {
  return row.ok ? countTextTokens(JSON.stringify(row.output)) : 0;
}

/** Whether one case passes one assertion. */
export function passes(spec: AssertionSpec, row: PromptRunRow): boolean {
  if (!row.ok) return false;
  const scores = row.scores;
  const text = () => sectionToPlainText(row.output).toLowerCase();
  switch (spec.kind) {
    case "schemaValid":
      return true;
    case "unsupportedShare":
      return scores?.unsupportedShare == null || scores.unsupportedShare <= spec.max;
    case "inputOnlyShare":
      return scores?.inputOnlyShare == null || scores.inputOnlyShare <= spec.max;
    case "keywordCoverage":
      return scores?.keywordCoverage == null || scores.keywordCoverage >= spec.min;
    case "noPromptEcho":
      return (scores?.echoInstructions ?? 0) <= spec.max;
    case "maxTokens":
      return outputTokens(row) <= spec.max;
    case "contains":
      return text().includes(spec.text.toLowerCase());
    case "notContains":
      return !text().includes(spec.text.toLowerCase());
    case "judge":
      throw new Error("a judge assertion is checked against its verdicts (checkAssertions)");
  }
}

/** The key of a verdict: which answer, graded against which rubric. */
export function verdictKey(row: Pick<PromptRunRow, "variant" | "system" | "caseId">, rubric: string): string {
  return [row.variant, row.system, row.caseId, rubric].join("\u0000");
}

function checkJudge(
  spec: Extract<AssertionSpec, { kind: "judge" }>,
  rows: readonly PromptRunRow[],
  verdicts: ReadonlyMap<string, JudgeVerdict>,
): AssertionResult {
  const graded = rows.map((row) => ({ row, verdict: verdicts.get(verdictKey(row, spec.rubric)) }));
  const judged = graded.filter(({ row, verdict }) => !row.ok || (verdict && verdict.score !== null));
  const failing = judged
    .filter(({ row, verdict }) => !row.ok || (verdict!.score as number) < spec.minScore)
    .map(({ row }) => row.caseId);
  const passed = judged.length - failing.length;
  const notJudged = rows.length - judged.length;
  return {
    label: `${assertionLabel(spec)}${judged.length === 0 ? " (not judged)" : ""}`,
    required: spec.required,
    passed,
    cases: judged.length,
    ok: judged.length > 0 && passed / judged.length >= spec.passRate - 1e-12,
    failing,
    notJudged,
  };
}

/** Every assertion over the rows of one (variant, system). */
export function checkAssertions(
  specs: readonly AssertionSpec[],
  rows: readonly PromptRunRow[],
  verdicts: ReadonlyMap<string, JudgeVerdict> = new Map(),
): AssertionResult[] {
  return specs.map((spec) => {
    if (spec.kind === "judge") return checkJudge(spec, rows, verdicts);
    const failing = rows.filter((row) => !passes(spec, row)).map((row) => row.caseId);
    const passed = rows.length - failing.length;
    return {
      label: assertionLabel(spec),
      required: spec.required,
      passed,
      cases: rows.length,
      ok: rows.length > 0 && passed / rows.length >= spec.passRate - 1e-12,
      failing,
    };
  });
}
