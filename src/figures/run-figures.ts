/**
 * The figures stage as a function: every figure the run's outputs support — collect,
 * preprocess, the dataset's token audit and the evaluation — drawn from `<run>/<stage>/` into
 * `<run>/figures/` (the plotly spec, SVG and PNG). The folder is the stage's alone: it is emptied
 * first, so a figure that no longer applies does not linger.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { loadCollection } from "../collect/load-collection";
import { ExampleLength } from "../dataset/survival-audit";
import type { EvalRecord } from "../evaluate/evaluate-systems";
import { evaluationFigures, EvaluationSummary } from "../evaluate/evaluation-report";
import { ResumeSectionsRecord } from "../schemas/preprocess";
import type { RunDirs, StageDeps, StageSummary } from "../schemas/run-config";
import { readJsonFile, readJsonl, readTextFile } from "../util/jsonl";
import { collectFigures } from "./collect-figures";
import { datasetFigures } from "./dataset-figures";
import { NamedFigure } from "./figure";
import { preprocessFigures } from "./preprocess-figures";
import { writeFigures } from "./write-figures";

export interface FiguresResult extends StageSummary {
  figures: NamedFigure[];
  files: string[];
  /** Why SVG/PNG were not written (no Chromium), or null. */
  staticSkipped: string | null;
}

const AuditTokenizer = z.object({ tokenizer: z.string() });

/** The evaluation's records and summary as the evaluate stage wrote them. */
export function readEvaluation(dir: string): { records: EvalRecord[]; summary: EvaluationSummary } {
  const records = readTextFile(path.join(dir, "records.jsonl")).split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line) as EvalRecord);
  const summary = JSON.parse(readTextFile(path.join(dir, "summary.json"))) as EvaluationSummary;
  return { records, summary };
}

/** The figures of every stage whose outputs exist in the run folder, in the study's order. */
export function runFigureSpecs(dirs: Pick<RunDirs, "collect" | "preprocess" | "dataset" | "evaluate">): NamedFigure[] {
  const figures: NamedFigure[] = collectFigures(loadCollection(dirs.collect));
  const sections = path.join(dirs.preprocess, "resumes.sections.jsonl");
  if (fs.existsSync(sections)) figures.push(...preprocessFigures(readJsonl(sections, ResumeSectionsRecord)));
  const lengths = path.join(dirs.dataset, "token-lengths.jsonl");
  if (fs.existsSync(lengths)) {
    const { tokenizer } = readJsonFile(path.join(dirs.dataset, "audit.json"), AuditTokenizer);
    figures.push(...datasetFigures(readJsonl(lengths, ExampleLength), tokenizer));
  }
  if (fs.existsSync(path.join(dirs.evaluate, "summary.json"))) {
    const { records, summary } = readEvaluation(dirs.evaluate);
    figures.push(...evaluationFigures(records, summary));
  }
  return figures;
}

export async function runFigures(dirs: Pick<RunDirs, "collect" | "preprocess" | "dataset" | "evaluate" | "figures">, deps: Pick<StageDeps, "log">): Promise<FiguresResult> {
  const figures = runFigureSpecs(dirs);
  fs.rmSync(dirs.figures, { recursive: true, force: true });
  const written = await writeFigures(figures, dirs.figures);
  const note = `figures: ${figures.length} figures (${figures.map((figure) => figure.name).join(", ")}) -> ${path.join(dirs.figures, "")}` +
    (written.staticSkipped ? `; ${written.staticSkipped}` : "");
  deps.log(note);
  return { figures, files: written.files, staticSkipped: written.staticSkipped, note, failedCalls: 0, modelCalls: 0 };
}
