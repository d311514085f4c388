// Spaced-out source text, as PDF extraction leaves it: "O C A Certified", "Management 1 0 1".
// A run of two or more single letters or digits separated by single spaces is closed up
// ("OCA Certified", "Management 101"), and every character of the closed text keeps its offset
// in the original, so evidence found there is quoted from the source as written.
// Leaves out: spaced words of mixed lengths ("Ora cle"), which cannot be told from prose.

export interface Collapsed {
  text: string;
  /** offsets[i]: where character i of `text` stands in the original. */
  offsets: number[];
}

const SPACED_RUN = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?: [\p{L}\p{N}](?![\p{L}\p{N}])){1,}/gu;

/** The text with spaced-out runs closed up, or null when it has none. */
export function collapseSpaced(text: string): Collapsed | null {
  const runs = [...text.matchAll(SPACED_RUN)].filter((run) => run[0].length >= 3);
  if (runs.length === 0) return null;
  let out = "";
  const offsets: number[] = [];
  let at = 0;
  for (const run of runs) {
    const start = run.index as number;
    for (; at < start; at++) {
      out += text[at];
      offsets.push(at);
    }
    for (let i = 0; i < run[0].length; i++) {
      if (run[0][i] === " ") continue;
      out += run[0][i];
      offsets.push(start + i);
    }
    at = start + run[0].length;
  }
  for (; at < text.length; at++) {
    out += text[at];
    offsets.push(at);
  }
  return { text: out, offsets };
}

/** The original span of a span of the collapsed text. */
export function originalSpan(collapsed: Collapsed, start: number, end: number): [number, number] {
  return [collapsed.offsets[start], collapsed.offsets[end - 1] + 1];
}
