/**
 * A resume as collected, before sectioning: from the florex corpus (either public layout) or
 * from a resume file (text, Markdown, PDF, DOCX, JSON Resume, HTML) or a CSV resume dataset.
 * `text` is cleaned for the pipeline; `originalText` keeps the text before cleaning: exactly as
 * decoded (florex, plain text, Markdown source, CSV cell) or as extracted from the document's
 * markup (PDF pages joined by form feeds, DOCX and HTML block text, JSON Resume rendered). The florex layouts flatten everything to one line, as the study did; the other
 * formats keep one line per heading, paragraph or bullet, because a heading on its own line is
 * the strongest sectioning signal.
 */
import { z } from "zod";
import { SourceRef } from "./source";

export const ResumeRecord = z.object({
  /**
   * Stable id: `<input stem>/<NNNNN>` (NNNNN the line, corpus file or CSV row number), or
   * `<folder>/<file name>` for a one-resume file.
   */
  id: z.string().min(1),
  /** The input's own record id: the scrape path (line layout), file stem (folder), ID column (CSV), or file name. */
  corpusId: z.string(),
  layout: z.enum(["line-file", "folder", "text", "markdown", "pdf", "docx", "json-resume", "html", "csv"]),
  /**
   * Labels in input order: the line layout has a free-text title then skill tags; `.lab` files hold
   * normalised labels; a CSV dataset its label column; a JSON Resume its `basics.label`.
   */
  labels: z.array(z.string()),
  /** First label, or null when the record has none. */
  primaryLabel: z.string().nullable(),
  text: z.string().min(1),
  originalText: z.string(),
  /**
   * How the bytes were read: one encoding, "mixed" (a text file decoded line by line that has both),
   * or "document" (text extracted from a PDF or DOCX by its library: no byte decoding of ours).
   */
  encoding: z.enum(["utf-8", "windows-1252", "mixed", "document"]),
  source: SourceRef,
});
export type ResumeRecord = z.infer<typeof ResumeRecord>;
