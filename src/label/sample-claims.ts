/**
 * A stratified, seeded sample of the checker's claims for hand labelling. Strata are claim type ×
 * checker verdict, so rare types and rare verdicts (an input_only degree, an unsupported date) are
 * labelled as often as common ones; up to `perStratum` claims are drawn from each, by a seeded
 * Fisher–Yates shuffle (d3-array's shuffle) whose generator is seeded by the seed and the stratum,
 * so adding a stratum never changes what another one draws. Rows are then put in reading order
 * (case, then place in the output) and numbered from 1.
 * Because strata are sampled at different rates, figures computed on a sheet describe the sheet's
 * rows, not the whole population of claims (label-report.ts says so with every table).
 */
import type { ClaimReport, GroundedClaim } from "../evaluate/grounding";
import type { GroundCase, Verdict } from "../schemas/claims";
import { hashString, mulberry32, randomIndex } from "../util/random";
import type { SheetRow } from "./sheet";

export interface SampledRow {
  row: SheetRow;
  /** The checker's verdict: kept apart, never written to the sheet. */
  verdict: Verdict;
}

export interface SampleOptions {
  /** Claims drawn per type × verdict stratum (default 10). */
  perStratum?: number;
  seed?: number;
}

/**
 * The output line that holds [start, end), for the annotator; a line longer than `max` characters
 * (a paragraph rendered as one line) is cut to about `max` characters around the claim, marked "…".
 */
export function lineAround(text: string, [start, end]: readonly [number, number], max = 240): string {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", start);
  const to = newline < 0 ? text.length : newline;
  if (to - from <= max) return text.slice(from, to);
  const room = Math.max(0, Math.floor((max - (end - start)) / 2));
  const left = Math.max(from, start - room);
  const right = Math.min(to, end + room);
  return `${left > from ? "…" : ""}${text.slice(left, right)}${right < to ? "…" : ""}`;
}

/** Draws the sample: `reports[i]` is the checker's report on `cases[i]`. */
export function sampleClaims(
  cases: readonly GroundCase[],
  reports: readonly ClaimReport[],
  { perStratum = 10, seed = 2024 }: SampleOptions = {},
): SampledRow[] {
  const strata = new Map<string, { c: number; claim: GroundedClaim }[]>();
  reports.forEach((report, c) =>
    report.claims.forEach((claim) => {
      const key = `${claim.type}|${claim.verdict}`;
      strata.set(key, [...(strata.get(key) ?? []), { c, claim }]);
    }),
  );
  const chosen = [...strata].flatMap(([key, members]) =>
    shuffled(members, mulberry32(hashString(`${seed}|${key}`))).slice(0, perStratum),
  );
  chosen.sort((a, b) => a.c - b.c || a.claim.span[0] - b.claim.span[0] || a.claim.span[1] - b.claim.span[1]);
  return chosen.map(({ c, claim }, i) => ({
    verdict: claim.verdict,
    row: {
      row: String(i + 1),
      case: String(cases[c].id),
      section: cases[c].section ?? "",
      type: claim.type,
      claim: claim.text,
      span: claim.span,
      context: lineAround(reports[c].outputText, claim.span),
      label: null,
      note: "",
    },
  }));
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let m = out.length; m > 1;) {
    const i = randomIndex(random, m--);
    [out[m], out[i]] = [out[i], out[m]];
  }
  return out;
}
