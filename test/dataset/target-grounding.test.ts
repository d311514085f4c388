/** Training targets checked against their own prompts (issue 12, item 8), and what each dataset.targets mode writes. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildDataset, datasetFiles, DatasetResult } from "../../src/dataset/dataset-stage";
import { personaClaims } from "../../src/dataset/persona-claims";
import { isEmptyJob, promptParts } from "../../src/dataset/prompt-parts";
import { MISSING_JOB_TEXT } from "../../src/dataset/section-inputs";
import { checkTarget } from "../../src/dataset/target-grounding";
import { datasetCommand, DATASET_HELP } from "../../src/cli/dataset-command";
import { UsageError } from "../../src/cli/usage-error";
import { loadWorkbenchConfig, WorkbenchConfigError } from "../../src/run/load-config";
import type { TargetMode } from "../../src/schemas/run-config";
import type { TargetRecord } from "../../src/schemas/target";
import { tempDir } from "../helpers";

const JOB = { job_title: "Data Analyst", required_skills: ["Python", "Tableau"], duties: ["Build dashboards"] };

type Inputs = { section: unknown; jobDetails: unknown };

function target(resume: string, section: TargetRecord["section"], input: Inputs, value: unknown): TargetRecord {
  const jobId = input.jobDetails === null ? "study-jd/9" : "jobs/1";
  return {
    caseId: `${resume}|${jobId}|${section}`,
    resumeId: resume,
    jobId,
    section,
    input,
    target: value,
    teacher: { answeredBy: "recorded", model: "gpt-4o-2024-08-06", promptVersions: null, source: "imported:test" },
    costUsd: null,
  };
}

/**
 * Five hand-built targets: two invent (Berkeley; a persona), one is grounded, one pastes the job,
 * one answers a job-less prompt as if tailored.
 */
const TARGETS: TargetRecord[] = [
  target(
    "r/a",
    "education",
    { section: "Bachelor of Science in Computer Science, Ohio State University, 2009", jobDetails: JOB },
    ["Bachelor of Science, Computer Science, University of California, Berkeley, 2007-2011"],
  ),
  target(
    "r/a",
    "personal_information",
    {
      section: { name: null, email: null, phone: null, location: null, headline: "Database Administrator" },
      jobDetails: JOB,
    },
    "Elena Torres, elena.torres1987@gmail.com, Austin, TX",
  ),
  target(
    "r/b",
    "experience",
    { section: "Database Administrator at Acme LLC, 2015 to 2019. Managed SQL Server backups.", jobDetails: JOB },
    [
      {
        role: "Database Administrator",
        company: "Acme LLC",
        dates: "2015 to 2019",
        responsibilities: ["Managed SQL Server backups"],
      },
    ],
  ),
  target("r/c", "skills", { section: "SQL, Python", jobDetails: JOB }, ["SQL", "Python", "Tableau"]),
  target("r/d", "skills", { section: "SQL, Oracle", jobDetails: null }, [
    "SQL",
    "Oracle",
    "Python",
    "Tableau",
    "Machine Learning",
  ]),
];

function writeTargets(dir: string): string {
  const file = path.join(dir, "targets.jsonl");
  fs.writeFileSync(file, TARGETS.map((t) => `${JSON.stringify(t)}\n`).join(""));
  return file;
}

const build = (file: string, targetMode?: TargetMode) =>
  buildDataset({ targets: file, ...(targetMode ? { targetMode } : {}) });
const byCase = (result: DatasetResult) => new Map(result.ungrounded.map((line) => [line.id, line]));
const file = (result: DatasetResult, name: string) =>
  datasetFiles(result).find((entry) => entry.path === name)!.content;
const lines = (text: string) => text.split("\n").filter((line) => line.trim() !== "");

describe("targets checked against their own prompts", () => {
  let targets: string;
  const results = new Map<TargetMode, DatasetResult>();

  before(() => {
    targets = writeTargets(tempDir("rpw-grounded-"));
    for (const mode of ["keep", "flag", "drop-ungrounded"] as const) results.set(mode, build(targets, mode));
  });

  it("checkTarget flags a completion adding University of California, Berkeley and a persona its prompt lacks", () => {
    const found = byCase(results.get("flag")!);
    const education = found.get("r/a|jobs/1|education")!;
    assert.ok(education.ungrounded);
    const berkeley = (c: { type: string; verdict: string; text: string }) =>
      c.type === "institution" && c.verdict === "invented" && c.text.startsWith("University of California");
    assert.ok(education.claims.some(berkeley), JSON.stringify(education.claims));
    assert.deepEqual(
      education.claims.filter((c) => c.type === "date").map((c) => c.text),
      ["2007", "2011"],
    );
    const persona = found.get("r/a|jobs/1|personal_information")!;
    assert.deepEqual(
      persona.claims.map((c) => [c.type, c.text, c.verdict]),
      [
        ["name", "Elena Torres", "invented"],
        ["email", "elena.torres1987@gmail.com", "invented"],
        ["location", "Austin, TX", "invented"],
      ],
    );
    assert.deepEqual(persona.claims[0].span, [0, 12]);
  });

  it("checkTarget finds nothing in a completion whose every fact its prompt's section holds", () => {
    const grounded = results.get("flag")!.records.find((r) => r.section === "experience")!;
    assert.deepEqual(checkTarget(grounded).claims, []);
    assert.equal(byCase(results.get("flag")!).has(grounded.id), false);
  });

  it("checkTarget reports a skill only the prompt's job details hold as from_job, not as invented", () => {
    const pasted = byCase(results.get("flag")!).get("r/c|jobs/1|skills")!;
    assert.deepEqual(
      pasted.claims.map((c) => [c.type, c.text, c.verdict]),
      [["skill", "Tableau", "from_job"]],
    );
    assert.equal(pasted.ungrounded, false);
  });

  it("checkTarget flags a job-less prompt paired with a job-tailored completion", () => {
    const jobless = byCase(results.get("flag")!).get("r/d|study-jd/9|skills")!;
    assert.deepEqual([jobless.jobless, jobless.jobTailored, jobless.ungrounded], [true, true, true]);
    const invented = jobless.claims.filter((c) => c.verdict === "invented").map((c) => c.text);
    assert.deepEqual(invented, ["Python", "Tableau", "Machine Learning"]);
    const skills = results.get("flag")!.grounding.bySection.skills;
    const figures = [skills.targets, skills.ungrounded, skills.fromJob, skills.jobless, skills.joblessTailored];
    assert.deepEqual(figures, [2, 1, 1, 1, 1]);
  });

  it("buildDataset with keep writes grounding.json and ungrounded.jsonl but lists no target as a problem", () => {
    const keep = results.get("keep")!;
    assert.equal(keep.records.length, 5);
    assert.equal(keep.grounding.ungrounded, 3);
    assert.equal(lines(file(keep, "ungrounded.jsonl")).length, 4);
    assert.equal(JSON.parse(file(keep, "grounding.json")).mode, "keep");
    assert.deepEqual(
      keep.validation.problems.filter((p) => p.startsWith("targets")),
      [],
    );
  });

  it("buildDataset with flag keeps every record and lists each finding as a problem, per section", () => {
    const flag = results.get("flag")!;
    assert.equal(flag.records.length, 5);
    const problems = flag.validation.problems.filter((p) => p.startsWith("targets"));
    assert.deepEqual(
      problems.map((p) => p.slice(0, p.indexOf(":"))),
      [
        "targets (personal_information)",
        "targets (education)",
        "targets (skills)",
        "targets (skills)",
        "targets (skills)",
      ],
    );
    const jobless = "targets (skills): 1 of 1 prompts without a job are paired with job-tailored completions";
    assert.ok(problems.includes(jobless), problems.join("\n"));
    const education = /^targets \(education\): 1 of 1 completions \(100\.0 %\) state facts their prompt does not hold /;
    assert.match(problems[1], education);
    assert.match(problems[1], /\(invented claims: .*institution 1/);
    assert.match(file(flag, "validation-report.md"), /## Targets against their own prompts/);
  });

  it("buildDataset with drop-ungrounded leaves the three targets with invented facts out of every export", () => {
    const drop = results.get("drop-ungrounded")!;
    assert.deepEqual(
      drop.records.map((r) => r.id),
      ["r/b|jobs/1|experience", "r/c|jobs/1|skills"],
    );
    assert.equal(drop.grounding.dropped, 3);
    assert.equal(lines(file(drop, "records.jsonl")).length, 2);
    const exported =
      lines(file(drop, "openai/train.jsonl")).length + lines(file(drop, "openai/validation.jsonl")).length;
    assert.equal(exported, drop.records.filter((r) => r.split !== "test").length);
    assert.equal(drop.audit.examples, 2);
    assert.deepEqual(
      drop.ungrounded
        .filter((l) => l.dropped)
        .map((l) => l.id)
        .sort(),
      ["r/a|jobs/1|education", "r/a|jobs/1|personal_information", "r/d|study-jd/9|skills"],
    );
    const problems = drop.validation.problems.filter((p) => p.startsWith("targets"));
    assert.deepEqual(problems, [
      "targets (skills): 1 of 2 completions kept state facts only the prompt's job details hold " +
        "(pasted from the job; see ungrounded.jsonl)",
    ]);
    assert.notEqual(file(drop, "openai/train.jsonl"), file(results.get("flag")!, "openai/train.jsonl"));
  });

  it("buildDataset without a mode flags (the default), and writes the same bytes twice", () => {
    const again = build(targets);
    assert.equal(again.grounding.mode, "flag");
    assert.deepEqual(datasetFiles(again), datasetFiles(results.get("flag")!));
  });

  it("loadWorkbenchConfig defaults dataset.targets to flag and names the field on a bad value, in one line", () => {
    assert.equal(loadWorkbenchConfig(null).dataset.targets, "flag");
    assert.equal(loadWorkbenchConfig(null, ["dataset.targets=drop-ungrounded"]).dataset.targets, "drop-ungrounded");
    const oneLine = /^--set dataset\.targets=drop: dataset\.targets: .*"keep"\|"flag"\|"drop-ungrounded".*got "drop"$/;
    assert.throws(
      () => loadWorkbenchConfig(null, ["dataset.targets=drop"]),
      (error: unknown) =>
        error instanceof WorkbenchConfigError && oneLine.test(error.message) && !error.message.includes("\n"),
    );
  });

  it("rpw dataset --target-check overrides the configuration, rejects an unknown mode and is in --help", async () => {
    const out = tempDir("rpw-grounded-cli-");
    const log: string[] = [];
    const args = ["--targets", targets, "--out", out, "--target-check"];
    await datasetCommand([...args, "drop-ungrounded"], (line) => log.push(line));
    assert.equal(lines(fs.readFileSync(path.join(out, "records.jsonl"), "utf8")).length, 2);
    assert.equal(JSON.parse(fs.readFileSync(path.join(out, "grounding.json"), "utf8")).dropped, 3);
    const note = "3 of 5 targets state facts their prompt does not hold (3 dropped)";
    assert.ok(
      log.some((line) => line.includes(note)),
      log.join("\n"),
    );
    await assert.rejects(
      datasetCommand([...args, "drop"], () => undefined),
      (error: unknown) =>
        error instanceof UsageError &&
        error.message.includes("--target-check must be keep, flag, drop-ungrounded, " + 'got "drop"'),
    );
    assert.match(DATASET_HELP, /--target-check <mode>/);
  });
});

describe("the prompt's parts and persona fields", () => {
  it("isEmptyJob reads the missing-job placeholder, {} and all-null details as no job, a description as a job", () => {
    const empty = ["", "{}", "null", '{"title": null, "skills": []}', MISSING_JOB_TEXT];
    assert.deepEqual(empty.map(isEmptyJob), [true, true, true, true, true]);
    assert.equal(isEmptyJob("We need a data analyst."), false);
  });

  it("promptParts reads a user message without section and job blocks as all section, with a job", () => {
    const parts = promptParts({ messages: [{ role: "user", content: "Rewrite: SQL, Oracle" }] });
    assert.deepEqual(parts, { section: "Rewrite: SQL, Oracle", job: null, jobless: false });
  });

  it("personaClaims keeps fields the prompt holds (a city however its state is written), skips a bare headline", () => {
    const prompt = '{"name": "Priya Desai", "email": "priya@example.com", "location": "Atlanta, GA"}';
    const held = { name: "Priya Desai", email: "priya@example.com", city: "Atlanta, Georgia" };
    const heldText = "Priya Desai, priya@example.com, Atlanta, Georgia";
    assert.deepEqual(personaClaims(held, heldText, prompt, "personal_information"), []);
    const headline = "Senior Database Administrator, Atlanta";
    assert.deepEqual(personaClaims(headline, headline, prompt, "personal_information"), []);
    const phone = personaClaims(["Call 555-123-4567"], "Call 555-123-4567", "", "projects");
    assert.deepEqual(
      phone.map((c) => [c.type, c.text, c.span]),
      [["phone", "555-123-4567", [5, 17]]],
    );
  });
});
