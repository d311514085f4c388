/**
 * Importing recorded teacher outputs — the study's released GPT-4o targets — as TargetRecords.
 *
 * Input: one JSON object keyed by id; each value is an object or JSON text of one, with a key
 * per section; a section may be a string, a list or an object (the study's v3 file mixes all
 * three, data README). Output keys are mapped to our section names (personal_info →
 * personal_information, certifications → certificates, skill_section → skills,
 * work_experience → experience; our own names are accepted too). Ids are linked through
 * `study_id_map.csv` to a resume line (resume id `<resume stem>/<NNNNN>`, as `rpw collect`
 * names line-file records) and a job description row (job id `<job stem>/<row>`, as collect
 * names rows); ids without a recoverable row get job id `study-jd/<id>`.
 *
 * Never drops silently: a value that does not parse, a missing section, an unknown key, an
 * id without a map row, a line or row not in the given files — each is in the report.
 * Leaves out: the teacher's inputs, except where given (`knownInputs`: study id 1); every other
 * target has `input.section` and `input.jobDetails` null, because the study did not release them.
 */
import * as path from "node:path";
import { z } from "zod";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { TargetFailure, TargetRecord } from "../schemas/target";
import { DatasetInputError, parseJsonText } from "./dataset-error";
import { compareIds, formatIdRanges } from "./id-ranges";
import type { KnownInput } from "./study-example";
import type { StudyLink } from "./study-id-map";
import { sectionValueProblem } from "../schemas/section-value";

// Kept here too: the importer is where callers met it first (evaluate reads it from schemas/, so the
// folders stay acyclic).
export { sectionValueProblem };

/** The study's output keys → our section names (data README, "Linkage"). */
export const STUDY_OUTPUT_KEYS: Record<string, SectionName> = {
  personal_info: "personal_information",
  achievements: "achievements",
  certifications: "certificates",
  education: "education",
  projects: "projects",
  skill_section: "skills",
  work_experience: "experience",
};

export const STUDY_TEACHER_MODEL = "gpt-4o (study v3)";

export const ImportReport = z.object({
  file: z.string(),
  teacherModel: z.string(),
  ids: z.number().int(),
  targets: z.number().int(),
  failures: z.number().int(),
  linked: z.object({ resume: z.number().int(), job: z.number().int(), both: z.number().int() }),
  unlinked: z.array(
    z.object({ link: z.enum(["resume", "job"]), reason: z.string(), count: z.number().int(), ids: z.string() }),
  ),
  parseFailures: z.array(z.object({ id: z.string(), reason: z.string() })),
  sectionFailures: z.array(TargetFailure),
  /** Keys of output objects that map to no section: counted, not imported. */
  unknownKeys: z.record(z.string(), z.number().int()),
  /** Per output key as written in the file: how many values were string, list, object, ... */
  sectionTypes: z.record(z.string(), z.record(z.string(), z.number().int())),
  /** Ids whose teacher input is known (the rest have input.section and input.jobDetails null). */
  knownInputIds: z.array(z.string()),
  mapRowsWithoutTargets: z.object({ count: z.number().int(), ids: z.string() }),
  notes: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

export interface ImportOptions {
  /** The targets file's path (its base name goes into `teacher.source` and origins). */
  file: string;
  links: readonly StudyLink[];
  /** Id prefix of resumes in the line file, e.g. `first_600_resumes.redacted`. */
  resumeStem: string;
  /** Id prefix of job rows, e.g. `jd_description`. */
  jobStem: string;
  /** Lines of the resume file that hold a usable resume; omit to skip the check. */
  resumeLines?: ReadonlySet<number>;
  /** Data rows of the job file that hold a description; omit to skip the check. */
  jobRows?: ReadonlySet<number>;
  knownInputs?: readonly KnownInput[];
  model?: string;
}

/** A target with where it is in its input file, kept for the SFT record's provenance. */
export interface SourcedTarget {
  target: TargetRecord;
  origin: string;
}

export interface ImportResult {
  targets: SourcedTarget[];
  failures: TargetFailure[];
  report: ImportReport;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  return typeof value === "object" ? "object" : typeof value;
}

function sectionOf(key: string): SectionName | null {
  if (key in STUDY_OUTPUT_KEYS) return STUDY_OUTPUT_KEYS[key];
  return (SECTION_NAMES as readonly string[]).includes(key) ? (key as SectionName) : null;
}

/** The resume and job ids of a study id, and why either link fails (no map row, a line or row not in the files). */
function linkId(
  id: string,
  link: StudyLink | undefined,
  options: ImportOptions,
): { resumeId: string; jobId: string; problems: { link: "resume" | "job"; reason: string }[] } {
  if (!link) {
    const reason = "no row for this id in the map";
    return {
      resumeId: `unmapped/${id}`,
      jobId: `study-jd/${id}`,
      problems: [
        { link: "resume", reason },
        { link: "job", reason },
      ],
    };
  }
  const problems: { link: "resume" | "job"; reason: string }[] = [];
  const resumeId = `${options.resumeStem}/${String(link.resumeLine).padStart(5, "0")}`;
  if (options.resumeLines && !options.resumeLines.has(link.resumeLine))
    problems.push({ link: "resume", reason: "the mapped line is not a usable resume in the resume file" });
  if (link.jobRow === null) {
    problems.push({
      link: "job",
      reason: "the map gives no job description row (the study's pairing is not recoverable for these ids)",
    });
    return { resumeId, jobId: `study-jd/${id}`, problems };
  }
  if (options.jobRows && !options.jobRows.has(link.jobRow))
    problems.push({ link: "job", reason: "the mapped row is not in the job file or has no description" });
  return { resumeId, jobId: `${options.jobStem}/${link.jobRow}`, problems };
}

/** Parses the targets file's text and links every id. Pure: text and links in, records and report out. */
export function importTeacherOutputs(text: string, options: ImportOptions): ImportResult {
  const fileName = path.basename(options.file);
  const model = options.model ?? STUDY_TEACHER_MODEL;
  const parsed = parseJsonText(text, options.file);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new DatasetInputError(
      options.file,
      'expected one JSON object keyed by id (e.g. {"1": {...}, "2": "{...}"})',
      1,
    );
  }
  const entries = Object.entries(parsed as Record<string, unknown>).sort(([a], [b]) => compareIds(a, b));
  const linkById = new Map(options.links.map((link) => [link.studyId, link]));
  const knownById = new Map((options.knownInputs ?? []).map((known) => [known.studyId, known]));
  const targets: SourcedTarget[] = [];
  const failures: TargetFailure[] = [];
  const parseFailures: ImportReport["parseFailures"] = [];
  const unknownKeys: Record<string, number> = {};
  const sectionTypes: Record<string, Record<string, number>> = {};
  const unlinked = new Map<string, { link: "resume" | "job"; reason: string; ids: string[] }>();
  const noteUnlinked = (link: "resume" | "job", reason: string, id: string) => {
    const key = `${link}\u0000${reason}`;
    if (!unlinked.has(key)) unlinked.set(key, { link, reason, ids: [] });
    unlinked.get(key)!.ids.push(id);
  };
  const linked = { resume: 0, job: 0, both: 0 };

  for (const [id, raw] of entries) {
    const { resumeId, jobId, problems } = linkId(id, linkById.get(id), options);
    for (const problem of problems) noteUnlinked(problem.link, problem.reason, id);
    const resumeLinked = !problems.some((problem) => problem.link === "resume");
    const jobLinked = !problems.some((problem) => problem.link === "job");
    if (resumeLinked) linked.resume++;
    if (jobLinked) linked.job++;
    if (resumeLinked && jobLinked) linked.both++;

    let value = raw;
    if (typeof raw === "string") {
      try {
        value = JSON.parse(raw);
      } catch (error) {
        value = undefined;
        parseFailures.push({ id, reason: `the value is text but not JSON (${(error as Error).message})` });
      }
    }
    if (value === undefined) {
      failures.push({
        caseId: `${resumeId}|${jobId}|*`,
        section: "*",
        kind: "unparsable",
        reason: parseFailures[parseFailures.length - 1].reason,
      });
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      const reason = `the value is a ${typeName(value)}, not an object with one key per section`;
      parseFailures.push({ id, reason });
      failures.push({ caseId: `${resumeId}|${jobId}|*`, section: "*", kind: "not-an-object", reason });
      continue;
    }
    const output = value as Record<string, unknown>;
    const keysBySection = new Map<SectionName, string[]>();
    for (const key of Object.keys(output)) {
      const section = sectionOf(key);
      if (section === null) {
        unknownKeys[key] = (unknownKeys[key] ?? 0) + 1;
        continue;
      }
      sectionTypes[key] ??= {};
      sectionTypes[key][typeName(output[key])] = (sectionTypes[key][typeName(output[key])] ?? 0) + 1;
      keysBySection.set(section, [...(keysBySection.get(section) ?? []), key]);
    }
    const known = knownById.get(id);
    for (const section of SECTION_NAMES) {
      const caseId = `${resumeId}|${jobId}|${section}`;
      const keys = keysBySection.get(section) ?? [];
      if (keys.length !== 1) {
        failures.push(
          keys.length === 0
            ? { caseId, section, kind: "missing-section", reason: `id ${id} has no key for ${section}` }
            : {
                caseId,
                section,
                kind: "ambiguous-section",
                reason: `id ${id} has ${keys.join(" and ")}, which both map to ${section}`,
              },
        );
        continue;
      }
      const target = output[keys[0]];
      if (target === null || target === undefined) {
        failures.push({ caseId, section, kind: "null-section", reason: `id ${id}: ${keys[0]} is null` });
        continue;
      }
      const problem = sectionValueProblem(target);
      if (problem !== null) {
        failures.push({ caseId, section, kind: "wrong-type", reason: `id ${id}: ${keys[0]}: ${problem}` });
        continue;
      }
      targets.push({
        origin: `${fileName}#${id}/${keys[0]}`,
        target: TargetRecord.parse({
          caseId,
          resumeId,
          jobId,
          section,
          input: { section: known ? known.sections[section] : null, jobDetails: known ? known.jobDetails : null },
          target,
          teacher: { answeredBy: "recorded", model, promptVersions: null, source: `imported:${fileName}` },
          costUsd: null,
        }),
      });
    }
  }

  const targetIds = new Set(entries.map(([id]) => id));
  const orphanRows = options.links.map((link) => link.studyId).filter((id) => !targetIds.has(id));
  const knownInputIds = entries.map(([id]) => id).filter((id) => knownById.has(id));
  const unknownKnown = [...knownById.keys()].filter((id) => !targetIds.has(id));
  const notes = [
    `input.section and input.jobDetails are null for ${entries.length - knownInputIds.length} of ${entries.length} ids: the teacher's inputs were not released` +
      (knownInputIds.length ? ` (known for id ${formatIdRanges(knownInputIds)})` : ""),
  ];
  if (unknownKnown.length)
    notes.push(`known inputs for ids with no target were not used: ${formatIdRanges(unknownKnown)}`);
  const report = ImportReport.parse({
    file: fileName,
    teacherModel: model,
    ids: entries.length,
    targets: targets.length,
    failures: failures.length,
    linked,
    unlinked: [...unlinked.values()].map((group) => ({
      link: group.link,
      reason: group.reason,
      count: group.ids.length,
      ids: formatIdRanges(group.ids),
    })),
    parseFailures,
    sectionFailures: failures.filter((failure) => failure.section !== "*"),
    unknownKeys,
    sectionTypes,
    knownInputIds,
    mapRowsWithoutTargets: { count: orphanRows.length, ids: formatIdRanges(orphanRows) },
    notes,
  });
  return { targets, failures, report };
}
