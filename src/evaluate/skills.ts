// Finding the skills and tools of skills-lexicon.ts in a text, and tracing one to a source.
//
// A skill is found by its aliases, longest first (phrase-matcher.ts), so "SQL Server Management
// Studio" is one skill (SSMS), not three. A skill is supported by a source that names the same
// canonical skill, a narrower one whose parent it is (MySQL supports "SQL"), or one of its
// case-insensitive aliases as plain words (so "SQL" is found inside "SQL Server").
// Leaves out: skills missing from the lexicon (they are not claims), fuzzy matching of skill
// names (aliases cover the common variants; fuzzy matching would confuse "Java" and "Jira").

import { findPhrase, Found, phraseNorms, WordIndex } from "./match-text";
import { buildPhraseMatcher, PhraseMention } from "./phrase-matcher";
import { SKILLS } from "./skills-lexicon";

const MATCHER = buildPhraseMatcher(
  SKILLS.flatMap((skill) => skill.aliases.map((alias) => ({ key: skill.canonical, text: alias.text, caseSensitive: alias.caseSensitive }))),
);
const PARENT_OF = new Map(SKILLS.filter((skill) => skill.parent).map((skill) => [skill.canonical, skill.parent as string]));

/** A skill named in a text: `key` is its canonical name. */
export type SkillMention = PhraseMention;

/** The lexicon's skills named in a text, left to right, longest alias first, without overlaps. */
export function findSkills(text: string | WordIndex): SkillMention[] {
  return MATCHER.find(text);
}

/** The canonical skill a whole name stands for ("Postgres" -> "postgresql", "Go" -> "go"), else null. */
export function canonicalSkill(name: string): string | null {
  const key = MATCHER.keyOf(name);
  if (key !== null) return key;
  const mentions = MATCHER.find(name.trim());
  return mentions.length === 1 && mentions[0].start === 0 && mentions[0].end === name.trim().length ? mentions[0].key : null;
}

/** Where the source supports a skill: the same skill, a narrower one, or an alias as words; else null. */
export function traceSkill(canonical: string, source: WordIndex, sourceSkills: readonly SkillMention[]): Found | null {
  const direct = sourceSkills.find((mention) => mention.key === canonical) ??
    sourceSkills.find((mention) => PARENT_OF.get(mention.key) === canonical);
  if (direct) return { text: direct.text, start: direct.start, end: direct.end };
  // An alias as plain words catches a skill inside a longer one ("SQL" in "SQL Server"); a
  // case-sensitive alias needs no such search, findSkills already saw every place it is written.
  for (const alias of SKILLS.find((skill) => skill.canonical === canonical)?.aliases ?? []) {
    const found = alias.caseSensitive ? null : findPhrase(source, phraseNorms(alias.text));
    if (found) return found;
  }
  return null;
}
