/**
 * The spending cap (`llm.budgetUsd`), over the project's spend ledger (spend-ledger.ts): what this
 * and earlier runs spent, plus the worst cases of submitted batches, so a restart does not reset it.
 *
 * Before a paid call starts, its worst case (prompt tokens counted, the completion at `maxTokens`
 * or the assumed length) is reserved in this process. A call whose worst case fits beside what is
 * spent but not beside what calls in flight have reserved *waits* for them to finish (their actual
 * cost is usually far below the worst case) instead of being refused; a call whose worst case does
 * not fit even then is refused, and so is every later one: the run stops cleanly at the cap,
 * keeping what it finished, and says how much was spent.
 */
import type { SpendLedger } from "./spend-ledger";

/** Completion length assumed for a request without `maxTokens`, for estimates and reservations. */
export const ASSUMED_COMPLETION_TOKENS = 1_000;

export type Reservation = "reserved" | "wait" | "over";

export class Budget {
  private spentHere = 0;
  private reserved = 0;
  private waiters: (() => void)[] = [];
  /** Set at the first refusal: no later call starts (the run stops at the cap instead of trickling). */
  private exhausted = false;

  /** `ledger` is called only when money is spent or the cap is checked (an offline run never opens it). */
  constructor(
    readonly capUsd: number | null,
    private readonly ledger: (() => SpendLedger) | null = null,
  ) {}

  /** Spent by the whole project (the ledger), or in this process when there is no ledger. */
  get spentUsd(): number {
    return this.ledger ? this.ledger().totals().spentUsd : this.spentHere;
  }

  /** Spent by this process. */
  get spentHereUsd(): number {
    return this.spentHere;
  }

  /** Spent plus batch reservations: what the cap is checked against. */
  private committedUsd(): number {
    if (!this.ledger) return this.spentHere;
    const totals = this.ledger().totals();
    return totals.spentUsd + totals.reservedUsd;
  }

  get isExhausted(): boolean {
    return this.exhausted;
  }

  /** Reserves `worstCaseUsd`, or says to wait for calls in flight, or that it is over the cap. */
  reserve(worstCaseUsd: number | null): Reservation {
    if (this.capUsd === null || worstCaseUsd === null) return "reserved";
    if (this.exhausted) return "over";
    const committed = this.committedUsd();
    if (committed + worstCaseUsd > this.capUsd) {
      this.exhausted = true;
      return "over";
    }
    if (committed + this.reserved + worstCaseUsd > this.capUsd) return "wait";
    this.reserved += worstCaseUsd;
    return "reserved";
  }

  /** Resolves when a call in flight settles (then `reserve` may succeed). */
  settled(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Whether anything is reserved in this process (if not, waiting would never end). */
  get hasReservations(): boolean {
    return this.reserved > 0;
  }

  /** Replaces a reservation by the actual cost, recorded in the ledger. */
  settle(
    reservedUsd: number | null,
    actualUsd: number | null,
    entry: { purpose: string; model: string; via: string } = { purpose: "", model: "", via: "live" },
  ): void {
    if (this.capUsd !== null && reservedUsd !== null) this.reserved -= reservedUsd;
    this.spentHere += actualUsd ?? 0;
    if (actualUsd && this.ledger) this.ledger().spend({ ...entry, usd: actualUsd });
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
