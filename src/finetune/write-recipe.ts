/**
 * Writes the LoRA recipe folder (`rpw finetune recipe`): axolotl.yml, llama-factory.yml, serve.sh
 * (the vLLM command), llama3-chat-template.jinja and generation-config/generation_config.json (the
 * files serve.sh points at), and systems.json (the base and tuned openai-compatible systems for
 * the evaluation). Paths inside are relative to the folder, so it can be copied to a GPU machine
 * with the dataset beside it; run everything from the folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { writeFileAtomic, writeJson } from "../util/jsonl";
import { FineTuneInputError } from "./finetune-error";
import {
  axolotlConfigYaml,
  llamaFactoryConfigYaml,
  LoraRecipe,
  LoraRecipeInput,
  resolveLoraRecipe,
} from "./lora-recipe";
import { LLAMA3_CHAT_TEMPLATE, LLAMA3_GENERATION_CONFIG, servedSystems, vllmServeCommand } from "./vllm-serve";

export interface WriteRecipeOptions extends Omit<LoraRecipeInput, "datasetPath"> {
  /** The Axolotl dataset (chat-messages JSONL) on this machine. */
  dataset: string;
  outDir: string;
  /** The adapter's name on the server, i.e. the tuned system's model (default resume-lora). */
  adapterName?: string;
  /** Default: maxLength. */
  maxModelLen?: number;
  /** The folder holding LLaMA-Factory's dataset_info.json (default: the dataset's folder). */
  llamaFactoryDir?: string;
  port?: number;
}

export interface WrittenRecipe {
  recipe: LoraRecipe;
  files: string[];
  serveCommand: string;
}

/** A path as written in the configs: relative to the recipe folder, with forward slashes. */
function fromFolder(outDir: string, target: string): string {
  const relative = path.relative(outDir, target).split(path.sep).join("/");
  return relative.startsWith(".") ? relative : `./${relative}`;
}

function checkDataset(file: string): void {
  if (!fs.existsSync(file))
    throw new FineTuneInputError(`${file}: no such file (fix: pass the Axolotl data.jsonl written by rpw dataset)`);
  const first = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .find((line) => line.trim() !== "");
  let messages: unknown;
  try {
    messages = first === undefined ? undefined : (JSON.parse(first) as { messages?: unknown }).messages;
  } catch {
    messages = undefined;
  }
  if (!Array.isArray(messages))
    throw new FineTuneInputError(
      `${file}:1: not a chat-messages line (fix: pass the Axolotl data.jsonl, one {"messages": [...]} per line)`,
    );
}

/** `rpw dataset` writes <dir>/axolotl/data.jsonl beside <dir>/llama-factory/dataset_info.json. */
function defaultLlamaFactoryDir(axolotlData: string): string {
  const sibling = path.join(path.dirname(path.dirname(axolotlData)), "llama-factory");
  return fs.existsSync(path.join(sibling, "dataset_info.json")) ? sibling : path.dirname(axolotlData);
}

export function writeLoraRecipe(options: WriteRecipeOptions): WrittenRecipe {
  checkDataset(options.dataset);
  const { dataset, outDir, adapterName = "resume-lora", maxModelLen, port, llamaFactoryDir, ...recipeInput } = options;
  const recipe = resolveLoraRecipe({
    ...recipeInput,
    datasetPath: fromFolder(outDir, dataset),
    llamaFactoryDatasetDir: fromFolder(outDir, llamaFactoryDir ?? defaultLlamaFactoryDir(dataset)),
  });
  const serve = {
    baseModel: recipe.baseModel,
    adapterName,
    adapterDir: recipe.outputDir,
    loraRank: recipe.loraR,
    maxModelLen: maxModelLen ?? recipe.maxLength,
    chatTemplate: "./llama3-chat-template.jinja",
    generationConfigDir: "./generation-config",
    port,
  };
  const serveCommand = vllmServeCommand(serve);
  const { baseUrl, systems } = servedSystems(serve);
  const files: Array<[string, string]> = [
    ["axolotl.yml", axolotlConfigYaml(recipe)],
    ["llama-factory.yml", llamaFactoryConfigYaml(recipe)],
    [
      "serve.sh",
      [
        "#!/usr/bin/env sh",
        "# Serves the base model and the LoRA adapter for evaluation (written by `rpw finetune recipe`).",
        `# After training; then evaluate the systems in systems.json (RPW_LLM_BASE_URL=${baseUrl}).`,
        "set -eu",
        'cd "$(dirname "$0")"',
        `exec ${serveCommand}`,
        "",
      ].join("\n"),
    ],
    ["llama3-chat-template.jinja", LLAMA3_CHAT_TEMPLATE],
    [
      path.join("generation-config", "generation_config.json"),
      `${JSON.stringify(LLAMA3_GENERATION_CONFIG, null, 2)}\n`,
    ],
  ];
  const written = files.map(([name, content]) => {
    const file = path.join(outDir, name);
    writeFileAtomic(file, content);
    return file;
  });
  fs.chmodSync(path.join(outDir, "serve.sh"), 0o755);
  const systemsFile = path.join(outDir, "systems.json");
  writeJson(systemsFile, {
    server: { command: "sh serve.sh", baseUrl },
    env: { RPW_LLM_PROVIDER: "openai-compatible", RPW_LLM_BASE_URL: baseUrl },
    systems,
  });
  return { recipe, files: [...written, systemsFile], serveCommand };
}
