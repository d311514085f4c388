/**
 * The fine-tune stage as a function: from `<run>/dataset/`, the OpenAI fine-tune — launched when
 * the configuration says so and a key is set, otherwise a dry run that writes the exact requests
 * and their cost — and the LoRA recipe for Llama 3.1 8B (Axolotl, LLaMA-Factory, vLLM serving)
 * with the sequence length the dataset's survival audit chose. Outputs in `<run>/finetune/`:
 * plan.md, jobs/ (job state, when launched) and recipe/.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "../util/input-error";
import { z } from "zod";
import type { RunDirs, StageDeps, StageSummary, WorkbenchConfig } from "../schemas/run-config";
import { readJsonFile, writeFileAtomic } from "../util/jsonl";
import { formatLaunchPlan } from "./launch-plan";
import { launchOpenAIFineTune, LaunchResult } from "./openai-finetune";
import { WrittenRecipe, writeLoraRecipe } from "./write-recipe";

export interface FinetuneResult extends StageSummary {
  launch: LaunchResult;
  recipe: WrittenRecipe;
}

const ValidationAudit = z.object({ audit: z.object({ sequenceLengthInConfigs: z.number().int().positive() }) });

/** A chat JSONL file with at least one example, or null (an empty validation split is allowed, not sent). */
const nonEmpty = (file: string) => (fs.existsSync(file) && fs.statSync(file).size > 0 ? file : null);

export async function runFinetune(
  config: WorkbenchConfig,
  dirs: Pick<RunDirs, "dataset" | "finetune">,
  deps: Pick<StageDeps, "log">,
): Promise<FinetuneResult> {
  const openai = path.join(dirs.dataset, "openai");
  const report = path.join(dirs.dataset, "validation-report.json");
  if (!fs.existsSync(report))
    throw new InputError(`${report} not found: this run has no dataset yet`, {
      file: report,
      fix: "run `npx rpw dataset` (or `npm start`) first",
    });
  const launch = await launchOpenAIFineTune({
    trainFile: path.join(openai, "train.jsonl"),
    validationFile: nonEmpty(path.join(openai, "validation.jsonl")),
    model: config.finetune.model,
    stateDir: path.join(dirs.finetune, "jobs"),
    dryRun: config.finetune.launch ? undefined : true,
  });
  const why =
    launch.dryRun === true
      ? launch.reason === "no API key"
        ? "dry run: OPENAI_API_KEY is not set, so nothing was sent"
        : "dry run (finetune.launch is false): nothing was sent"
      : `launched ${launch.jobId}`;
  const planLines = formatLaunchPlan(launch.plan);
  writeFileAtomic(
    path.join(dirs.finetune, "plan.md"),
    [`# OpenAI fine-tune: ${why}`, "", "```", ...planLines, "```", ""].join("\n"),
  );

  const { audit } = readJsonFile(path.join(dirs.dataset, "validation-report.json"), ValidationAudit);
  const recipe = writeLoraRecipe({
    dataset: path.join(dirs.dataset, "axolotl", "data.jsonl"),
    outDir: path.join(dirs.finetune, "recipe"),
    maxLength: audit.sequenceLengthInConfigs,
  });
  const estimate = planLines.find((line) => line.startsWith("estimate:")) ?? "";
  const note = `finetune: ${why}; ${estimate ? `${estimate}; ` : ""}LoRA recipe at sequence length ${audit.sequenceLengthInConfigs} -> ${path.join(dirs.finetune, "")}`;
  deps.log(note);
  return { launch, recipe, note, failedCalls: 0, modelCalls: 0 };
}
