import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { axolotlConfigYaml, llamaFactoryConfigYaml, resolveLoraRecipe } from "../../src/finetune/lora-recipe";
import { SystemConfig } from "../../src/finetune/system-config";
import {
  LLAMA3_CHAT_TEMPLATE,
  maxLoraRankFor,
  servedSystems,
  vllmServeArgv,
  vllmServeCommand,
} from "../../src/finetune/vllm-serve";
import { writeLoraRecipe } from "../../src/finetune/write-recipe";
import { tempDir } from "../helpers";
import { TRAIN } from "./finetune-kit";

const AXOLOTL_1024 = `# Axolotl LoRA config for meta-llama/Llama-3.1-8B, written by \`rpw finetune recipe\`.
# Run from this folder: axolotl preprocess axolotl.yml --debug   (check: prompt tokens show label -100)
#                       axolotl train axolotl.yml
# Hyper-parameters: the study's (r 32, alpha 32, dropout 0.05, seven projections, lr 2e-4, batch 1, 4 epochs) unless overridden.
# Departures: completion-only loss, llama3 chat template, <|eot_id|> trained as end of turn, sequence_len from the survival audit.

# model
base_model: meta-llama/Llama-3.1-8B
load_in_8bit: false
load_in_4bit: false

# data: chat messages, llama3 template, loss on assistant turns and their <|eot_id|> only
chat_template: llama3
datasets:
  - path: ../dataset/axolotl/data.jsonl
    type: chat_template
    field_messages: messages
    roles_to_train:
      - assistant
    train_on_eos: turn
train_on_inputs: false
dataset_prepared_path: ./prepared
val_set_size: 0
sequence_len: 1024
sample_packing: false
pad_to_sequence_len: false
special_tokens:
  pad_token: <|end_of_text|>
  eos_token: <|eot_id|>

# LoRA
adapter: lora
lora_r: 32
lora_alpha: 32
lora_dropout: 0.05
lora_target_modules:
  - q_proj
  - k_proj
  - v_proj
  - o_proj
  - gate_proj
  - up_proj
  - down_proj

# training
micro_batch_size: 1
gradient_accumulation_steps: 1
num_epochs: 4
optimizer: adamw_torch
lr_scheduler: linear
learning_rate: 0.0002
bf16: true
fp16: false
tf32: false
gradient_checkpointing: true
seed: 42

# output
output_dir: ./lora-out
logging_steps: 1
saves_per_epoch: 1
`;

function yamlLoad(): ((text: string) => unknown) | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("js-yaml") as { load: (text: string) => unknown }).load;
  } catch {
    return null;
  }
}

const serve = {
  baseModel: "meta-llama/Llama-3.1-8B",
  adapterName: "resume-lora",
  adapterDir: "./lora-out",
  loraRank: 32,
  maxModelLen: 1024,
  chatTemplate: null,
  generationConfigDir: null,
};

describe("LoRA recipe", () => {
  it("axolotlConfigYaml writes the study's hyper-parameters with completion-only loss, exactly", () => {
    assert.equal(
      axolotlConfigYaml(resolveLoraRecipe({ datasetPath: "../dataset/axolotl/data.jsonl", maxLength: 1024 })),
      AXOLOTL_1024,
    );
  });

  it("axolotlConfigYaml switches to the study's fp16 and takes other LoRA settings when asked", () => {
    const text = axolotlConfigYaml(
      resolveLoraRecipe({
        datasetPath: "d.jsonl",
        maxLength: 512,
        precision: "fp16",
        loraR: 16,
        loraAlpha: 8,
        numEpochs: 2,
      }),
    );
    for (const line of [
      "bf16: false",
      "fp16: true",
      "lora_r: 16",
      "lora_alpha: 8",
      "num_epochs: 2",
      "sequence_len: 512",
    ])
      assert.ok(text.includes(`\n${line}\n`), line);
  });

  it("llamaFactoryConfigYaml mirrors the recipe in LLaMA-Factory's keys", () => {
    const text = llamaFactoryConfigYaml(
      resolveLoraRecipe({
        datasetPath: "d.jsonl",
        maxLength: 2048,
        llamaFactoryDataset: "resume_sft",
        llamaFactoryDatasetDir: "../lf",
      }),
    );
    const expected = {
      model_name_or_path: "meta-llama/Llama-3.1-8B",
      stage: "sft",
      do_train: true,
      finetuning_type: "lora",
      lora_target: "all",
      lora_rank: 32,
      lora_alpha: 32,
      lora_dropout: 0.05,
      dataset: "resume_sft",
      dataset_dir: "../lf",
      template: "llama3",
      cutoff_len: 2048,
      train_on_prompt: false,
      overwrite_cache: true,
      output_dir: "./lora-out-llama-factory",
      logging_steps: 1,
      save_strategy: "epoch",
      plot_loss: true,
      per_device_train_batch_size: 1,
      gradient_accumulation_steps: 1,
      learning_rate: 0.0002,
      num_train_epochs: 4,
      lr_scheduler_type: "linear",
      bf16: true,
      fp16: false,
      seed: 42,
    };
    for (const [key, value] of Object.entries(expected)) assert.ok(text.includes(`\n${key}: ${value}\n`), key);
    const load = yamlLoad();
    if (load) assert.deepEqual(load(text), expected);
  });

  it("resolveLoraRecipe refuses a max length that is not a positive whole number", () => {
    assert.throws(
      () => resolveLoraRecipe({ datasetPath: "d", maxLength: 0 }),
      /^FineTuneInputError: invalid LoRA recipe option maxLength: /,
    );
  });

  it("maxLoraRankFor rounds a rank up to a value vLLM allows: 32 for r=32, 64 for r=40", () => {
    assert.deepEqual(
      [1, 8, 9, 16, 32, 40, 64, 100, 300, 320, 321, 512].map(maxLoraRankFor),
      [8, 8, 16, 16, 32, 64, 64, 128, 320, 320, 512, 512],
    );
    for (const bad of [0, 513, 1.5]) assert.throws(() => maxLoraRankFor(bad), /cannot be served by vLLM/);
  });

  it("vllmServeCommand serves the base model with the adapter by name and --max-lora-rank ≥ r", () => {
    assert.deepEqual(vllmServeArgv(serve), [
      "vllm",
      "serve",
      "meta-llama/Llama-3.1-8B",
      "--enable-lora",
      "--lora-modules",
      "resume-lora=./lora-out",
      "--max-lora-rank",
      "32",
      "--max-model-len",
      "1024",
      "--port",
      "8000",
    ]);
    assert.ok(
      vllmServeArgv({ ...serve, loraRank: 40 })
        .join(" ")
        .includes("--max-lora-rank 64 "),
    );
    assert.equal(
      vllmServeCommand({
        ...serve,
        chatTemplate: "./llama3-chat-template.jinja",
        generationConfigDir: "./generation-config",
        port: 8001,
      }),
      [
        "vllm serve meta-llama/Llama-3.1-8B",
        "--enable-lora",
        "--lora-modules resume-lora=./lora-out",
        "--max-lora-rank 32",
        "--max-model-len 1024",
        "--chat-template ./llama3-chat-template.jinja",
        "--generation-config ./generation-config",
        "--port 8001",
      ].join(" \\\n  "),
    );
    assert.match(
      vllmServeCommand({ ...serve, adapterDir: "./my adapter" }),
      /--lora-modules 'resume-lora=\.\/my adapter'/,
    );
  });

  it("servedSystems names the base model and the adapter as openai-compatible systems on the local server", () => {
    const { baseUrl, systems } = servedSystems(serve);
    assert.equal(baseUrl, "http://127.0.0.1:8000/v1");
    assert.deepEqual(systems, [
      {
        name: "llama-3.1-8b-base",
        kind: "llm",
        model: "meta-llama/Llama-3.1-8B",
        llm: { provider: "openai-compatible", baseUrl, apiKeyEnv: "VLLM_API_KEY" },
      },
      {
        name: "llama-3.1-8b-lora",
        kind: "llm",
        model: "resume-lora",
        llm: { provider: "openai-compatible", baseUrl, apiKeyEnv: "VLLM_API_KEY" },
      },
    ]);
    systems.forEach((system) => SystemConfig.parse(system));
  });

  it("writeLoraRecipe writes the configs, serve.sh and systems.json with paths relative to the recipe folder", () => {
    const root = tempDir();
    const dataset = path.join(root, "dataset", "axolotl", "data.jsonl");
    fs.mkdirSync(path.dirname(dataset), { recursive: true });
    fs.copyFileSync(TRAIN, dataset);
    const out = path.join(root, "recipe");
    const written = writeLoraRecipe({ dataset, outDir: out, maxLength: 1024 });
    assert.deepEqual(
      written.files.map((file) => path.relative(out, file)),
      [
        "axolotl.yml",
        "llama-factory.yml",
        "serve.sh",
        "llama3-chat-template.jinja",
        path.join("generation-config", "generation_config.json"),
        "systems.json",
      ],
    );
    assert.equal(fs.readFileSync(path.join(out, "axolotl.yml"), "utf8"), AXOLOTL_1024);
    assert.ok(
      fs.readFileSync(path.join(out, "llama-factory.yml"), "utf8").includes("\ndataset_dir: ../dataset/axolotl\n"),
    );
    const script = fs.readFileSync(path.join(out, "serve.sh"), "utf8");
    assert.ok(script.startsWith("#!/usr/bin/env sh\n"));
    assert.ok(
      script.includes(
        'cd "$(dirname "$0")"\nexec vllm serve meta-llama/Llama-3.1-8B \\\n  --enable-lora \\\n  --lora-modules resume-lora=./lora-out \\\n  --max-lora-rank 32 \\\n  --max-model-len 1024 \\\n',
      ),
    );
    assert.equal(fs.statSync(path.join(out, "serve.sh")).mode & 0o111, 0o111);
    assert.equal(fs.readFileSync(path.join(out, "llama3-chat-template.jinja"), "utf8"), LLAMA3_CHAT_TEMPLATE);
    assert.deepEqual(
      JSON.parse(fs.readFileSync(path.join(out, "generation-config", "generation_config.json"), "utf8")),
      { bos_token_id: 128000, eos_token_id: [128001, 128009] },
    );
    const systems = JSON.parse(fs.readFileSync(path.join(out, "systems.json"), "utf8"));
    assert.deepEqual(systems.env, {
      RPW_LLM_PROVIDER: "openai-compatible",
      RPW_LLM_BASE_URL: "http://127.0.0.1:8000/v1",
    });
    assert.deepEqual(
      systems.systems.map((system: SystemConfig) => system.model),
      ["meta-llama/Llama-3.1-8B", "resume-lora"],
    );
  });

  it("writeLoraRecipe refuses a dataset that is missing or not chat messages, with the fix", () => {
    const root = tempDir();
    assert.throws(
      () => writeLoraRecipe({ dataset: path.join(root, "none.jsonl"), outDir: root, maxLength: 512 }),
      /none\.jsonl: no such file \(fix: pass the Axolotl data\.jsonl/,
    );
    const wrong = path.join(root, "alpaca.jsonl");
    fs.writeFileSync(wrong, '{"instruction": "x", "output": "y"}\n');
    assert.throws(
      () => writeLoraRecipe({ dataset: wrong, outDir: root, maxLength: 512 }),
      /alpaca\.jsonl:1: not a chat-messages line/,
    );
  });

  it("LLAMA3_CHAT_TEMPLATE is the llama3 format: bos, header tokens around the role, trimmed content, <|eot_id|>", () => {
    for (const part of [
      "bos_token + content",
      "'<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'",
      "message['content'] | trim + '<|eot_id|>'",
      "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}",
    ]) {
      assert.ok(LLAMA3_CHAT_TEMPLATE.includes(part), part);
    }
  });
});
