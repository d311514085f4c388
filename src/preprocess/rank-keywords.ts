/**
 * Keyword ranking for the rules extractor's `keywords`: the most frequent content words of a
 * text, for postings whose skills the lexicon does not cover (nursing, admin, sales roles).
 *
 * Words are lower-cased letter runs of 3+ characters, minus English stop words and the
 * boilerplate words every posting uses ("experience", "team", "work", "role"); ties go to the
 * word met first. Deterministic and cheap; no stemming, so "report" and "reports" count apart.
 * Leaves out: TF-IDF against a corpus (one posting at a time has no corpus) and phrases.
 */

const STOP_WORDS = new Set(
  `
a about above after again against all also am an and any are as at be because been before being below between both but
by can could did do does doing down during each either etc few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just may me might more most must my myself no nor not now of
off on once only or other our ours ourselves out over own per same shall she should so some such than that the their
theirs them themselves then there these they this those through to too under until up upon us very via was we were what
when where which while who whom why will with within without would you your yours yourself yourselves
ability able across additional applicant applicants apply based candidate candidates company employee employees
employer employment equal experience including job jobs join looking new opportunity opportunities position positions
please preferred qualifications related required requirements responsibilities role roles skills strong team teams
well work working years year within using use used help including include includes new one two three
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Up to `limit` content words of `text`, most frequent first; words met once are left out. */
export function rankKeywords(text: string, limit = 10): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  let index = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}[\p{L}'-]{2,}/gu)) {
    const word = match[0].replace(/['-]+$/, "");
    if (STOP_WORDS.has(word) || word.length < 3) continue;
    const seen = counts.get(word);
    if (seen) seen.count++;
    else counts.set(word, { count: 1, first: index++ });
  }
  return [...counts]
    .filter(([, { count }]) => count >= 2)
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, limit)
    .map(([word]) => word);
}
