// Entries of a resume text: the blocks a date, a title or an employer belongs to, so a claim can
// be checked against the same job or school it is written under ("locality"), not anywhere.
//
// Lines are the unit, and a ";" ends a line too: outputs join whole entries with it ("B.S.,
// Berkeley, 2005 - 2009; B.S., Dire Dawa University, 2010"), and a body line split there stays a
// body line. A head line holds an anchor (an employer or a school, given as spans), a degree
// (given as spans) or a date (a year, "Present"). Consecutive head lines form one head while the
// group lacks one of these ("Acme Corp" / "June 2016 to Present"; "B.S. in Physics" / "Lome
// University" / "2010"), and a new entry starts at a head that would repeat what the group
// already has ("DBA, Acme, 2015-2018" / "Dev, Beta, 2018-2020"). A degree heads an entry so that
// a degree line under a school the pattern misses is not read as part of the entry above.
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
  degree: boolean;
}

const DATE = /\b(?:19|20)\d\d\b|\b(?:present|current)\b/i;
const BULLET = /^\s*(?:[-•*▪●◦–]|\d+[.)])\s/;

/** The entries of a text, in order, covering it from its first to its last character. */
export function splitEntries(text: string, anchors: readonly Span[], degrees: readonly Span[] = []): Span[] {
  const lines = linesOf(text, anchors, degrees);
  const starts: number[] = [];
  // The head group being read: null after a body line.
  let group: { anchor: boolean; date: boolean; degree: boolean } | null = null;
  lines.forEach((line, i) => {
    if (!line.anchor && !line.date && !line.degree) {
      group = null;
      return;
    }
    const joins =
      group !== null && !(line.anchor && group.anchor) && !(line.date && group.date) && !(line.degree && group.degree);
    if (joins) {
      group = {
        anchor: group!.anchor || line.anchor,
        date: group!.date || line.date,
        degree: group!.degree || line.degree,
      };
    } else {
      starts.push(headStart(lines, i, starts[starts.length - 1] ?? 0));
      group = { anchor: line.anchor, date: line.date, degree: line.degree };
    }
  });
  if (starts[0] !== 0) starts.unshift(0);
  return starts
    .map((start, i) => ({
      start: i === 0 ? 0 : lines[start].start,
      end: i + 1 < starts.length ? lines[starts[i + 1]].start : text.length,
    }))
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
  return (
    text.length > 0 &&
    !line.anchor &&
    !line.date &&
    !line.degree &&
    !BULLET.test(line.text) &&
    !/[.!?]$/.test(text) &&
    text.split(/\s+/).length <= 8
  );
}

function linesOf(text: string, anchors: readonly Span[], degrees: readonly Span[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const piece of text.split(/[\n;]/)) {
    const end = start + piece.length;
    if (piece.trim().length > 0) {
      const overlaps = (span: Span) => span.start < end && span.end > start;
      lines.push({
        start,
        end,
        text: piece,
        date: DATE.test(piece),
        anchor: anchors.some(overlaps),
        degree: degrees.some(overlaps),
      });
    }
    start = end + 1;
  }
  return lines;
}
