/**
 * Finds the skills of the lexicon (skills.ts) in a text, in one of two ways (`match`):
 *
 * - "words" (default): aliases are compared as normalised words (match-text.ts), so case,
 *   accents, punctuation and a few abbreviations do not matter ("ci cd" is CI/CD, "Node js" is
 *   Node.js); at each word the longest alias wins (phrase-matcher.ts). What the claim checks
 *   need: a skill in a generated section and in its source match however each was spelt, and
 *   every mention has offsets in a shared word index to quote as evidence.
 * - "literal": aliases are matched in the text as written, by two regular expressions built once
 *   (plain aliases case-insensitively, `=`/`~` aliases with their exact case), alternatives
 *   longest first so "SQL Server" wins over "SQL". A match must not touch a letter, digit, `+`
 *   or `#` on either side ("MySQL" is not "SQL", "C++" is not "C"), nor run on into ".x"/"-x"
 *   ("SQL-based" is not "SQL", "C-level" is not "C"). What preprocessing reads raw postings and
 *   resumes with: stricter about punctuation, and the matcher its outputs and fixture scores
 *   were tuned on. The two expressions run apart, so their matches may overlap.
 *
 * Both ways read the same lexicon, so they name the same skills; they differ only at the edges
 * above. In both a `~` alias (R, C, Go) counts only inside a list (in-list.ts).
 * Leaves out: fuzzy matching of misspellings (aliases cover the common variants; fuzzy matching
 * would confuse "Java" and "Jira").
 */
import { LIST_AFTER, LIST_BEFORE, NOT_AFTER } from "./in-list";
import { WordIndex } from "./match-text";
import { buildPhraseMatcher, PhraseMatcher } from "./phrase-matcher";
import { SKILL_BY_KEY, SkillEntry, SKILLS } from "./skills";

/** A skill named in a text: `key` and `name` are its entry's, `text` the alias as written there. */
export interface SkillMention {
  key: string;
  name: string;
  text: string;
  start: number;
  end: number;
}

export type SkillMatch = "words" | "literal";

export interface FindSkillsOptions {
  match?: SkillMatch;
}

/** The lexicon's skills named in a text, left to right. */
export function findSkills(text: string | WordIndex, { match = "words" }: FindSkillsOptions = {}): SkillMention[] {
  switch (match) {
    case "words":
      return findWords(text);
    case "literal":
      return findLiteral(typeof text === "string" ? text : text.text);
    default:
      throw new Error(`unknown skill match "${match as string}": use "words" or "literal"`);
  }
}

/** The canonical names of the skills named in a text, in order of first mention, each once. */
export function skillNames(text: string, options: FindSkillsOptions = {}): string[] {
  return [...new Set(findSkills(text, options).map((mention) => mention.name))];
}

/** The key of the skill a whole name stands for ("Postgres" -> "postgresql", "Go" -> "go"), else null. */
export function canonicalSkill(name: string): string | null {
  const key = wordMatcher().keyOf(name);
  if (key !== null) return key;
  const mentions = findWords(name.trim());
  return mentions.length === 1 && mentions[0].start === 0 && mentions[0].end === name.trim().length
    ? mentions[0].key
    : null;
}

let words: PhraseMatcher | null = null;

function wordMatcher(): PhraseMatcher {
  words ??= buildPhraseMatcher(SKILLS.flatMap((skill) => skill.aliases.map((alias) => ({ key: skill.key, ...alias }))));
  return words;
}

function findWords(text: string | WordIndex): SkillMention[] {
  return wordMatcher()
    .find(text)
    .map((mention) => ({ ...mention, name: (SKILL_BY_KEY.get(mention.key) as SkillEntry).name }));
}

interface Literal {
  regex: RegExp;
  entries: Map<string, SkillEntry>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const squash = (text: string) => text.replace(/\s+/g, " ");

function buildLiteral(): { loose: Literal; exact: Literal } {
  const loose = new Map<string, SkillEntry>();
  const exact = new Map<string, SkillEntry>();
  const listOnly = new Set<string>();
  for (const skill of SKILLS) {
    for (const alias of skill.aliases) {
      if (alias.caseSensitive) {
        exact.set(alias.text, skill);
        if (alias.listOnly) listOnly.add(alias.text);
      } else if (!loose.has(alias.text.toLowerCase())) {
        loose.set(alias.text.toLowerCase(), skill);
      }
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const before = String.raw`(?<![\w+#])`;
  const after = String.raw`(?![\w+#]|[.-]\w)`;
  const exactAlternatives = [...exact.keys()]
    .sort(byLength)
    .map((alias) =>
      listOnly.has(alias) ? `(?<=${LIST_BEFORE})${escape(alias)}(?=${LIST_AFTER})(?!${NOT_AFTER})` : escape(alias),
    );
  return {
    loose: {
      regex: new RegExp(`${before}(?:${[...loose.keys()].sort(byLength).map(escape).join("|")})${after}`, "gi"),
      entries: loose,
    },
    exact: { regex: new RegExp(`${before}(?:${exactAlternatives.join("|")})${after}`, "g"), entries: exact },
  };
}

let literal: ReturnType<typeof buildLiteral> | null = null;

function findLiteral(text: string): SkillMention[] {
  literal ??= buildLiteral();
  const mentions: SkillMention[] = [];
  for (const [matcher, fold] of [
    [literal.loose, true],
    [literal.exact, false],
  ] as const) {
    for (const match of text.matchAll(matcher.regex)) {
      const skill = matcher.entries.get(fold ? squash(match[0]).toLowerCase() : squash(match[0]));
      const start = match.index as number;
      if (skill)
        mentions.push({ key: skill.key, name: skill.name, text: match[0], start, end: start + match[0].length });
    }
  }
  return mentions.sort((a, b) => a.start - b.start); // stable: at one offset, the plain alias first
}
