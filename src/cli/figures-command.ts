/** `rpw figures`: every figure the current run's outputs support, exported to its figures/ folder. */
import { parseArgs } from "node:util";
import { runFigures } from "../figures/run-figures";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun } from "./run-flags";
import { UsageError } from "./usage-error";

export const FIGURES_HELP = `rpw figures — the run's figures (.json spec, .svg, .pdf, .png) and result tables (.csv, .md, .tex)

Usage:
  rpw figures [--out <dir>] [--png-scale <n>] [--run <name>]

Options:
  --out <dir>         where the files go (default: the run's figures/; the folder is emptied first)
  --png-scale <n>     PNG pixel density, 1 to 8 (default 2: a 760×460 figure becomes 1520×920 pixels)

${RUN_FLAGS_HELP}

Draws a figure for every stage whose outputs exist in the run folder (rpw collect, preprocess, dataset,
evaluate, or npm start write them), at two-column and one-column (.one-column.*) sizes; a figure with nothing
to show is not drawn, and index.md says why.`;

export async function figuresCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      out: { type: "string" },
      "png-scale": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(FIGURES_HELP);
  const scale = values["png-scale"];
  if (scale !== undefined && !/^[1-8](\.\d+)?$/.test(scale))
    throw new UsageError(`--png-scale must be a number from 1 to 8, got "${scale}"`);
  const { config, dirs } = selectRun(values);
  await runFigures(
    config,
    { ...dirs, figures: values.out ?? dirs.figures },
    { log },
    { pngScale: scale === undefined ? undefined : Number(scale) },
  );
}
