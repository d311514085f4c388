// The checkable claims of a text: what a tailored resume section asserts that the source resume
// either says or does not (numbers, percentages, money, dates, durations, employers, titles,
// degrees, institutions, certifications, skills and tools).
//
// Numeric claims come from numeric-claims.ts, named ones from named-claims.ts, skills from the
// lexicon (lexicon/skills.ts) without its soft skills, which a source cannot show as a fact.
// A skill wholly inside a title, employer, school or degree is no claim of its own ("Java
// Developer" claims the title, not also the skill Java; "Oracle Database" of "Oracle Database
// Administrator", "Networking" of "Computer Networking"): the person states one fact there, and
// counting it twice doubled every invented title. Nothing overlaps a certification ("AWS
// Certified ..." is not also the skill AWS, "AZ-104" is not also the number 104).
// Each claim is listed once per type and key, at its first occurrence: a number repeated in three
// bullets is one claim, so a long output cannot dilute or inflate the unsupported share. With
// `each`, every occurrence is listed (grounding.ts keeps one per entry: a value repeated in
// another job is another fact, checked in that job).
// A year right after a product's name ("SQL Server 2008", "Windows 2003") is its version: a
// number claim, never a date, so it neither makes nor supports a graduation or job year.
// A plain number carries the stem of the noun it counts (claim-units.ts), so that it is supported
// only by the same number of the same thing.
// Every item of a skill list is a skill claim (claim-list-items.ts), keyed by its words when the
// lexicon does not know it.
// An abbreviation in brackets after the certificate it abbreviates is that certificate again.
// Numbers in a condition or plan ("to be obtained within 90 days") are no claims.
// Leaves out: other claims about the future, opinions ("excellent communicator"), soft skills.

import type { ClaimType } from "../schemas/claims";
import { CLAIM_TYPES } from "../schemas/claims";
import { findNamedClaims, NamedMention } from "./named-claims";
import { findNumericMentions, NumericMention } from "./numeric-claims";
import { numberUnit } from "./claim-units";
import { findListItems } from "./claim-list-items";
import { findSkills, SkillMention } from "../lexicon/find-skills";
import { SKILL_BY_KEY } from "../lexicon/skills";

export { CLAIM_TYPES } from "../schemas/claims";
export type { ClaimType } from "../schemas/claims";

export interface Claim {
  type: ClaimType;
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  /** What is compared with the source (see each kind's module). */
  key: string;
  /** Numbers: the value; dates: the year. */
  value?: number;
  /** Degrees: the field of study, when given. */
  field?: string;
  /** Numbers: the stems of the nouns they count, "|"-joined ("10 engineers": "engin"), when near (claim-units.ts). */
  unit?: string;
}

export interface ExtractOptions {
  /** Read every line as a skill list (a skills section). */
  skillList?: boolean;
  /** Every occurrence, not once per type and key (grounding.ts keeps one per entry). */
  each?: boolean;
}

/** The claims of a text, once per type and key, in order of first occurrence. */
export function extractClaims(text: string, { skillList = false, each = false }: ExtractOptions = {}): Claim[] {
  const named = findNamedClaims(text);
  const certifications = named.filter((claim) => claim.type === "certification");
  const outsideCertifications = (span: { start: number; end: number }) =>
    !certifications.some((cert) => span.start < cert.end && cert.start < span.end);
  const allSkills = findSkills(text);
  // A skill inside a title, employer, school or degree is part of that fact, not one of its own.
  const names = named.filter((claim) => claim.type !== "certification");
  const outsideNames = (span: { start: number; end: number }) =>
    !names.some((name) => name.start <= span.start && span.end <= name.end);
  const skills = allSkills
    .filter(outsideCertifications)
    .filter(outsideNames)
    .filter((skill) => SKILL_BY_KEY.get(skill.key)?.category !== "soft")
    .map((skill): Claim => ({ type: "skill", text: skill.text, start: skill.start, end: skill.end, key: skill.key }));
  const numeric = findNumericMentions(text)
    .filter(outsideCertifications)
    .filter((mention) => !isCondition(text, mention.start))
    .map((mention): Claim => asVersion(mention, text, allSkills) ?? withUnit({ ...mention }, text));
  const items = findListItems(text, [...named, ...allSkills, ...numeric], { allLines: skillList }).map(
    (item): Claim => ({ type: "skill", text: item.text, start: item.start, end: item.end, key: item.key }),
  );
  const stated = named.filter((claim, i) => !isBracketedRepeat(text, named, i));
  const all: Claim[] = [...numeric, ...stated, ...skills, ...items].sort(
    (a, b) => a.start - b.start || CLAIM_TYPES.indexOf(a.type) - CLAIM_TYPES.indexOf(b.type),
  );
  if (each) return all;
  const seen = new Set<string>();
  return all.filter((claim) => {
    const id = claimIdentity(claim);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** What makes two claims the same claim: type, key and a degree's field. */
export function claimIdentity(claim: Claim): string {
  return `${claim.type}\u0000${claim.key}\u0000${claim.field ?? ""}`;
}

// A number is compared with its noun: "team of 10 engineers" is not "Windows (10+ years)".
function withUnit(claim: Claim, text: string): Claim {
  if (claim.type !== "number") return claim;
  const unit = numberUnit(text, claim.start, claim.end);
  return unit ? { ...claim, unit } : claim;
}

// "Certified Cloud Security Professional (CCSP)": the abbreviation in brackets right after a
// certification or degree names the same one again, not a second fact.
function isBracketedRepeat(text: string, named: readonly NamedMention[], i: number): boolean {
  const previous = named[i - 1];
  const mention = named[i];
  return (
    previous !== undefined &&
    previous.type === mention.type &&
    ["certification", "degree"].includes(mention.type) &&
    /^\s*\(\s*$/.test(text.slice(previous.end, mention.start)) &&
    /^\s*\)/.test(text.slice(mention.end))
  );
}

// "(to be obtained within 90 days of hire)", "will complete by 2025": a condition or a plan (often
// copied from the job ad), not a fact about the person. The clause runs back to a bracket, comma,
// full stop, semicolon or line break.
const CONDITION = /\b(?:to be|will|shall|must|should|expected to|required to)\b[^,.;()[\]\n]*$/i;

function isCondition(text: string, start: number): boolean {
  return CONDITION.test(text.slice(Math.max(0, start - 60), start));
}

const PRODUCT_WORDS =
  /(?:Server|Windows|Office|Exchange|SharePoint|Studio|Dynamics|Project|Visio|Access|Excel|SSIS|SSRS|SSAS|Oracle|Novell|NetWare)[ \t]+$/;

/** True when a bare year stands right after a product's name: a version, not a date. */
export function isVersionYear(mention: NumericMention, text: string, skills: readonly SkillMention[]): boolean {
  if (mention.type !== "date" || mention.key.includes("-") || !/^\d{4}$/.test(mention.text)) return false;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return (
    PRODUCT_WORDS.test(before) ||
    skills.some((skill) => skill.end <= mention.start && /^[ \t]+$/.test(text.slice(skill.end, mention.start)))
  );
}

function asVersion(mention: NumericMention, text: string, skills: readonly SkillMention[]): Claim | null {
  return isVersionYear(mention, text, skills) ? { ...mention, type: "number", key: String(mention.value) } : null;
}
