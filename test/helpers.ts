/** Shared test helpers: temporary folders and the optional ../shared data. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
/** The study's public files, present on development machines and CI, never in the repo. */
export const SHARED_DATA = path.resolve(ROOT, "../shared/data");

export function tempDir(prefix = "rpw-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** In a mocha `before`: skip the suite, saying why, when ../shared/data is absent. */
export function requireSharedData(context: Mocha.Context): void {
  if (!fs.existsSync(SHARED_DATA)) {
    console.log(`      skipped: ${SHARED_DATA} not present (the study's data lives outside the repo)`);
    context.skip();
  }
}

/** A clock whose sleeps return at once but advance time, and remember what was asked. */
export function instantClock(start = 1_000_000): { now(): number; sleep(ms: number): Promise<void>; sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}
