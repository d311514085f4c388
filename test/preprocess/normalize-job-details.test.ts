import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { JobDetails } from "../../src/schemas/job-details";
import { normalizeKey, targetOf } from "../../src/preprocess/job-details-synonyms";
import { reportJobDetailsDrift } from "../../src/preprocess/job-details-drift";
import { normalizeJobDetails } from "../../src/preprocess/normalize-job-details";
import { requireSharedData, SHARED_DATA } from "../helpers";

const PYTHON_REPR =
  "{'job_title': 'Data Engineer', 'Company Name': 'Example Co', 'location': 'Remote', 'job_type': ['Full-time', 'Contract'], " +
  "'salary': '$120,000 - $150,000 per year', 'Key Responsibilities': ['Build pipelines', 'Own data quality'], " +
  "'Skills Required': 'SQL, Python, Airflow', 'Qualifications': {'Required': [\"Bachelor's degree in Computer Science\", '3+ years of experience with Spark'], 'Preferred': ['Kafka']}, " +
  "'Perks': None, 'payment_method': 'PayPal', 'is_remote': True}";

describe("normalizeKey and targetOf", () => {
  it("normalizeKey folds spaces, case, camelCase and punctuation into snake case", () => {
    assert.deepEqual(
      ["Job Title", "job-title", "jobTitle", " What you'll do ", "Skills (Required)"].map(normalizeKey),
      ["job_title", "job_title", "job_title", "what_you_ll_do", "skills_required"],
    );
  });

  it("targetOf maps the study's and common key variants, and returns null for unknown keys", () => {
    assert.deepEqual(
      [
        "Job Title",
        "Position",
        "Required Skills",
        "Skills Required",
        "Key Responsibilities",
        "job_duties_and_responsibilities",
        "Qualifications",
        "Nice to have",
        "Perks",
        "About Us",
        "expected_hours_per_week",
      ].map(targetOf),
      [
        "title",
        "title",
        "skills.required",
        "skills.required",
        "responsibilities",
        "responsibilities",
        "requiredQualifications",
        "preferredQualifications",
        "benefits",
        "companyOverview",
        null,
      ],
    );
  });
});

describe("normalizeJobDetails", () => {
  it("normalizeJobDetails parses a Python dict repr and fills schema-valid details", () => {
    const { details, warnings } = normalizeJobDetails(PYTHON_REPR);
    assert.deepEqual(warnings, []);
    assert.doesNotThrow(() => JobDetails.parse(details));
    assert.equal(details.title, "Data Engineer");
    assert.equal(details.company, "Example Co");
    assert.equal(details.location, "Remote");
    assert.equal(details.remote, true);
    assert.deepEqual(details.jobTypes, ["fulltime", "contract"]);
    assert.deepEqual(details.salary, {
      min: 120000,
      max: 150000,
      currency: "USD",
      interval: "yearly",
      text: "$120,000 - $150,000 per year",
    });
    assert.deepEqual(details.responsibilities, ["Build pipelines", "Own data quality"]);
    assert.deepEqual(details.skills, { required: ["SQL", "Python", "Airflow"], preferred: [] });
    assert.deepEqual(details.requiredQualifications, [
      "Bachelor's degree in Computer Science",
      "3+ years of experience with Spark",
    ]);
    assert.deepEqual(details.preferredQualifications, ["Kafka"]);
    assert.deepEqual(
      details.education.map((e) => [e.level, e.fields, e.required]),
      [["bachelor", ["Computer Science"], true]],
    );
    assert.deepEqual(details.yearsOfExperience, { min: 3, max: null, text: "3+ years of experience with Spark" });
    assert.deepEqual(details.other, [{ key: "payment_method", value: "PayPal" }]);
  });

  it("normalizeJobDetails records every key as met with its target, groups as Parent.Child", () => {
    const { mappings } = normalizeJobDetails(PYTHON_REPR);
    assert.deepEqual(
      mappings.map((m) => `${m.key}→${m.mappedTo}`),
      [
        "job_title→title",
        "Company Name→company",
        "location→location",
        "job_type→jobTypes",
        "salary→salary",
        "Key Responsibilities→responsibilities",
        "Skills Required→skills.required",
        "Qualifications→requiredQualifications",
        "Qualifications.Required→requiredQualifications",
        "Qualifications.Preferred→preferredQualifications",
        "Perks→benefits",
        "payment_method→unmapped",
        "is_remote→remote",
      ],
    );
  });

  it("normalizeJobDetails reads salary objects and years given as numbers", () => {
    const { details } = normalizeJobDetails({
      Salary: { min: 45, max: "60", period: "per hour", currency: "USD" },
      "Years of Experience": 4,
      Seniority: "Senior",
    });
    assert.deepEqual(details.salary, {
      min: 45,
      max: 60,
      currency: "USD",
      interval: "hourly",
      text: "min: 45; max: 60; period: per hour; currency: USD",
    });
    assert.deepEqual(details.yearsOfExperience, { min: 4, max: null, text: "4" });
    assert.equal(details.seniority, "senior");
  });

  it("normalizeJobDetails keeps unparsable input whole in other, with a warning, and never throws", () => {
    const broken = normalizeJobDetails("{'job_title': 'X'");
    assert.match(broken.warnings[0], /^not JSON or a Python literal/);
    assert.deepEqual(broken.details.other, [{ key: "(input)", value: "{'job_title': 'X'" }]);
    assert.deepEqual(normalizeJobDetails([1, 2]).warnings, ["not an object: kept whole in other"]);
    assert.deepEqual(normalizeJobDetails(null).details.other, []);
  });
});

describe("reportJobDetailsDrift", () => {
  it("reportJobDetailsDrift counts every key variant and lists the unmapped ones", () => {
    const report = reportJobDetailsDrift([
      { "Job Title": "A", "Required Skills": ["SQL"], Deadline: "soon" },
      { job_title: "B", "Skills Required": "Python", Deadline: "later" },
      { "Job Title": "C" },
      "not a dict",
    ]);
    assert.equal(report.inputs, 4);
    assert.equal(report.failures, 1);
    assert.deepEqual(report.keys, [
      { key: "Deadline", count: 2, mappedTo: "unmapped" },
      { key: "Job Title", count: 2, mappedTo: "title" },
      { key: "Required Skills", count: 1, mappedTo: "skills.required" },
      { key: "Skills Required", count: 1, mappedTo: "skills.required" },
      { key: "job_title", count: 1, mappedTo: "title" },
    ]);
    assert.deepEqual(report.unmapped, ["Deadline"]);
  });
});

describe("normalizeJobDetails on the study's example (shared data)", function () {
  before(function () {
    requireSharedData(this);
  });

  it("normalizeJobDetails maps the study's GPT-4 details for ID 1 (a Python dict repr) with two unmapped keys", () => {
    const example = JSON.parse(fs.readFileSync(path.join(SHARED_DATA, "seed-study", "study_example_id1.json"), "utf8"));
    const { details, mappings } = normalizeJobDetails(example.extracted_job_details);
    assert.equal(details.title, "Data Analyst");
    assert.deepEqual(details.salary, {
      min: 40,
      max: null,
      currency: "USD",
      interval: "hourly",
      text: "$40.00 per hour",
    });
    assert.equal(details.remote, true);
    assert.equal(details.keywords.length, 11);
    assert.equal(details.responsibilities.length, 2);
    assert.equal(details.requiredQualifications.length, 4);
    assert.deepEqual(
      details.education.map((e) => `${e.level}:${e.required}`),
      ["master:false", "doctorate:false"],
    );
    assert.deepEqual(
      mappings.filter((m) => m.mappedTo === "unmapped").map((m) => m.key),
      ["payment_method", "expected_hours_per_week"],
    );
  });
});
