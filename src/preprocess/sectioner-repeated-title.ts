/**
 * The job-title line that the Kaggle "UpdatedResumeDataSet" puts between a resume's education and
 * its "Skill Details": the title twice, then " - " and the employer ("Data Scientist Data
 * Scientist - Finch Analytics"), a page-layout copy like the florex header's. It is the start of
 * the experience, though no heading announces it, so the general reading cuts there (an implicit
 * heading) — but only inside an education body, where a repeated title cannot be the resume's
 * own header.
 * Leaves out: titles that are not repeated word for word.
 */

/** Title of 1–6 capitalised words, the same words again, then " - ". */
const REPEATED_TITLE = /(?<![\w&/.+-])((?:[A-Z][\w&/.+()-]*\s+){0,5}[A-Z][\w&/.+()-]*)\s+\1\s+-\s+\S/g;

/** Offset (within `body`) of the first repeated-title line, or null. */
export function findRepeatedTitle(body: string): number | null {
  for (const match of body.matchAll(REPEATED_TITLE)) return match.index ?? null;
  return null;
}
