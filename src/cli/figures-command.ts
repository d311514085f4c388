/** `rpw figures`: build the collect figures from a collect folder and export them. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { ResumeSectionsRecord } from "../schemas/preprocess";
import { preprocessFigures } from "../figures/preprocess-figures";
import { readJsonl } from "../util/jsonl";
import { NamedFigure } from "../figures/figure";
import { datasetFigures } from "../figures/dataset-figures";
import { ExampleLength } from "../dataset/survival-audit";
import { loadCollection } from "../collect/load-collection";
import { collectFigures } from "../figures/collect-figures";
import { writeFigures } from "../figures/write-figures";
import { DEFAULTS, projectPath } from "./paths";

export const FIGURES_HELP = `rpw figures — export the collect figures (.json spec, .svg, .png)

Usage:
  rpw figures [--from <collect-dir>] [--preprocess <dir>] [--out <dir>]

Options:
  --from <dir>         a folder written by \`rpw collect\` (default: ${DEFAULTS.collectOut()})
  --preprocess <dir>   a folder written by \`rpw preprocess\`, when it exists (default: ${projectPath("data", "preprocess")})
  --out <dir>          where the figure files go (default: ${DEFAULTS.figures()})`;

/** Exports the figures of every stage whose outputs exist (collect, preprocess, and the dataset's audit when given). */
export async function exportFigures(from: string, preprocessDir: string | null, out: string, log: (line: string) => void, more: { dataset?: string } = {}): Promise<void> {
  const figures: NamedFigure[] = collectFigures(loadCollection(from));
  const sectionsFile = preprocessDir ? path.join(preprocessDir, "resumes.sections.jsonl") : null;
  if (sectionsFile && fs.existsSync(sectionsFile)) {
    figures.push(...preprocessFigures(readJsonl(sectionsFile, (value) => ResumeSectionsRecord.parse(value))));
  }
  const lengthsFile = more.dataset ? path.join(more.dataset, "token-lengths.jsonl") : null;
  if (lengthsFile && fs.existsSync(lengthsFile)) {
    const audit = JSON.parse(fs.readFileSync(path.join(more.dataset as string, "audit.json"), "utf8")) as { tokenizer: string };
    figures.push(...datasetFigures(readJsonl(lengthsFile, (value) => ExampleLength.parse(value)), audit.tokenizer));
  }
  const result = await writeFigures(figures, out);
  log(`figures: ${figures.map((figure) => figure.name).join(", ")} -> ${out}`);
  if (result.staticSkipped) log(`figures: ${result.staticSkipped}`);
}

export async function figuresCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: "string" }, preprocess: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(FIGURES_HELP);
  await exportFigures(values.from ?? DEFAULTS.collectOut(), values.preprocess ?? projectPath("data", "preprocess"), values.out ?? DEFAULTS.figures(), log);
}
