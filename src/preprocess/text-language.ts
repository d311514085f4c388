/**
 * A cheap check that a text is English, so extractors can warn instead of silently returning
 * little. Two signals: the script (mostly non-Latin letters → not English) and function words
 * (French, Spanish, German, Portuguese, Italian or Dutch ones outnumbering English ones).
 *
 * Terse English (a resume's skill lists, "Multi-project analysis, scope, milestones") has few
 * function words of any language, so a low English share alone is not enough to warn. Short
 * texts (under 30 words) are not judged.
 * Leaves out: telling which language it is (not needed to warn).
 */

const ENGLISH = new Set([
  "the",
  "and",
  "of",
  "to",
  "a",
  "in",
  "for",
  "with",
  "is",
  "on",
  "as",
  "you",
  "we",
  "our",
  "be",
  "are",
  "will",
  "or",
  "at",
  "by",
  "an",
  "this",
  "that",
  "from",
  "your",
  "have",
  "has",
  "it",
  "was",
  "were",
  "i",
  "my",
  "all",
  "their",
  "they",
  "who",
  "which",
  "not",
  "can",
  "into",
  "using",
  "including",
]);
const FOREIGN = new Set([
  "de",
  "la",
  "le",
  "les",
  "des",
  "et",
  "est",
  "pour",
  "dans",
  "une",
  "du",
  "au",
  "avec",
  "sur",
  "qui",
  "que",
  "el",
  "los",
  "las",
  "del",
  "para",
  "con",
  "por",
  "una",
  "como",
  "es",
  "y",
  "en",
  "su",
  "al",
  "der",
  "die",
  "das",
  "und",
  "mit",
  "für",
  "ist",
  "von",
  "zu",
  "ein",
  "eine",
  "im",
  "auf",
  "den",
  "dem",
  "os",
  "as",
  "um",
  "uma",
  "não",
  "com",
  "da",
  "do",
  "il",
  "di",
  "che",
  "per",
  "della",
  "het",
  "een",
  "van",
  "voor",
  "zijn",
]);

/** True or false when the text is long enough to judge; null for short texts. */
export function looksEnglish(text: string): boolean | null {
  const sample = text.slice(0, 20_000);
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 30) return null;
  const letters = sample.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((letter) => /[A-Za-zÀ-ɏ]/.test(letter)).length;
  if (latin / letters.length < 0.6) return false;
  const english = words.filter((word) => ENGLISH.has(word)).length / words.length;
  const foreign = words.filter((word) => FOREIGN.has(word)).length / words.length;
  return !(foreign >= 0.05 && foreign > english);
}
