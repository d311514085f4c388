/** The study's public files (../shared/data), when present: every row must load. */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { assembleCollection } from "../../src/collect/collect";
import { readJobFile } from "../../src/collect/read-jobs";
import { readResumeSource } from "../../src/collect/read-resumes";
import { requireSharedData, SHARED_DATA } from "../helpers";

const seed = (name: string) => path.join(SHARED_DATA, "seed-study", name);

describe("collect on the study's public data", function () {
  before(function () {
    requireSharedData(this);
  });

  it("readResumeSource loads all 600 study resumes from the Windows-1252 line file with their labels", () => {
    const { records, rejects, rowsRead } = readResumeSource(seed("first_600_resumes.redacted.txt"));
    assert.equal(rowsRead, 600);
    assert.equal(records.length, 600);
    assert.deepEqual(rejects, []);
    assert.ok(records.every((record) => record.encoding === "windows-1252"));
    assert.equal(records[0].corpusId, "C:\\Workspace\\java\\scrape_indeed\\dba_part_1\\1.html#1");
    assert.equal(records[0].primaryLabel, "Database Administrator");
    assert.ok(records.every((record) => record.labels.length >= 1 && record.labels.length <= 59));
    assert.ok(
      records.every((record) => !record.text.includes("<span")),
      "highlight spans are removed",
    );
    const titles = new Map<string, number>();
    for (const record of records)
      titles.set(record.primaryLabel ?? "", (titles.get(record.primaryLabel ?? "") ?? 0) + 1);
    assert.equal(titles.size, 387);
    assert.equal(titles.get("Oracle Database Administrator"), 69);
  });

  it("readResumeSource loads the 900-resume folder sample with 100 resumes per primary label", () => {
    const { records, rejects } = readResumeSource(path.join(SHARED_DATA, "florex-sample", "resumes_corpus"));
    assert.equal(records.length, 900);
    assert.deepEqual(rejects, []);
    const perLabel = new Map<string, number>();
    for (const record of records)
      perLabel.set(record.primaryLabel ?? "", (perLabel.get(record.primaryLabel ?? "") ?? 0) + 1);
    assert.equal(perLabel.size, 9);
    assert.ok([...perLabel.values()].every((count) => count === 100));
  });

  it("readJobFile reads all 558 study descriptions; de-duplication removes the 65 exact repeats", () => {
    const read = readJobFile(seed("jd_description.csv"));
    assert.equal(read.rowsRead, 558);
    assert.equal(read.postings.length, 558);
    const collection = assembleCollection([], [{ path: "jd_description.csv", result: read }]);
    assert.equal(collection.profile.jobs.duplicatesByRule.same_description, 65);
    assert.ok(collection.postings.length < 558);
    assert.equal(collection.postings.length + collection.profile.jobs.duplicates, 558);
    assert.equal(collection.profile.allRowsAccounted, true);
  });

  it("readJobFile loads every row of both raw JobSpy exports with typed salaries", () => {
    for (const [name, rows] of [
      ["jobspy_data_scientist.csv", 21],
      ["jobspy_software_engineer.csv", 25],
    ] as const) {
      const read = readJobFile(seed(name));
      assert.equal(read.rowsRead, rows, name);
      assert.equal(read.postings.length, rows, name);
      const withSalary = read.postings.filter((posting) => posting.salary !== null);
      assert.ok(withSalary.length > 0, name);
      for (const posting of withSalary) {
        assert.ok(posting.salary?.interval === "yearly" || posting.salary?.interval === "hourly", name);
        assert.equal(typeof posting.salary?.min, "number");
        assert.equal(typeof posting.salary?.yearlyUsdMin, "number");
      }
    }
    const first = readJobFile(seed("jobspy_data_scientist.csv")).postings[0];
    assert.deepEqual(
      [first.site, first.title, first.salary?.min, first.salary?.max, first.role],
      ["glassdoor", "Senior Machine Learning Engineer", 108546, 161906, "machine_learning_engineer"],
    );
  });
});
