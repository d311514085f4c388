/**
 * Finds section headings in resumes of any layout, with a confidence for each: headings on
 * their own lines (plain text, Markdown, DOCX/PDF text) and headings inline in run-together
 * text (CSV datasets whose line breaks were lost: "… 24 monthsCompany Details company - …").
 *
 * Every occurrence of a vocabulary phrase (sectioner-vocabulary.ts) is scored in log-odds from
 * what a heading looks like: alone on its line or opening one with a colon, written in capitals
 * or title case, followed by a capitalised word, a bullet or a date rather than by "in", "of" or
 * a comma, and not preceded by a function word ("years of experience"). The confidence is the
 * logistic of that score. When a text has its own heading lines, only line-initial occurrences
 * count (the rest is running text); in run-together text each phrase keeps its most confident
 * occurrence, since a resume states each heading once.
 * Follows: the weights are small round numbers, set on the project-written fixtures of
 * test/fixtures/resume-layouts (see the printed accuracy table), never on the hidden sets.
 * Leaves out: layout cues that text extraction loses (font size, bold), headings outside the vocabulary.
 */
import {
  HeadingDestination,
  HeadingPhrase,
  lookupPhrase,
  PHRASES_BY_FIRST_WORD,
  phraseKey,
} from "./sectioner-vocabulary";

export interface DetectedHeading {
  start: number;
  end: number;
  /** The heading as written. */
  text: string;
  destination: HeadingDestination;
  /** 0–1: the logistic of the evidence that this occurrence is a heading. */
  confidence: number;
  placement: "line" | "inline";
}

/** Where a word starts: after a non-letter, or at a capital glued to a lower-case letter ("monthsCompany Details"). */
const WORD_START = /(?<![A-Za-z])[A-Za-z]|(?<=[a-z])[A-Z]/g;
/** A capitals run ("EXPERIENCE") or a letter and its lower-case tail ("Skills", "months" of "monthsCompany"). */
const FIRST_WORD = /[A-Z]+(?![a-z])|[A-Za-z][a-z]*/y;

/** Vocabulary phrases in text order, not overlapping (as one alternation regex would find them). */
function phraseOccurrences(text: string): { start: number; text: string }[] {
  const found: { start: number; text: string }[] = [];
  let after = 0;
  for (const word of text.matchAll(WORD_START)) {
    const start = word.index ?? 0;
    if (start < after) continue;
    FIRST_WORD.lastIndex = start;
    const pattern = PHRASES_BY_FIRST_WORD.get((FIRST_WORD.exec(text)?.[0] ?? "").toLowerCase());
    if (pattern === undefined) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (match === null) continue;
    found.push({ start, text: match[0] });
    after = start + match[0].length;
  }
  return found;
}

const MIN_CONFIDENCE = 0.5;
/** Words that make a following heading word part of a sentence: "years of Experience", "my Skills". */
const FUNCTION_WORD_BEFORE =
  /\b(?:of|in|my|our|the|a|an|with|and|or|for|to|on|at|by|your|his|her|their|years?|months?|hands-on|relevant|including|gained|have|has|had)\s*$/i;
const CONTINUATION_AFTER =
  /^\s*(?:in|of|with|and|or|for|to|on|at|by|as|is|was|were|are|used|utilized|including|gained|required|needed|that|which|from)\b/i;
const SMALL_WORDS = new Set(["and", "of", "&", "the", "for", "in"]);

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Context looked at on each side, so a one-line 200-page text stays linear. */
const WINDOW = 200;

/** The phrase's line, cut to WINDOW characters each side (`clipped`: the line goes on beyond). */
function lineAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; clippedBefore: boolean; clippedAfter: boolean } {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const newlineBefore = text.lastIndexOf("\n", start - 1);
  const newlineAfter = text.indexOf("\n", end);
  const lineStart = newlineBefore >= from ? newlineBefore + 1 : from;
  const lineEnd = newlineAfter >= 0 && newlineAfter <= to ? newlineAfter : to;
  return {
    before: text.slice(lineStart, start),
    after: text.slice(end, lineEnd),
    clippedBefore: lineStart === from && from > 0 && text[from - 1] !== "\n",
    clippedAfter: lineEnd === to && to < text.length && text[to] !== "\n",
  };
}

/** Markdown and list decoration around a heading line: "## Skills", "**Education:**", "EXPERIENCE ——". */
const undecorate = (line: string) => line.replace(/^[\s#*_=•|>-]+/, "").replace(/[\s#*_=:•|—–-]+$/, "");

function isTitleCase(words: string[]): boolean {
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[A-Z&/]/.test(w));
}

/** Log-odds that the phrase occurrence text[start, end) is a heading, and where it stands. */
function evidence(
  text: string,
  phrase: HeadingPhrase,
  start: number,
  end: number,
): { logit: number; placement: "line" | "inline"; lineInitial: boolean } {
  const written = text.slice(start, end);
  const { before, after, clippedBefore, clippedAfter } = lineAround(text, start, end);
  const lineInitial = !clippedBefore && undecorate(before) === "";
  const ownLine = lineInitial && !clippedAfter && undecorate(after) === "";
  let logit = (phrase.distinct - 0.5) * 4;
  if (ownLine) return { logit: logit + 4 - (/^[a-z]/.test(written) ? 2 : 0), placement: "line", lineInitial };

  const words = written.split(/\s+/);
  const capitals = /[A-Z]{2}/.test(written) && written === written.toUpperCase();
  if (capitals) logit += 1.5;
  else if (isTitleCase(words)) logit += 0.5;
  else logit -= 3;
  const colon = /^\s*:/.test(after);
  // "Languages: Python, Go" and "Tools: Git" inside a skills list are labels, not headings.
  if (colon && phrase.destination === "other" && phrase.distinct < 0.7) logit -= 3;
  else if (colon && lineInitial) logit += 2.5;
  else if (colon) logit += 0.5;
  if (/^[,.;)]/.test(after)) logit -= 3;
  if (CONTINUATION_AFTER.test(after)) logit -= 2.5;
  const next = /^[\s:]*(\S)/.exec(after)?.[1] ?? "";
  // Kaggle's "Company Details company - Acme" keeps its field names in lower case.
  if (/[a-z]/.test(next) && !/^\s*[a-z]+\s+-\s/.test(after)) logit -= 1.5;
  const prior = text.slice(Math.max(0, start - 40), start);
  if (/[a-z]$/.test(prior))
    logit -= phrase.distinct >= 0.85 ? 0.5 : 2; // glued to the previous word: "monthsCompany Details"
  else if (FUNCTION_WORD_BEFORE.test(prior)) logit -= phrase.distinct >= 0.85 ? 1 : 2.5;
  else if (/(?:^|[.!?:;)•*|#]\s*|\n\s*|\d\s*)$/.test(prior)) logit += 0.5;
  if (lineInitial && !/^\s*[•*-]/.test(before)) logit += 1; // a bulleted line is an item, whatever it says
  return { logit, placement: "inline", lineInitial };
}

/** How many lines of `text` are, on their own, a vocabulary heading. */
function headingLineCount(text: string): number {
  return text.split("\n").filter((line) => lookupPhrase(undecorate(line)) !== undefined).length;
}

/** Per phrase, its most confident inline occurrence (the first of equals). */
function bestOfKey<T extends { key: string; confidence: number; placement: string }>(candidates: T[]): Map<string, T> {
  const best = new Map<string, T>();
  for (const c of candidates) {
    const held = best.get(c.key);
    if (c.placement === "inline" && (held === undefined || c.confidence > held.confidence + 1e-9)) best.set(c.key, c);
  }
  return best;
}

/**
 * Drops a weaker heading that only repeats the destination of the heading before it
 * ("Education Details … Board of Intermediate Education"): the cut would move nothing between
 * sections, and such repeats are far more often running text than a second heading.
 */
function withoutRepeats<T extends DetectedHeading>(headings: T[]): T[] {
  const kept: T[] = [];
  for (const heading of headings) {
    const previous = kept[kept.length - 1];
    if (
      previous &&
      previous.destination === heading.destination &&
      heading.confidence < previous.confidence &&
      heading.placement === "inline"
    )
      continue;
    kept.push(heading);
  }
  return kept;
}

/** The section headings of `text` in text order, each with its confidence; [] when there are none. */
export function findSectionHeadings(text: string): DetectedHeading[] {
  const structured = headingLineCount(text) >= 2;
  const candidates: (DetectedHeading & { key: string; lineInitial: boolean })[] = [];
  for (const match of phraseOccurrences(text)) {
    const phrase = lookupPhrase(match.text);
    if (phrase === undefined) continue;
    const start = match.start;
    const end = start + match.text.length;
    const { logit, placement, lineInitial } = evidence(text, phrase, start, end);
    const confidence = sigmoid(logit);
    if (confidence < MIN_CONFIDENCE) continue;
    candidates.push({
      start,
      end,
      text: match.text,
      destination: phrase.destination,
      confidence,
      placement,
      key: phraseKey(phrase.text),
      lineInitial,
    });
  }
  const best = bestOfKey(candidates);
  const kept = structured
    ? candidates.filter((c) => c.lineInitial)
    : candidates.filter((c) => c.placement === "line" || best.get(c.key) === c);
  return withoutRepeats(kept).map(({ start, end, text: written, destination, confidence, placement }) => ({
    start,
    end,
    text: written,
    destination,
    confidence,
    placement,
  }));
}
