// Finds the phrases of a lexicon in a text: at each word the longest phrase that matches there
// wins and the scan moves past it, so "SQL Server Management Studio" is one match, not three.
// Used for the skills lexicon (find-skills.ts) and the certifications lexicon.
//
// Phrases are compared as normalised words (match-text.ts), so case and punctuation do not
// matter; a phrase marked case-sensitive must also be written exactly ("R", "Go", "REST"), and
// one marked list-only must also stand inside a list (in-list.ts); a phrase that fails either
// test leaves the word to the next candidate.
// Leaves out: fuzzy matching (see findSimilarPhrase) and overlapping matches.

import { inList } from "./in-list";
import { Found, indexWords, phraseNorms, Word, WordIndex } from "./match-text";

export interface LexiconPhrase {
  key: string;
  text: string;
  caseSensitive: boolean;
  /** Only inside a list ("Python, R and SQL"); default false. */
  listOnly?: boolean;
}

export interface PhraseMention extends Found {
  key: string;
}

export interface PhraseMatcher {
  /** The lexicon's phrases in a text, left to right, without overlaps. */
  find(text: string | WordIndex): PhraseMention[];
  /** The key of a name that is, as a whole, one of the case-insensitive phrases; else null. */
  keyOf(name: string): string | null;
}

interface Compiled {
  key: string;
  norms: string[];
  raws: string[] | null; // the words as they must be written, for a case-sensitive phrase
  listOnly: boolean;
}

/** Compiles a lexicon once; the matcher is then pure. */
export function buildPhraseMatcher(phrases: readonly LexiconPhrase[]): PhraseMatcher {
  const byFirstWord = new Map<string, Compiled[]>();
  const keyOfPhrase = new Map<string, string>();
  for (const phrase of phrases) {
    const words = indexWords(phrase.text).words;
    if (words.length === 0) continue;
    const norms = words.map((word) => word.norm);
    const list = byFirstWord.get(norms[0]) ?? [];
    list.push({
      key: phrase.key,
      norms,
      raws: phrase.caseSensitive ? words.map((word) => word.raw) : null,
      listOnly: phrase.listOnly ?? false,
    });
    byFirstWord.set(norms[0], list);
    if (!phrase.caseSensitive && !keyOfPhrase.has(norms.join(" "))) keyOfPhrase.set(norms.join(" "), phrase.key);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.norms.length - a.norms.length);

  function find(text: string | WordIndex): PhraseMention[] {
    const index = typeof text === "string" ? indexWords(text) : text;
    const { words } = index;
    const mentions: PhraseMention[] = [];
    for (let i = 0; i < words.length;) {
      const phrase = (byFirstWord.get(words[i].norm) ?? []).find(
        (candidate) =>
          matchesAt(words, i, candidate) &&
          (!candidate.listOnly || inList(index.text, words[i].start, words[i + candidate.norms.length - 1].end)),
      );
      if (!phrase) {
        i++;
        continue;
      }
      const last = words[i + phrase.norms.length - 1];
      mentions.push({
        key: phrase.key,
        text: index.text.slice(words[i].start, last.end),
        start: words[i].start,
        end: last.end,
      });
      i += phrase.norms.length;
      while (i < words.length && words[i].start < last.end) i++; // past the rest of an expanded word
    }
    return mentions;
  }

  return { find, keyOf: (name) => keyOfPhrase.get(phraseNorms(name).join(" ")) ?? null };
}

function matchesAt(words: readonly Word[], i: number, phrase: Compiled): boolean {
  for (let k = 0; k < phrase.norms.length; k++) {
    const word = words[i + k];
    if (word === undefined || word.norm !== phrase.norms[k]) return false;
    if (phrase.raws && word.raw !== phrase.raws[k]) return false;
  }
  return true;
}
