/**
 * The dataset stage from files to files: targets (the study's recorded outputs with their
 * linkage, or TargetRecords from `rpw generate`) → canonical SFT records → the four trainer
 * exports → validators, round trips, OpenAI's cookbook checks, the completion-survival audit →
 * written under one folder, byte-identical for the same inputs (sorted records, seeded split,
 * no clocks, paths as given).
 *
 * Every target is then checked against its own prompt (target-grounding.ts); `targetMode` says
 * what follows: keep (grounding.json and ungrounded.jsonl only), flag (also problems in the
 * validation report) or drop-ungrounded (records with an invented fact are left out before the
 * split is drawn, so train/validation/test are re-derived from the kept records, and every
 * export, the audit and the report see only those).
 *
 * The trainer configs' sequence length is the Llama 3 length at which 99 % of examples survive
 * whole, rounded up to a multiple of 64 (the audit's tokenizer may be o200k; the Llama configs
 * always use Llama 3 counts).
 */
import type { TargetRecord } from "../schemas/target";
import * as path from "node:path";
import { SftRecord } from "../schemas/sft";
import { formatJsonl, writeFileAtomic } from "../util/jsonl";
import { DatasetInputError } from "./dataset-error";
import { ExportFile, FormatCheck } from "./export-files";
import { exportAxolotl, parseAxolotlJsonl, validateAxolotlConfig, validateAxolotlJsonl } from "./export-axolotl";
import { exportLlamaFactory, parseLlamaFactoryData, validateLlamaFactory } from "./export-llama-factory";
import { exportOpenAI, parseOpenAIChatJsonl, validateOpenAIChatJsonl } from "./export-openai";
import { exportTrl, parseTrlJsonl, validateTrlJsonl } from "./export-trl";
import { ImportReport, importTeacherOutputs, SourcedTarget, STUDY_TEACHER_MODEL } from "./import-targets";
import { checkOpenAIChatData, DEFAULT_COST_MODEL } from "./openai-checks";
import {
  readInputFile,
  readJobTexts,
  readResumeTexts,
  readStudyExamples,
  readStudyIdMap,
  readTargetRecords,
} from "./read-inputs";
import { inputResolver } from "./section-inputs";
import { buildSftRecords, resplitRecords, summarizeRecords, SftSummary, SkippedTarget } from "./sft-records";
import { DEFAULT_SPLIT, DEFAULT_SPLIT_SEED, SplitFractions } from "./split";
import {
  AuditTokenizer,
  auditSurvival,
  ExampleLength,
  lengthForSurvival,
  measureRecords,
  sharesAt,
  SurvivalAudit,
} from "./survival-audit";
import type { TargetMode } from "../schemas/run-config";
import { checkTargets, summarizeTargetChecks, TargetGroundingReport, ungroundedLines } from "./target-grounding";
import { buildValidationReport, renderValidationMarkdown, ValidationReport } from "./validation-report";

export interface DatasetOptions {
  /** `.json`: recorded outputs keyed by id (needs `map`); `.jsonl`: TargetRecords. */
  targets: string;
  map?: string;
  resumes?: string;
  jobs?: string;
  /** Known teacher inputs (the study's `study_example_id1.json`), or none. */
  studyExample?: string;
  auditMaxLength?: number;
  tokenizer?: AuditTokenizer;
  seed?: number;
  fractions?: SplitFractions;
  missing?: "placeholder" | "skip";
  teacherModel?: string;
  costModel?: string;
  /** What to do with targets stating facts their prompt does not hold (dataset.targets; default flag). */
  targetMode?: TargetMode;
}

export interface DatasetResult {
  config: Record<string, unknown>;
  /** The teacher targets as read or imported (written as teacher-targets.jsonl, e.g. to evaluate the teacher as a recorded system). */
  targets: TargetRecord[];
  importReport: ImportReport | { file: string; format: "TargetRecord JSONL"; targets: number };
  records: SftRecord[];
  skipped: SkippedTarget[];
  summary: SftSummary;
  lengths: ExampleLength[];
  audit: SurvivalAudit;
  sequenceLength: number;
  exports: ExportFile[];
  validation: ValidationReport;
  /** Targets checked against their own prompts: per-section figures; one line per target with a finding. */
  grounding: TargetGroundingReport;
  ungrounded: ReturnType<typeof ungroundedLines>;
}

const roundUp = (value: number, step: number) => Math.max(step, Math.ceil(value / step) * step);

function sameConversations(a: readonly { role: string; content: string }[][], records: readonly SftRecord[]): boolean {
  return (
    a.length === records.length &&
    a.every(
      (messages, i) =>
        messages.length === records[i].messages.length &&
        messages.every(
          (m, j) => m.role === records[i].messages[j].role && m.content === records[i].messages[j].content,
        ),
    )
  );
}

function loadTargets(options: DatasetOptions): {
  targets: SourcedTarget[];
  importReport: DatasetResult["importReport"];
  resumes: Map<string, string>;
  jobs: Map<string, string>;
} {
  const resumes = options.resumes ? readResumeTexts(options.resumes) : null;
  const jobs = options.jobs ? readJobTexts(options.jobs) : null;
  const sources = {
    resumes: resumes?.texts ?? new Map<string, string>(),
    jobs: jobs?.texts ?? new Map<string, string>(),
  };
  if (/\.jsonl$/i.test(options.targets)) {
    const targets = readTargetRecords(options.targets);
    return {
      targets,
      importReport: { file: path.basename(options.targets), format: "TargetRecord JSONL", targets: targets.length },
      ...sources,
    };
  }
  if (!options.map)
    throw new DatasetInputError(
      options.targets,
      "recorded outputs keyed by id need the linkage map (--map) to find their resumes and jobs",
    );
  const { targets, report } = importTeacherOutputs(readInputFile(options.targets).toString("utf8"), {
    file: options.targets,
    links: readStudyIdMap(options.map),
    resumeStem: resumes?.stem ?? "resumes",
    jobStem: jobs?.stem ?? "jobs",
    resumeLines: resumes?.numbers,
    jobRows: jobs?.rowsWithText,
    knownInputs: options.studyExample ? readStudyExamples(options.studyExample) : [],
    model: options.teacherModel ?? STUDY_TEACHER_MODEL,
  });
  return { targets, importReport: report, ...sources };
}

export function buildDataset(options: DatasetOptions): DatasetResult {
  const maxLength = options.auditMaxLength ?? 512;
  const tokenizer = options.tokenizer ?? "llama3";
  const seed = options.seed ?? DEFAULT_SPLIT_SEED;
  const fractions = options.fractions ?? DEFAULT_SPLIT;
  const costModel = options.costModel ?? DEFAULT_COST_MODEL;
  const { targets, importReport, resumes, jobs } = loadTargets(options);
  const targetMode = options.targetMode ?? "flag";
  const built = buildSftRecords(targets, inputResolver({ resumes, jobs }), {
    seed,
    fractions,
    missing: options.missing,
  });
  if (built.records.length === 0) {
    const first = built.skipped[0]?.reason ?? "no targets";
    const why = `no SFT record could be built (${built.skipped.length} skipped; first: ${first})`;
    throw new DatasetInputError(options.targets, why);
  }
  const checks = checkTargets(built.records);
  const grounding = summarizeTargetChecks(checks, targetMode);
  const ungrounded = ungroundedLines(checks, targetMode);
  const { records, skipped, summary } =
    targetMode === "drop-ungrounded" ? dropUngrounded(built, checks, { seed, fractions }) : built;
  if (records.length === 0) {
    const why =
      `every one of the ${built.records.length} records states a fact its prompt does not hold; ` +
      'dataset.targets "drop-ungrounded" leaves none';
    throw new DatasetInputError(options.targets, why);
  }

  const lengths = measureRecords(records, tokenizer);
  const audit = auditSurvival(lengths, maxLength, tokenizer);
  const llamaLengths = tokenizer === "llama3" ? lengths : measureRecords(records, "llama3");
  const for99 = lengthForSurvival(llamaLengths, 0.99);
  const sequenceLength = roundUp(for99, 64);
  const at512 = sharesAt(llamaLengths, 512);
  const note =
    `sequence_len from the survival audit: 99 % of examples fit whole in ${for99} Llama 3 tokens (rounded up to ${sequenceLength}); ` +
    `at the study's 512, ${(100 * at512.survived).toFixed(1)} % survive whole and ${(100 * at512.lost).toFixed(1)} % lose their whole completion`;

  const exports = [
    ...exportOpenAI(records),
    ...exportTrl(records, { maxLength: sequenceLength }),
    ...exportAxolotl(records, { sequenceLen: sequenceLength, sequenceLenNote: note }),
    ...exportLlamaFactory(records, {
      cutoffLen: sequenceLength,
      cutoffNote: note.replace("sequence_len", "cutoff_len"),
    }),
  ];
  const file = (name: string) => exports.find((entry) => entry.path === name)!.content;
  const exported = records.filter((record) => record.split !== "test");
  const byPart = (split: string) => exported.filter((record) => record.split === split);
  const formats: FormatCheck[] = [
    validateOpenAIChatJsonl(file("openai/train.jsonl"), "openai/train.jsonl"),
    validateOpenAIChatJsonl(file("openai/validation.jsonl"), "openai/validation.jsonl"),
    validateTrlJsonl(file("trl/train.jsonl"), "trl/train.jsonl"),
    validateTrlJsonl(file("trl/validation.jsonl"), "trl/validation.jsonl"),
    validateAxolotlJsonl(file("axolotl/data.jsonl"), "axolotl/data.jsonl"),
    validateAxolotlJsonl(file("axolotl/validation.jsonl"), "axolotl/validation.jsonl"),
    validateAxolotlConfig(file("axolotl/config.yml"), "axolotl/config.yml"),
    ...validateLlamaFactory(
      file("llama-factory/dataset_info.json"),
      {
        "data.json": file("llama-factory/data.json"),
        "validation.json": file("llama-factory/validation.json"),
      },
      "llama-factory/dataset_info.json",
    ),
  ];
  const roundTrips = {
    openai:
      sameConversations(parseOpenAIChatJsonl(file("openai/train.jsonl")), byPart("train")) &&
      sameConversations(parseOpenAIChatJsonl(file("openai/validation.jsonl")), byPart("validation")),
    trl:
      sameConversations(parseTrlJsonl(file("trl/train.jsonl")), byPart("train")) &&
      sameConversations(parseTrlJsonl(file("trl/validation.jsonl")), byPart("validation")),
    axolotl:
      sameConversations(parseAxolotlJsonl(file("axolotl/data.jsonl")), byPart("train")) &&
      sameConversations(parseAxolotlJsonl(file("axolotl/validation.jsonl")), byPart("validation")),
    "llama-factory":
      sameConversations(parseLlamaFactoryData(file("llama-factory/data.json")), byPart("train")) &&
      sameConversations(parseLlamaFactoryData(file("llama-factory/validation.json")), byPart("validation")),
  };
  const parseLines = (text: string) =>
    text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as unknown);
  const openai = {
    train: checkOpenAIChatData(parseLines(file("openai/train.jsonl")), { model: costModel }),
    validation: checkOpenAIChatData(parseLines(file("openai/validation.jsonl")), { model: costModel }),
  };
  const validation = buildValidationReport({
    importReport: "ids" in importReport ? importReport : null,
    summary,
    skipped,
    formats,
    roundTrips,
    openai,
    audit,
    lengths,
    sequenceLength,
    grounding,
  });
  const config = {
    targets: options.targets,
    map: options.map ?? null,
    resumes: options.resumes ?? null,
    jobs: options.jobs ?? null,
    studyExample: options.studyExample ?? null,
    auditMaxLength: maxLength,
    tokenizer,
    seed,
    split: fractions,
    missing: options.missing ?? "placeholder",
    teacherModel: "ids" in importReport ? importReport.teacherModel : null,
    costModel,
    targetMode,
  };
  return {
    config,
    targets: targets.map((sourced) => sourced.target),
    importReport,
    records,
    skipped,
    summary,
    lengths,
    audit,
    sequenceLength,
    exports,
    validation,
    grounding,
    ungrounded,
  };
}

/** The records without an invented fact, split again (seeded, by resume) so every split is drawn from what is kept. */
function dropUngrounded(
  built: ReturnType<typeof buildSftRecords>,
  checks: ReturnType<typeof checkTargets>,
  split: { seed: number; fractions: SplitFractions },
) {
  const dropped = new Set(checks.filter((check) => check.ungrounded).map((check) => check.id));
  const records = resplitRecords(
    built.records.filter((record) => !dropped.has(record.id)),
    split,
  );
  return { records, skipped: built.skipped, summary: summarizeRecords(records, built.skipped.length) };
}

/** The files of a dataset folder, path → text (what writeDataset writes). */
export function datasetFiles(result: DatasetResult): ExportFile[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: "records.jsonl", content: formatJsonl(result.records) },
    { path: "teacher-targets.jsonl", content: formatJsonl(result.targets) },
    ...result.exports,
    { path: "validation-report.json", content: json(result.validation) },
    { path: "validation-report.md", content: renderValidationMarkdown(result.validation) },
    { path: "import-report.json", content: json(result.importReport) },
    { path: "audit.json", content: json(result.audit) },
    { path: "token-lengths.jsonl", content: formatJsonl(result.lengths) },
    { path: "grounding.json", content: json(result.grounding) },
    { path: "ungrounded.jsonl", content: formatJsonl(result.ungrounded) },
    { path: "dataset.config.json", content: json(result.config) },
  ];
}

export function writeDataset(result: DatasetResult, out: string): string[] {
  const files = datasetFiles(result);
  for (const file of files) writeFileAtomic(path.join(out, ...file.path.split("/")), file.content);
  return files.map((file) => file.path);
}
