/**
 * The spending cap. Before a paid call starts, its worst case (prompt tokens counted, the
 * completion at `maxTokens` or the assumed length) is reserved; the call is refused when
 * spent + reserved + worst case would pass the cap. After the call the reservation is replaced
 * by the actual cost. Calls already made are kept; only new ones stop.
 */

/** Completion length assumed for a request without `maxTokens`, for estimates and reservations. */
export const ASSUMED_COMPLETION_TOKENS = 1_000;

export class Budget {
  private spent = 0;
  private reserved = 0;

  constructor(readonly capUsd: number | null) {}

  /** Reserves `worstCaseUsd`; false (nothing reserved) when that would pass the cap. */
  reserve(worstCaseUsd: number | null): boolean {
    if (this.capUsd === null || worstCaseUsd === null) return true;
    if (this.spent + this.reserved + worstCaseUsd > this.capUsd) return false;
    this.reserved += worstCaseUsd;
    return true;
  }

  settle(reservedUsd: number | null, actualUsd: number | null): void {
    if (this.capUsd !== null && reservedUsd !== null) this.reserved -= reservedUsd;
    this.spent += actualUsd ?? 0;
  }

  get spentUsd(): number {
    return this.spent;
  }
}
