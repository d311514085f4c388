/**
 * The options of an OpenAI fine-tuning launch, validated once (zod), and the job body built from
 * them — the same body for the dry run (printed, with placeholder file ids) and the real launch.
 *
 * Follows the fine-tuning job API (ENGINES.md §4; openai-node `fine-tuning/jobs.ts`):
 * hyper-parameters go under `method: {type: "supervised", supervised: {hyperparameters}}` (the
 * top-level `hyperparameters` field is deprecated); `n_epochs` is "auto" or 1–50; `suffix` is at
 * most 64 characters. Every hyper-parameter is sent, "auto" included, so the stored request says
 * exactly what was asked. Leaves out DPO/reinforcement methods, integrations and metadata.
 */
import { z } from "zod";
import { FineTuneInputError } from "./finetune-error";

export const DEFAULT_FINETUNE_MODEL = "gpt-4o-mini-2024-07-18";
/** Fixed by default so a re-launch is reproducible (DESIGN.md principle 8); the API would pick one at random. */
export const DEFAULT_FINETUNE_SEED = 42;
export const MAX_SUFFIX_LENGTH = 64;

const autoOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("auto"), schema]);

export const FineTuneLaunchOptions = z.object({
  trainFile: z.string().min(1),
  validationFile: z.string().min(1).nullable().default(null),
  model: z.string().min(1).default(DEFAULT_FINETUNE_MODEL),
  nEpochs: autoOr(z.number().int().min(1).max(50)).default("auto"),
  learningRateMultiplier: autoOr(z.number().positive()).default("auto"),
  batchSize: autoOr(z.number().int().min(1)).default("auto"),
  suffix: z
    .string()
    .min(1)
    .max(MAX_SUFFIX_LENGTH, `suffix must be at most ${MAX_SUFFIX_LENGTH} characters`)
    .nullable()
    .default(null),
  seed: z.number().int().min(0).nullable().default(DEFAULT_FINETUNE_SEED),
});
export type FineTuneLaunchOptions = z.infer<typeof FineTuneLaunchOptions>;
export type FineTuneLaunchInput = z.input<typeof FineTuneLaunchOptions>;

/** Validates launch options; an invalid one is a FineTuneInputError naming the option and the rule. */
export function parseLaunchOptions(input: FineTuneLaunchInput): FineTuneLaunchOptions {
  const parsed = FineTuneLaunchOptions.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new FineTuneInputError(`invalid fine-tune option ${issue.path.join(".")}: ${issue.message}`);
}

export interface FineTuneJobBody {
  model: string;
  training_file: string;
  validation_file?: string;
  suffix?: string;
  seed?: number;
  method: {
    type: "supervised";
    supervised: {
      hyperparameters: {
        n_epochs: number | "auto";
        batch_size: number | "auto";
        learning_rate_multiplier: number | "auto";
      };
    };
  };
}

/** The POST /v1/fine_tuning/jobs body; absent optional fields are left out, not sent as null. */
export function fineTuneJobBody(
  options: FineTuneLaunchOptions,
  files: { training: string; validation: string | null },
): FineTuneJobBody {
  return {
    model: options.model,
    training_file: files.training,
    ...(files.validation !== null ? { validation_file: files.validation } : {}),
    ...(options.suffix !== null ? { suffix: options.suffix } : {}),
    ...(options.seed !== null ? { seed: options.seed } : {}),
    method: {
      type: "supervised",
      supervised: {
        hyperparameters: {
          n_epochs: options.nEpochs,
          batch_size: options.batchSize,
          learning_rate_multiplier: options.learningRateMultiplier,
        },
      },
    },
  };
}
