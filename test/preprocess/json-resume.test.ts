/**
 * JSON Resume exports against the official schemas (@jsonresume/schema, validated with ajv):
 * hand-made edge cases, the bundled sample, and, when ../shared/data is present, every study
 * resume and posting.
 */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readJobFile } from "../../src/collect/read-jobs";
import { readResumeSource } from "../../src/collect/read-resumes";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { toJsonResume } from "../../src/preprocess/json-resume";
import { toJsonResumeJob } from "../../src/preprocess/json-resume-job";
import { parseEducationEntry } from "../../src/preprocess/education-entries";
import { parseCertificates } from "../../src/preprocess/resume-lists";
import { splitDateRange } from "../../src/preprocess/resume-dates";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { checkJsonResume, checkJsonResumeJob } from "../../src/schemas/json-resume";
import { ResumeSections } from "../../src/schemas/resume-sections";
import { requireSharedData, ROOT, SHARED_DATA } from "../helpers";

function emptySections(): ResumeSections {
  return {
    personal_information: {
      name: null,
      email: null,
      phone: null,
      location: null,
      links: [],
      headline: null,
      summary: null,
      text: "",
    },
    achievements: { text: "", entries: [] },
    certificates: { text: "", entries: [] },
    education: { text: "", entries: [] },
    projects: { text: "", entries: [] },
    skills: { text: "", entries: [] },
    experience: { text: "", entries: [] },
    other: "",
  };
}

describe("parseCertificates date ranges", () => {
  it("parseCertificates keeps 'October 2015 to Present' whole: 'to' is a word, not the middle of 'October'", () => {
    assert.deepEqual(parseCertificates("AWS Certified Developer October 2015 to Present Data Steward 2019"), [
      { name: "AWS Certified Developer", issuer: "Amazon Web Services", date: "2015-10" },
      { name: "Data Steward", issuer: null, date: "2019" },
    ]);
  });

  it("parseCertificates takes the first date of ranges joined by '-', '–' or 'to', and of 'Current' and 'Now' ranges", () => {
    assert.deepEqual(
      parseCertificates(
        "Scrum Master 2015-2017 Six Sigma Green Belt May 2014 – June 2016 ITIL Foundation October 2018 to Current PMP September 2020 to Now",
      ).map((c) => [c.name, c.date]),
      [
        ["Scrum Master", "2015"],
        ["Six Sigma Green Belt", "2014-05"],
        ["ITIL Foundation", "2018-10"],
        ["PMP", "2020-09"],
      ],
    );
  });
});

describe("splitDateRange", () => {
  it("splitDateRange cuts at 'to' as a word, never inside 'October' or 'Toronto'", () => {
    assert.deepEqual(splitDateRange("October 2015 to Present"), ["October 2015", "Present"]);
    assert.deepEqual(splitDateRange("Oct 2015 - Present"), ["Oct 2015", "Present"]);
    assert.deepEqual(splitDateRange("2015 to 2018"), ["2015", "2018"]);
    assert.deepEqual(splitDateRange("Toronto 2015 to 2016"), ["Toronto 2015", "2016"]);
  });

  it("splitDateRange keeps an ISO month whole and splits dash ranges", () => {
    assert.deepEqual(splitDateRange("2019-03"), ["2019-03"]);
    assert.deepEqual(splitDateRange("2015-2017"), ["2015", "2017"]);
    assert.deepEqual(splitDateRange("May 2014 – June 2016"), ["May 2014", "June 2016"]);
  });

  it("parseEducationEntry reads 'October 2015 to Present' as a start of 2015-10 (it was cut inside 'Oc-to-ber')", () => {
    const entry = parseEducationEntry(
      "Master of Science in Statistics Millbrook State University October 2015 to Present",
    );
    assert.deepEqual([entry.dates, entry.startDate, entry.endDate], ["October 2015 to Present", "2015-10", null]);
    const ended = parseEducationEntry("Bachelor of Arts in History Millbrook State University Oct 2011 - May 2015");
    assert.deepEqual([ended.startDate, ended.endDate], ["2011-10", "2015-05"]);
  });
});

describe("checkJsonResume", () => {
  it("checkJsonResume names the path of a non-ISO date and of a malformed e-mail", () => {
    const check = checkJsonResume({ basics: { email: "not an address" }, certificates: [{ name: "X", date: "Oc" }] });
    assert.equal(check.valid, false);
    assert.ok(
      check.errors.some((line) => line.startsWith("/certificates/0/date must match pattern")),
      check.errors.join("\n"),
    );
    assert.ok(
      check.errors.some((line) => line.startsWith('/basics/email must match format "email"')),
      check.errors.join("\n"),
    );
    assert.deepEqual(
      checkJsonResume({
        basics: { name: "A", email: "a@b.example", url: "https://a.example" },
        work: [{ startDate: "2019-03" }],
      }),
      { valid: true, errors: [] },
    );
  });
});

describe("toJsonResume validity", () => {
  it("toJsonResume leaves out dates, e-mails and links the schema would reject, and gives a bare profile link https://", () => {
    const sections = emptySections();
    sections.personal_information = {
      ...sections.personal_information,
      name: "Rowan Vale",
      email: "rowan at example",
      links: ["linkedin.com/in/rowan-vale-0000", "https://github.com/rowan-vale-0000"],
    };
    sections.certificates.entries = [
      { name: "Data Steward", issuer: null, date: "Oc" },
      { name: "PMP", issuer: "PMI", date: "2020" },
    ];
    sections.experience.entries = [
      {
        title: "Analyst",
        employer: "Northwind",
        location: null,
        startDate: "Spring",
        endDate: "2021-Q3",
        current: false,
        bullets: ["Built reports"],
        text: "Analyst Northwind",
      },
    ];
    const json = toJsonResume(sections) as Record<string, unknown> & { basics: Record<string, unknown> };
    assert.deepEqual(json.basics, {
      name: "Rowan Vale",
      url: "https://github.com/rowan-vale-0000",
      profiles: [
        { network: "LinkedIn", url: "https://linkedin.com/in/rowan-vale-0000" },
        { network: "GitHub", url: "https://github.com/rowan-vale-0000" },
      ],
    });
    assert.deepEqual(json.certificates, [{ name: "Data Steward" }, { name: "PMP", date: "2020", issuer: "PMI" }]);
    assert.deepEqual(json.work, [{ name: "Northwind", position: "Analyst", highlights: ["Built reports"] }]);
    assert.deepEqual(checkJsonResume(json), { valid: true, errors: [] });
  });

  it("toJsonResume and toJsonResumeJob export every bundled sample resume and posting schema-valid", () => {
    const resumes = readResumeSource(path.join(ROOT, "data", "sample", "resumes.txt")).records;
    assert.ok(resumes.length > 0);
    for (const record of resumes)
      assert.deepEqual(checkJsonResume(toJsonResume(sectionResumeRules(record).sections)).errors, [], record.id);
    const postings = readJobFile(path.join(ROOT, "data", "sample", "jobs.csv")).postings;
    assert.ok(postings.length > 0);
    for (const posting of postings) {
      const job = toJsonResumeJob(extractJobDetailsRules(posting).details, { date: posting.datePosted });
      assert.deepEqual(checkJsonResumeJob(job).errors, [], posting.id);
    }
    assert.equal(
      toJsonResumeJob(extractJobDetailsRules({ description: "" }).details, { date: "24/11/2026" }).date,
      undefined,
    );
  });
});

describe("JSON Resume exports of the study's public data", function () {
  this.timeout(120_000); // sections 600 resumes and extracts 558 postings

  before(function () {
    requireSharedData(this);
  });

  it("toJsonResume exports all 600 study resumes valid against the JSON Resume schema", () => {
    const records = readResumeSource(path.join(SHARED_DATA, "seed-study", "first_600_resumes.redacted.txt")).records;
    assert.equal(records.length, 600);
    const failures = records
      .map((record) => ({
        id: record.id,
        errors: checkJsonResume(toJsonResume(sectionResumeRules(record).sections)).errors,
      }))
      .filter((result) => result.errors.length > 0);
    console.log(
      `      STUDY RESUMES: ${records.length - failures.length}/${records.length} export schema-valid JSON Resume`,
    );
    assert.deepEqual(failures, []);
  });

  it("toJsonResumeJob exports all study postings valid against the JSON Resume job schema", () => {
    const postings = readJobFile(path.join(SHARED_DATA, "seed-study", "jd_description.csv")).postings;
    const failures = postings
      .map((posting) => ({
        id: posting.id,
        errors: checkJsonResumeJob(
          toJsonResumeJob(extractJobDetailsRules(posting).details, { date: posting.datePosted }),
        ).errors,
      }))
      .filter((result) => result.errors.length > 0);
    console.log(
      `      STUDY POSTINGS: ${postings.length - failures.length}/${postings.length} export schema-valid JSON Resume jobs`,
    );
    assert.deepEqual(failures, []);
  });
});
