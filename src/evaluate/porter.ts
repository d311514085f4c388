// The Porter stemmer exactly as NLTK's `PorterStemmer()` runs it in its default NLTK_EXTENSIONS
// mode, the stemmer rouge_score builds for `use_stemmer=True`.
//
// Follows: M. F. Porter, "An algorithm for suffix stripping" (1980), with NLTK 3.8's
// `nltk/stem/porter.py` departures: a pool of irregular forms (`skies`, `dying`, `news`...);
// words of one or two letters left alone; `ies`/`ied` -> `ie` in four-letter words; step 1c turns
// `y` into `i` only after a consonant that is not the first letter; `alli` and `fulli` and `logi`
// in step 2, with `bli` -> `ble` instead of `abli` -> `able`; and a two-letter vowel-consonant stem
// counting as cvc. Natural's PorterStemmer is Porter's revised algorithm instead (RECIPES.md §5).
// Leaves out: NLTK's other two modes. Input is lowercased with Python's rules, but the suffix
// logic indexes UTF-16 code units: it is exact for the [a-z0-9] tokens rouge_score feeds it.

import { pythonLower } from "./python-unicode";

// NLTK's table of irregular forms; it is looked up with the word as given, before lowercasing.
const IRREGULAR_FORMS = new Map<string, string>([
  ["sky", "sky"],
  ["skies", "sky"],
  ["dying", "die"],
  ["lying", "lie"],
  ["tying", "tie"],
  ["news", "news"],
  ["innings", "inning"],
  ["inning", "inning"],
  ["outings", "outing"],
  ["outing", "outing"],
  ["cannings", "canning"],
  ["canning", "canning"],
  ["howe", "howe"],
  ["proceed", "proceed"],
  ["exceed", "exceed"],
  ["succeed", "succeed"],
]);

/** Stems one word as NLTK's `PorterStemmer().stem(word)` does. */
export function stemPorter(word: string): string {
  const irregular = IRREGULAR_FORMS.get(word);
  if (irregular !== undefined) return irregular;
  const lower = pythonLower(word);
  if ([...word].length <= 2) return lower;
  return STEPS.reduce((stem, step) => step(stem), lower);
}

const STEPS = [step1a, step1b, step1c, step2, step3, step4, step5a, step5b];

// A rule: when the word ends with `suffix` and `condition` holds for what precedes it, swap the
// suffix for `replacement`. The suffix "*d" means "ends in a double consonant".
type Rule = [suffix: string, replacement: string, condition?: (stem: string) => boolean];

// NLTK stops at the first rule whose suffix matches, whether or not its condition holds.
function applyRules(word: string, rules: Rule[]): string {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === "*d" && endsDoubleConsonant(word)) {
      const stem = word.slice(0, -2);
      return !condition || condition(stem) ? stem + replacement : word;
    }
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return !condition || condition(stem) ? stem + replacement : word;
    }
  }
  return word;
}

function isConsonant(word: string, i: number): boolean {
  const char = word[i];
  if (char === "a" || char === "e" || char === "i" || char === "o" || char === "u") return false;
  if (char === "y") return i === 0 ? true : !isConsonant(word, i - 1);
  return true;
}

// Porter's m: the number of vowel-to-consonant transitions in [C](VC)^m[V].
function measure(stem: string): number {
  let m = 0;
  for (let i = 1; i < stem.length; i++) {
    if (!isConsonant(stem, i - 1) && isConsonant(stem, i)) m++;
  }
  return m;
}

const positiveMeasure = (stem: string): boolean => measure(stem) > 0;
const measureAboveOne = (stem: string): boolean => measure(stem) > 1;

function containsVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isConsonant(stem, i)) return true;
  return false;
}

function endsDoubleConsonant(word: string): boolean {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

// *o: consonant-vowel-consonant, the last not w, x or y; NLTK also accepts a two-letter "vc" word.
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n === 2) return !isConsonant(word, 0) && isConsonant(word, 1);
  return (
    n >= 3 &&
    isConsonant(word, n - 3) &&
    !isConsonant(word, n - 2) &&
    isConsonant(word, n - 1) &&
    !"wxy".includes(word[n - 1])
  );
}

function step1a(word: string): string {
  if (word.length === 4 && word.endsWith("ies")) return word.slice(0, -3) + "ie"; // dies -> die
  return applyRules(word, [
    ["sses", "ss"],
    ["ies", "i"],
    ["ss", "ss"],
    ["s", ""],
  ]);
}

function step1b(word: string): string {
  if (word.endsWith("ied")) return word.slice(0, -3) + (word.length === 4 ? "ie" : "i");
  if (word.endsWith("eed")) {
    const stem = word.slice(0, -3);
    return measure(stem) > 0 ? stem + "ee" : word;
  }
  let stem: string | undefined;
  for (const suffix of ["ed", "ing"]) {
    if (word.endsWith(suffix) && containsVowel(word.slice(0, -suffix.length))) {
      stem = word.slice(0, -suffix.length);
      break;
    }
  }
  if (stem === undefined) return word;
  const last = stem[stem.length - 1];
  return applyRules(stem, [
    ["at", "ate"],
    ["bl", "ble"],
    ["iz", "ize"],
    ["*d", last, () => !"lsz".includes(last)],
    ["", "e", (s) => measure(s) === 1 && endsCvc(s)],
  ]);
}

function step1c(word: string): string {
  return applyRules(word, [["y", "i", (s) => s.length > 1 && isConsonant(s, s.length - 1)]]);
}

function step2(word: string): string {
  // NLTK applies alli -> al first and, when it fires, runs step 2 again on the result.
  if (word.endsWith("alli") && positiveMeasure(word.slice(0, -4))) {
    return step2(word.slice(0, -4) + "al");
  }
  return applyRules(word, [
    ["ational", "ate", positiveMeasure],
    ["tional", "tion", positiveMeasure],
    ["enci", "ence", positiveMeasure],
    ["anci", "ance", positiveMeasure],
    ["izer", "ize", positiveMeasure],
    ["bli", "ble", positiveMeasure],
    ["alli", "al", positiveMeasure],
    ["entli", "ent", positiveMeasure],
    ["eli", "e", positiveMeasure],
    ["ousli", "ous", positiveMeasure],
    ["ization", "ize", positiveMeasure],
    ["ation", "ate", positiveMeasure],
    ["ator", "ate", positiveMeasure],
    ["alism", "al", positiveMeasure],
    ["iveness", "ive", positiveMeasure],
    ["fulness", "ful", positiveMeasure],
    ["ousness", "ous", positiveMeasure],
    ["aliti", "al", positiveMeasure],
    ["iviti", "ive", positiveMeasure],
    ["biliti", "ble", positiveMeasure],
    ["fulli", "ful", positiveMeasure],
    // The "l" of logi stays with the stem, so short stems like geo- and theo- qualify.
    ["logi", "log", () => positiveMeasure(word.slice(0, -3))],
  ]);
}

function step3(word: string): string {
  return applyRules(word, [
    ["icate", "ic", positiveMeasure],
    ["ative", "", positiveMeasure],
    ["alize", "al", positiveMeasure],
    ["iciti", "ic", positiveMeasure],
    ["ical", "ic", positiveMeasure],
    ["ful", "", positiveMeasure],
    ["ness", "", positiveMeasure],
  ]);
}

function step4(word: string): string {
  const suffixes = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent"];
  const tail = ["ou", "ism", "ate", "iti", "ous", "ive", "ize"];
  return applyRules(word, [
    ...suffixes.map((suffix): Rule => [suffix, "", measureAboveOne]),
    ["ion", "", (s) => measureAboveOne(s) && (s.endsWith("s") || s.endsWith("t"))],
    ...tail.map((suffix): Rule => [suffix, "", measureAboveOne]),
  ]);
}

function step5a(word: string): string {
  if (!word.endsWith("e")) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

function step5b(word: string): string {
  return applyRules(word, [["ll", "l", () => measureAboveOne(word.slice(0, -1))]]);
}
