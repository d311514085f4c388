/**
 * An optional LLM judge for the prompt studio: a declared system grades each answer against a
 * rubric the researcher writes (1 to 5, with a one-sentence reason), through the one LLM client,
 * so its answers are cached and replayed like any other call. A judge's grade is an opinion, not a
 * measurement: it is labelled "judge" with the model that gave it wherever it is shown, and kept
 * apart from the claim checker's numbers. Offline there is no judge: the rules baselines cannot
 * grade, so an answer is "not judged" (never a made-up grade) and the assertion says so.
 */
import { z } from "zod";
import type { SectionCase } from "../prompts/study-cases";
import { sectionToPlainText } from "../evaluate/plain-text";
import type { LlmClient } from "../llm/llm-client";
import type { PromptRunRow } from "./compare-prompts";

export const JUDGE_PURPOSE = "studio-judge";

const JudgeAnswer = z.object({
  score: z.number().int().min(1).max(5),
  reason: z.string(),
});

/** One graded answer, or why it was not graded. */
export interface JudgeVerdict {
  caseId: string;
  variant: string;
  system: string;
  rubric: string;
  /** 1 (fails the rubric) to 5 (fully meets it); null when not judged. */
  score: number | null;
  reason: string;
  /** Who judged: e.g. "openai:gpt-4o-mini"; "none" when nobody could. */
  judgedBy: string;
  cached: boolean;
}

export interface JudgeSystem {
  name: string;
  model: string;
  llm: LlmClient;
}

/** The judge's request: the rubric, the original section, the job details and the answer to grade. */
export function judgeMessages(
  rubric: string,
  entry: SectionCase,
  output: unknown,
): { role: "system" | "user"; content: string }[] {
  return [
    {
      role: "system",
      content:
        "You grade one tailored resume section against a rubric. Judge only what the rubric asks. " +
        'Answer with JSON: {"score": 1-5 (1 = fails the rubric, 5 = fully meets it), "reason": one sentence}.',
    },
    {
      role: "user",
      content: [
        `Rubric: ${rubric}`,
        "",
        `Section: ${entry.section}`,
        "",
        "Original section:",
        sectionToPlainText(entry.value),
        "",
        "Job details:",
        JSON.stringify(entry.jobDetails),
        "",
        "Tailored section to grade:",
        sectionToPlainText(output),
      ].join("\n"),
    },
  ];
}

/** Grades every answered row against `rubric` with `judge`; failed answers and failed judge calls are not judged. */
export async function judgeRows(
  rubric: string,
  rows: readonly PromptRunRow[],
  cases: readonly SectionCase[],
  judge: JudgeSystem,
): Promise<JudgeVerdict[]> {
  const caseOf = new Map(cases.map((entry) => [entry.id, entry]));
  return Promise.all(
    rows.map(async (row): Promise<JudgeVerdict> => {
      const base = { caseId: row.caseId, variant: row.variant, system: row.system, rubric };
      const entry = caseOf.get(row.caseId);
      if (!row.ok || !entry)
        return {
          ...base,
          score: null,
          reason: row.ok ? "case not found" : "the answer failed",
          judgedBy: "none",
          cached: false,
        };
      const result = await judge.llm.complete({
        messages: judgeMessages(rubric, entry, row.output),
        model: judge.model,
        purpose: JUDGE_PURPOSE,
        params: { temperature: 0 },
        schema: { name: "judge_grade", schema: JudgeAnswer },
      });
      if (!result.ok || result.answeredBy === "rules") {
        const why =
          result.answeredBy === "rules" || result.error?.kind === "request"
            ? "no model to judge with (offline)"
            : `${result.error?.kind}: ${result.error?.message}`;
        return { ...base, score: null, reason: why, judgedBy: "none", cached: false };
      }
      const answer = result.output as z.infer<typeof JudgeAnswer>;
      return {
        ...base,
        score: answer.score,
        reason: answer.reason,
        judgedBy: `${result.answeredBy}:${result.model}`,
        cached: result.cached,
      };
    }),
  );
}
