// Grounded hallucination: the share of an output's checkable claims (claims.ts) that the source
// resume does not support, in [0, 1], with each claim traced to its evidence. The study's
// "hallucination" (JA / UP) is unbounded and rewards copying the job ad; this counts invented
// facts instead. `unsupportedClaims` is the list the prompt studio's review view shows.
//
// A claim is supported when the source has the same thing, compared by key: numbers by value
// (any form: 1,000 = 1000 = 1k), percentages and money by value among the source's percentages and
// money, a month by the same month and a year by any date or number of that year, durations by
// number and unit, skills by canonical name (lexicon/skills.ts), certifications by canonical name or
// words, degrees by kind (a bare "Bachelor's degree" matches any bachelor's) and field, and
// titles, schools and employers by their words, exactly or by Jaro-Winkler similarity at
// NAME_SIMILARITY_THRESHOLD (lexicon/match-text.ts).
// Values may be section objects, lists or strings (JSON text too): both sides are compared as
// plain section text (plain-text.ts). With no claims the share is null, not 0: nothing was checked.
// Leaves out: whether a supported claim is used truthfully (a real employer with an invented
// project), and claims supported only by the job ad (they count as unsupported, as they should).

import { Claim, CLAIM_TYPES, ClaimType, extractClaims } from "./claims";
import { findSkills, SkillMention } from "../lexicon/find-skills";
import { findPhrase, findSimilarPhrase, Found, indexWords, WordIndex } from "../lexicon/match-text";
import { findNamedClaims, NamedMention } from "./named-claims";
import { findNumericMentions, NumericMention } from "./numeric-claims";
import { sectionsToPlainText } from "./plain-text";
import { DEGREE_LEVEL } from "./claim-lexicons";
import { traceSkill } from "./trace-skill";

export interface GroundedClaim {
  type: ClaimType;
  text: string;
  supported: boolean;
  /** The source text that supports the claim, or null. */
  evidence: string | null;
}

export interface ClaimCounts {
  claims: number;
  unsupported: number;
}

export interface GroundingReport {
  claims: GroundedClaim[];
  counts: ClaimCounts;
  /** Unsupported claims / claims, in [0, 1]; null when the output makes no checkable claim. */
  unsupportedShare: number | null;
  /** Counts per claim type, every type present (zeros included) in CLAIM_TYPES order. */
  byType: Record<ClaimType, ClaimCounts>;
}

interface Source {
  index: WordIndex;
  numeric: NumericMention[];
  named: NamedMention[];
  skills: SkillMention[];
}

/** Traces every claim of `output` to `source` (both section values or texts). */
export function groundClaims(output: unknown, source: unknown): GroundingReport {
  const sourceText = sectionsToPlainText(source);
  const index = indexWords(sourceText);
  const prepared: Source = { index, numeric: findNumericMentions(sourceText), named: findNamedClaims(sourceText), skills: findSkills(index) };
  const claims = extractClaims(sectionsToPlainText(output)).map((claim): GroundedClaim => {
    const found = traceClaim(claim, prepared);
    return { type: claim.type, text: claim.text, supported: found !== null, evidence: found?.text ?? null };
  });
  const byType = Object.fromEntries(CLAIM_TYPES.map((type) => [type, { claims: 0, unsupported: 0 }])) as Record<ClaimType, ClaimCounts>;
  for (const claim of claims) {
    byType[claim.type].claims++;
    if (!claim.supported) byType[claim.type].unsupported++;
  }
  const unsupported = claims.filter((claim) => !claim.supported).length;
  return {
    claims,
    counts: { claims: claims.length, unsupported },
    unsupportedShare: claims.length === 0 ? null : unsupported / claims.length,
    byType,
  };
}

/** The claims of `output` that `source` does not support, in order of appearance. */
export function unsupportedClaims(output: unknown, source: unknown): GroundedClaim[] {
  return groundClaims(output, source).claims.filter((claim) => !claim.supported);
}

function traceClaim(claim: Claim, source: Source): Found | null {
  const numeric = (test: (mention: NumericMention) => boolean) => source.numeric.find(test) ?? null;
  switch (claim.type) {
    case "number":
      return numeric((mention) => mention.value === claim.value);
    case "percent":
    case "money":
    case "duration":
      return numeric((mention) => mention.type === claim.type && mention.key === claim.key);
    case "date":
      return claim.key.includes("-")
        ? numeric((mention) => mention.type === "date" && mention.key === claim.key)
        : numeric((mention) => mention.type === "date" && mention.value === claim.value) ?? numeric((mention) => mention.value === claim.value);
    case "skill":
      return traceSkill(claim.key, source.index, source.skills);
    case "certification":
      // The name as written anywhere in the resume (a heading glued on, "Licenses Microsoft
      // Certified: …", changes the extracted key but not the words), then without "certified".
      return source.named.find((mention) => mention.type === "certification" && mention.key === claim.key) ??
        traceWords(claim.key.split(" "), source.index) ?? traceWords(certificationWords(claim.key), source.index);
    case "degree":
      return traceDegree(claim, source);
    default:
      return traceWords(claim.key.split(" "), source.index);
  }
}

function traceWords(norms: string[], index: WordIndex): Found | null {
  if (norms.length === 0 || norms[0] === "") return null;
  return findPhrase(index, norms) ?? findSimilarPhrase(index, norms);
}

// "AWS Certified Developer" is supported by "AWS Developer" in the source: the word is the claim's wrapper.
function certificationWords(key: string): string[] {
  return key.split(" ").filter((word) => !["certified", "certification", "certificate"].includes(word));
}

function traceDegree(claim: Claim, source: Source): Found | null {
  const level = DEGREE_LEVEL[claim.key];
  const degree = source.named.find((mention) => mention.type === "degree" && (mention.key === claim.key ||
    ((mention.key === level || claim.key === DEGREE_LEVEL[mention.key]) && DEGREE_LEVEL[mention.key] === level)));
  if (!degree) return null;
  if (claim.field && degree.field !== claim.field && !traceWords(claim.field.split(" "), source.index)) return null;
  return degree;
}
