/**
 * Canonical SFT records from teacher targets: for each target, the master prompt as the system
 * message, the section prompt rendered with the section input and the job as the user message
 * (src/prompts, the same rendering the teacher request uses), and the target as compact JSON
 * (`JSON.stringify`) as the assistant message; provenance says which teacher, which prompt
 * versions, where the target sits in its file, and whether each input is the teacher's own or a
 * reconstruction (section-inputs.ts). Records are split by resume (split.ts) and sorted by
 * resume id, job id and section (SECTION_NAMES order), so the output is the same to the byte.
 *
 * Leaves out: de-duplication by content and filtering by quality; a second target for the same
 * case is not used and is listed in `skipped`, like every record that could not be built.
 */
import { buildSectionRequest, loadPrompt, sectionPromptName } from "../prompts/prompt-library";
import { PromptTemplate } from "../prompts/prompt-file";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { SftRecord, SftSplit, SFT_SPLITS } from "../schemas/sft";
import { sectionValueProblem, SourcedTarget } from "./import-targets";
import type { InputResolver } from "./section-inputs";
import { DEFAULT_SPLIT, DEFAULT_SPLIT_SEED, SplitFractions, splitResumes } from "./split";

export interface SftBuildOptions {
  seed?: number;
  fractions?: SplitFractions;
  /** A missing input: build the record with a placeholder that says so (default), or skip it. */
  missing?: "placeholder" | "skip";
  /** Prompt templates to render with instead of the files in prompts/. */
  master?: PromptTemplate;
  sectionPrompts?: Partial<Record<SectionName, PromptTemplate>>;
}

export interface SkippedTarget {
  id: string;
  origin: string;
  reason: string;
}

export interface SftSummary {
  records: number;
  resumes: number;
  skipped: number;
  bySplit: Record<SftSplit, { records: number; resumes: number }>;
  bySection: Record<SectionName, number>;
  /** `<section origin> + <job origin>` → records. */
  byInputs: Record<string, number>;
}

export interface SftBuildResult {
  records: SftRecord[];
  skipped: SkippedTarget[];
  summary: SftSummary;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareRecords(
  a: Pick<SftRecord, "resumeId" | "jobId" | "section">,
  b: Pick<SftRecord, "resumeId" | "jobId" | "section">,
): number {
  return (
    byCodePoint(a.resumeId, b.resumeId) ||
    byCodePoint(a.jobId, b.jobId) ||
    SECTION_NAMES.indexOf(a.section) - SECTION_NAMES.indexOf(b.section)
  );
}

/** The assistant message: the target as compact JSON (a string target becomes a JSON string). */
export function serializeTarget(target: unknown): string | null {
  const text = JSON.stringify(target);
  return typeof text === "string" ? text : null;
}

export function buildSftRecords(
  targets: readonly SourcedTarget[],
  resolve: InputResolver,
  options: SftBuildOptions = {},
): SftBuildResult {
  const master = options.master ?? loadPrompt("master");
  const sectionPrompts = new Map<SectionName, PromptTemplate>();
  const promptFor = (section: SectionName) => {
    if (!sectionPrompts.has(section))
      sectionPrompts.set(section, options.sectionPrompts?.[section] ?? loadPrompt(sectionPromptName(section)));
    return sectionPrompts.get(section)!;
  };
  const missing = options.missing ?? "placeholder";
  const skipped: SkippedTarget[] = [];
  const built = new Map<string, Omit<SftRecord, "split">>();
  // Of two targets for one case the one earlier in the input wins: file order, not the string
  // order of "file:line" (where line 10 sorts before line 9).
  const ordered = targets
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => compareRecords(a.target, b.target) || a.index - b.index);
  for (const { target, origin } of ordered) {
    const id = `${target.resumeId}|${target.jobId}|${target.section}`;
    if (built.has(id)) {
      skipped.push({
        id,
        origin,
        reason: `a second target for the same case (the first, ${built.get(id)!.provenance.targetSource}, is used)`,
      });
      continue;
    }
    const problem = sectionValueProblem(target.target);
    if (problem !== null) {
      skipped.push({ id, origin, reason: `the target is not a section: ${problem}` });
      continue;
    }
    const assistant = serializeTarget(target.target);
    if (assistant === null || assistant === "") {
      skipped.push({ id, origin, reason: "the target is not a JSON value" });
      continue;
    }
    const input = resolve(target);
    if (missing === "skip" && (input.sectionOrigin === "missing" || input.jobOrigin === "missing")) {
      skipped.push({
        id,
        origin,
        reason: `missing input (${[input.sectionOrigin === "missing" ? "section" : "", input.jobOrigin === "missing" ? "job" : ""].filter(Boolean).join(" and ")})`,
      });
      continue;
    }
    const request = buildSectionRequest({
      section: target.section,
      sectionValue: input.section,
      jobDetails: input.jobDetails,
      model: target.teacher.model,
      master,
      sectionPrompt: promptFor(target.section),
    });
    const [system, user] = request.messages;
    if (request.messages.length !== 2 || system.role !== "system" || user.role !== "user") {
      throw new Error(
        `prompts ${master.name} + ${promptFor(target.section).name} must render to one system and one user message`,
      );
    }
    built.set(id, {
      id,
      resumeId: target.resumeId,
      jobId: target.jobId,
      section: target.section,
      messages: [
        { role: "system", content: system.content },
        { role: "user", content: user.content },
        { role: "assistant", content: assistant },
      ],
      provenance: {
        teacherModel: target.teacher.model,
        answeredBy: target.teacher.answeredBy,
        source: target.teacher.source,
        promptVersions: request.promptVersions,
        teacherPromptVersions: target.teacher.promptVersions,
        targetSource: origin,
        inputs: { section: input.sectionOrigin, jobDetails: input.jobOrigin },
      },
    });
  }
  const records = resplitRecords([...built.values()], options).map((record) => SftRecord.parse(record));
  return { records, skipped, summary: summarizeRecords(records, skipped.length) };
}

/** Each record's split drawn (again) by resume over these records' resumes only: same records and seed, same splits. */
export function resplitRecords<T extends Omit<SftRecord, "split">>(
  records: readonly T[],
  options: Pick<SftBuildOptions, "seed" | "fractions"> = {},
): (T & { split: SftSplit })[] {
  const seeded = { seed: options.seed ?? DEFAULT_SPLIT_SEED, fractions: options.fractions ?? DEFAULT_SPLIT };
  const splits = splitResumes(
    records.map((record) => record.resumeId),
    seeded,
  );
  return records.map((record) => ({ ...record, split: splits.get(record.resumeId)! }));
}

export function summarizeRecords(records: readonly SftRecord[], skipped = 0): SftSummary {
  const bySplit = Object.fromEntries(
    SFT_SPLITS.map((split) => {
      const inSplit = records.filter((record) => record.split === split);
      return [split, { records: inSplit.length, resumes: new Set(inSplit.map((record) => record.resumeId)).size }];
    }),
  ) as SftSummary["bySplit"];
  const bySection = Object.fromEntries(
    SECTION_NAMES.map((section) => [section, records.filter((record) => record.section === section).length]),
  ) as SftSummary["bySection"];
  const byInputs: Record<string, number> = {};
  for (const record of records) {
    const key = `${record.provenance.inputs.section} + ${record.provenance.inputs.jobDetails}`;
    byInputs[key] = (byInputs[key] ?? 0) + 1;
  }
  const sortedInputs = Object.fromEntries(Object.entries(byInputs).sort(([a], [b]) => byCodePoint(a, b)));
  return {
    records: records.length,
    resumes: new Set(records.map((record) => record.resumeId)).size,
    skipped,
    bySplit,
    bySection,
    byInputs: sortedInputs,
  };
}
