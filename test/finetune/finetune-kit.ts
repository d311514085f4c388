/** Shared setup for fine-tune tests: fixture paths, a fake key, a clock that does not wait, a loopback server's options. */
import { instantClock as sharedInstantClock } from "../helpers";
import * as fs from "node:fs";
import * as path from "node:path";
import type { MockOpenAI } from "../fixtures/openai-server";
import { ROOT, tempDir } from "../helpers";

export const FIXTURES = path.join(ROOT, "test", "fixtures", "finetune");
export const TRAIN = path.join(FIXTURES, "train.jsonl");
export const VALIDATION = path.join(FIXTURES, "validation.jsonl");
export const SAMPLE_LOG = path.join(FIXTURES, "sample-axolotl-log.txt");
export const SAMPLE_STATE = path.join(FIXTURES, "trainer_state.sample.json");

/** Recognisable, so a leak is found by searching for it. */
export const FAKE_KEY = "not-a-key-rpw-FAKE-finetune-secret-0123456789";
export const KEY_ENV = { OPENAI_API_KEY: FAKE_KEY };

/** Sleeps return at once but advance time and are remembered (from a fixed date in January 2026). */
export const instantClock = (start = Date.UTC(2026, 0, 15, 12, 0, 0)) => sharedInstantClock(start);

/** Options every call against the loopback server needs. */
export function against(server: MockOpenAI, stateDir = tempDir("rpw-ft-")) {
  return {
    baseUrl: server.baseURL,
    env: KEY_ENV,
    clock: instantClock(),
    random: () => 0.5,
    stateDir,
    intervalMs: 1000,
  };
}

export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}
