/**
 * The figures stage as a function: every figure the run's outputs support — collect,
 * preprocess, the dataset's token audit and the evaluation — drawn from `<run>/<stage>/` into
 * `<run>/figures/` (spec, SVG, PDF, PNG at two sizes), the evaluation's result tables into
 * `<run>/figures/tables/` (CSV, Markdown, LaTeX), and `index.md`/`index.json` listing each with
 * its caption and each figure not drawn with why. Captions name the run and its seed. The
 * folder is the stage's alone and holds only these: it is emptied first, so a figure that no
 * longer applies does not linger, and the stage's record lives in `<run>/stages/`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { loadCollection } from "../collect/load-collection";
import { ExampleLength } from "../dataset/survival-audit";
import { EvalRecord, EvaluationSummary } from "../schemas/evaluation";
import { evaluationTables } from "../evaluate/evaluation-tables";
import { ResultTable } from "../report/result-table";
import { TABLE_EXTENSIONS, writeTables } from "../report/write-tables";
import { ResumeSectionsRecord } from "../schemas/preprocess";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { readJsonFile, readJsonl, writeFileAtomic, writeJson } from "../util/jsonl";
import { plural } from "../util/words";
import { collectFigures } from "./collect-figures";
import { datasetFigures } from "./dataset-figures";
import { evaluationFigures } from "./evaluation-figures";
import { FigureSizeName, NamedFigure, SkippedFigure, withSource } from "./figure";
import { FigureIndex, figureIndexMarkdown } from "./figure-index";
import { preprocessFigures } from "./preprocess-figures";
import { FigureExportOptions, IMAGE_EXTENSIONS, sizedStem, writeFigures } from "./write-figures";

export interface FiguresResult extends StageSummary {
  figures: NamedFigure[];
  skipped: SkippedFigure[];
  tables: ResultTable[];
  files: string[];
  /** Why SVG/PDF/PNG were not written (no Chromium), or null. */
  staticSkipped: string | null;
}

const AuditTokenizer = z.object({ tokenizer: z.string() });

/**
 * The evaluation's records and summary as the evaluate stage wrote them, checked against their
 * schemas (a file of another shape is an error naming the file, line and field; fields added
 * later, such as the seed, read with their defaults).
 */
export function readEvaluation(dir: string): { records: EvalRecord[]; summary: EvaluationSummary } {
  return {
    records: readJsonl(path.join(dir, "records.jsonl"), EvalRecord),
    summary: readJsonFile(path.join(dir, "summary.json"), EvaluationSummary),
  };
}

type SpecDirs = Pick<RunDirs, "collect" | "preprocess" | "dataset" | "evaluate">;

/** The figures and tables of every stage whose outputs exist in the run folder, captions completed with the run and seed. */
export function runFigureSpecs(
  dirs: SpecDirs,
  source: { run: string; seed: number },
): { figures: NamedFigure[]; tables: ResultTable[] } {
  const figures: NamedFigure[] = collectFigures(loadCollection(dirs.collect)).map((figure) =>
    withSource(figure, source),
  );
  const tables: ResultTable[] = [];
  const sections = path.join(dirs.preprocess, "resumes.sections.jsonl");
  if (fs.existsSync(sections))
    figures.push(
      ...preprocessFigures(readJsonl(sections, ResumeSectionsRecord)).map((figure) => withSource(figure, source)),
    );
  const lengths = path.join(dirs.dataset, "token-lengths.jsonl");
  if (fs.existsSync(lengths)) {
    const { tokenizer } = readJsonFile(path.join(dirs.dataset, "audit.json"), AuditTokenizer);
    figures.push(
      ...datasetFigures(readJsonl(lengths, ExampleLength), tokenizer).map((figure) => withSource(figure, source)),
    );
  }
  if (fs.existsSync(path.join(dirs.evaluate, "summary.json"))) {
    const { records, summary } = readEvaluation(dirs.evaluate);
    // The intervals were drawn with the summary's seed: that is the one to cite.
    const evaluateSource = { run: source.run, seed: summary.seed };
    figures.push(...evaluationFigures(records, summary).map((figure) => withSource(figure, evaluateSource)));
    tables.push(...evaluationTables(summary, evaluateSource));
  }
  return { figures, tables };
}

export async function runFigures(
  config: Pick<WorkbenchConfig, "name" | "seed">,
  dirs: SpecDirs & Pick<RunDirs, "figures">,
  deps: Pick<StageDeps, "log">,
  options: FigureExportOptions = {},
): Promise<FiguresResult> {
  const source = { run: config.name, seed: config.seed };
  const { figures, tables } = runFigureSpecs(dirs, source);
  fs.rmSync(dirs.figures, { recursive: true, force: true });
  const written = await writeFigures(figures, dirs.figures, options);
  const tableFiles = writeTables(tables, path.join(dirs.figures, "tables"));
  const sizes: readonly FigureSizeName[] = options.sizes ?? ["two-column", "one-column"];
  const index: FigureIndex = {
    run: config.name,
    seed: config.seed,
    staticSkipped: written.staticSkipped,
    figures: written.drawn.map((figure) => ({
      name: figure.name,
      stage: figure.stage,
      title: figure.title,
      caption: figure.caption,
      files: [
        `${figure.name}.json`,
        ...(written.staticSkipped
          ? []
          : sizes.flatMap((size) => IMAGE_EXTENSIONS.map((ext) => `${sizedStem(figure.name, size)}.${ext}`))),
      ],
    })),
    tables: tables.map((table) => ({
      name: table.name,
      stage: table.stage,
      title: table.title,
      caption: table.caption,
      files: TABLE_EXTENSIONS.map((ext) => `tables/${table.name}.${ext}`),
    })),
    skipped: written.skipped,
  };
  writeJson(path.join(dirs.figures, "index.json"), FigureIndex.parse(index));
  writeFileAtomic(path.join(dirs.figures, "index.md"), figureIndexMarkdown(index));
  const note =
    `figures: ${plural(written.drawn.length, "figure")} drawn, ${plural(written.skipped.length, "figure")} with nothing to show not drawn, ` +
    `${plural(tables.length, "table")} -> ${path.join(dirs.figures, "")}` +
    (written.staticSkipped ? `; ${written.staticSkipped}` : "");
  deps.log(note);
  return {
    figures: written.drawn,
    skipped: written.skipped,
    tables,
    files: [
      ...written.files,
      ...tableFiles,
      path.join(dirs.figures, "index.json"),
      path.join(dirs.figures, "index.md"),
    ],
    staticSkipped: written.staticSkipped,
    note,
    failedCalls: 0,
    modelCalls: 0,
  };
}
