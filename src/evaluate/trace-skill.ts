// Tracing a skill claim to a source: where the source supports the skill of canonical key K.
//
// A skill is supported by a source that names the same skill (lexicon/find-skills.ts), a narrower
// one whose parent it is (MySQL supports "SQL"), or one of its case-insensitive aliases as plain
// words (so "SQL" is found inside "SQL Server").
// Leaves out: skills missing from the lexicon (they are not claims), grandparents (a parent's
// parent is not support: the lexicon's parents are one level deep).

import { SkillMention } from "../lexicon/find-skills";
import { findPhrase, Found, phraseNorms, WordIndex } from "../lexicon/match-text";
import { SKILL_BY_KEY, SKILLS } from "../lexicon/skills";

const PARENT_OF = new Map(
  SKILLS.filter((skill) => skill.parent !== null).map((skill) => [skill.key, (skill.parent as string).toLowerCase()]),
);

/** Where the source supports a skill: the same skill, a narrower one, or an alias as words; else null. */
export function traceSkill(key: string, source: WordIndex, sourceSkills: readonly SkillMention[]): Found | null {
  const direct =
    sourceSkills.find((mention) => mention.key === key) ??
    sourceSkills.find((mention) => PARENT_OF.get(mention.key) === key);
  if (direct) return { text: direct.text, start: direct.start, end: direct.end };
  // An alias as plain words catches a skill inside a longer one ("SQL" in "SQL Server"); a
  // case-sensitive alias needs no such search, findSkills already saw every place it is written.
  for (const alias of SKILL_BY_KEY.get(key)?.aliases ?? []) {
    const found = alias.caseSensitive ? null : findPhrase(source, phraseNorms(alias.text));
    if (found) return found;
  }
  return null;
}
