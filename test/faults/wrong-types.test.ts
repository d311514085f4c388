/** Targets and recorded outputs of the wrong type are rejects with their reason; of two targets for one case the earlier in the file wins; oversize outputs are rejected. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { importTeacherOutputs, sectionValueProblem } from "../../src/dataset/import-targets";
import { readTargetRecords } from "../../src/dataset/read-inputs";
import { inputResolver } from "../../src/dataset/section-inputs";
import { buildSftRecords } from "../../src/dataset/sft-records";
import { readRecordedOutputs } from "../../src/evaluate/recorded-outputs";
import { MAX_TEXT_CHARS } from "../../src/evaluate/text-size-guard";
import type { TargetRecord } from "../../src/schemas/target";
import { tempDir } from "../helpers";

const target = (section: TargetRecord["section"], value: unknown, model = "t"): TargetRecord => ({
  caseId: `r/1|j/1|${section}`,
  resumeId: "r/1",
  jobId: "j/1",
  section,
  input: { section: "orig", jobDetails: { job_title: "x" } },
  target: value,
  teacher: { answeredBy: "openai", model, promptVersions: null, source: "generated" },
  costUsd: null,
});

describe("faults: wrong types and duplicates", () => {
  it("sectionValueProblem accepts text, lists and objects and names numbers, booleans, null and blank text", () => {
    assert.equal(sectionValueProblem("Python, SQL"), null);
    assert.equal(sectionValueProblem(["a"]), null);
    assert.equal(sectionValueProblem({ skills: [] }), null);
    assert.equal(sectionValueProblem(12345), "the value is a number (12345), not a section (text, list or object)");
    assert.equal(sectionValueProblem(true), "the value is a boolean (true), not a section (text, list or object)");
    assert.equal(sectionValueProblem(null), "the value is null, not a section (text, list or object)");
    assert.equal(sectionValueProblem("  "), "the value is blank text");
  });

  it("importTeacherOutputs rejects a numeric section as wrong-type and keeps the id's other sections", () => {
    const text = JSON.stringify({
      1: {
        personal_info: "Ann",
        achievements: "A",
        certifications: "C",
        education: "E",
        projects: "P",
        skill_section: 12345,
        work_experience: "W",
      },
    });
    const { targets, failures } = importTeacherOutputs(text, {
      file: "t.json",
      links: [],
      resumeStem: "r",
      jobStem: "j",
    });
    assert.equal(targets.length, 6);
    assert.deepEqual(
      failures.map((failure) => [failure.section, failure.kind, failure.reason]),
      [
        [
          "skills",
          "wrong-type",
          "id 1: skill_section: the value is a number (12345), not a section (text, list or object)",
        ],
      ],
    );
  });

  it("buildSftRecords uses the earlier of two targets for one case by file order (line 9 before line 10) and skips a numeric target", () => {
    const dir = tempDir();
    const file = path.join(dir, "targets.jsonl");
    const lines = Array.from({ length: 10 }, (_, index) =>
      index === 8
        ? target("skills", "from line 9")
        : index === 9
          ? target("skills", "from line 10")
          : index === 0
            ? target("education", 42)
            : { ...target("projects", `p${index}`), caseId: `r/${index}|j/1|projects`, resumeId: `r/${index}` },
    );
    fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n") + "\n");
    const { records, skipped } = buildSftRecords(
      readTargetRecords(file),
      inputResolver({ resumes: new Map(), jobs: new Map() }),
    );
    const skills = records.find((record) => record.section === "skills");
    assert.equal(skills?.messages[2].content, JSON.stringify("from line 9"));
    assert.deepEqual(
      skipped.map((entry) => [entry.origin, entry.reason]),
      [
        [
          "targets.jsonl:1",
          "the target is not a section: the value is a number (42), not a section (text, list or object)",
        ],
        ["targets.jsonl:10", "a second target for the same case (the first, targets.jsonl:9, is used)"],
      ],
    );
  });

  it("readRecordedOutputs rejects a numeric, a null and an oversize output per case with file, line and reason, and keeps the rest", () => {
    const file = path.join(tempDir(), "outputs.jsonl");
    fs.writeFileSync(
      file,
      [
        { caseId: "a", output: "good" },
        { caseId: "b", output: 7 },
        { caseId: "c", output: null },
        { caseId: "d", output: "x".repeat(MAX_TEXT_CHARS + 1) },
        { caseId: "e", output: { skills: ["SQL"] } },
      ]
        .map((line) => JSON.stringify(line))
        .join("\n"),
    );
    const { outputs, rejects } = readRecordedOutputs(file);
    assert.deepEqual([...outputs.keys()], ["a", "e"]);
    assert.deepEqual(Object.fromEntries(rejects), {
      b: `${file}:2: the value is a number (7), not a section (text, list or object)`,
      c: `${file}:3: the value is null, not a section (text, list or object)`,
      d: `${file}:4: the output has 200,001 characters, over the 200,000 a metric input may have`,
    });
  });
});
