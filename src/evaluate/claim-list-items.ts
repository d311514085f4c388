// Skill-list items as claims: in a skills section, or after a label such as "Technical Skills:",
// every item states a skill, whether or not the lexicon knows it. 34 % of the study teacher's
// skill-list items (many pasted from the job ad: "Calculus", "Zoho Analytics") were no claim at
// all because only lexicon skills counted.
//
// A list line is every line of a section read as a list (`allLines`), or a line opening with a
// label that names skills, tools, technologies, languages, competencies or expertise. Its items
// are the parts between commas, semicolons, pipes, bullets, a category's colon ("Enterprise
// System Architecture: Scalability, ..." is the category and its items) and a final "and",
// outside brackets;
// an item is 1-5 words that start with a letter or digit. Items holding a claim already found
// (a lexicon skill, a certification) add nothing, and neither do soft skills.
// Leaves out: lists written as prose ("experienced in A, B and C") outside a skills label.

import type { Span } from "./claim-entries";
import { SOFT_SKILL_WORDS } from "./claim-lexicons";
import { phraseNorms } from "../lexicon/match-text";

export interface ListItem extends Span {
  text: string;
  key: string;
}

const LABEL =
  /^[^:\n]{0,40}\b(?:skills?|tools?|technolog(?:y|ies)|languages?|competenc(?:y|ies)|proficienc(?:y|ies)|expertise|stack|platforms?|software|frameworks?|databases?)\b[^:\n]{0,20}:\s*/i;

/** The list items of a text that no found claim covers. */
export function findListItems(text: string, covered: readonly Span[], { allLines = false } = {}): ListItem[] {
  const items: ListItem[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const label = LABEL.exec(line);
    if (allLines || label) {
      const from = label ? label[0].length : 0;
      for (const part of splitItems(line.slice(from), lineStart + from)) {
        if (covered.some((span) => span.start < part.end && part.start < span.end)) continue;
        const norms = phraseNorms(part.text);
        if (norms.length === 0 || norms.length > 5 || !/^[\p{L}\p{N}]/u.test(part.text)) continue;
        if (norms.some((norm) => SOFT_SKILL_WORDS.has(norm))) continue;
        items.push({ ...part, key: norms.join(" ") });
      }
    }
    lineStart += line.length + 1;
  }
  return items;
}

function splitItems(line: string, offset: number): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let depth = 0;
  let begin = 0;
  const push = (end: number) => {
    const raw = line.slice(begin, end);
    const text = raw
      .trim()
      .replace(/^(?:and|or)\s+/i, "")
      .replace(/[.:]$/, "");
    if (text.length > 0) {
      const start = offset + begin + raw.indexOf(text);
      parts.push({ text, start, end: start + text.length });
    }
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (depth === 0 && (/[,;|•]/.test(c) || (c === ":" && /\s/.test(line[i + 1] ?? "")))) {
      push(i);
      begin = i + 1;
    } else if (depth === 0 && /\s/.test(c) && /^\s(?:and|&)\s/i.test(line.slice(i, i + 5))) {
      push(i);
      begin = i + 1;
    }
  }
  push(line.length);
  return parts;
}
