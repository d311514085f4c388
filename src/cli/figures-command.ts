/** `rpw figures`: build the collect figures from a collect folder and export them. */
import { parseArgs } from "node:util";
import { loadCollection } from "../collect/load-collection";
import { collectFigures } from "../figures/collect-figures";
import { writeFigures } from "../figures/write-figures";
import { DEFAULTS } from "./paths";

export const FIGURES_HELP = `rpw figures — export the collect figures (.json spec, .svg, .png)

Usage:
  rpw figures [--from <collect-dir>] [--out <dir>]

Options:
  --from <dir>   a folder written by \`rpw collect\` (default: ${DEFAULTS.collectOut()})
  --out <dir>    where the figure files go (default: ${DEFAULTS.figures()})`;

export async function exportCollectFigures(from: string, out: string, log: (line: string) => void): Promise<void> {
  const figures = collectFigures(loadCollection(from));
  const result = await writeFigures(figures, out);
  log(`figures: ${figures.map((figure) => figure.name).join(", ")} -> ${out}`);
  if (result.staticSkipped) log(`figures: ${result.staticSkipped}`);
}

export async function figuresCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(FIGURES_HELP);
  await exportCollectFigures(values.from ?? DEFAULTS.collectOut(), values.out ?? DEFAULTS.figures(), log);
}
