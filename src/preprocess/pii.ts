/**
 * Contact details in resume text and job ads, found with their spans and types: e-mail
 * addresses (also obfuscated: "name [at] domain [dot] com", "name(at)domain(dot)com"), phone
 * numbers (phone-numbers.ts: formatted, international, national, bare), URLs with or without a
 * scheme ("www.x.com", "linkedin.com/in/x", "github.com/x", "janedoe.dev"), US street addresses
 * ("123 Main St"), a person's name in the resume header (pii-names.ts), and the corpus's
 * redaction placeholders [EMAIL] [PHONE] [URL] [ADDRESS] [NAME].
 *
 * Follows: the privacy scan of the data README (email, phone, URL, linkedin/github, street
 * address). Overlaps are resolved by priority (placeholder, email, URL, phone, address, name),
 * then length. `redactForRemote` turns every span into its typed placeholder, so text can be
 * sent to a remote model without the details.
 * Leaves out: personal names anywhere but the header (see pii-names.ts for what it misses),
 * capitalised bare domains ("MySpace.com" is a company), bare ".net" domains ("asp.net"),
 * addresses outside the US street form, dates of birth, ID numbers.
 */
import { PiiSpan, PiiType, PlaceholderKind } from "../schemas/persona";
import { detectPhones } from "./phone-numbers";
import { detectHeaderName } from "./pii-names";

// Obfuscated e-mail pieces: "[at]" "(at)" "{at}" " AT " and "[dot]" "(dot)" " DOT " ".".
const AT = String.raw`(?:\s*[\[({<]\s*(?:at|AT|At|@)\s*[\])}>]\s*|\s+AT\s+)`;
const DOT = String.raw`(?:\s*[\[({<]\s*(?:dot|DOT|Dot|\.)\s*[\])}>]\s*|\s+DOT\s+|\.)`;
const LOCAL = String.raw`(?<![\w.+-])[A-Za-z0-9._%+-]+`;
/** Domains a person's site ends with; ".net" is left out ("asp.net", "vb.net" are not sites). */
const SITE_TLDS = "com|org|io|dev|me|co|ai|app|info|tech|site|xyz|in|uk|de|ca|us|sg|co\\.uk|co\\.in";
/** Products and platforms that resumes name in their headline ("Certified salesforce.com consultant"). */
const NOT_SITES = new Set(["salesforce.com", "force.com", "socket.io", "fast.ai", "h2o.ai"]);
const BARE_DOMAIN = new RegExp(
  `(?<![\\w@./-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:${SITE_TLDS})(?![\\w@/-]|\\.[a-z0-9])`,
  "g",
);
/** A resume's header: up to its first blank line (at most 600 characters), else its first 300. */
function headerEnd(text: string): number {
  const blank = text.search(/\n[ \t]*\n/);
  return blank >= 0 ? Math.min(blank, 600) : 300;
}
const WEB_LABEL = /(?:website|web site|portfolio|blog|homepage|home page|site|web|url)\s*[:\-–]?\s*$/i;

/**
 * In the body of a resume a bare "salesforce.com" or "sprint.com" is a product or an employer
 * (measured on the study's and florex's 1,500 resumes: 87 bare domains, nearly all such), so it
 * counts only in the header or after "Website:"; domains with a scheme, "www." or a path always count.
 */
function isSiteContext(text: string, start: number, header: number): boolean {
  return start < header || WEB_LABEL.test(text.slice(Math.max(0, start - 20), start));
}

const PATTERNS: { type: PiiType; kind: PlaceholderKind | null; regex: RegExp }[] = [
  { type: "placeholder", kind: null, regex: /\[(EMAIL|PHONE|URL|ADDRESS|NAME)\]/g },
  {
    type: "email",
    kind: "EMAIL",
    regex: /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g,
  },
  {
    type: "email",
    kind: "EMAIL",
    regex: new RegExp(`${LOCAL}(?:${AT}|@)[A-Za-z0-9-]+(?:${DOT}[A-Za-z0-9-]+)*${DOT}[A-Za-z]{2,}(?![\\w-])`, "g"),
  },
  // "jane at example dot com": spelled out in lower case, only with a known top-level domain.
  {
    type: "email",
    kind: "EMAIL",
    regex:
      /(?<![\w.+-])[A-Za-z0-9._%+-]+ at [a-z0-9-]+(?: dot [a-z0-9-]+)* dot (?:com|org|net|edu|io|in|co|uk|de|ca)\b/g,
  },
  { type: "url", kind: "URL", regex: /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/gi },
  {
    type: "url",
    kind: "URL",
    regex:
      /(?<![\w@./-])(?:[a-z]{2,3}\.)?(?:linkedin\.com|github\.com|gitlab\.com|twitter\.com|x\.com|facebook\.com|medium\.com|kaggle\.com|behance\.net|dribbble\.com|stackoverflow\.com)\/[^\s<>"')\]]*/gi,
  },
  // Bare domains with a path, lower case only: "ASP.NET/C#" and "MySpace.com/Fox" are names, not addresses.
  {
    type: "url",
    kind: "URL",
    regex: /(?<![\w@./-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|me|co|us|info)\/[^\s<>"')\]]+/g,
  },
  // Bare domains without a path ("janedoe.dev"), lower case: see isSiteContext.
  { type: "url", kind: "URL", regex: BARE_DOMAIN },
  {
    type: "address",
    kind: "ADDRESS",
    // The number must not be a date's year ("October 2012 Helpdesk Accomplishments Reduced Hard Drive").
    regex:
      /(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|\bto\s|[-–]\s?)\b\d{1,6}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z0-9]+\.?\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Pkwy|Parkway|Cir|Circle|Ter|Terrace|Hwy|Highway|Trl|Trail)\b\.?(?:,?\s+(?:Apt|Suite|Ste|Unit|#)\.?\s*\w+)?/g,
  },
];
const PRIORITY: Record<PiiType, number> = { placeholder: 0, email: 1, url: 2, phone: 3, address: 4, name: 5 };

/** Every contact detail in `text`, in text order, without overlaps. */
export function detectPii(text: string): PiiSpan[] {
  const found: PiiSpan[] = [];
  const header = headerEnd(text);
  for (const { type, kind, regex } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      let value = match[0];
      if (type === "url") value = value.replace(/[.,;:!?]+$/, ""); // a sentence's full stop is not part of the URL
      if (regex === BARE_DOMAIN && (!isSiteContext(text, match.index ?? 0, header) || NOT_SITES.has(value))) continue;
      const start = match.index ?? 0;
      found.push({ type, kind: kind ?? (match[1] as PlaceholderKind), start, end: start + value.length, text: value });
    }
  }
  found.push(...detectPhones(text));
  const kept = withoutOverlaps(found);
  return withoutOverlaps([...kept, ...detectHeaderName(text, kept)]);
}

/** Keeps the spans of higher priority (then the longer) where two overlap; in text order. */
function withoutOverlaps(found: PiiSpan[]): PiiSpan[] {
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
