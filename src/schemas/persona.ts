/**
 * Personal data found in text, the synthetic personas that replace it, and the mapping from
 * one to the other (kept by the caller outside the stage outputs).
 *
 * Follows: the study's GPT-4o-mini personas (name, email, US city, STUDY.md), made seeded and
 * reproducible here; the corpus's redaction placeholders [EMAIL] [PHONE] [URL] [ADDRESS] [NAME]
 * (data README, "Privacy").
 * Leaves out: names in free text outside the resume header (no reliable rule finds them; see pii-names.ts).
 */
import { z } from "zod";

/** `name`: a person's name in a resume header (detectPii, pii-names.ts) or one the caller passes to the persona step. */
export const PII_TYPES = ["email", "phone", "url", "address", "placeholder", "name"] as const;
export const PiiType = z.enum(PII_TYPES);
export type PiiType = z.infer<typeof PiiType>;

export const PLACEHOLDER_KINDS = ["EMAIL", "PHONE", "URL", "ADDRESS", "NAME"] as const;
export const PlaceholderKind = z.enum(PLACEHOLDER_KINDS);
export type PlaceholderKind = z.infer<typeof PlaceholderKind>;

export const PiiSpan = z.object({
  type: PiiType,
  /** What the span stands for: its placeholder kind (a placeholder's own kind for placeholders). */
  kind: PlaceholderKind,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type PiiSpan = z.infer<typeof PiiSpan>;

export const Persona = z.object({
  name: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** Always at example.com or example.org (reserved for documentation, RFC 2606). */
  email: z.string(),
  /** A fictional number in the 555-0100..0199 range (reserved for fiction). */
  phone: z.string(),
  url: z.string(),
  street: z.string(),
  city: z.string(),
  state: z.string(),
  country: z.string(),
});
export type Persona = z.infer<typeof Persona>;

export const PersonaReplacement = z.object({
  type: PiiType,
  kind: PlaceholderKind,
  /** Offsets in the original text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  original: z.string(),
  replacement: z.string(),
  /** Offsets of the replacement in the new text. */
  newStart: z.number().int().nonnegative(),
  newEnd: z.number().int().nonnegative(),
});
export type PersonaReplacement = z.infer<typeof PersonaReplacement>;

export const PersonaResult = z.object({
  text: z.string(),
  persona: Persona,
  /** Original span → replacement: personal data, so the caller stores it apart from outputs. */
  mapping: z.array(PersonaReplacement),
});
export type PersonaResult = z.infer<typeof PersonaResult>;
