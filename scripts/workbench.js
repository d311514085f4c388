#!/usr/bin/env node
/**
 * The entry behind `npm start`, `npm test`, `npm run lab` and `npm run notebooks`.
 *
 * Plain Node with no dependencies, because it runs before they exist: it installs the npm
 * dependencies when they are missing or stale (`npm ci` against the committed lockfile), checks
 * the system packages a step needs (Jupyter's nbclient for notebooks, Chromium and the pinned
 * font for static figures), installs them with apt when running as root, and otherwise stops
 * with one line naming the exact command. Then it runs the step.
 */
"use strict";
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { waitForLocks } = require("./apt-lock");

const ROOT = path.resolve(__dirname, "..");
const STAMP = path.join(ROOT, "node_modules", ".rpw-lock-sha256");

const SYSTEM_NEEDS = {
  jupyter: {
    what: "Jupyter (nbclient, nbformat, jupyter_client)",
    apt: ["jupyter-nbconvert", "python3-nbclient", "jupyter-client"],
    present: () => notebookPython() !== null,
  },
  notebookServer: {
    what: "the Jupyter Notebook server",
    apt: ["jupyter-notebook"],
    present: () => commandWorks("jupyter", ["notebook", "--version"]),
  },
  chromium: {
    what: "Chromium (static figure export)",
    apt: ["chromium"],
    present: () =>
      ["/usr/bin/chromium", "/usr/bin/chromium-browser"].some((file) => fs.existsSync(file)) ||
      Boolean(process.env.RPW_CHROMIUM),
  },
  fonts: {
    what: "the Liberation fonts (figures pin 'Liberation Sans')",
    apt: ["fonts-liberation"],
    present: () => fs.existsSync("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
  },
};

function say(line) {
  process.stderr.write(`[workbench] ${line}\n`);
}

function fail(line) {
  process.stderr.write(`[workbench] ${line}\n`);
  process.exit(1);
}

function commandWorks(command, args) {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.status === 0;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: ROOT, ...options });
  if (result.error) fail(`could not start ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** The Python that has nbclient: Debian's /usr/bin/python3 first (pyenv shims may shadow it). */
let cachedPython;
function notebookPython() {
  if (cachedPython !== undefined) return cachedPython;
  cachedPython =
    ["/usr/bin/python3", "python3"].find((python) =>
      commandWorks(python, ["-c", "import nbclient, nbformat, jupyter_client"]),
    ) ?? null;
  return cachedPython;
}

function lockHash() {
  const lock = path.join(ROOT, "package-lock.json");
  return fs.existsSync(lock) ? crypto.createHash("sha256").update(fs.readFileSync(lock)).digest("hex") : "no-lock";
}

function ensureNpmDependencies() {
  const want = lockHash();
  const have = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, "utf8").trim() : null;
  if (have === want && fs.existsSync(path.join(ROOT, "node_modules", "tsx"))) return;
  const args = want === "no-lock" ? ["install"] : ["ci", "--no-audit", "--no-fund"];
  say(`installing npm dependencies (npm ${args[0]}) …`);
  if (run("npm", args) !== 0) fail(`npm ${args[0]} failed; fix the error above, then run: npm ${args.join(" ")}`);
  fs.writeFileSync(STAMP, `${want}\n`);
}

/**
 * `apt-get <args>` once the package locks are free (another install may be running): waits with
 * one line saying for what, up to RPW_APT_LOCK_TIMEOUT seconds (default 600), and lets apt itself
 * wait the remaining time for the dpkg lock should another install take it in between.
 */
function aptGet(args, env) {
  let left;
  try {
    left = waitForLocks({ say });
  } catch (error) {
    fail(error.message);
  }
  return run("apt-get", ["-o", `DPkg::Lock::Timeout=${left}`, ...args], { env });
}

/**
 * Makes sure the named system needs are met. `required` ones stop the run when they cannot be
 * installed; optional ones only print how to get them.
 */
function ensureSystem(required, optional = []) {
  const missing = [...required, ...optional].filter((name) => !SYSTEM_NEEDS[name].present());
  if (missing.length === 0) return [];
  const packages = missing.flatMap((name) => SYSTEM_NEEDS[name].apt);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && commandWorks("apt-get", ["--version"])) {
    say(`installing ${missing.map((name) => SYSTEM_NEEDS[name].what).join(", ")} with apt: ${packages.join(" ")} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const ok = aptGet(["update", "-qq"], env) === 0 && aptGet(["install", "-y", "-qq", ...packages], env) === 0;
    cachedPython = undefined;
    if (!ok) say("apt-get failed (see above)");
  }
  const still = missing.filter((name) => !SYSTEM_NEEDS[name].present());
  const stillRequired = still.filter((name) => required.includes(name));
  const fix = `sudo apt-get install -y ${still.flatMap((name) => SYSTEM_NEEDS[name].apt).join(" ")}`;
  if (stillRequired.length)
    fail(`missing ${stillRequired.map((name) => SYSTEM_NEEDS[name].what).join(", ")}; install with: ${fix}`);
  if (still.length) say(`missing ${still.map((name) => SYSTEM_NEEDS[name].what).join(", ")}; install with: ${fix}`);
  return still;
}

function notebookEnv() {
  return {
    ...process.env,
    JUPYTER_PATH: path.join(ROOT, "jupyter"),
    DOTENV_CONFIG_QUIET: "true",
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
}

function notebookFiles() {
  const dir = path.join(ROOT, "notebooks");
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith(".ipynb"))
        .sort()
        .map((name) => path.join("notebooks", name))
    : [];
}

/** Runs the notebooks; returns {passed, failed}. */
function runNotebooks() {
  const files = notebookFiles();
  if (files.length === 0) return { passed: 0, failed: 0 };
  console.log(`\nnotebooks (${files.length}, each in a fresh rpw-tslab kernel):`);
  const result = spawnSync(
    notebookPython(),
    [path.join("scripts", "run_notebooks.py"), ROOT, path.join("build", "notebooks"), ...files],
    {
      cwd: ROOT,
      env: notebookEnv(),
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
    },
  );
  process.stdout.write(result.stdout ?? "");
  const summary = /notebooks: (\d+) passed, (\d+) failed/.exec(result.stdout ?? "");
  if (!summary) return { passed: 0, failed: Math.max(1, files.length) };
  return { passed: Number(summary[1]), failed: Number(summary[2]) };
}

function runMocha() {
  const summaryFile = path.join(os.tmpdir(), `rpw-mocha-${process.pid}.json`);
  const status = run(process.execPath, [path.join("node_modules", "mocha", "bin", "mocha.js")], {
    env: { ...process.env, DOTENV_CONFIG_QUIET: "true", RPW_MOCHA_SUMMARY: summaryFile },
  });
  if (!fs.existsSync(summaryFile)) return { passed: 0, failed: 1 };
  const { passes, failures } = JSON.parse(fs.readFileSync(summaryFile, "utf8"));
  fs.rmSync(summaryFile);
  return { passed: passes, failed: failures || (status === 0 ? 0 : 1) };
}

/** What the formatter covers (package.json's `format` script says the same). */
const FORMATTED = ["src/**/*.ts", "test/**/*.ts", "scripts/**/*.{ts,js}"];

function test() {
  ensureNpmDependencies();
  ensureSystem(["jupyter", "chromium", "fonts"]);
  const started = Date.now();
  // Twice: strict for the project, and the way tslab compiles src/ for notebooks (strict off),
  // where narrowing and nullable fields behave differently.
  console.log("typecheck (tsc -p . and -p tsconfig.notebook.json):");
  const tsc = path.join("node_modules", "typescript", "bin", "tsc");
  const typecheck =
    run(process.execPath, [tsc, "-p", "."]) === 0 && run(process.execPath, [tsc, "-p", "tsconfig.notebook.json"]) === 0;
  console.log(typecheck ? "  ok" : "  FAILED");
  // The formatter's check (.prettierrc.json, width 120): `npm run format` fixes what it reports.
  console.log("format (prettier --check src test scripts):");
  const formatted =
    run(process.execPath, [
      path.join("node_modules", "prettier", "bin", "prettier.cjs"),
      "--check",
      "--log-level",
      "warn",
      ...FORMATTED,
    ]) === 0;
  console.log(formatted ? "  ok" : "  FAILED: run `npm run format`");
  const mocha = runMocha();
  const notebooks = runNotebooks();
  const passed = (typecheck ? 1 : 0) + (formatted ? 1 : 0) + mocha.passed + notebooks.passed;
  const failed = (typecheck ? 0 : 1) + (formatted ? 0 : 1) + mocha.failed + notebooks.failed;
  console.log(
    `\ntypecheck ${typecheck ? "ok" : "failed"}; format ${formatted ? "ok" : "failed"}; mocha ${mocha.passed} passed, ${mocha.failed} failed; notebooks ${notebooks.passed} passed, ${notebooks.failed} failed; ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

function start(extraArgs) {
  ensureNpmDependencies();
  ensureSystem([], ["chromium", "fonts"]);
  process.exit(run(process.execPath, [path.join("bin", "rpw.js"), "run", ...extraArgs]));
}

function notebooks() {
  ensureNpmDependencies();
  ensureSystem(["jupyter"], ["chromium", "fonts"]);
  const { failed } = runNotebooks();
  process.exit(failed === 0 ? 0 : 1);
}

function lab(extraArgs) {
  ensureNpmDependencies();
  ensureSystem(["jupyter", "notebookServer"], ["chromium", "fonts"]);
  // JupyterLab when installed, else the classic Notebook (what Debian packages).
  const useLab = commandWorks("jupyter", ["lab", "--version"]);
  say(`opening notebooks/ with ${useLab ? "JupyterLab" : "Jupyter Notebook"} and the project kernel (rpw-tslab)`);
  // Jupyter refuses to serve as root unless told; CI machines and containers run as root.
  const rootFlag = typeof process.getuid === "function" && process.getuid() === 0 ? ["--allow-root"] : [];
  process.exit(
    run("jupyter", [useLab ? "lab" : "notebook", "--notebook-dir", ROOT, ...rootFlag, ...extraArgs], {
      env: notebookEnv(),
    }),
  );
}

const [command, ...rest] = process.argv.slice(2);
const commands = { start, test, notebooks, lab };
if (!commands[command]) fail(`usage: node scripts/workbench.js ${Object.keys(commands).join("|")}`);
commands[command](rest);
