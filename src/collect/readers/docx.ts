/**
 * DOCX resumes: mammoth turns the document into HTML (extract-documents.ts), so Word's heading
 * styles and lists survive, and the HTML reader makes the text lines ("• " for list items).
 * A file that is not a Word document (a broken or renamed zip) is a reject with mammoth's reason.
 * Leaves out: text boxes, headers and footers, comments and tracked changes (mammoth skips them),
 * and the legacy binary .doc format (detected and rejected by the dispatcher).
 */
import { DocumentText } from "./extract-documents";
import { htmlToText } from "./html";
import { ExtractedText } from "./pdf";

/** The resume text of an extracted DOCX, or why there is none. */
export function docxResumeText(extracted: DocumentText): ExtractedText {
  if ("error" in extracted) return { reason: `not a readable DOCX (${extracted.error})` };
  if (!("html" in extracted)) return { reason: "not a DOCX extraction" };
  const text = htmlToText(extracted.html);
  return text.trim() === "" ? { reason: "the document has no text" } : { text };
}
