/**
 * A resume as collected from the florex corpus (either public layout), before sectioning.
 * `text` is cleaned for the pipeline; `originalText` keeps the scraped text exactly as decoded.
 */
import { z } from "zod";
import { SourceRef } from "./source";

export const ResumeRecord = z.object({
  /** Stable id: `<input stem>/<NNNNN>`; NNNNN is the line number or the corpus file number. */
  id: z.string().min(1),
  /** The corpus's own record id (the scrape path in the line layout; the file stem in the folder layout). */
  corpusId: z.string(),
  layout: z.enum(["line-file", "folder"]),
  /** Labels in corpus order: the line layout has a free-text title then skill tags; `.lab` files hold normalised labels. */
  labels: z.array(z.string()),
  /** First label, or null when the record has none. */
  primaryLabel: z.string().nullable(),
  text: z.string().min(1),
  originalText: z.string(),
  encoding: z.enum(["utf-8", "windows-1252"]),
  source: SourceRef,
});
export type ResumeRecord = z.infer<typeof ResumeRecord>;
