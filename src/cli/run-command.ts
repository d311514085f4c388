/**
 * `rpw run` (= `npm start`): the study's stages in order on the bundled sample, offline by
 * default: collect → preprocess → generate (teacher targets: recorded answers, else the labelled
 * rules baseline) → evaluate (identity, rules, the teacher's targets) → figures. Each stage
 * writes to its folder under data/ and the figures go to figures/. Between generate and evaluate:
 * the fine-tune dataset (exports, checks, survival audit) and the fine-tune as a dry run (the
 * OpenAI request and its cost; the LoRA recipe for Llama 3.1 8B with the audited sequence length).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { datasetCommand } from "./dataset-command";
import { finetuneCommand } from "./finetune-command";
import { collectCommand } from "./collect-command";
import { evaluateCommand } from "./evaluate-command";
import { exportFigures } from "./figures-command";
import { generateCommand } from "./generate-command";
import { DEFAULTS, projectPath } from "./paths";
import { preprocessCommand } from "./preprocess-command";

export const RUN_HELP = `rpw run — run the study's stages in order on the bundled sample (what \`npm start\` does)

Usage:
  rpw run [--figures <dir>]

Stages: collect -> preprocess -> generate -> dataset -> finetune (dry run + LoRA recipe) -> evaluate
-> figures, each writing data/<stage>/.
  --figures <dir>  figure folder (default: ${DEFAULTS.figures()})`;

export async function runCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { figures: { type: "string" }, help: { type: "boolean", short: "h" } }, strict: true });
  if (values.help) return log(RUN_HELP);
  const started = Date.now();
  const dirs = {
    collect: DEFAULTS.collectOut(),
    preprocess: projectPath("data", "preprocess"),
    generate: projectPath("data", "generate"),
    dataset: projectPath("data", "dataset"),
    finetune: projectPath("data", "finetune"),
    evaluate: projectPath("data", "evaluate"),
    figures: values.figures ?? DEFAULTS.figures(),
  };
  await collectCommand(["--out", dirs.collect], log);
  await preprocessCommand(["--in", dirs.collect, "--out", dirs.preprocess], log);
  await generateCommand(["--from", dirs.preprocess, "--collect", dirs.collect, "--out", dirs.generate], log);
  await datasetCommand(["--targets", path.join(dirs.generate, "targets.jsonl"), "--out", dirs.dataset], log);
  const openai = path.join(dirs.dataset, "openai");
  await finetuneCommand(["launch", "--train", path.join(openai, "train.jsonl"), "--validation", path.join(openai, "validation.jsonl"), "--dry-run"], log);
  const report = JSON.parse(fs.readFileSync(path.join(dirs.dataset, "validation-report.json"), "utf8")) as { audit?: { sequenceLengthInConfigs?: number } };
  const maxLength = String(report.audit?.sequenceLengthInConfigs ?? 4096);
  await finetuneCommand(["recipe", "--dataset", path.join(dirs.dataset, "axolotl", "data.jsonl"), "--max-length", maxLength, "--out", path.join(dirs.finetune, "recipe")], log);
  await evaluateCommand(["--from", dirs.preprocess, "--collect", dirs.collect, "--out", dirs.evaluate, "--figures", dirs.figures,
    "--systems", `identity,rules,recorded:teacher=${projectPath("data", "generate", "targets.jsonl")}`, "--teacher", "teacher"], log);
  await exportFigures(dirs.collect, dirs.preprocess, dirs.figures, log);
  log(`run: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
