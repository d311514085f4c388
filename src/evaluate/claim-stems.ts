// Inflection-blind phrase search for the claim checks: "data models" is "Data Modeling",
// "backups and recovery" is "Backup and recovery", "troubleshot" is "troubleshooting".
//
// Both sides are reduced word by word to Porter stems (porter.ts, NLTK's stemmer, the one
// rouge_score uses), and a handful of irregular past forms that resumes use for skills are mapped
// to their verb first, since no suffix rule can reach them ("troubleshot" -> "troubleshoot").
// Tried only after an exact search fails, so evidence quotes the closest form when there is one.
// Leaves out: synonyms and derivations Porter does not merge ("analysis"/"analytics").

import { stemPorter } from "./porter";
import { findPhrase, Found, WordIndex } from "../lexicon/match-text";

const IRREGULAR_PAST: Record<string, string> = {
  troubleshot: "troubleshoot",
  built: "build",
  rebuilt: "rebuild",
  ran: "run",
  wrote: "write",
  rewrote: "rewrite",
  led: "lead",
  taught: "teach",
  fought: "fight",
  made: "make",
  began: "begin",
  drove: "drive",
  grew: "grow",
};

/** The comparison form of one normalised word. */
export function stemWord(norm: string): string {
  return stemPorter(IRREGULAR_PAST[norm] ?? norm);
}

/** The same index with every word's normal form replaced by its stem (offsets kept). */
export function stemIndex(index: WordIndex): WordIndex {
  const words = index.words.map((word) => ({ ...word, norm: stemWord(word.norm) }));
  const positions = new Map<string, number[]>();
  words.forEach((word, i) => positions.set(word.norm, [...(positions.get(word.norm) ?? []), i]));
  return { text: index.text, words, positions };
}

/** The first place the phrase occurs with every word stemmed, or null. */
export function findStemmedPhrase(stemmed: WordIndex, norms: readonly string[]): Found | null {
  return findPhrase(stemmed, norms.map(stemWord));
}
