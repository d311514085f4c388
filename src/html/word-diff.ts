/**
 * A word-level diff (longest common subsequence of words), for showing what a prompt variant
 * changed in a section. Pure; O(n·m) in words, which is fine for sections (a few hundred words).
 */
import { escapeHtml } from "./escape";

export type DiffPart = { op: "same" | "added" | "removed"; text: string };

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export function diffWords(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart["op"], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else parts.push({ op, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) push("removed", a[i++]);
    else push("added", b[j++]);
  }
  while (i < a.length) push("removed", a[i++]);
  while (j < b.length) push("added", b[j++]);
  return parts;
}

/** How added and removed words look in every diff view. */
export const DIFF_STYLE = {
  added: "background:#d4f4d2",
  removed: "background:#f9d5d3;text-decoration:line-through;color:#7a2a2a",
};

/** The word diff as HTML: added words green, removed words struck through. */
export function diffHtml(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => {
      const text = escapeHtml(part.text);
      return part.op === "same"
        ? text
        : `<span style="${part.op === "added" ? DIFF_STYLE.added : DIFF_STYLE.removed}">${text}</span>`;
    })
    .join(" ");
}
