/**
 * The cases a sheet is labelled on, in the `rpw ground --in` format: the resume (`source`), the
 * output as plain text, what the model was given besides the resume (`input`), the job ad and the
 * section. From a run they are rebuilt from `evaluate/records.jsonl` and the run's preprocess and
 * collect outputs exactly as the evaluation grounded them (section-scores.ts): the output's plain
 * text, the resume text, the extracted section and job details as input, the posting's text as
 * job, and "skills" read as a list. So rerunning the checker on these cases gives the
 * evaluation's verdicts, and a later checker can be measured on the same labelled rows.
 * Left out: identity outputs (the resume itself: every fact is supported by construction), failed
 * records, and repeats (systems that wrote the same output for the same case are labelled once,
 * under the first system's case id).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { ClaimReport, groundClaims } from "../evaluate/grounding";
import { sectionsToPlainText, sectionToPlainText } from "../evaluate/plain-text";
import { loadCases } from "../prompts/load-cases";
import { GroundCase } from "../schemas/claims";
import type { RunDirs } from "../schemas/run-config";
import { InputError } from "../util/input-error";
import { readJsonl } from "../util/jsonl";

/** The fields of an evaluation record this module reads (evaluate-systems.ts EvalRecord). */
const RecordFields = z
  .object({
    system: z.string(),
    caseId: z.string(),
    resumeId: z.string(),
    jobId: z.string(),
    section: z.string(),
    provenance: z.object({ kind: z.string() }).passthrough(),
    ok: z.boolean(),
    output: z.unknown(),
  })
  .passthrough();

/** The checker on one case, as `rpw ground` and the evaluation run it. */
export function groundCase(entry: GroundCase): ClaimReport {
  return groundClaims(entry.output, entry.source, {
    ...(entry.input !== undefined ? { input: entry.input } : {}),
    ...(entry.job !== undefined ? { job: entry.job } : {}),
    skillList: entry.section === "skills",
  });
}

/** The output's plain text, as the checker renders it: what a sheet's spans point into. */
export function outputTextOf(entry: GroundCase): string {
  return sectionsToPlainText(entry.output);
}

/** Every evaluated, non-identity output of a run as a ground case; id `<system>|<resume>|<job>|<section>`. */
export function casesFromRun(dirs: Pick<RunDirs, "collect" | "preprocess" | "evaluate">): GroundCase[] {
  const file = path.join(dirs.evaluate, "records.jsonl");
  if (!fs.existsSync(file)) {
    const fix = "run `npx rpw evaluate` (or `npm start`) first";
    throw new InputError(`${file} not found: the run has no evaluation`, { file, fix });
  }
  const records = readJsonl(file, RecordFields).filter((record) => record.ok && record.provenance.kind !== "identity");
  const byPair = new Map(records.map(({ resumeId, jobId }) => [`${resumeId}|${jobId}`, { resumeId, jobId }]));
  const pairs = [...byPair.values()];
  const sections = loadCases(dirs.preprocess, dirs.collect, { pairs, skipEmpty: false });
  const byId = new Map(sections.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  const cases: GroundCase[] = [];
  for (const record of records) {
    const entry = byId.get(record.caseId);
    if (!entry) {
      const message = `${file}: case ${record.caseId} is not among the run's preprocessed cases`;
      throw new InputError(message, { file, field: "caseId", fix: "rerun `npx rpw evaluate` on this run" });
    }
    const ground: GroundCase = {
      id: `${record.system}|${record.caseId}`,
      source: entry.resumeText,
      output: sectionToPlainText(record.output),
      input: sectionsToPlainText({ section: entry.value, jobDetails: entry.jobDetails }),
      job: entry.jobText,
      section: entry.section,
    };
    const key = JSON.stringify([ground.source, ground.output, ground.input, ground.job, ground.section]);
    if (seen.has(key)) continue;
    seen.add(key);
    cases.push(ground);
  }
  return cases;
}

/** A cases file (ground format). */
export function readCases(file: string): GroundCase[] {
  return readJsonl(file, GroundCase);
}
