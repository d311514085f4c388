/**
 * Concurrency and rate limits: at most `concurrency` calls in flight, at most
 * `requestsPerMinute` requests and `tokensPerMinute` tokens started in any 60-second window.
 * Clock and sleep are injected so tests run without waiting.
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next)
      next(); // the slot passes straight to the next waiter
    else this.active--;
  }
}

const WINDOW_MS = 60_000;

/** A sliding one-minute window over request starts and their token counts. */
export class RateWindow {
  private readonly starts: { at: number; tokens: number }[] = [];
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly requestsPerMinute: number | null,
    private readonly tokensPerMinute: number | null,
    private readonly clock: Clock = SYSTEM_CLOCK,
  ) {}

  /** Waits until a request of `tokens` may start, then records it. Calls are served in order. */
  take(tokens: number): Promise<void> {
    if (this.requestsPerMinute === null && this.tokensPerMinute === null) return Promise.resolve();
    const turn = this.queue.then(() => this.waitForRoom(tokens));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async waitForRoom(tokens: number): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.starts.length && this.starts[0].at <= now - WINDOW_MS) this.starts.shift();
      const used = this.starts.reduce((sum, start) => sum + start.tokens, 0);
      const requestsOk = this.requestsPerMinute === null || this.starts.length < this.requestsPerMinute;
      // A single request larger than the whole token budget may start alone, or it would never run.
      const tokensOk =
        this.tokensPerMinute === null || used + tokens <= this.tokensPerMinute || this.starts.length === 0;
      if (requestsOk && tokensOk) {
        this.starts.push({ at: now, tokens });
        return;
      }
      await this.clock.sleep(Math.max(1, this.starts[0].at + WINDOW_MS - now));
    }
  }
}
