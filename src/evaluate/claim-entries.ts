// Entries of a resume text: the blocks a date, a title or an employer belongs to, so a claim can
// be checked against the same job or school it is written under ("locality"), not anywhere.
//
// Lines are the unit. A head line holds an anchor (an employer or a school, given as spans) or a
// date (a year, "Present"). Consecutive head lines form one head while the group lacks either an
// anchor or a date ("Acme Corp" / "June 2016 to Present"), and a new entry starts at a head that
// would repeat what the group already has ("DBA, Acme, 2015-2018" / "Dev, Beta, 2018-2020").
// An entry also takes up to two short lines right above its head (a title line above the
// employer line, as Indeed and florex resumes print them): at most 8 words, not ending in a full
// stop, not a bullet. Text before the first head is an entry of its own (a summary).
// Leaves out: tables and two-column layouts flattened into one line.

export interface Span {
  start: number;
  end: number;
}

interface Line extends Span {
  text: string;
  anchor: boolean;
  date: boolean;
}

const DATE = /\b(?:19|20)\d\d\b|\b(?:present|current)\b/i;
const BULLET = /^\s*(?:[-•*▪●◦–]|\d+[.)])\s/;

/** The entries of a text, in order, covering it from its first to its last character. */
export function splitEntries(text: string, anchors: readonly Span[]): Span[] {
  const lines = linesOf(text, anchors);
  const starts: number[] = [];
  // The head group being read: null after a body line.
  let group: { anchor: boolean; date: boolean } | null = null;
  lines.forEach((line, i) => {
    if (!line.anchor && !line.date) {
      group = null;
      return;
    }
    const joins = group !== null && !(line.anchor && group.anchor) && !(line.date && group.date);
    if (joins) {
      group = { anchor: group!.anchor || line.anchor, date: group!.date || line.date };
    } else {
      starts.push(headStart(lines, i, starts[starts.length - 1] ?? 0));
      group = { anchor: line.anchor, date: line.date };
    }
  });
  if (starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => ({ start: i === 0 ? 0 : lines[start].start, end: i + 1 < starts.length ? lines[starts[i + 1]].start : text.length }))
    .filter((span) => span.end > span.start || text.length === 0);
}

/** The index of the entry holding a position. */
export function entryAt(entries: readonly Span[], position: number): number {
  const i = entries.findIndex((entry) => position >= entry.start && position < entry.end);
  return i >= 0 ? i : entries.length - 1;
}

function headStart(lines: readonly Line[], head: number, floor: number): number {
  let start = head;
  while (start > floor && head - start < 2 && isHeadingLike(lines[start - 1])) start--;
  return start;
}

function isHeadingLike(line: Line): boolean {
  const text = line.text.trim();
  return text.length > 0 && !line.anchor && !line.date && !BULLET.test(line.text) && !/[.!?]$/.test(text) && text.split(/\s+/).length <= 8;
}

function linesOf(text: string, anchors: readonly Span[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split("\n")) {
    const end = start + piece.length;
    if (piece.trim().length > 0) {
      lines.push({ start, end, text: piece, date: DATE.test(piece), anchor: anchors.some((anchor) => anchor.start < end && anchor.end > start) });
    }
    start = end + 1;
  }
  return lines;
}
