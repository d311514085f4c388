/**
 * Contact details in resume text and job ads, found with their spans and types: e-mail
 * addresses, phone numbers ("(555) 010-1234", "555.010.1234", "+1 …", a bare 10-digit number
 * after "Tel:"), URLs and bare linkedin.com / github.com addresses, US street addresses
 * ("123 Main St"), and the corpus's redaction placeholders [EMAIL] [PHONE] [URL] [ADDRESS] [NAME].
 *
 * Follows: the privacy scan of the data README (email, phone, URL, linkedin/github, street
 * address). Overlaps are resolved by priority (placeholder, email, URL, phone, address), then
 * length. `redactForRemote` turns every span into its typed placeholder, so text can be sent to a
 * remote model without the details.
 * Leaves out: personal names in free text (no rule tells "Jordan Reyes" from "Oracle Exadata";
 * names next to contact details are handled by the persona step), dates of birth, ID numbers.
 */
import { PiiSpan, PiiType, PlaceholderKind } from "../schemas/persona";

const PATTERNS: { type: PiiType; kind: PlaceholderKind | null; regex: RegExp }[] = [
  { type: "placeholder", kind: null, regex: /\[(EMAIL|PHONE|URL|ADDRESS|NAME)\]/g },
  { type: "email", kind: "EMAIL", regex: /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g },
  { type: "url", kind: "URL", regex: /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi },
  { type: "url", kind: "URL", regex: /(?<![\w@./-])(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|facebook\.com)\/[^\s<>"')\]]*/gi },
  // Bare domains with a path, lower case only: "ASP.NET/C#" and "MySpace.com/Fox" are names, not addresses.
  { type: "url", kind: "URL", regex: /(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|us|info)\/[^\s<>"')\]]+/g },
  // +1 (555) 010-1234, +44 20 7946 0958: a plus, a country code, then 7+ more digits in groups.
  { type: "phone", kind: "PHONE", regex: /(?<![\w+])\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}(?!\d)/g },
  // (555) 010-1234, 555-010-1234, 555.010.1234, 555 010 1234 — separators required here.
  { type: "phone", kind: "PHONE", regex: /(?<![\w+/-])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])/g },
  // A bare 10-digit number only counts after a phone label ("Tel: 5550101234").
  { type: "phone", kind: "PHONE", regex: /(?<=\b(?:tel|phone|cell|mobile|mob|ph|contact)\.?\s*(?:no\.?|number|#)?\s*[:\-]?\s*)\d{10}(?!\d)/gi },
  {
    type: "address",
    kind: "ADDRESS",
    // The number must not be a date's year ("October 2012 Helpdesk Accomplishments Reduced Hard Drive").
    regex: /(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|\bto\s|[-–]\s?)\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z0-9]+\.?\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Cir|Circle|Ter|Terrace|Hwy|Highway|Trl|Trail)\b\.?(?:,?\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*\w+)?/g,
  },
];
const PRIORITY: Record<PiiType, number> = { placeholder: 0, email: 1, url: 2, phone: 3, address: 4, name: 5 };

/** Every contact detail in `text`, in text order, without overlaps. */
export function detectPii(text: string): PiiSpan[] {
  const found: PiiSpan[] = [];
  for (const { type, kind, regex } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      let value = match[0];
      if (type === "url") value = value.replace(/[.,;:!?]+$/, ""); // a sentence's full stop is not part of the URL
      const start = match.index ?? 0;
      found.push({ type, kind: kind ?? (match[1] as PlaceholderKind), start, end: start + value.length, text: value });
    }
  }
  found.sort((a, b) => PRIORITY[a.type] - PRIORITY[b.type] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const span of found) {
    if (!kept.some((k) => span.start < k.end && k.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces spans (sorted, disjoint) by `replace(span)`; returns the new text. */
export function replaceSpans(text: string, spans: PiiSpan[], replace: (span: PiiSpan) => string): string {
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + replace(span);
    at = span.end;
  }
  return out + text.slice(at);
}

/** The text with every detected contact detail replaced by its typed placeholder ([EMAIL], [PHONE], …). */
export function redactForRemote(text: string): { text: string; redactions: PiiSpan[] } {
  const redactions = detectPii(text).filter((span) => span.type !== "placeholder");
  return { text: replaceSpans(text, redactions, (span) => `[${span.kind}]`), redactions };
}
