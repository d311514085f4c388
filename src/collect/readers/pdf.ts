/**
 * PDF resumes: the text layer that pdf-parse extracts page by page (extract-documents.ts), in
 * reading order, one line per text line. Pages are joined by a form feed in `originalText`, so
 * page boundaries stay visible there; the cleaned text drops them like any line break.
 *
 * A PDF whose pages carry no text (a scan or a picture of a resume) is a reject that says so:
 * empty text would look like a resume with no sections. Encrypted and broken files are rejects
 * with the library's reason.
 * Leaves out: OCR (no model is downloaded), and re-joining lines the PDF wrapped.
 */
import { DocumentText } from "./extract-documents";

export type ExtractedText = { text: string } | { reason: string };

/** The resume text of an extracted PDF, or why there is none. */
export function pdfResumeText(extracted: DocumentText): ExtractedText {
  if ("error" in extracted) {
    return {
      reason: /password/i.test(extracted.error)
        ? "the PDF is password-protected"
        : `not a readable PDF (${extracted.error})`,
    };
  }
  if (!("pages" in extracted)) return { reason: "not a PDF extraction" };
  const { pages } = extracted;
  if (pages.every((page) => page.trim() === "")) {
    return {
      reason: `no text layer on any of its ${pages.length} page${pages.length === 1 ? "" : "s"}: a scanned or image-only PDF; OCR it first, or give the DOCX or text version`,
    };
  }
  return { text: pages.join("\f") };
}
