/**
 * Finds the section headings of a flattened Indeed resume ("… Work Experience … Education …
 * Skills … Additional Information …"), where the same words also occur in running text
 * ("Always On Availability Groups", "Skills Used", "Department of Education").
 *
 * Each occurrence of a heading word gets a local score from its neighbours (heading-scorer.ts).
 * Then one occurrence per heading is chosen to maximise the summed score minus a penalty for
 * every pair out of Indeed's page order (Work Experience, Education, Skills, Links, Military
 * Service, Awards, Certifications/Licenses, Groups, Publications, Patents, Assessments,
 * Additional Information) — a small exact dynamic programme over subsets of headings. The
 * order is a preference, not a rule: the bundled sample moves Awards and Certifications about,
 * and "Projects" (not an Indeed heading in the corpus) has no place in it at all. A heading
 * repeated inside its own section (the sample's second "Additional Information") is kept too.
 * Leaves out: headings in other languages and ALL-CAPS headings a resume writer typed inside
 * a section (those stay text of their section).
 */
import { HEADING_LABELS, HeadingLabel, scoreHeadingCandidate } from "./heading-scorer";

export interface ResumeHeading {
  label: HeadingLabel;
  start: number;
  end: number;
  /** The heading scorer's net score (>= MIN_SCORE); section-resume turns it into a confidence. */
  score: number;
}

/** Net gain needed to count as a heading, and the cost of one pair out of Indeed's order. */
export const MIN_SCORE = 0.5;
const ORDER_PENALTY = 1.0;
/** Candidates kept per heading (best scores), so a 600k-character text stays fast. */
const MAX_CANDIDATES_PER_LABEL = 4;

const LABEL_RE = new RegExp(
  String.raw`(?<![\w/&-])(${HEADING_LABELS.map((h) => h.text.replace(/[/]/g, "\\/")).join("|")})(?![\w/&-])`,
  "g",
);

interface Candidate extends ResumeHeading {
  bit: number;
  rank: number | null;
}

/** Every plausible heading occurrence with its score, in text order. */
function candidatesOf(text: string): Candidate[] {
  const byLabel = new Map<string, Candidate[]>();
  for (const match of text.matchAll(LABEL_RE)) {
    const index = HEADING_LABELS.findIndex((h) => h.text === match[1]);
    const spec = HEADING_LABELS[index];
    const start = match.index ?? 0;
    const score = scoreHeadingCandidate(text, spec.label, start, start + match[1].length);
    if (score < MIN_SCORE) continue;
    const list = byLabel.get(spec.label) ?? [];
    list.push({ label: spec.label, start, end: start + match[1].length, score, bit: index, rank: spec.rank });
    byLabel.set(spec.label, list);
  }
  const kept = [...byLabel.values()].flatMap((list) =>
    [...list].sort((a, b) => b.score - a.score || a.start - b.start).slice(0, MAX_CANDIDATES_PER_LABEL),
  );
  return kept.sort((a, b) => a.start - b.start);
}

/** Pairs out of order that adding `candidate` after the headings in `chosen` would create. */
function inversions(chosen: Candidate[], candidate: Candidate): number {
  if (candidate.rank === null) return 0;
  return chosen.filter((c) => c.rank !== null && c.rank > (candidate.rank as number)).length;
}

/** The chosen headings in text order; [] when the text has none. */
export function findResumeHeadings(text: string): ResumeHeading[] {
  const candidates = candidatesOf(text);
  // best[mask] = highest value reachable using exactly the headings in `mask`, and its chain.
  const best = new Map<number, { value: number; chain: Candidate[] }>([[0, { value: 0, chain: [] }]]);
  for (const candidate of candidates) {
    const bit = 1 << candidate.bit;
    for (const [mask, state] of [...best]) {
      if (mask & bit) continue;
      const value = state.value + candidate.score - ORDER_PENALTY * inversions(state.chain, candidate);
      const next = best.get(mask | bit);
      if (next === undefined || value > next.value + 1e-9)
        best.set(mask | bit, { value, chain: [...state.chain, candidate] });
    }
  }
  let top = { value: 0, chain: [] as Candidate[] };
  for (const state of best.values()) if (state.value > top.value + 1e-9) top = state;
  // Indeed puts nothing but the personal header before Work Experience.
  const experience = top.chain.find((c) => c.label === "work_experience");
  const chosen = top.chain.filter((c) => experience === undefined || c.start >= experience.start);
  // A heading repeated inside its own section ("Additional Information … Additional Information") is a heading too.
  const repeats = candidates.filter(
    (c) =>
      !chosen.includes(c) &&
      chosen.some((h, i) => h.label === c.label && c.start > h.end && c.start < (chosen[i + 1]?.start ?? text.length)),
  );
  return [...chosen, ...repeats]
    .sort((a, b) => a.start - b.start)
    .map(({ label, start, end, score }) => ({ label, start, end, score }));
}
