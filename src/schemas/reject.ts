/**
 * A collected input row that is not in the output, and why. Nothing is dropped silently:
 * every input row ends up either in the output or here, with the file, row and field to fix.
 */
import { z } from "zod";
import { SourceRef } from "./source";

export const RejectKind = z.enum([
  /** The row is broken: missing required field, unparsable value, bad bytes, too long. */
  "invalid",
  /** The row repeats an earlier kept row (`duplicateOf` names it). */
  "duplicate",
  /** The row is valid but outside the study's scope (e.g. not in the US). */
  "filtered",
  /** A later stage could not produce its record for this row (the reason says why; e.g. a model call failed). */
  "failed",
]);
export type RejectKind = z.infer<typeof RejectKind>;

export const RejectRecord = z.object({
  kind: RejectKind,
  /** Which collector produced it. */
  input: z.enum(["resume", "job"]),
  source: SourceRef,
  /** The field (column) at fault, or null when the whole row or file is. */
  field: z.string().nullable(),
  reason: z.string().min(1),
  /** A short excerpt of the offending value, for the reader; never the whole text. */
  excerpt: z.string().nullable(),
  /** For duplicates: the id of the kept record this one repeats. */
  duplicateOf: z.string().nullable(),
});
export type RejectRecord = z.infer<typeof RejectRecord>;
