import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { datasetCommand, DATASET_HELP } from "../../src/cli/dataset-command";
import { DatasetInputError } from "../../src/dataset/dataset-error";
import { UsageError } from "../../src/cli/usage-error";
import { TargetRecord } from "../../src/schemas/target";
import { loadPrompt } from "../../src/prompts/prompt-library";
import { ROOT, tempDir } from "../helpers";

const fixture = (name: string) => path.join(ROOT, "test/fixtures/dataset", name);
const studyArgs = (out: string) => [
  "--targets",
  fixture("targets.json"),
  "--map",
  fixture("map.csv"),
  "--resumes",
  fixture("resumes.txt"),
  "--jobs",
  fixture("jobs.csv"),
  "--study-example",
  fixture("example.json"),
  "--out",
  out,
  "--audit-max-length",
  "512",
  "--tokenizer",
  "llama3",
  "--split",
  "0.34,0.33,0.33",
];
async function run(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await datasetCommand(argv, (line) => lines.push(line));
  return lines;
}
async function rejects(argv: string[], type: new (...args: never[]) => Error, pattern: RegExp): Promise<void> {
  await assert.rejects(run(argv), (error: Error) => error instanceof type && pattern.test(error.message));
}
const listFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join("/"))
    .sort();

const EXPECTED_FILES = [
  "audit.json",
  "axolotl/config.yml",
  "axolotl/data.jsonl",
  "axolotl/manifest.json",
  "axolotl/validation.jsonl",
  "dataset.config.json",
  "grounding.json",
  "import-report.json",
  "llama-factory/data.json",
  "llama-factory/dataset_info.json",
  "llama-factory/manifest.json",
  "llama-factory/train_lora.yaml",
  "llama-factory/validation.json",
  "openai/manifest.json",
  "openai/train.jsonl",
  "openai/validation.jsonl",
  "records.jsonl",
  "teacher-targets.jsonl",
  "token-lengths.jsonl",
  "trl/chat_template.jinja",
  "trl/manifest.json",
  "trl/train.jsonl",
  "trl/validation.jsonl",
  "ungrounded.jsonl",
  "validation-report.json",
  "validation-report.md",
];

describe("rpw dataset", () => {
  it("datasetCommand writes the records, the four exports, the reports and the audit", async () => {
    const out = tempDir();
    const lines = await run(studyArgs(out));
    assert.deepEqual(listFiles(out), EXPECTED_FILES);
    assert.equal(fs.readFileSync(path.join(out, "records.jsonl"), "utf8").split("\n").filter(Boolean).length, 20);
    const audit = JSON.parse(fs.readFileSync(path.join(out, "audit.json"), "utf8"));
    for (const key of ["survived", "partial", "lost", "maxLengthFor95", "maxLengthFor99"])
      assert.equal(typeof audit[key], "number", key);
    assert.equal(audit.survived + audit.partial + audit.lost, 1);
    assert.deepEqual([audit.tokenizer, audit.maxLength, audit.examples], ["llama3", 512, 20]);
    const report = JSON.parse(fs.readFileSync(path.join(out, "import-report.json"), "utf8"));
    assert.deepEqual([report.ids, report.targets, report.failures], [5, 20, 3]);
    assert.match(
      lines[0],
      /^dataset: 20 records from 3 resumes \(train 7 \/ validation 7 \/ test 6\), 0 targets skipped -> /,
    );
    assert.match(
      lines[1],
      /^dataset: imported 5 ids -> 20 targets, 3 failures; linked to a resume 3, to a job 2; not linked: job 1 \(ids 3\); resume 1 \(ids 4\); job 1 \(ids 4\); resume 1 \(ids 5\); job 1 \(ids 5\); teacher inputs from /,
    );
    assert.match(
      lines.join("\n"),
      /^dataset: audit at 512 llama3 tokens: survived \d+\.\d %, partial \d+\.\d %, lost \d+\.\d %; 95 % survive at \d+, 99 % at \d+/m,
    );
    assert.match(fs.readFileSync(path.join(out, "validation-report.md"), "utf8"), /^# Dataset validation report\n/);
  });

  it("datasetCommand writes byte-identical files on a rerun", async () => {
    const [a, b] = [tempDir(), tempDir()];
    await run(studyArgs(a));
    await run(studyArgs(b));
    for (const name of EXPECTED_FILES)
      assert.ok(fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))), name);
  });

  it("datasetCommand finds study_example_id1.json beside the map, and audits with o200k when asked", async () => {
    const dir = tempDir();
    fs.copyFileSync(fixture("map.csv"), path.join(dir, "map.csv"));
    fs.copyFileSync(fixture("example.json"), path.join(dir, "study_example_id1.json"));
    const out = path.join(dir, "out");
    const lines = await run([
      "--targets",
      fixture("targets.json"),
      "--map",
      path.join(dir, "map.csv"),
      "--out",
      out,
      "--tokenizer",
      "o200k",
    ]);
    assert.match(lines[1], /teacher inputs from .*study_example_id1\.json$/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(out, "audit.json"), "utf8")).tokenizer, "o200k");
    // Without --resumes and --jobs only id 1's records have real inputs; the others say what is missing.
    assert.match(
      lines[2],
      /^dataset: inputs \(section \+ job\): missing \+ missing 13, teacher-input \+ teacher-input 7$/,
    );
  });

  it("datasetCommand reads TargetRecords from `rpw generate` (.jsonl) and keeps their line as provenance", async () => {
    const dir = tempDir();
    const versions = { master: loadPrompt("master").version, section: loadPrompt("section-skills").version };
    const target = (resumeId: string) =>
      TargetRecord.parse({
        caseId: `${resumeId}|job-1|skills`,
        resumeId,
        jobId: "job-1",
        section: "skills",
        input: { section: { text: "SQL, Python", entries: ["SQL", "Python"] }, jobDetails: { title: "Data Analyst" } },
        target: { entries: ["SQL", "Python"] },
        teacher: { answeredBy: "rules", model: "rules", promptVersions: versions, source: "generated" },
        costUsd: null,
      });
    const file = path.join(dir, "targets.jsonl");
    fs.writeFileSync(file, [target("r1"), target("r2")].map((t) => JSON.stringify(t)).join("\n") + "\n");
    const out = path.join(dir, "out");
    const lines = await run(["--targets", file, "--out", out, "--split", "0.5,0.5,0"]);
    assert.match(lines[1], /^dataset: read 2 target records from targets\.jsonl$/);
    const records = fs
      .readFileSync(path.join(out, "records.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      records.map((record) => [record.id, record.provenance.targetSource, record.provenance.inputs.section]),
      [
        ["r1|job-1|skills", "targets.jsonl:1", "teacher-input"],
        ["r2|job-1|skills", "targets.jsonl:2", "teacher-input"],
      ],
    );
    assert.deepEqual(records[0].provenance.teacherPromptVersions, versions);
    assert.equal(records[0].messages[2].content, '{"entries":["SQL","Python"]}');
  });

  it("datasetCommand names the file and line of bad input", async () => {
    const dir = tempDir();
    const map = path.join(dir, "map.csv");
    fs.writeFileSync(map, "study_id,first600_line,jd_description_row\n1,1,0\n2,two,1\n");
    await rejects(
      ["--targets", fixture("targets.json"), "--map", map, "--out", dir],
      DatasetInputError,
      /map\.csv:3: row 1: first600_line must be a whole number ≥ 1, got "two"$/,
    );
    const targets = path.join(dir, "targets.jsonl");
    fs.writeFileSync(targets, `${JSON.stringify({ caseId: "x" })}\n`);
    await rejects(["--targets", targets, "--out", dir], DatasetInputError, /targets\.jsonl:1: not a TargetRecord: /);
    fs.writeFileSync(path.join(dir, "t.json"), '{"1": {}\n"2": {}}');
    await rejects(
      ["--targets", path.join(dir, "t.json"), "--map", fixture("map.csv"), "--out", dir],
      DatasetInputError,
      /t\.json:2: not valid JSON/,
    );
    await rejects(
      ["--targets", path.join(dir, "none.json"), "--map", fixture("map.csv"), "--out", dir],
      DatasetInputError,
      /none\.json: cannot read \(ENOENT\)$/,
    );
  });

  it("datasetCommand rejects a wrong command line with a UsageError, and prints its help", async () => {
    await rejects(["--map", "m.csv"], UsageError, /^--map goes with --targets/);
    await rejects(["--targets", "t.json"], UsageError, /^--map is required/);
    await rejects(["--targets", "t.jsonl", "--map", "m.csv"], UsageError, /^--map applies to recorded outputs/);
    await rejects(
      ["--targets", "t.json", "--map", "m.csv", "--tokenizer", "gpt2"],
      UsageError,
      /^--tokenizer must be llama3 or o200k, got "gpt2"$/,
    );
    await rejects(["--targets", "t.json", "--map", "m.csv", "--split", "0.5,0.5"], UsageError, /^--split: /);
    await rejects(
      ["--targets", "t.json", "--map", "m.csv", "--audit-max-length", "0"],
      UsageError,
      /^--audit-max-length must be a positive whole number/,
    );
    assert.deepEqual(await run(["--help"]), [DATASET_HELP]);
  });
});
