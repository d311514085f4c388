/** `rpw figures`: every figure the current run's outputs support, exported to its figures/ folder. */
import { parseArgs } from "node:util";
import { runFigures } from "../figures/run-figures";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun } from "./run-flags";

export const FIGURES_HELP = `rpw figures — the run's figures (.json spec, .svg, .png): collect, preprocess, dataset, evaluation

Usage:
  rpw figures [--out <dir>] [--run <name>]

Options:
  --out <dir>   where the figure files go (default: the run's figures/; the folder is emptied first)

${RUN_FLAGS_HELP}

Draws a figure for every stage whose outputs exist in the run folder (rpw collect, preprocess, dataset,
evaluate, or npm start write them).`;

export async function figuresCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { ...RUN_FLAGS, out: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true });
  if (values.help) return log(FIGURES_HELP);
  const { dirs } = selectRun(values);
  await runFigures({ ...dirs, figures: values.out ?? dirs.figures }, { log });
}
