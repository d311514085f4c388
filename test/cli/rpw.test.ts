/** The `rpw` command as a user runs it: a real child process, real files. */
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, tempDir } from "../helpers";

function rpw(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "rpw.js"), ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (file: string) => fs.readFileSync(file, "utf8").split("\n").filter(Boolean);

describe("rpw", () => {
  it("rpw --help lists the stages", () => {
    const { status, stdout } = rpw(["--help"]);
    assert.equal(status, 0);
    for (const stage of ["collect", "figures", "run"]) assert.match(stdout, new RegExp(`^  ${stage} `, "m"));
  });

  it("rpw collect with defaults reads the bundled sample and writes the four outputs", () => {
    const out = tempDir();
    const { status, stdout, stderr } = rpw(["collect", "--out", out]);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^collect: \d+ resumes, \d+ postings/m);
    for (const name of ["resumes.jsonl", "jobs.jsonl", "rejects.jsonl", "profile.json", "collect.config.json"])
      assert.ok(fs.existsSync(path.join(out, name)), name);
    const profile = JSON.parse(fs.readFileSync(path.join(out, "profile.json"), "utf8"));
    assert.equal(profile.allRowsAccounted, true);
    assert.equal(lines(path.join(out, "resumes.jsonl")).length, profile.resumes.kept);
    assert.equal(lines(path.join(out, "jobs.jsonl")).length, profile.jobs.kept);
    assert.equal(lines(path.join(out, "rejects.jsonl")).length, profile.rejects.total);
  });

  it("rpw collect writes byte-identical outputs on a rerun", () => {
    const [a, b] = [tempDir(), tempDir()];
    assert.equal(rpw(["collect", "--out", a]).status, 0);
    assert.equal(rpw(["collect", "--out", b]).status, 0);
    for (const name of ["resumes.jsonl", "jobs.jsonl", "rejects.jsonl", "profile.json"]) {
      assert.ok(fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))), name);
    }
  });

  it("rpw collect exits 1 with one line naming the file when an input cannot be read or has no valid row", () => {
    const missing = rpw(["collect", "--jobs", "no/such.csv", "--out", tempDir()]);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr.trim().split("\n").length, 1);
    assert.match(missing.stderr, /^rpw collect: no\/such\.csv: cannot read \(ENOENT\)/);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "bad.csv"), "title,description\nAnalyst,\n");
    const empty = rpw(["collect", "--jobs", path.join(dir, "bad.csv"), "--out", tempDir()]);
    assert.equal(empty.status, 1);
    assert.match(
      empty.stderr,
      /bad\.csv: no valid postings \(1 rejected; first: row 0, description: empty description\)/,
    );
  });

  it("rpw collect rejects unknown options with exit code 2", () => {
    const result = rpw(["collect", "--bogus"]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^rpw collect: .*--bogus/);
  });

  it("rpw collect --scrape runs JobSpy per role through the Python on PATH and collects what it writes", () => {
    // A stand-in `python3`: answers the `import jobspy` probe and writes a JobSpy-shaped CSV.
    const bin = tempDir();
    fs.writeFileSync(
      path.join(bin, "python3"),
      `#!/bin/sh
if [ "$1" = "-c" ]; then exit 0; fi
shift
while [ $# -gt 0 ]; do case "$1" in --out) out="$2"; shift;; --search-term) term="$2"; shift;; esac; shift; done
printf ',id,site,job_url,title,company,location,date_posted,interval,min_amount,max_amount,currency,is_remote,description,search_term\\n' > "$out"
printf '0,li-1,linkedin,https://jobs.example.com/%s,Senior %s,Acme,"Denver, CO",2026-11-26,yearly,100000.0,120000.0,USD,False,"Do %s work.",%s\\n' "$term" "$term" "$term" "$term" >> "$out"
`,
      { mode: 0o755 },
    );
    const out = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` };
    delete env.RPW_PYTHON;
    const result = rpw(
      ["collect", "--scrape", "--roles", "data_engineer,software_engineer", "--sites", "linkedin", "--out", out],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(fs.readdirSync(path.join(out, "raw")).sort(), [
      "jobspy-data_engineer.csv",
      "jobspy-software_engineer.csv",
    ]);
    const jobs = lines(path.join(out, "jobs.jsonl")).map((line) => JSON.parse(line));
    assert.deepEqual(
      jobs.map((job) => [job.title, job.role, job.searchTerm]),
      [
        ["Senior data engineer", "data_engineer", "data engineer"],
        ["Senior software engineer", "software_engineer", "software engineer"],
      ],
    );
  });

  it("rpw collect --scrape says in one line how to install JobSpy when it is missing", () => {
    const result = rpw(["collect", "--scrape", "--out", tempDir()], { ...process.env, RPW_PYTHON: "/bin/false" });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /JobSpy is not installed .*pip install python-jobspy/);
  });
});
