/**
 * Canonical supervised fine-tuning records: one per (resume, job, section), the three chat
 * messages a trainer sees (master prompt as system, the section prompt rendered with the
 * section input and the job as user, the teacher's target as compact JSON from the assistant),
 * where each part came from, and the split. Every trainer export is derived from these records.
 *
 * Follows: OpenAI's chat fine-tuning messages (role, content), which TRL, Axolotl and
 * LLaMA-Factory all read in some mapping (ENGINES.md §4–5).
 * Leaves out: multi-turn conversations, tool calls and per-message weights; the exports add
 * what their format needs (OpenAI's `weight`, TRL's prompt/completion split).
 */
import { z } from "zod";
import { SectionName } from "./resume-sections";

export const SFT_SPLITS = ["train", "validation", "test"] as const;
export const SftSplit = z.enum(SFT_SPLITS);
export type SftSplit = z.infer<typeof SftSplit>;

export const SftMessage = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string().min(1),
});
export type SftMessage = z.infer<typeof SftMessage>;

/**
 * Where the section input of the user message came from:
 * `teacher-input` = the input the teacher's prompt carried (recorded with the target);
 * `rules-sectioner` = reconstructed by `sectionResumeRules` from the resume text (the teacher saw something else);
 * `missing` = neither was available: the prompt carries a placeholder saying so.
 */
export const SectionInputOrigin = z.enum(["teacher-input", "rules-sectioner", "missing"]);
export type SectionInputOrigin = z.infer<typeof SectionInputOrigin>;

/**
 * Where the job part came from: `teacher-input` (the job details the teacher saw),
 * `job-description-text` (reconstructed: the posting's raw description, since the teacher's
 * extracted details are absent), `missing` (a placeholder saying the posting is not recoverable).
 */
export const JobInputOrigin = z.enum(["teacher-input", "job-description-text", "missing"]);
export type JobInputOrigin = z.infer<typeof JobInputOrigin>;

const PromptVersions = z.object({ master: z.string(), section: z.string() });

export const SftProvenance = z.object({
  teacherModel: z.string(),
  answeredBy: z.enum(["openai", "openai-compatible", "rules", "recorded"]),
  /** The target's `teacher.source`: `generated` or `imported:<file name>`. */
  source: z.string(),
  /** Versions of our prompts used to render the system and user messages. */
  promptVersions: PromptVersions,
  /** The prompt versions the teacher was asked with; null when unknown (imported outputs). */
  teacherPromptVersions: PromptVersions.nullable(),
  /** Where the target is in its input: `<file name>#<key>/<section key>` or `<file name>:<line>`. */
  targetSource: z.string(),
  inputs: z.object({ section: SectionInputOrigin, jobDetails: JobInputOrigin }),
});
export type SftProvenance = z.infer<typeof SftProvenance>;

export const SftRecord = z.object({
  /** `<resume id>|<job id>|<section>`. */
  id: z.string(),
  resumeId: z.string(),
  jobId: z.string(),
  section: SectionName,
  /** Exactly system, user, assistant (a list, not a tuple: non-strict TypeScript reads zod tuples loosely). */
  messages: z
    .array(SftMessage)
    .refine(
      (messages) =>
        messages.length === 3 &&
        messages[0].role === "system" &&
        messages[1].role === "user" &&
        messages[2].role === "assistant",
      { message: "messages must be exactly [system, user, assistant]" },
    ),
  provenance: SftProvenance,
  split: SftSplit,
});
export type SftRecord = z.infer<typeof SftRecord>;
