/** Shared setup for the fault-injection suite: the sample prepared into a folder, `rpw` as a child process, a port nobody listens on. */
import { spawn } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { collectFromFiles, writeCollection } from "../../src/collect/collect";
import { preprocessCommand } from "../../src/cli/preprocess-command";
import { ROOT } from "../helpers";

export const FAULT_KEY = "not-a-key-rpw-FAULT-secret-9876543210fedcba";

/** The bundled sample collected and preprocessed (rules extractor) into `work`. */
export async function prepareSample(work: string): Promise<{ collectDir: string; preprocessDir: string }> {
  const collectDir = path.join(work, "collect");
  const preprocessDir = path.join(work, "preprocess");
  const collection = collectFromFiles({
    resumes: [path.join(ROOT, "data/sample/resumes.txt")],
    jobs: [path.join(ROOT, "data/sample/jobs.csv")],
  });
  writeCollection(collection, collectDir, { resumes: [], jobs: [] });
  await preprocessCommand(
    ["--in", collectDir, "--out", preprocessDir, "--mapping", path.join(work, "private.jsonl")],
    () => undefined,
  );
  return { collectDir, preprocessDir };
}

/** An environment with no provider settings inherited from the shell (so a developer's key never leaks into a test). */
export function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (/^(RPW_LLM_|OPENAI_)/.test(name)) delete env[name];
  return { ...env, RPW_LLM_MAX_RETRIES: "0", ...extra };
}

export interface RpwChild {
  child: ReturnType<typeof spawn>;
  done: Promise<number | null>;
  output(): { stdout: string; stderr: string };
}

/** `rpw <args>` as a child process (async, so a loopback server in this process keeps answering). */
export function rpw(args: string[], env: NodeJS.ProcessEnv): RpwChild {
  const child = spawn(process.execPath, [path.join(ROOT, "bin/rpw.js"), ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, done, output: () => ({ stdout, stderr }) };
}

/** A loopback base URL where nothing listens (connection refused). */
export async function refusedBaseUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
