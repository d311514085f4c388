/**
 * Everything a launch does before its first API call: read and check the files, count examples
 * and tokens, estimate the cost, and lay out the exact requests (the file uploads and the job
 * body). A dry run prints this plan and stops; a real launch prints it and then sends it.
 *
 * Follows the files API (`POST /v1/files`, multipart, `purpose: "fine-tune"`) and the job API
 * (`POST /v1/fine_tuning/jobs`). In the printed body the file ids are placeholders
 * (`<file id of train.jsonl>`), since ids exist only after upload. Leaves out the network.
 */
import { CostEstimate, estimateTrainingCost, formatEstimate } from "./cost-estimate";
import { OPENAI_API_BASE } from "./finetune-client";
import { FineTuneJobBody, fineTuneJobBody, FineTuneLaunchOptions } from "./job-request";
import { readTrainingFile, TrainingFileSummary } from "./training-file";

/** OpenAI's minimum number of training examples (the fine-tuning guide). */
export const MIN_EXAMPLES = 10;

export interface PlannedUpload {
  role: "training" | "validation";
  file: TrainingFileSummary;
  purpose: "fine-tune";
}

export interface LaunchPlan {
  /** Where the requests go. */
  baseUrl: string;
  uploads: PlannedUpload[];
  /** The job body with placeholder file ids. */
  body: FineTuneJobBody;
  estimate: CostEstimate;
  warnings: string[];
}

export const placeholderId = (file: TrainingFileSummary) => `<file id of ${file.filename}>`;

export function planFineTune(options: FineTuneLaunchOptions, baseUrl: string | null): LaunchPlan {
  const training = readTrainingFile(options.trainFile, options.model);
  const validation = options.validationFile === null ? null : readTrainingFile(options.validationFile, options.model);
  const warnings: string[] = [];
  if (training.examples < MIN_EXAMPLES) {
    warnings.push(
      `${training.filename} has ${training.examples} examples; OpenAI requires at least ${MIN_EXAMPLES} and the job would fail validation`,
    );
  }
  const uploads: PlannedUpload[] = [{ role: "training", file: training, purpose: "fine-tune" }];
  if (validation) uploads.push({ role: "validation", file: validation, purpose: "fine-tune" });
  return {
    baseUrl: baseUrl ?? OPENAI_API_BASE,
    uploads,
    body: fineTuneJobBody(options, {
      training: placeholderId(training),
      validation: validation ? placeholderId(validation) : null,
    }),
    estimate: estimateTrainingCost(training.tokensPerExample, options.model, options.nEpochs),
    warnings,
  };
}

/** The plan as printed: each request exactly as it would be sent, then the estimate and warnings. */
export function formatLaunchPlan(plan: LaunchPlan): string[] {
  const lines: string[] = [];
  for (const upload of plan.uploads) {
    const file = upload.file;
    lines.push(
      `POST ${plan.baseUrl}/files  (multipart/form-data)`,
      `  purpose=${upload.purpose}`,
      `  file=@${file.path}  (${upload.role}; ${file.bytes} bytes; ${file.examples} examples; ${file.totalTokens} tokens; sha256 ${file.sha256.slice(0, 12)})`,
    );
  }
  lines.push(
    `POST ${plan.baseUrl}/fine_tuning/jobs  (application/json)`,
    ...JSON.stringify(plan.body, null, 2)
      .split("\n")
      .map((line) => `  ${line}`),
  );
  lines.push(formatEstimate(plan.estimate), ...plan.warnings.map((warning) => `warning: ${warning}`));
  return lines;
}
