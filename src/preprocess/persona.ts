/**
 * Seeded synthetic personas, and putting them in place of a resume's contact details.
 *
 * Follows: the study's personas (GPT-4o-mini invented a name, e-mail and US city per resume,
 * STUDY.md), made reproducible: the persona is a pure function of (seed, resume id), drawn with
 * a 32-bit FNV-1a hash of both feeding mulberry32 (both in util/random.ts), so one resume keeps
 * its persona across runs and two seeds give two independent sets. Each detected detail (pii.ts)
 * is replaced with the persona's value of its kind; placeholders ([EMAIL], [NAME], …) are filled
 * the same way. The original → replacement mapping is returned apart from the text: it holds
 * personal data and belongs outside the stage outputs.
 * Leaves out: names outside the resume header, which no rule finds (see pii-names.ts); the
 * caller may pass names it knows in `names`.
 */
import { Persona, PersonaReplacement, PersonaResult, PiiSpan } from "../schemas/persona";
import { hashString, mulberry32 } from "../util/random";
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, STREETS, US_CITIES } from "./persona-lists";
import { detectPii } from "./pii";

/** The persona of (seed, resume id). */
export function makePersona(seed: number | string, resumeId: string): Persona {
  const random = mulberry32(hashString(`${seed}\u0000${resumeId}`));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const firstName = pick(FIRST_NAMES);
  const lastName = pick(LAST_NAMES);
  const place = pick(US_CITIES);
  const number = 10 + Math.floor(random() * 90);
  const slug = `${firstName}.${lastName}`.toLowerCase();
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email: `${slug}${number}@${pick(EMAIL_DOMAINS)}`,
    phone: `(${place.areaCode}) 555-01${String(Math.floor(random() * 100)).padStart(2, "0")}`,
    url: `https://www.example.com/${slug.replace(".", "-")}`,
    street: `${100 + Math.floor(random() * 9900)} ${pick(STREETS)}`,
    city: place.city,
    state: place.state,
    country: "United States",
  };
}

function replacementFor(span: PiiSpan, persona: Persona): string {
  switch (span.kind) {
    case "EMAIL":
      return persona.email;
    case "PHONE":
      return persona.phone;
    case "URL":
      return persona.url;
    case "ADDRESS":
      return `${persona.street}, ${persona.city}, ${persona.state}`;
    case "NAME":
      return persona.name;
  }
}

/**
 * Replaces the contact details (and placeholders) of a resume with its persona's. `names` are
 * extra literal strings to replace by the persona's name (every occurrence).
 */
export function applyPersona(
  text: string,
  seed: number | string,
  resumeId: string,
  names: string[] = [],
): PersonaResult {
  const persona = makePersona(seed, resumeId);
  const spans = detectPii(text);
  for (const name of names.filter((n) => n.trim().length > 1)) {
    for (const match of text.matchAll(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))) {
      const start = match.index ?? 0;
      if (!spans.some((s) => start < s.end && s.start < start + name.length))
        spans.push({ type: "name", kind: "NAME", start, end: start + name.length, text: name });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const mapping: PersonaReplacement[] = [];
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start);
    const replacement = replacementFor(span, persona);
    mapping.push({
      type: span.type,
      kind: span.kind,
      start: span.start,
      end: span.end,
      original: span.text,
      replacement,
      newStart: out.length,
      newEnd: out.length + replacement.length,
    });
    out += replacement;
    at = span.end;
  }
  return { text: out + text.slice(at), persona, mapping };
}
