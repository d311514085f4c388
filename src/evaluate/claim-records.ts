// The rows of `evaluate/claims.jsonl`: every claim of one evaluated output (supported ones too,
// so any verdict can be audited), with its system, section and case. The claim's place among the
// output's claims makes its id, so the file is the same bytes on every run.

import type { ClaimRecord } from "../schemas/claims";
import type { ClaimReport } from "./grounding";

/** The claim records of one (system, case) report. */
export function claimRecords(
  report: ClaimReport,
  where: { system: string; caseId: string; section: string },
): ClaimRecord[] {
  return report.claims.map((claim, n) => ({
    id: `${where.caseId}#${n}`,
    system: where.system,
    section: where.section,
    type: claim.type,
    text: claim.text,
    span: claim.span,
    verdict: claim.verdict,
    inJob: claim.inJob,
    evidence: claim.evidence,
  }));
}
