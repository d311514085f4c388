/**
 * `npm run bench:metrics-memory`: `rpw metrics` on 10,000 pairs of ordinary resume sections, with
 * the child's resident memory sampled from /proc every 20 ms. Prints the pair count, the time and
 * the peak RSS against the 300 MB the issue sets (issue 15, item 6); exits 1 when over.
 *
 * The pairs: sentences of 8–25 words drawn (seeded, so every run scores the same input) from the
 * words of the bundled sample resumes, 3–12 sentences a side, the prediction sharing about half
 * of the reference's sentences — the length and overlap of a section and its tailored version.
 * The peak includes Node, tsx compiling the CLI and the stem cache; it is what a user sees.
 * Linux only (/proc/<pid>/status); elsewhere it says so and exits 0.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { mulberry32, randomIndex } from "../src/util/random";

const ROOT = path.resolve(__dirname, "..");
const PAIRS = Number(process.env.RPW_BENCH_PAIRS ?? 10_000);
const LIMIT_MB = 300;

function writePairs(file: string): void {
  const words = fs
    .readFileSync(path.join(ROOT, "data/sample/resumes.txt"), "utf8")
    .replace(/<[^>]+>/g, " ")
    .split(/[^A-Za-z0-9+#./-]+/)
    .filter((word) => word.length > 1);
  const random = mulberry32(15);
  const sentence = () =>
    Array.from({ length: 8 + randomIndex(random, 18) }, () => words[randomIndex(random, words.length)]).join(" ") + ".";
  const descriptor = fs.openSync(file, "w");
  for (let index = 0; index < PAIRS; index++) {
    const reference = Array.from({ length: 3 + randomIndex(random, 10) }, sentence);
    const prediction = reference.map((kept) => (random() < 0.5 ? kept : sentence()));
    fs.writeSync(descriptor, `${JSON.stringify({ id: index, a: reference.join("\n"), b: prediction.join("\n") })}\n`);
  }
  fs.closeSync(descriptor);
}

function residentKb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync("/proc/self/status")) {
    console.log("bench:metrics-memory: needs Linux's /proc to read resident memory; skipped");
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rpw-bench-metrics-"));
  const input = path.join(dir, "pairs.jsonl");
  writePairs(input);
  const inputMb = fs.statSync(input).size / 1e6;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "bin/rpw.js"), "metrics", "--in", input, "--out", path.join(dir, "scores.jsonl")],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  let peakKb = 0;
  const sampler = setInterval(() => {
    peakKb = Math.max(peakKb, residentKb(child.pid!) ?? 0);
  }, 20);
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const lines = fs.existsSync(path.join(dir, "scores.jsonl"))
    ? fs.readFileSync(path.join(dir, "scores.jsonl"), "utf8").split("\n").filter(Boolean).length
    : 0;
  fs.rmSync(dir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`rpw metrics exited with ${code}: ${stdout}`);
  const peakMb = peakKb / 1024;
  console.log(
    `bench:metrics-memory: rpw metrics on ${PAIRS.toLocaleString("en-US")} pairs (${inputMb.toFixed(1)} MB of JSON Lines), ${lines.toLocaleString("en-US")} score lines in ${seconds.toFixed(1)} s; ` +
      `peak resident memory ${peakMb.toFixed(0)} MB (limit ${LIMIT_MB} MB): ${peakMb < LIMIT_MB ? "OK" : "OVER"}`,
  );
  if (peakMb >= LIMIT_MB) process.exitCode = 1;
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
