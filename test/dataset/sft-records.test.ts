import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { importTeacherOutputs, SourcedTarget } from "../../src/dataset/import-targets";
import { readJobTexts, readResumeTexts, readStudyExamples, readStudyIdMap } from "../../src/dataset/read-inputs";
import { inputResolver, MISSING_JOB_TEXT, MISSING_SECTION_TEXT } from "../../src/dataset/section-inputs";
import { buildSftRecords, serializeTarget } from "../../src/dataset/sft-records";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { loadPrompt, promptJson } from "../../src/prompts/prompt-library";
import { renderPrompt } from "../../src/prompts/render-prompt";
import { SftRecord } from "../../src/schemas/sft";
import { formatJsonl } from "../../src/util/jsonl";
import { ROOT } from "../helpers";

const fixture = (name: string) => path.join(ROOT, "test/fixtures/dataset", name);

function fixtureInputs() {
  const resumes = readResumeTexts(fixture("resumes.txt"));
  const jobs = readJobTexts(fixture("jobs.csv"));
  const { targets } = importTeacherOutputs(fs.readFileSync(fixture("targets.json"), "utf8"), {
    file: fixture("targets.json"),
    links: readStudyIdMap(fixture("map.csv")),
    resumeStem: resumes.stem,
    jobStem: jobs.stem,
    resumeLines: resumes.numbers,
    jobRows: jobs.rowsWithText,
    knownInputs: readStudyExamples(fixture("example.json")),
  });
  return { targets, resumes, jobs, resolve: inputResolver({ resumes: resumes.texts, jobs: jobs.texts }) };
}

const find = (records: SftRecord[], id: string) => {
  const record = records.find((candidate) => candidate.id === id);
  assert.ok(record, `no record ${id}`);
  return record;
};

describe("canonical SFT records", () => {
  it("buildSftRecords renders the master prompt as system, the section prompt with the teacher's inputs as user, the target as compact JSON", () => {
    const { targets, resolve } = fixtureInputs();
    const { records } = buildSftRecords(targets, resolve);
    const record = find(records, "resumes/00001|jobs/0|skills");
    const master = loadPrompt("master");
    const skills = loadPrompt("section-skills");
    const jobDetails = { job_title: "Data Analyst", keywords: ["SQL", "Tableau"], remote: true, salary: null };
    assert.deepEqual(record.messages, [
      { role: "system", content: renderPrompt(master, {})[0].content },
      {
        role: "user",
        content: renderPrompt(skills, { section: "Oracle, SQL Server, RMAN", job_details: promptJson(jobDetails) })[0]
          .content,
      },
      { role: "assistant", content: '{"Databases":["Oracle","SQL Server"],"Tools":["RMAN"]}' },
    ]);
    assert.deepEqual(record.provenance, {
      teacherModel: "gpt-4o (study v3)",
      answeredBy: "recorded",
      source: "imported:targets.json",
      promptVersions: { master: master.version, section: skills.version },
      teacherPromptVersions: null,
      targetSource: "targets.json#1/skill_section",
      inputs: { section: "teacher-input", jobDetails: "teacher-input" },
    });
    assert.equal(
      find(records, "resumes/00001|jobs/0|personal_information").messages[2].content,
      '"Dana Example, dana@example.com, Columbus, OH"',
    );
  });

  it("buildSftRecords reconstructs unknown inputs from the rules sectioner and the posting text, and labels them so", () => {
    const { targets, resumes, jobs, resolve } = fixtureInputs();
    const { records } = buildSftRecords(targets, resolve);
    const record = find(records, "resumes/00002|jobs/1|skills");
    const section = sectionResumeRules({ id: "resumes/00002", text: resumes.texts.get("resumes/00002")! }).sections
      .skills;
    assert.equal(
      record.messages[1].content,
      renderPrompt(loadPrompt("section-skills"), {
        section: promptJson(section),
        job_details: jobs.texts.get("jobs/1")!,
      })[0].content,
    );
    assert.deepEqual(record.provenance.inputs, { section: "rules-sectioner", jobDetails: "job-description-text" });
    assert.equal(record.messages[2].content, '["SQL","Tableau"]');
  });

  it("buildSftRecords writes a placeholder for an input nobody has, or skips the record with missing: skip", () => {
    const { targets, resolve } = fixtureInputs();
    const built = buildSftRecords(targets, resolve);
    const record = find(built.records, "resumes/00004|jobs/5|skills");
    assert.deepEqual(record.provenance.inputs, { section: "missing", jobDetails: "missing" });
    assert.ok(record.messages[1].content.includes(`<section>\n${MISSING_SECTION_TEXT}\n</section>`));
    assert.ok(record.messages[1].content.includes(`<job_details>\n${MISSING_JOB_TEXT}\n</job_details>`));
    assert.equal(built.records.length, 20);
    assert.deepEqual(built.summary.byInputs, {
      "missing + missing": 6,
      "rules-sectioner + job-description-text": 7,
      "teacher-input + teacher-input": 7,
    });
    const skipped = buildSftRecords(targets, resolve, { missing: "skip" });
    assert.equal(skipped.records.length, 14);
    assert.equal(skipped.skipped.length, 6);
    assert.deepEqual(skipped.skipped[0], {
      id: "resumes/00004|jobs/5|personal_information",
      origin: "targets.json#4/personal_info",
      reason: "missing input (section and job)",
    });
  });

  it("buildSftRecords sorts by resume, job and section order, and keeps every section of a resume in one split", () => {
    const { targets, resolve } = fixtureInputs();
    const { records, summary } = buildSftRecords(targets, resolve, {
      seed: 1,
      fractions: { train: 0.34, validation: 0.33, test: 0.33 },
    });
    assert.deepEqual(
      records.slice(0, 7).map((record) => record.section),
      ["personal_information", "achievements", "certificates", "education", "projects", "skills", "experience"],
    );
    assert.deepEqual(
      [...new Set(records.map((record) => record.resumeId))],
      ["resumes/00001", "resumes/00002", "resumes/00004"],
    );
    for (const resumeId of new Set(records.map((record) => record.resumeId))) {
      assert.equal(
        new Set(records.filter((record) => record.resumeId === resumeId).map((record) => record.split)).size,
        1,
        resumeId,
      );
    }
    assert.deepEqual(
      Object.values(summary.bySplit).map((part) => part.resumes),
      [1, 1, 1],
    );
    assert.equal(summary.bySection.projects, 2);
  });

  it("buildSftRecords gives byte-identical records for the same targets in any order", () => {
    const { targets, resolve } = fixtureInputs();
    const a = formatJsonl(buildSftRecords(targets, resolve).records);
    const b = formatJsonl(buildSftRecords([...targets].reverse(), fixtureInputs().resolve).records);
    assert.equal(a, b);
  });

  it("buildSftRecords uses the first of two targets for one case and lists the second as skipped", () => {
    const { targets, resolve } = fixtureInputs();
    const copy: SourcedTarget = { target: targets[0].target, origin: "zz.json#1/personal_info" };
    const { records, skipped } = buildSftRecords([...targets, copy], resolve);
    assert.equal(records.length, 20);
    assert.deepEqual(skipped, [
      {
        id: "resumes/00001|jobs/0|personal_information",
        origin: "zz.json#1/personal_info",
        reason: "a second target for the same case (the first, targets.json#1/personal_info, is used)",
      },
    ]);
  });

  it("serializeTarget writes compact JSON and refuses what JSON cannot hold", () => {
    assert.equal(serializeTarget({ entries: ["a", "b"] }), '{"entries":["a","b"]}');
    assert.equal(serializeTarget("No certificates listed"), '"No certificates listed"');
    assert.equal(serializeTarget(undefined), null);
  });
});
