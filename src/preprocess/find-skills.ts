/**
 * Finds lexicon skills in text and returns their canonical names in order of first mention.
 *
 * Two regular expressions, built once: every plain alias case-insensitively, every `=`/`~` alias
 * with its exact case; alternatives longest first so "SQL Server" wins over "SQL". A match must
 * not touch a letter, digit, `+` or `#` on either side ("MySQL" is not "SQL", "C++" is not "C").
 * `~` aliases (R, C, Go) also need list punctuation or a conjunction on a side:
 * "Python, R and SQL" names R; "R&D" and "Go to market" do not.
 * Leaves out: fuzzy matching of misspellings (a later, LLM-side concern).
 */
import { SKILLS } from "./skills-lexicon";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const squash = (text: string) => text.replace(/\s+/g, " ");

interface Matcher {
  regex: RegExp;
  canonical: Map<string, string>;
}

function buildMatchers(): { loose: Matcher; exact: Matcher } {
  const loose = new Map<string, string>();
  const exact = new Map<string, string>();
  const listOnly = new Set<string>();
  for (const entry of SKILLS) {
    for (const alias of entry.aliases) {
      if (alias.startsWith("=") || alias.startsWith("~")) {
        exact.set(alias.slice(1), entry.name);
        if (alias.startsWith("~")) listOnly.add(alias.slice(1));
      } else if (!loose.has(alias.toLowerCase())) {
        loose.set(alias.toLowerCase(), entry.name);
      }
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
  const before = String.raw`(?<![\w+#])`;
  const after = String.raw`(?![\w+#]|[.-]\w)`;
  // A `~` alias must sit in a list: punctuation or and/or/in/with/using before, or punctuation/and/or after.
  const listBefore = String.raw`(?<=(?:^|[,/(;:•]|\band|\bor|\bin|\bwith|\busing|\blike)\s*)`;
  const listAfter = String.raw`(?=\s*(?:$|[,/);•]|\.(?:\s|$)|and\b|or\b|for\b|programming|language|\())`;
  const exactAlternatives = [...exact.keys()].sort(byLength).map((alias) =>
    listOnly.has(alias) ? `${listBefore}${escape(alias)}${listAfter}(?![&+#])` : escape(alias),
  );
  return {
    loose: { regex: new RegExp(`${before}(?:${[...loose.keys()].sort(byLength).map(escape).join("|")})${after}`, "gi"), canonical: loose },
    exact: { regex: new RegExp(`${before}(?:${exactAlternatives.join("|")})${after}`, "g"), canonical: exact },
  };
}

let matchers: ReturnType<typeof buildMatchers> | null = null;

/** Canonical skill names mentioned in `text`, in order of first mention, each once. */
export function findSkills(text: string): string[] {
  matchers ??= buildMatchers();
  const hits: { at: number; name: string }[] = [];
  for (const match of text.matchAll(matchers.loose.regex)) {
    const name = matchers.loose.canonical.get(squash(match[0]).toLowerCase());
    if (name) hits.push({ at: match.index ?? 0, name });
  }
  for (const match of text.matchAll(matchers.exact.regex)) {
    const name = matchers.exact.canonical.get(squash(match[0]));
    if (name) hits.push({ at: match.index ?? 0, name });
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((hit) => hit.name))];
}
