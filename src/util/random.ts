/**
 * A seeded pseudo-random generator, so every resample, shuffle, split and persona can be re-run
 * exactly. mulberry32 (Tommy Ettinger, public domain): 32 bits of state, period 2^32, passes the
 * usual statistical test batteries at the sizes we draw; not for cryptography. hashString turns
 * a text (a seed and a record id) into such a seed.
 */

/** A function returning floats in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits: a stable hash of a string (same value on every platform and run), as a seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A whole number in [0, n) from a generator. */
export function randomIndex(random: Random, n: number): number {
  return Math.floor(random() * n);
}
