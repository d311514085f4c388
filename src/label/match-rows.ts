/**
 * Labelled rows against the checker: each row is placed in its case's output (its span, or for a
 * row an annotator added without one, the claim's first occurrence in the output's plain text) and
 * matched to the checker claim of the same case whose span overlaps it most (ties: same type
 * first, then the earlier claim). A row no checker claim overlaps is a fact the checker missed.
 * A row that names an unknown case, or a span that is past the output's end or does not hold the
 * claim's text, is an InputError naming the sheet's file, line and column.
 */
import type { ClaimReport, GroundedClaim } from "../evaluate/grounding";
import type { ClaimType, GroundCase, Verdict } from "../schemas/claims";
import { InputError } from "../util/input-error";
import type { HumanLabel, ReadRow } from "./sheet";

export interface MatchedRow {
  /** Export's row id, or null for an added row. */
  row: string | null;
  case: string;
  type: ClaimType;
  span: [number, number];
  label: HumanLabel | null;
  /** The checker's verdict on the overlapping claim; null when the checker made no claim there. */
  checker: Verdict | null;
  line: number;
}

/** Same text up to case and runs of white space (a sheet edited in a spreadsheet may re-space it). */
const folded = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();
const sameText = (a: string, b: string) => folded(a) === folded(b);

export function matchRows(
  rows: readonly ReadRow[],
  cases: readonly GroundCase[],
  reports: readonly ClaimReport[],
  file: string,
): MatchedRow[] {
  const index = new Map(cases.map((entry, i) => [String(entry.id), i]));
  return rows.map((row) => {
    const fail = (field: string, message: string, fix: string): never => {
      throw new InputError(`${file}:${row.line}: ${field}: ${message}`, { file, line: row.line, field, fix });
    };
    const c = index.get(row.case);
    if (c === undefined) {
      const fix = "use a case id of the sheet's cases file, or pass --cases";
      return fail("case", `unknown case "${row.case}" (not in the cases file)`, fix);
    }
    const text = reports[c].outputText;
    let span = row.span;
    if (!span) {
      const at = text.indexOf(row.claim);
      const loose = at >= 0 ? at : text.toLowerCase().indexOf(row.claim.toLowerCase());
      if (loose < 0) {
        const fix = "copy the claim's text exactly from the output, or give its span";
        fail("claim", `"${row.claim}" does not occur in case ${row.case}'s output`, fix);
      }
      span = [loose, loose + row.claim.length];
    }
    const spanText = `${span[0]}-${span[1]}`;
    if (span[1] > text.length) {
      const where = `case ${row.case}'s output (${text.length} characters)`;
      fail("span", `${spanText} is past the end of ${where}`, "keep export's span");
    }
    if (!sameText(text.slice(span[0], span[1]), row.claim)) {
      const held = text.slice(span[0], span[1]);
      const fix = "keep export's span, or leave it empty on an added row";
      fail("span", `${spanText} holds "${held}", not the claim "${row.claim}"`, fix);
    }
    const claim = bestOverlap(reports[c].claims, span, row.type);
    return {
      row: row.row,
      case: row.case,
      type: row.type,
      span,
      label: row.label,
      checker: claim?.verdict ?? null,
      line: row.line,
    };
  });
}

type Place = [number, number];

function bestOverlap(claims: readonly GroundedClaim[], [start, end]: Place, type: ClaimType): GroundedClaim | null {
  let best: GroundedClaim | null = null;
  let bestScore = 0;
  for (const claim of claims) {
    const overlap = Math.min(end, claim.span[1]) - Math.max(start, claim.span[0]);
    if (overlap <= 0) continue;
    const score = overlap * 2 + (claim.type === type ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [claim, score];
  }
  return best;
}
