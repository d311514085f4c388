/** Setup under contention: apt steps wait for the package lock with a timeout and one line saying what they wait for. */
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers";

// Plain-JS setup module (it runs before npm dependencies exist).
const { heldLocks, lockId, waitForLocks } = require("../../scripts/apt-lock.js") as {
  heldLocks(text: string, ids: Map<string, string>): { file: string; pid: number }[];
  lockId(file: string): string | null;
  waitForLocks(options: { files: string[]; timeoutS: number; say: (line: string) => void; pollMs?: number }): number;
};

/** Holds an fcntl lock on `file` (as dpkg does) for `seconds`; resolves once it is held. */
async function holdLock(file: string, seconds: number): Promise<{ pid: number; done: Promise<void> }> {
  const child = spawn(
    "python3",
    [
      "-c",
      `import fcntl, sys, time\nf = open(${JSON.stringify(file)}, "w")\nfcntl.lockf(f, fcntl.LOCK_EX)\nprint("locked", flush=True)\ntime.sleep(${seconds})`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("locked") && resolve());
    child.once("exit", (code) => reject(new Error(`the lock holder exited early (${code})`)));
  });
  return { pid: child.pid!, done: new Promise((resolve) => child.once("exit", () => resolve())) };
}

describe("faults: apt lock", () => {
  it("heldLocks finds holders of the given files in /proc/locks text and ignores waiters and other files", () => {
    const text = [
      "1: POSIX  ADVISORY  WRITE 27685 fe:00:2165359 0 EOF",
      "1: -> POSIX  ADVISORY  WRITE 999 fe:00:2165359 0 EOF",
      "2: FLOCK  ADVISORY  WRITE 12 08:01:77 0 EOF",
    ].join("\n");
    assert.deepEqual(
      heldLocks(
        text,
        new Map([
          ["fe:00:2165359", "/var/lib/dpkg/lock-frontend"],
          ["08:01:78", "/other"],
        ]),
      ),
      [{ file: "/var/lib/dpkg/lock-frontend", pid: 27685 }],
    );
  });

  it("waitForLocks waits while another process holds the lock, says so in one line, and returns when it is released", async function () {
    this.timeout(20_000);
    const file = path.join(tempDir(), "lock-frontend");
    fs.writeFileSync(file, "");
    assert.ok(lockId(file));
    const holder = await holdLock(file, 1.5);
    const lines: string[] = [];
    const started = Date.now();
    const left = waitForLocks({ files: [file], timeoutS: 30, say: (line) => lines.push(line), pollMs: 100 });
    assert.ok(Date.now() - started >= 500, "it waited");
    assert.ok(left > 0 && left <= 30);
    assert.equal(lines.length, 1);
    assert.equal(
      lines[0],
      `waiting up to 30 s for the package lock: ${file} held by pid ${holder.pid} (python3) (another install is running) …`,
    );
    await holder.done;
  });

  it("waitForLocks gives up after the timeout with one line naming the lock, its holder and the setting", async function () {
    this.timeout(20_000);
    const file = path.join(tempDir(), "lock");
    fs.writeFileSync(file, "");
    const holder = await holdLock(file, 3);
    assert.throws(
      () => waitForLocks({ files: [file], timeoutS: 0.3, say: () => undefined, pollMs: 50 }),
      new RegExp(
        `^Error: gave up after 0\\.3 s waiting for the package lock: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} held by pid ${holder.pid} \\(python3\\); .*RPW_APT_LOCK_TIMEOUT=<seconds>$`,
      ),
    );
    assert.equal(waitForLocks({ files: [path.join(tempDir(), "absent")], timeoutS: 0, say: () => undefined }), 0);
    await holder.done;
  });
});
