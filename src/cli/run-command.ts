/**
 * `rpw run` (= `npm start`): the whole study on the bundled sample with the offline default.
 * Today that is collect → figures; each stage issue adds its step here.
 */
import { parseArgs } from "node:util";
import { collectCommand } from "./collect-command";
import { exportFigures } from "./figures-command";
import { DEFAULTS, projectPath } from "./paths";
import { preprocessCommand } from "./preprocess-command";

export const RUN_HELP = `rpw run — run the study's stages in order on the bundled sample (what \`npm start\` does)

Usage:
  rpw run [--out <dir>] [--figures <dir>]

Stages run: collect -> preprocess -> figures.
  --out <dir>        collect output folder (default: ${DEFAULTS.collectOut()})
  --preprocess <dir> preprocess output folder (default: ${projectPath("data", "preprocess")})
  --figures <dir>  figure folder (default: ${DEFAULTS.figures()})`;

export async function runCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: "string" }, preprocess: { type: "string" }, figures: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(RUN_HELP);
  const out = values.out ?? DEFAULTS.collectOut();
  const started = Date.now();
  await collectCommand(["--out", out], log);
  const preprocessDir = values.preprocess ?? projectPath("data", "preprocess");
  await preprocessCommand(["--in", out, "--out", preprocessDir], log);
  await exportFigures(out, preprocessDir, values.figures ?? DEFAULTS.figures(), log);
  log(`run: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
