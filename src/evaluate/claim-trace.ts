// Tracing one claim to one text (a resume, the model's input, a job ad): where that text states
// the same thing, or null. grounding.ts decides verdicts and locality; this file knows what
// "the same thing" is for each type of claim.
//
// Per-type rules:
// - number: a number of the same value in any form (1,000 = 1000 = 1k), a version year too, with
//   the noun it counts nearby ("10 engineers" is not "10+ years"; claim-units.ts);
// - percent, money, duration: a mention of that type with the same value (and unit);
// - date: a month-year by the same month and year; a bare year by a date of that year, never a
//   plain number or a version ("SQL Server 2008" supports no 2008 graduation);
// - skill: the same lexicon skill, a narrower one (MySQL supports SQL), an alias as words, then
//   the alias with every word stemmed ("data models" = "Data Modeling"); a skill-list item the
//   lexicon does not know, by its words, stemmed words or Jaro-Winkler similarity;
// - certification: the same canonical name, its words, its words without "certified" (unless
//   what is left is one word or a skill's name: "SQL Certification" is not supported by "SQL");
// - degree: same kind (a bare "Bachelor's" matches any bachelor's) and the field's words; under a
//   school only in that school's source entry (grounding.ts);
// - title, organization, institution: the words exactly, stemmed, or by Jaro-Winkler similarity
//   at NAME_SIMILARITY_THRESHOLD.
// Every search is tried again on the text with spaced-out letters closed up ("O C A Certified"
// is OCA, claim-spaced.ts), and evidence is quoted from the text as written.
// Leaves out: locality (grounding.ts restricts dates, titles and degrees to one entry's text, and
// dates outside anchored entries to their context, claim-date-context.ts).

import { Claim, isVersionYear } from "./claims";
import { collapseSpaced, originalSpan } from "./claim-spaced";
import { findStemmedPhrase, stemIndex } from "./claim-stems";
import { DEGREE_LEVEL } from "./claim-lexicons";
import { findNamedClaims, NamedMention } from "./named-claims";
import { findNumericMentions, NumericMention } from "./numeric-claims";
import { traceSkill } from "./trace-skill";
import { unitNear } from "./claim-units";
import { findSkills, SkillMention } from "../lexicon/find-skills";
import { findPhrase, findSimilarPhrase, Found, indexWords, phraseNorms, WordIndex } from "../lexicon/match-text";
import { SKILL_BY_KEY } from "../lexicon/skills";

export interface TraceText {
  text: string;
  /** Where `text` starts in the whole text it was cut from (an entry of a resume). */
  offset: number;
  index: WordIndex;
  stems: WordIndex;
  numeric: NumericMention[];
  named: NamedMention[];
  skills: SkillMention[];
  /** The same text with spaced-out letters closed up, when it has any. */
  collapsed: { text: TraceText; offsets: number[] } | null;
}

/** Indexes a text once for many claims. */
export function prepareTrace(text: string, offset = 0, collapse = true): TraceText {
  const index = indexWords(text);
  const skills = findSkills(index);
  const numeric = findNumericMentions(text).map((mention) =>
    isVersionYear(mention, text, skills) ? { ...mention, type: "number" as const } : mention,
  );
  const spaced = collapse ? collapseSpaced(text) : null;
  return {
    text,
    offset,
    index,
    stems: stemIndex(index),
    numeric,
    named: findNamedClaims(text),
    skills,
    collapsed: spaced ? { text: prepareTrace(spaced.text, 0, false), offsets: spaced.offsets } : null,
  };
}

/** Where `source` states the claim, with offsets in the whole text; null when it does not. */
export function traceIn(claim: Claim, source: TraceText): Found | null {
  const found = traceClaim(claim, source);
  if (found) return { text: found.text, start: found.start + source.offset, end: found.end + source.offset };
  if (!source.collapsed) return null;
  const closed = traceClaim(claim, source.collapsed.text);
  if (!closed) return null;
  const [start, end] = originalSpan(
    { text: source.collapsed.text.text, offsets: source.collapsed.offsets },
    closed.start,
    closed.end,
  );
  return { text: source.text.slice(start, end), start: start + source.offset, end: end + source.offset };
}

/** Every place a name's words stand in the text (exact, stemmed or similar), as offsets in the whole text. */
export function findName(norms: readonly string[], source: TraceText): Found[] {
  const all: Found[] = [];
  for (const i of source.index.positions.get(norms[0]) ?? []) {
    let k = 1;
    while (k < norms.length && source.index.words[i + k]?.norm === norms[k]) k++;
    if (k === norms.length) all.push(spanAt(source, i, i + k - 1));
  }
  if (all.length > 0) return all;
  const other = findStemmedPhrase(source.stems, norms) ?? findSimilarPhrase(source.index, norms);
  return other ? [{ ...other, start: other.start + source.offset, end: other.end + source.offset }] : [];
}

function spanAt(source: TraceText, first: number, last: number): Found {
  const start = source.index.words[first].start;
  const end = source.index.words[last].end;
  return { text: source.text.slice(start, end), start: start + source.offset, end: end + source.offset };
}

function traceClaim(claim: Claim, source: TraceText): Found | null {
  const numeric = (test: (mention: NumericMention) => boolean) => source.numeric.find(test) ?? null;
  switch (claim.type) {
    case "number":
      return numeric(
        (mention) =>
          mention.value === claim.value &&
          (!claim.unit || unitNear(source.stems, mention.start, mention.end, claim.unit)),
      );
    case "percent":
    case "money":
    case "duration":
      return numeric((mention) => mention.type === claim.type && mention.key === claim.key);
    case "date":
      return claim.key.includes("-")
        ? numeric((mention) => mention.type === "date" && mention.key === claim.key)
        : numeric((mention) => mention.type === "date" && mention.value === claim.value);
    case "skill":
      return (
        traceSkill(claim.key, source.index, source.skills) ??
        traceSkillStems(claim, source) ??
        traceWords(phraseNorms(claim.key), source)
      );
    case "certification":
      // The name as written anywhere in the resume (a heading glued on, "Licenses Microsoft
      // Certified: …", changes the extracted key but not the words), then without "certified".
      return (
        source.named.find((mention) => mention.type === "certification" && mention.key === claim.key) ??
        traceWords(claim.key.split(" "), source) ??
        traceBareCertification(claim.key, source)
      );
    case "degree":
      return traceDegree(claim, source);
    default:
      return traceWords(claim.key.split(" "), source);
  }
}

// A lexicon skill by any of its aliases with each word stemmed ("backups and recovery").
function traceSkillStems(claim: Claim, source: TraceText): Found | null {
  for (const alias of SKILL_BY_KEY.get(claim.key)?.aliases ?? []) {
    const found = alias.caseSensitive ? null : findStemmedPhrase(source.stems, phraseNorms(alias.text));
    if (found) return found;
  }
  return null;
}

function traceWords(norms: string[], source: TraceText): Found | null {
  if (norms.length === 0 || norms[0] === "") return null;
  return (
    findPhrase(source.index, norms) ?? findStemmedPhrase(source.stems, norms) ?? findSimilarPhrase(source.index, norms)
  );
}

// "AWS Certified Developer" is supported by "AWS Developer" in the source: the word is the claim's
// wrapper. Not when what is left is one word or wholly a skill's name: "Advanced SQL
// Certification" is a certificate, and the skill SQL in the resume is not one.
function traceBareCertification(key: string, source: TraceText): Found | null {
  const words = key.split(" ").filter((word) => !["certified", "certification", "certificate"].includes(word));
  const bare = words.join(" ");
  if (words.length <= 1 || findSkills(bare).some((skill) => skill.start === 0 && skill.end === bare.length))
    return null;
  return traceWords(words, source);
}

function traceDegree(claim: Claim, source: TraceText): Found | null {
  const level = DEGREE_LEVEL[claim.key];
  const degree = source.named.find(
    (mention) =>
      mention.type === "degree" &&
      (mention.key === claim.key ||
        ((mention.key === level || claim.key === DEGREE_LEVEL[mention.key]) && DEGREE_LEVEL[mention.key] === level)),
  );
  if (!degree) return null;
  if (claim.field && degree.field !== claim.field && !traceWords(claim.field.split(" "), source)) return null;
  return degree;
}
