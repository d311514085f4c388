// Job-keyword coverage: the share of a job's required and preferred keywords that a tailored
// section mentions, next to the share the original section already mentioned, so a system gets
// credit only for what it added (and an honest "0 of 3 required skills" stays visible).
//
// A keyword that names a lexicon skill (lexicon/skills.ts) is found by any alias of that skill or a
// narrower one ("Postgres" finds "PostgreSQL", "SQL" finds "MySQL"); any other keyword is found
// as its words, Porter-stemmed on both sides, so "dashboards" finds "dashboard" and "managed
// teams" finds "Managing team" (spelling variants such as modeling/modelling need the lexicon).
// Keywords are deduplicated by their normal form; an empty list gives a null share.
// Grounded coverage counts only the keywords the output mentions *and* the resume holds: plain
// coverage rewards pasting the job ad's skills into a skills list, grounded coverage does not.
// Leaves out: weighting keywords by importance, synonyms outside the lexicon.

import { canonicalSkill, findSkills, SkillMention } from "../lexicon/find-skills";
import { findPhrase, indexWords, phraseNorms, WordIndex } from "../lexicon/match-text";
import { sectionsToPlainText } from "./plain-text";
import { stemPorter } from "./porter";
import { traceSkill } from "./trace-skill";

export interface JobKeywords {
  required: readonly string[];
  preferred: readonly string[];
}

export interface KeywordPresence {
  /** present / keywords, or null when there are no keywords. */
  share: number | null;
  present: string[];
  missing: string[];
}

export interface CoverageByList {
  output: KeywordPresence;
  original: KeywordPresence;
}

export interface KeywordCoverage {
  required: CoverageByList;
  preferred: CoverageByList;
  /** Required and preferred together (a keyword in both lists counts once). */
  all: CoverageByList;
}

interface Prepared {
  words: WordIndex;
  stems: WordIndex;
  skills: SkillMention[];
}

/** Coverage of the job's keywords by the output and by the original (section values or texts). */
export function coverKeywords(keywords: JobKeywords, output: unknown, original: unknown): KeywordCoverage {
  const texts = { output: prepare(sectionsToPlainText(output)), original: prepare(sectionsToPlainText(original)) };
  const cover = (list: readonly string[]): CoverageByList => {
    const unique = dedupe(list);
    return { output: presence(unique, texts.output), original: presence(unique, texts.original) };
  };
  return {
    required: cover(keywords.required),
    preferred: cover(keywords.preferred),
    all: cover([...keywords.required, ...keywords.preferred]),
  };
}

/**
 * Share of the job's required and preferred keywords (deduplicated) that the output mentions and
 * the resume (its whole text) also mentions; null when the job has no keywords.
 */
export function groundedCoverage(keywords: JobKeywords, output: unknown, resume: unknown): KeywordPresence {
  const unique = dedupe([...keywords.required, ...keywords.preferred]);
  const [inOutput, inResume] = [prepare(sectionsToPlainText(output)), prepare(sectionsToPlainText(resume))];
  const present = unique.filter((keyword) => findKeyword(inOutput, keyword) && findKeyword(inResume, keyword));
  return {
    share: unique.length === 0 ? null : present.length / unique.length,
    present,
    missing: unique.filter((keyword) => !present.includes(keyword)),
  };
}

/** True when the text mentions the keyword (skill aliases, or its stemmed words). */
export function mentionsKeyword(text: string, keyword: string): boolean {
  return findKeyword(prepare(text), keyword);
}

function prepare(text: string): Prepared {
  const words = indexWords(text);
  const stems = {
    ...words,
    words: words.words.map((word) => ({ ...word, norm: stemPorter(word.norm) })),
    positions: new Map<string, number[]>(),
  };
  stems.words.forEach((word, i) => stems.positions.set(word.norm, [...(stems.positions.get(word.norm) ?? []), i]));
  return { words, stems, skills: findSkills(words) };
}

function findKeyword(text: Prepared, keyword: string): boolean {
  // A skill is found only as that skill: the keyword "Go" is not the word "go".
  const skill = canonicalSkill(keyword);
  if (skill !== null) return traceSkill(skill, text.words, text.skills) !== null;
  const norms = phraseNorms(keyword).map((norm) => stemPorter(norm));
  return norms.length > 0 && findPhrase(text.stems, norms) !== null;
}

function presence(keywords: readonly string[], text: Prepared): KeywordPresence {
  const present = keywords.filter((keyword) => findKeyword(text, keyword));
  const missing = keywords.filter((keyword) => !present.includes(keyword));
  return { share: keywords.length === 0 ? null : present.length / keywords.length, present, missing };
}

function dedupe(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((keyword) => {
    const key = phraseNorms(keyword).join(" ");
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
