/**
 * Whether a name stands inside a list: the test for the lexicon's `~` aliases, names that are
 * also common words or letters (R, C, Go). "Python, R and SQL" names R; "R&D", "a C-level
 * sponsor" and "go to market" do not.
 *
 * A list needs, before the name, the start of the text or of a line, list punctuation, or
 * and/or/in/with/using/like; and after it, the end of the text or of a line, list punctuation,
 * a sentence's full stop, and/or/for, "programming", "language" or "(". `&`, `+` and `#` right
 * after the name make another word ("R&D", "C++", "C#").
 * The patterns are kept as source text because the literal skill finder embeds them in its
 * regular expression as lookarounds, while the word finder tests them on the text around a match.
 * Leaves out: lists without separators ("Python R SQL"), which read as prose.
 */

/** What must come right before a listed name (tested up to the name). */
export const LIST_BEFORE = String.raw`(?:^|\n|[,/(;:•]|\band|\bor|\bin|\bwith|\busing|\blike)\s*`;

/** What must come right after a listed name (tested from the name on). */
export const LIST_AFTER = String.raw`\s*(?:$|\n|[,/);•]|\.(?:\s|$)|and\b|or\b|for\b|programming|language|\()`;

/** What must not come right after a listed name. */
export const NOT_AFTER = "[&+#]";

const BEFORE = new RegExp(`${LIST_BEFORE}$`);
const AFTER = new RegExp(`^(?=${LIST_AFTER})(?!${NOT_AFTER})`);

/** True when text[start, end) stands inside a list. */
export function inList(text: string, start: number, end: number): boolean {
  return BEFORE.test(text.slice(0, start)) && AFTER.test(text.slice(end));
}
