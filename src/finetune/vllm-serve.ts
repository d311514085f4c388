/**
 * Serving the base model and the LoRA adapter for evaluation with vLLM's OpenAI-compatible
 * server, and the two evaluation systems that address them.
 *
 * Follows vLLM's LoRA docs (ENGINES.md §5): `vllm serve <base> --enable-lora --lora-modules
 * <name>=<dir>`; requests choose the adapter by `model: "<name>"`; `max_lora_rank` defaults to
 * 16 and takes 8, 16, 32, 64, 128, 256, 320 or 512, so a rank-32 adapter needs
 * `--max-lora-rank 32` (rank r is rounded up to the next allowed value).
 * Two more flags keep serving identical to training: `--chat-template` with the llama3 template
 * Axolotl trained with (the base model's tokenizer may carry none, and chat completions need
 * one), and `--generation-config` with `eos_token_id: [128001, 128009]`, so generation stops at
 * `<|eot_id|>`, the end of turn the adapter learned (vLLM adds a generation config's EOS ids to
 * the stop tokens; the base model's own config stops only at `<|end_of_text|>`, 128001). Without
 * them the tuned model would run on past its answer, as the study's did.
 */
import { FineTuneInputError } from "./finetune-error";
import { SystemConfig, vllmSystem } from "./system-config";

export const VLLM_LORA_RANKS = [8, 16, 32, 64, 128, 256, 320, 512] as const;
export const VLLM_DEFAULT_PORT = 8000;

/** The smallest rank vLLM accepts that holds an adapter of rank `r`. */
export function maxLoraRankFor(r: number): number {
  const rank = VLLM_LORA_RANKS.find((allowed) => allowed >= r);
  if (!Number.isInteger(r) || r <= 0 || rank === undefined) {
    throw new FineTuneInputError(
      `LoRA rank ${r} cannot be served by vLLM (fix: use a whole rank of at most ${VLLM_LORA_RANKS.at(-1)})`,
    );
  }
  return rank;
}

/**
 * The llama3 chat template as Meta published it for Llama 3 Instruct and Axolotl applies it
 * (`chat_template: llama3`): header tokens around the role, trimmed content, `<|eot_id|>`.
 */
export const LLAMA3_CHAT_TEMPLATE =
  "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n' + message['content'] | trim + '<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}{{ content }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}\n";

/** generation_config.json for `--generation-config`: stop at <|end_of_text|> (128001) or <|eot_id|> (128009). */
export const LLAMA3_GENERATION_CONFIG = { bos_token_id: 128000, eos_token_id: [128001, 128009] };

export interface ServeOptions {
  baseModel: string;
  adapterName: string;
  /** The trainer's output folder, as seen from where the command runs. */
  adapterDir: string;
  loraRank: number;
  maxModelLen: number;
  /** Paths as seen from where the command runs; null leaves the flag out. */
  chatTemplate: string | null;
  generationConfigDir: string | null;
  port?: number;
}

/** The command as an argument vector (argv[0] = "vllm"). */
export function vllmServeArgv(options: ServeOptions): string[] {
  return [
    "vllm",
    "serve",
    options.baseModel,
    "--enable-lora",
    "--lora-modules",
    `${options.adapterName}=${options.adapterDir}`,
    "--max-lora-rank",
    String(maxLoraRankFor(options.loraRank)),
    "--max-model-len",
    String(options.maxModelLen),
    ...(options.chatTemplate !== null ? ["--chat-template", options.chatTemplate] : []),
    ...(options.generationConfigDir !== null ? ["--generation-config", options.generationConfigDir] : []),
    "--port",
    String(options.port ?? VLLM_DEFAULT_PORT),
  ];
}

const shellWord = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

/** The command as shell text, one flag per line. */
export function vllmServeCommand(options: ServeOptions): string {
  const argv = vllmServeArgv(options).map(shellWord);
  const lines = [argv.slice(0, 3).join(" ")];
  for (let i = 3; i < argv.length; i++) lines.push(argv[i] === "--enable-lora" ? argv[i] : `${argv[i]} ${argv[++i]}`);
  return lines.join(" \\\n  ");
}

/** The base model and the adapter as openai-compatible evaluation systems on one server. */
export function servedSystems(options: Pick<ServeOptions, "baseModel" | "adapterName" | "port">): {
  baseUrl: string;
  systems: SystemConfig[];
} {
  const baseUrl = `http://127.0.0.1:${options.port ?? VLLM_DEFAULT_PORT}/v1`;
  return {
    baseUrl,
    systems: [
      vllmSystem("llama-3.1-8b-base", options.baseModel, baseUrl),
      vllmSystem("llama-3.1-8b-lora", options.adapterName, baseUrl),
    ],
  };
}
