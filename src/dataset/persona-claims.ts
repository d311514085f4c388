/**
 * Identity facts in a target completion that its prompt does not hold: a person's name, email,
 * phone or city. The claim checker (evaluate/claims.ts) has no claim type for these (a resume's
 * own contact line is not a fact to trace), yet the study's targets carry a synthetic persona's
 * name, email and city where the prompt's section says `"name": null` (STUDY.md): trained on
 * them, a model learns to invent an identity. This module only finds those fields; whether the
 * prompt holds them is a plain containment test, not a second claim checker.
 *
 * What is read, from the completion's value (not from prose):
 * - an object (the tailored personal-information section): `name`/`full_name` → name,
 *   `email` → email, `phone` → phone, `location`/`city`/`address` → location;
 * - a string (the study's "Name, email, City, ST" line): emails and phone numbers anywhere, and
 *   the first comma-separated part as a name when it is shaped like one (2–4 capitalised words)
 *   and the line also carries an email or phone (without a contact a leading "Database
 *   Administrator" is a headline, not a name), and what follows the last contact as a location
 *   when it is shaped "City, ST" / "City, Country";
 * - other sections: emails and phone numbers only.
 * Held by the prompt: the value, lower-cased with punctuation folded to spaces, occurs in the
 * prompt's section text folded the same way; phones compare digits; a location compares its
 * city (the part before the first comma), so "Atlanta, Georgia" is held by "Atlanta, GA".
 * Spans point into `text`, the completion's plain text the claim checker's spans point into.
 * Leaves out: names written inside prose bullets, links. Pure.
 */
export const PERSONA_TYPES = ["name", "email", "phone", "location"] as const;
export type PersonaType = (typeof PERSONA_TYPES)[number];

export interface PersonaClaim {
  type: PersonaType;
  text: string;
  /** [start, end) in the completion's plain text; [0, 0] when the text cannot be found there. */
  span: [number, number];
}

const FIELDS: Record<string, PersonaType> = {
  name: "name",
  full_name: "name",
  fullname: "name",
  email: "email",
  phone: "phone",
  location: "location",
  city: "location",
  address: "location",
};
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE = /(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b/g;
/** "Austin, TX", "Seattle, USA", "New York, New York": a city and a state or country after the contacts. */
const PLACE_SHAPE = /^[A-Z][A-Za-z.' -]+, ?[A-Z][A-Za-z. ]+$/;
const NAME_SHAPE = /^[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){1,3}$/;

const fold = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@]+/gu, " ")
    .trim()} `;
const digits = (text: string) => text.replace(/\D+/g, "");

/** The identity facts of `completion` (its parsed value) that `promptSection` does not hold. */
export function personaClaims(
  completion: unknown,
  text: string,
  promptSection: string,
  section: string,
): PersonaClaim[] {
  const found = section === "personal_information" ? identityFields(completion) : contactsIn(text);
  const folded = fold(promptSection);
  const promptDigits = digits(promptSection);
  const held = (claim: { type: PersonaType; text: string }) => {
    if (claim.type === "phone") return digits(claim.text).length > 0 && promptDigits.includes(digits(claim.text));
    const value = claim.type === "location" ? claim.text.split(",")[0] : claim.text;
    return fold(value).trim() === "" || folded.includes(fold(value));
  };
  const seen = new Set<string>();
  return found
    .filter((claim) => {
      const key = `${claim.type}\u0000${claim.text}`;
      if (held(claim) || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((claim) => ({ ...claim, span: spanOf(text, claim.text) }));
}

function identityFields(completion: unknown): { type: PersonaType; text: string }[] {
  if (typeof completion === "string") {
    const contacts = contactsIn(completion);
    const first = completion.split(",")[0].trim();
    if (contacts.length === 0) return [];
    const name = NAME_SHAPE.test(first) ? [{ type: "name" as const, text: first }] : [];
    const lastContact = Math.max(...contacts.map((c) => completion.lastIndexOf(c.text) + c.text.length));
    const rest = completion
      .slice(lastContact)
      .replace(/^[\s,;|]+/, "")
      .trim();
    const place = PLACE_SHAPE.test(rest) ? [{ type: "location" as const, text: rest }] : [];
    return [...name, ...contacts, ...place];
  }
  if (completion === null || typeof completion !== "object" || Array.isArray(completion)) return [];
  const fields: { type: PersonaType; text: string }[] = [];
  for (const [key, value] of Object.entries(completion)) {
    const type = FIELDS[key.toLowerCase()];
    if (type && typeof value === "string" && value.trim() !== "") fields.push({ type, text: value.trim() });
  }
  return fields;
}

function contactsIn(text: string): { type: PersonaType; text: string }[] {
  return [
    ...[...text.matchAll(EMAIL)].map((match) => ({ type: "email" as const, text: match[0] })),
    ...[...text.matchAll(PHONE)].map((match) => ({ type: "phone" as const, text: match[0] })),
  ];
}

function spanOf(text: string, value: string): [number, number] {
  const at = text.indexOf(value);
  return at < 0 ? [0, 0] : [at, at + value.length];
}
