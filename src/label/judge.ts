/**
 * An LLM judge for a label sheet: the same rows a person labels, labelled by a model through the
 * project's one LLM client (configured provider, response cache, budget), so `rpw label import
 * hand.csv judged.csv` reports the judge's agreement with people beside the checker's.
 * The judge sees what an annotator sees on the reading page — the resume, the model's input, the
 * job ad, the output and the claim with its line — and answers with one label in a fixed schema.
 * There is no rules judge: a call that fails (offline with nothing recorded, a bad answer) is an
 * error, never a guessed label. Rows already labelled are judged too: the judged sheet is a second
 * annotator, not a merge.
 * The prompt lives here, not in prompts/: it is no tailoring prompt of the study, and its version
 * (a hash of the text) is in every request through the cache key anyway.
 */
import { z } from "zod";
import type { LlmClient } from "../llm/llm-client";
import type { ChatMessage } from "../llm/types";
import type { GroundCase } from "../schemas/claims";
import { InputError } from "../util/input-error";
import { HumanLabel, ReadRow, SheetRow } from "./sheet";

export const JUDGE_PURPOSE = "label-judge";

export const JudgeAnswer = z.object({ label: HumanLabel, reason: z.string() }).strict();

const SYSTEM = `You check one claim of a tailored resume section against its sources. Label it:
- supported: the resume states this fact (same meaning; wording may differ);
- input_only: the resume does not state it, but the model's input (besides the resume) does;
- invented: neither the resume nor the model's input states it (a job ad alone does not count);
- not_a_claim: the text states no checkable fact about the person (a generic phrase, a heading).
A date or title counts as supported only where the resume gives it for the same employer or school.
Answer with the JSON object only: {"label": ..., "reason": "<one short sentence>"}.`;

/** The judge's messages for one row. */
export function judgeMessages(row: SheetRow, entry: GroundCase, outputText: string): ChatMessage[] {
  const source = typeof entry.source === "string" ? entry.source : JSON.stringify(entry.source);
  const user = [
    `<resume>\n${source}\n</resume>`,
    `<model_input>\n${entry.input ?? "(none)"}\n</model_input>`,
    `<job_ad>\n${entry.job ?? "(none)"}\n</job_ad>`,
    `<output>\n${outputText}\n</output>`,
    `<line>\n${row.context}\n</line>`,
    `<claim type="${row.type}">${row.claim}</claim>`,
  ].join("\n");
  return [
    { role: "system", content: SYSTEM },
    { role: "user", content: user },
  ];
}

export interface JudgeOptions {
  model: string;
  /** The output's plain text per case id (what the claims' spans point into). */
  outputs: ReadonlyMap<string, string>;
  cases: ReadonlyMap<string, GroundCase>;
  file: string;
}

/** The sheet's rows labelled by the judge; throws an InputError when any call fails. */
export async function judgeSheet(
  rows: readonly ReadRow[],
  llm: LlmClient,
  { model, outputs, cases, file }: JudgeOptions,
): Promise<SheetRow[]> {
  const requests = rows.map((row) => {
    const entry = cases.get(row.case);
    if (!entry) {
      const message = `${file}:${row.line}: case: unknown case "${row.case}" (not in the cases file)`;
      throw new InputError(message, { file, line: row.line, field: "case" });
    }
    return {
      messages: judgeMessages(row, entry, outputs.get(row.case) ?? ""),
      model,
      params: { temperature: 0 },
      schema: { name: "claim_label", schema: JudgeAnswer },
      purpose: JUDGE_PURPOSE,
    };
  });
  const results = await llm.completeMany(requests);
  const failed = results.filter((result) => !result.ok || result.answeredBy === "rules");
  if (failed.length) {
    const first = failed[0].error;
    const offline = first?.kind === "replay-miss";
    const counts = `${failed.length} of ${results.length}`;
    if (offline) {
      const message = `no model to judge with: ${counts} judge requests are not recorded and no model is configured`;
      const fix =
        "set OPENAI_API_KEY or RPW_LLM_BASE_URL=http://host:port/v1" +
        " (or import recordings with `npx rpw llm import`)";
      throw new InputError(message, { fix });
    }
    const why = `${first?.kind ?? "rules"}: ${first?.message ?? "answered by rules"}`;
    throw new InputError(`${counts} judge calls failed (first: ${why}); no labels written`);
  }
  return rows.map(({ line: _line, ...row }, i) => {
    const answer = results[i].output as z.infer<typeof JudgeAnswer>;
    return { ...row, label: answer.label, note: `judge:${results[i].model}` };
  });
}
