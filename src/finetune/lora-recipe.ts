/**
 * Ready-to-run LoRA trainer configs for Llama 3.1 8B: Axolotl first, LLaMA-Factory as a variant,
 * both from one validated set of options whose defaults are the study's hyper-parameters
 * (STUDY.md: r 32, alpha 32, dropout 0.05, q/k/v/o/gate/up/down, lr 2e-4, batch 1, 4 epochs).
 *
 * Departures from the study, on purpose (STUDY.md "what went wrong"): the loss covers only the
 * assistant turns (`roles_to_train: [assistant]`, `train_on_inputs: false`; LLaMA-Factory
 * `train_on_prompt: false`); the llama3 chat template is applied; the end-of-turn token
 * `<|eot_id|>` is trained (`train_on_eos: turn`, which needs `eos_token: <|eot_id|>`: Axolotl
 * finds the turn end by the tokenizer's EOS, and the base model's is `<|end_of_text|>`);
 * `sequence_len` is the `max_length` chosen from the survival audit, not 512 by habit.
 * Precision: bf16 by default (Llama 3.1's own dtype; needs an Ampere or newer GPU); the study used
 * fp16 (`precision: "fp16"` reproduces it, and is what pre-Ampere GPUs such as V100/T4 need).
 * Leaves out: saving embed_tokens/lm_head (`lora_modules_to_save`), which vLLM's LoRA serving
 * does not load; sample packing (off, as batch 1 in the study); flash attention and W&B.
 */
import { z } from "zod";
import { FineTuneInputError } from "./finetune-error";
import { toYaml } from "./yaml-writer";

export const STUDY_TARGET_MODULES = [
  "q_proj",
  "k_proj",
  "v_proj",
  "o_proj",
  "gate_proj",
  "up_proj",
  "down_proj",
] as const;

export const LoraRecipeOptions = z.object({
  /** The chat-messages JSONL, as the trainer will see the path (relative to where it runs). */
  datasetPath: z.string().min(1),
  /** The validation split's JSONL (Axolotl `test_datasets`), or null for none. */
  validationPath: z.string().min(1).nullable().default(null),
  /** Tokens per example; from the dataset's completion-survival audit. */
  maxLength: z.number().int().positive(),
  baseModel: z.string().min(1).default("meta-llama/Llama-3.1-8B"),
  loraR: z.number().int().positive().default(32),
  loraAlpha: z.number().positive().default(32),
  loraDropout: z.number().min(0).max(1).default(0.05),
  targetModules: z
    .array(z.string().min(1))
    .min(1)
    .default([...STUDY_TARGET_MODULES]),
  learningRate: z.number().positive().default(2e-4),
  microBatchSize: z.number().int().positive().default(1),
  gradientAccumulationSteps: z.number().int().positive().default(1),
  numEpochs: z.number().int().positive().default(4),
  precision: z.enum(["bf16", "fp16"]).default("bf16"),
  /** Where the trainer writes the adapter (relative to where it runs). */
  outputDir: z.string().min(1).default("./lora-out"),
  seed: z.number().int().min(0).default(42),
  /** LLaMA-Factory reads datasets by name from `dataset_dir/dataset_info.json`. */
  /** The name `rpw dataset` registers in llama-factory/dataset_info.json. */
  llamaFactoryDataset: z.string().min(1).default("rpw_train"),
  llamaFactoryDatasetDir: z.string().min(1).default("."),
});
export type LoraRecipe = z.infer<typeof LoraRecipeOptions>;
export type LoraRecipeInput = z.input<typeof LoraRecipeOptions>;

export function resolveLoraRecipe(input: LoraRecipeInput): LoraRecipe {
  const parsed = LoraRecipeOptions.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new FineTuneInputError(`invalid LoRA recipe option ${issue.path.join(".")}: ${issue.message}`);
}

/** axolotl.yml: run `axolotl train axolotl.yml` from the recipe folder. */
export function axolotlConfigYaml(recipe: LoraRecipe): string {
  return toYaml(
    [
      { comment: "model", values: { base_model: recipe.baseModel, load_in_8bit: false, load_in_4bit: false } },
      {
        comment: "data: chat messages, llama3 template, loss on assistant turns and their <|eot_id|> only",
        values: {
          chat_template: "llama3",
          datasets: [
            {
              path: recipe.datasetPath,
              type: "chat_template",
              field_messages: "messages",
              roles_to_train: ["assistant"],
              train_on_eos: "turn",
            },
          ],
          ...(recipe.validationPath
            ? {
                test_datasets: [
                  {
                    path: recipe.validationPath,
                    type: "chat_template",
                    field_messages: "messages",
                    split: "train",
                    roles_to_train: ["assistant"],
                    train_on_eos: "turn",
                  },
                ],
              }
            : {}),
          train_on_inputs: false,
          dataset_prepared_path: "./prepared",
          val_set_size: 0,
          sequence_len: recipe.maxLength,
          sample_packing: false,
          pad_to_sequence_len: false,
          special_tokens: { pad_token: "<|end_of_text|>", eos_token: "<|eot_id|>" },
        },
      },
      {
        comment: "LoRA",
        values: {
          adapter: "lora",
          lora_r: recipe.loraR,
          lora_alpha: recipe.loraAlpha,
          lora_dropout: recipe.loraDropout,
          lora_target_modules: recipe.targetModules,
        },
      },
      {
        comment: "training",
        values: {
          micro_batch_size: recipe.microBatchSize,
          gradient_accumulation_steps: recipe.gradientAccumulationSteps,
          num_epochs: recipe.numEpochs,
          optimizer: "adamw_torch",
          lr_scheduler: "linear",
          learning_rate: recipe.learningRate,
          bf16: recipe.precision === "bf16",
          fp16: recipe.precision === "fp16",
          tf32: false,
          gradient_checkpointing: true,
          seed: recipe.seed,
        },
      },
      { comment: "output", values: { output_dir: recipe.outputDir, logging_steps: 1, saves_per_epoch: 1 } },
    ],
    [
      `Axolotl LoRA config for ${recipe.baseModel}, written by \`rpw finetune recipe\`.`,
      "Run from this folder: axolotl preprocess axolotl.yml --debug   (check: prompt tokens show label -100)",
      "                      axolotl train axolotl.yml",
      "Hyper-parameters: the study's (r 32, alpha 32, dropout 0.05, seven projections, lr 2e-4, batch 1, 4 epochs) unless overridden.",
      "Departures: completion-only loss, llama3 chat template, <|eot_id|> trained as end of turn, sequence_len from the survival audit.",
    ],
  );
}

/** llama-factory.yml: run `llamafactory-cli train llama-factory.yml` from the recipe folder. */
export function llamaFactoryConfigYaml(recipe: LoraRecipe): string {
  return toYaml(
    [
      { comment: "model", values: { model_name_or_path: recipe.baseModel } },
      {
        comment: "method",
        values: {
          stage: "sft",
          do_train: true,
          finetuning_type: "lora",
          lora_target: "all",
          lora_rank: recipe.loraR,
          lora_alpha: recipe.loraAlpha,
          lora_dropout: recipe.loraDropout,
        },
      },
      {
        comment: "dataset (registered by name in dataset_dir/dataset_info.json; the prompt is masked)",
        values: {
          dataset: recipe.llamaFactoryDataset,
          dataset_dir: recipe.llamaFactoryDatasetDir,
          template: "llama3",
          cutoff_len: recipe.maxLength,
          train_on_prompt: false,
          overwrite_cache: true,
        },
      },
      {
        comment: "output",
        values: {
          output_dir: `${recipe.outputDir}-llama-factory`,
          logging_steps: 1,
          save_strategy: "epoch",
          plot_loss: true,
        },
      },
      {
        comment: "training",
        values: {
          per_device_train_batch_size: recipe.microBatchSize,
          gradient_accumulation_steps: recipe.gradientAccumulationSteps,
          learning_rate: recipe.learningRate,
          num_train_epochs: recipe.numEpochs,
          lr_scheduler_type: "linear",
          bf16: recipe.precision === "bf16",
          fp16: recipe.precision === "fp16",
          seed: recipe.seed,
        },
      },
    ],
    [
      `LLaMA-Factory LoRA config for ${recipe.baseModel}, written by \`rpw finetune recipe\` (the same recipe as axolotl.yml).`,
      "Run from this folder: llamafactory-cli train llama-factory.yml",
      "lora_target all = every linear projection (the study's seven for Llama); cutoff_len truncates, where Axolotl drops, over-long examples.",
    ],
  );
}
