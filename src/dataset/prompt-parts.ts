/**
 * What an SFT record's prompt gives the model to work from, read back out of the rendered user
 * message: the `<section>` block (the resume section) and the `<job_details>` block (the job).
 * The rendered text is what the fine-tuned model will see, so the target check reads it rather
 * than the inputs the record was built from: a fact the prompt does not show is a fact the model
 * learns to produce from nothing, whatever the builder knew.
 *
 * Placeholders are not content: a section or job that `section-inputs.ts` marked as missing gives
 * no source text. A job block that is empty, `null`, `{}` or holds only empty values (or the
 * missing-job placeholder) makes the prompt job-less. A user message without the two blocks
 * (a custom template) is all section: every word of it counts as source, and it is never job-less.
 * Pure.
 */
import { sectionToPlainText } from "../evaluate/plain-text";
import type { SftRecord } from "../schemas/sft";
import { MISSING_JOB_TEXT, MISSING_SECTION_TEXT } from "./section-inputs";

export interface PromptParts {
  /** The resume section as the prompt shows it (JSON text or plain text); "" when missing. */
  section: string;
  /** The job details as the prompt shows them; null when the prompt has no job. */
  job: string | null;
  /** The prompt has a job block, and it is empty or a placeholder. */
  jobless: boolean;
}

const SECTION_OPEN = "<section>\n";
const SECTION_CLOSE = "\n</section>";
const JOB_OPEN = "<job_details>\n";
const JOB_CLOSE = "\n</job_details>";

/** The user message's section and job blocks (the last user message: the one the completion answers). */
export function promptParts(record: Pick<SftRecord, "messages">): PromptParts {
  const user = [...record.messages].reverse().find((message) => message.role === "user")?.content ?? "";
  const sectionAt = user.indexOf(SECTION_OPEN);
  const jobAt = user.lastIndexOf(JOB_OPEN);
  const sectionEnd = jobAt < 0 ? -1 : user.lastIndexOf(SECTION_CLOSE, jobAt);
  const jobEnd = user.lastIndexOf(JOB_CLOSE);
  if (sectionAt < 0 || jobAt < 0 || sectionEnd < sectionAt || jobEnd < jobAt) {
    return { section: user, job: null, jobless: false };
  }
  const section = user.slice(sectionAt + SECTION_OPEN.length, sectionEnd);
  const job = user.slice(jobAt + JOB_OPEN.length, jobEnd);
  const hasJob = !isEmptyJob(job);
  const shown = section.trim() === MISSING_SECTION_TEXT ? "" : section;
  return { section: shown, job: hasJob ? job : null, jobless: !hasJob };
}

/** Empty text, a JSON null or empty string, a structure with no words in it, or the missing-job placeholder. */
export function isEmptyJob(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed === MISSING_JOB_TEXT) return true;
  let value: unknown = trimmed;
  try {
    value = JSON.parse(trimmed);
  } catch {
    // plain text: a posting's description
  }
  return value === null || sectionToPlainText(value).trim() === "";
}
