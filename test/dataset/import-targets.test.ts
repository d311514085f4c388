import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { compareIds, formatIdRanges } from "../../src/dataset/id-ranges";
import { importTeacherOutputs } from "../../src/dataset/import-targets";
import { parseStudyExamples } from "../../src/dataset/study-example";
import { parseStudyIdMap } from "../../src/dataset/study-id-map";
import { DatasetInputError } from "../../src/dataset/dataset-error";
import { ROOT, SHARED_DATA, requireSharedData } from "../helpers";

const FIXTURES = path.join(ROOT, "test/fixtures/dataset");
const fixture = (name: string) => path.join(FIXTURES, name);
/** assert.throws on the error's message (its string form starts with the class name). */
const throwsMessage = (fn: () => unknown, pattern: RegExp) =>
  assert.throws(fn, (error: Error) => pattern.test(error.message));

function importFixture(extra: { knownInputs?: boolean } = {}) {
  return importTeacherOutputs(fs.readFileSync(fixture("targets.json"), "utf8"), {
    file: fixture("targets.json"),
    links: parseStudyIdMap(fs.readFileSync(fixture("map.csv")), "map.csv"),
    resumeStem: "resumes",
    jobStem: "jobs",
    resumeLines: new Set([1, 2, 3]),
    jobRows: new Set([0, 1]),
    knownInputs:
      extra.knownInputs === false
        ? []
        : parseStudyExamples(fs.readFileSync(fixture("example.json"), "utf8"), "example.json"),
  });
}

describe("importing recorded teacher outputs", () => {
  it("importTeacherOutputs maps the study's keys to our sections and links ids to resume lines and job rows", () => {
    const { targets } = importFixture();
    const one = targets.filter(({ target }) => target.resumeId === "resumes/00001");
    assert.deepEqual(
      one.map(({ target }) => target.section),
      ["personal_information", "achievements", "certificates", "education", "projects", "skills", "experience"],
    );
    assert.deepEqual(
      one.map(({ origin }) => origin.replace(/^.*#/, "")),
      [
        "1/personal_info",
        "1/achievements",
        "1/certifications",
        "1/education",
        "1/projects",
        "1/skill_section",
        "1/work_experience",
      ],
    );
    const skills = one[5].target;
    assert.equal(skills.caseId, "resumes/00001|jobs/0|skills");
    assert.deepEqual(skills.target, { Databases: ["Oracle", "SQL Server"], Tools: ["RMAN"] });
    assert.deepEqual(skills.teacher, {
      answeredBy: "recorded",
      model: "gpt-4o (study v3)",
      promptVersions: null,
      source: "imported:targets.json",
    });
    assert.equal(skills.costUsd, null);
  });

  it("importTeacherOutputs takes study id 1's real inputs from the example and leaves the others null", () => {
    const { targets } = importFixture();
    const skills = targets.find(({ target }) => target.caseId === "resumes/00001|jobs/0|skills")!.target;
    assert.equal(skills.input.section, "Oracle, SQL Server, RMAN");
    assert.deepEqual(skills.input.jobDetails, {
      job_title: "Data Analyst",
      keywords: ["SQL", "Tableau"],
      remote: true,
      salary: null,
    });
    const certificates = targets.find(({ target }) => target.caseId === "resumes/00001|jobs/0|certificates")!.target;
    assert.equal(certificates.input.section, "No certificates listed");
    const other = targets.find(({ target }) => target.resumeId === "resumes/00002")!.target;
    assert.deepEqual(other.input, { section: null, jobDetails: null });
  });

  it("importTeacherOutputs reports every id it could not parse or link, and never drops one silently", () => {
    const { targets, failures, report } = importFixture();
    assert.equal(targets.length, 20); // ids 1 and 2: 7 each; id 4: 6 (no projects)
    assert.deepEqual(
      failures.map((failure) => [failure.caseId, failure.kind]),
      [
        ["resumes/00003|study-jd/3|*", "unparsable"],
        ["resumes/00004|jobs/5|projects", "missing-section"],
        ["unmapped/5|study-jd/5|*", "not-an-object"],
      ],
    );
    assert.equal(report.ids, 5);
    assert.equal(report.targets, 20);
    assert.equal(report.failures, 3);
    assert.deepEqual(report.linked, { resume: 3, job: 2, both: 2 });
    assert.deepEqual(
      report.unlinked.map((group) => [group.link, group.count, group.ids]),
      [
        ["job", 1, "3"],
        ["resume", 1, "4"],
        ["job", 1, "4"],
        ["resume", 1, "5"],
        ["job", 1, "5"],
      ],
    );
    assert.deepEqual(
      report.parseFailures.map((failure) => failure.id),
      ["3", "5"],
    );
    assert.match(report.parseFailures[0].reason, /^the value is text but not JSON/);
    assert.equal(report.parseFailures[1].reason, "the value is a list, not an object with one key per section");
    assert.deepEqual(report.unknownKeys, { summary: 1 });
    assert.deepEqual(report.sectionTypes.personal_info, { string: 2 });
    assert.deepEqual(report.sectionTypes.education, { object: 1, list: 2 });
    assert.deepEqual(report.knownInputIds, ["1"]);
    assert.deepEqual(report.mapRowsWithoutTargets, { count: 1, ids: "6" });
    assert.deepEqual(report.notes, [
      "input.section and input.jobDetails are null for 4 of 5 ids: the teacher's inputs were not released (known for id 1)",
    ]);
  });

  it("importTeacherOutputs rejects a file that is not an object keyed by id, naming the file and line", () => {
    const options = { file: "t.json", links: [], resumeStem: "r", jobStem: "j" };
    assert.throws(
      () => importTeacherOutputs("[1, 2]", options),
      (error: Error) =>
        error instanceof DatasetInputError && /^t\.json:1: expected one JSON object keyed by id/.test(error.message),
    );
    throwsMessage(() => importTeacherOutputs('{\n"1": {},\n}', options), /^t\.json:3: not valid JSON/);
  });

  it("formatIdRanges joins runs of consecutive ids and compareIds sorts numerically", () => {
    assert.equal(formatIdRanges(["275", "276", "277", "300", "2", "1"]), "1–2, 275–277, 300");
    assert.equal(formatIdRanges([]), "");
    assert.equal(formatIdRanges(["b", "a", "10"]), "10, a, b");
    assert.deepEqual(["10", "9", "x", "100"].sort(compareIds), ["9", "10", "100", "x"]);
  });
});

describe("the study's linkage map and example inputs", () => {
  it("parseStudyIdMap reads ids, lines and rows, with an empty row for unrecoverable pairings", () => {
    const links = parseStudyIdMap(fs.readFileSync(fixture("map.csv")), "map.csv");
    assert.deepEqual(links[0], {
      studyId: "1",
      resumeLine: 1,
      jobRow: 0,
      corpusFile: "00001",
      linkCheck: "company_match",
    });
    assert.equal(links[2].jobRow, null);
  });

  it("parseStudyIdMap names the file and line of a bad value, a missing column or a repeated id", () => {
    const header = "study_id,first600_line,jd_description_row\n";
    throwsMessage(
      () => parseStudyIdMap(Buffer.from(`${header}1,1,0\n2,x,1\n`), "m.csv"),
      /^m\.csv:3: row 1: first600_line must be a whole number ≥ 1, got "x"$/,
    );
    throwsMessage(
      () => parseStudyIdMap(Buffer.from("study_id,first600_line\n1,1\n"), "m.csv"),
      /^m\.csv:1: no "jd_description_row" column/,
    );
    throwsMessage(
      () => parseStudyIdMap(Buffer.from(`${header}1,1,0\n1,2,1\n`), "m.csv"),
      /^m\.csv:3: row 1: study_id 1 repeats line 2$/,
    );
  });

  it("parseStudyExamples maps the input-side keys and reads the Python-dict job details", () => {
    const [example] = parseStudyExamples(fs.readFileSync(fixture("example.json"), "utf8"), "example.json");
    assert.equal(example.studyId, "1");
    assert.deepEqual(Object.keys(example.sections), [
      "personal_information",
      "achievements",
      "certificates",
      "education",
      "projects",
      "skills",
      "experience",
    ]);
    throwsMessage(
      () =>
        parseStudyExamples(
          '{"study_id": 1, "summarized_sections": {"skill": "x"}, "extracted_job_details": null}',
          "e.json",
        ),
      /^e\.json: summarized_sections has an unknown key "skill"/,
    );
  });
});

describe("importing the study's released v3 targets (../shared/data)", function () {
  before(function () {
    requireSharedData(this);
  });

  it("importTeacherOutputs links all 532 ids to a resume line and 274 to a job row, and reproduces the README's type table", () => {
    const seed = path.join(SHARED_DATA, "seed-study");
    const { targets, failures, report } = importTeacherOutputs(
      fs.readFileSync(path.join(seed, "gpt4o_targets_v3.redacted.json"), "utf8"),
      {
        file: "gpt4o_targets_v3.redacted.json",
        links: parseStudyIdMap(fs.readFileSync(path.join(seed, "study_id_map.csv")), "study_id_map.csv"),
        resumeStem: "first_600_resumes.redacted",
        jobStem: "jd_description",
        knownInputs: parseStudyExamples(
          fs.readFileSync(path.join(seed, "study_example_id1.json"), "utf8"),
          "study_example_id1.json",
        ),
      },
    );
    console.log(
      `      import: ${report.ids} ids, ${report.targets} targets, ${report.failures} failures, linked ${JSON.stringify(report.linked)}, ` +
        `unlinked ${report.unlinked.map((group) => `${group.link} ${group.count} (${group.ids})`).join("; ")}`,
    );
    assert.equal(report.ids, 532);
    assert.equal(targets.length, 3724);
    assert.equal(failures.length, 0);
    assert.deepEqual(report.linked, { resume: 532, job: 274, both: 274 });
    assert.deepEqual(
      report.unlinked.map((group) => [group.link, group.count, group.ids]),
      [["job", 258, "275–532"]],
    );
    assert.deepEqual(report.parseFailures, []);
    assert.deepEqual(report.unknownKeys, {});
    assert.deepEqual(report.knownInputIds, ["1"]);
    // The data README's table of v3 value types.
    assert.deepEqual(report.sectionTypes, {
      personal_info: { string: 376, object: 156 },
      achievements: { string: 100, list: 432 },
      certifications: { string: 135, list: 397 },
      education: { string: 195, list: 316, object: 21 },
      projects: { list: 532 },
      skill_section: { list: 171, object: 347, string: 14 },
      work_experience: { list: 531, string: 1 },
    });
    assert.equal(targets[0].target.caseId, "first_600_resumes.redacted/00001|jd_description/0|personal_information");
    assert.equal(
      targets.find(({ target }) => target.resumeId === "first_600_resumes.redacted/00277")!.target.jobId,
      "study-jd/275",
    );
  });
});
