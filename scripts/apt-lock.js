/**
 * Waiting for the package manager's locks before `apt-get` runs, so `npm start` on a machine where
 * another install is running (unattended-upgrades, a second terminal, cloud-init) waits for it
 * with one line saying what it waits for, instead of failing with "Could not get lock".
 *
 * How a lock is seen: apt and dpkg hold fcntl (POSIX) locks on /var/lib/dpkg/lock-frontend,
 * /var/lib/dpkg/lock and /var/lib/apt/lists/lock; Linux lists every such lock in /proc/locks by
 * device and inode, with the holder's pid. Where /proc/locks is unreadable (not Linux) nothing is
 * seen as held and apt's own `DPkg::Lock::Timeout` (apt >= 1.9.11) still waits for the dpkg lock.
 * Plain Node, no dependencies: it runs before `npm ci`.
 */
"use strict";
const fs = require("node:fs");

const APT_LOCKS = [
  "/var/lib/dpkg/lock-frontend",
  "/var/lib/dpkg/lock",
  "/var/lib/apt/lists/lock",
  "/var/cache/apt/archives/lock",
];
/** Default wait: long enough for an unattended upgrade, short enough to notice a stuck one. */
const DEFAULT_TIMEOUT_S = 600;

/** The `MAJ:MIN:INODE` /proc/locks uses for a file (major and minor in hex), or null when it does not exist. */
function lockId(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  const major = (stat.dev >> 8) & 0xfff;
  const minor = (stat.dev & 0xff) | ((stat.dev >> 12) & 0xfff00);
  const hex = (n) => n.toString(16).padStart(2, "0");
  return `${hex(major)}:${hex(minor)}:${stat.ino}`;
}

/**
 * Pure: which of `ids` (MAJ:MIN:INODE → file) are held according to the text of /proc/locks, with
 * the holder's pid. Lines of waiters ("->") are not holders.
 */
function heldLocks(procLocks, ids) {
  const held = [];
  for (const line of procLocks.split("\n")) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 6 || fields[1] === "->") continue;
    const [, , , , pid, id] = fields;
    const [major, minor, inode] = id.split(":");
    const normal = `${major.toLowerCase().padStart(2, "0")}:${minor.toLowerCase().padStart(2, "0")}:${inode}`;
    if (ids.has(normal) && !held.some((entry) => entry.file === ids.get(normal)))
      held.push({ file: ids.get(normal), pid: Number(pid) });
  }
  return held;
}

function processName(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}

/** The locks among `files` held right now (empty where /proc/locks cannot be read). */
function currentlyHeld(files) {
  const ids = new Map(files.map((file) => [lockId(file), file]).filter(([id]) => id !== null));
  if (ids.size === 0) return [];
  let text;
  try {
    text = fs.readFileSync("/proc/locks", "utf8");
  } catch {
    return [];
  }
  return heldLocks(text, ids);
}

function sleepMs(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Seconds to wait, from RPW_APT_LOCK_TIMEOUT (seconds) or the default. */
function lockTimeoutSeconds(env = process.env) {
  const value = Number(env.RPW_APT_LOCK_TIMEOUT);
  return env.RPW_APT_LOCK_TIMEOUT !== undefined && Number.isFinite(value) && value >= 0 ? value : DEFAULT_TIMEOUT_S;
}

/**
 * Blocks until none of `files` is locked, saying once what it waits for; returns the seconds left
 * of the timeout, or throws an Error with one line when the timeout passes.
 */
function waitForLocks({ files = APT_LOCKS, timeoutS = lockTimeoutSeconds(), say = () => {}, pollMs = 500 } = {}) {
  const deadline = Date.now() + timeoutS * 1000;
  let announced = false;
  for (;;) {
    const held = currentlyHeld(files);
    if (held.length === 0) return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
    const holders = held.map(({ file, pid }) => `${file} held by pid ${pid} (${processName(pid)})`).join(", ");
    if (Date.now() >= deadline) {
      throw new Error(
        `gave up after ${timeoutS} s waiting for the package lock: ${holders}; let that install finish (or stop it), or wait longer with RPW_APT_LOCK_TIMEOUT=<seconds>`,
      );
    }
    if (!announced) {
      say(`waiting up to ${timeoutS} s for the package lock: ${holders} (another install is running) …`);
      announced = true;
    }
    sleepMs(pollMs);
  }
}

module.exports = { APT_LOCKS, heldLocks, lockId, waitForLocks, lockTimeoutSeconds };
