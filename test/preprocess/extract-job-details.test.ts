import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readJobFile } from "../../src/collect/read-jobs";
import { JobDetails } from "../../src/schemas/job-details";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { toJsonResumeJob } from "../../src/preprocess/json-resume-job";
import { ROOT } from "../helpers";

const DESCRIPTION = [
  "**About Example Co**",
  "Example Co builds tools for bakeries.",
  "",
  "##### **Responsibilities**",
  "* Build ETL pipelines in Python and Airflow",
  "\\- Maintain dashboards in Tableau",
  "",
  "What you bring:",
  "- 3\\+ years of experience with SQL",
  "- Bachelor's degree in Statistics or a related field",
  "- Spark experience (Preferred)",
  "",
  "Nice to have",
  "- dbt",
  "",
  "**Perks**",
  "- 401(k) match",
  "",
  "Pay: $90,000 - $110,000 per year",
  "Work Location: Remote",
].join("\n");

describe("extractJobDetailsRules", () => {
  it("extractJobDetailsRules reads a markdown description into headed lists, skills, years, degree, salary and remote", () => {
    const { details, warnings } = extractJobDetailsRules({ description: DESCRIPTION });
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      details,
      JobDetails.parse({
        title: null,
        company: "Example Co",
        location: "Remote",
        remote: true,
        jobTypes: [],
        salary: { min: 90000, max: 110000, currency: "USD", interval: "yearly", text: "$90,000 - $110,000 per year" },
        seniority: null,
        yearsOfExperience: { min: 3, max: null, text: "3+ years of experience with SQL" },
        education: [
          {
            level: "bachelor",
            fields: ["Statistics", "related field"],
            required: true,
            orEquivalentExperience: false,
            text: "Bachelor's degree in Statistics or a related field",
          },
        ],
        skills: {
          required: ["ETL", "Python", "Apache Airflow", "Dashboards", "Tableau", "SQL", "Statistics"],
          preferred: ["Apache Spark", "dbt"],
        },
        keywords: [
          "ETL",
          "Python",
          "Apache Airflow",
          "Dashboards",
          "Tableau",
          "SQL",
          "Statistics",
          "Apache Spark",
          "dbt",
        ],
        responsibilities: ["Build ETL pipelines in Python and Airflow", "Maintain dashboards in Tableau"],
        requiredQualifications: [
          "3+ years of experience with SQL",
          "Bachelor's degree in Statistics or a related field",
        ],
        preferredQualifications: ["Spark experience (Preferred)", "dbt"],
        benefits: ["401(k) match"],
        companyOverview: "Example Co builds tools for bakeries.",
        other: [],
      }),
    );
  });

  it("extractJobDetailsRules copies JobSpy's salary fields exactly, ignoring a different salary in the text", () => {
    const { details } = extractJobDetailsRules({
      description: DESCRIPTION,
      title: "Senior Data Engineer",
      company: "Typed Co",
      isRemote: false,
      jobTypes: ["fulltime"],
      jobLevel: null,
      salary: {
        source: "direct_data",
        interval: "hourly",
        min: 61.5,
        max: 70,
        currency: "USD",
        yearlyUsdMin: 127920,
        yearlyUsdMax: 145600,
      },
    });
    assert.deepEqual(details.salary, {
      min: 61.5,
      max: 70,
      currency: "USD",
      interval: "hourly",
      text: "$61.50 - $70 per hour",
    });
    assert.deepEqual(
      [details.title, details.company, details.remote, details.jobTypes, details.seniority],
      ["Senior Data Engineer", "Typed Co", false, ["fulltime"], "senior"],
    );
  });

  it("extractJobDetailsRules classifies sentences by wording when a posting has no duty or requirement headings, and says so", () => {
    const { details, warnings } = extractJobDetailsRules({
      description:
        "We are looking for a data analyst to join us. You will build weekly reports. Experience with SQL is required.",
    });
    assert.equal(details.title, "data analyst");
    assert.deepEqual(details.responsibilities, ["You will build weekly reports."]);
    assert.deepEqual(details.requiredQualifications, ["Experience with SQL is required."]);
    assert.deepEqual(warnings, ["no duties or qualifications headings: sentences were classified by their wording"]);
  });

  it("extractJobDetailsRules reads the bundled sample's first posting (fictional) as a reader would", () => {
    const posting = readJobFile(path.join(ROOT, "data", "sample", "jobs.csv")).postings[0];
    const { details } = extractJobDetailsRules(posting);
    assert.equal(details.title, "Senior Data Analyst");
    assert.equal(details.seniority, "senior");
    assert.deepEqual(details.salary, {
      min: 95000,
      max: 120000,
      currency: "USD",
      interval: "yearly",
      text: "$95,000 - $120,000 per year",
    });
    assert.deepEqual(
      [
        details.responsibilities.length,
        details.requiredQualifications.length,
        details.preferredQualifications.length,
        details.benefits.length,
      ],
      [6, 6, 3, 4],
    );
    assert.deepEqual(details.yearsOfExperience?.min, 5);
    assert.deepEqual(details.skills.preferred, ["dbt", "Experimental design"]);
  });
});

describe("toJsonResumeJob", () => {
  it("toJsonResumeJob maps details to the JSON Resume job schema, leaving unknown values out", () => {
    const { details } = extractJobDetailsRules({ description: DESCRIPTION });
    const job = toJsonResumeJob(
      {
        ...details,
        title: "Data Engineer",
        location: "Columbus, OH",
        seniority: "senior",
        jobTypes: ["fulltime", "contract"],
      },
      { date: "2026-11-24" },
    );
    assert.deepEqual(Object.keys(job), [
      "title",
      "company",
      "type",
      "date",
      "description",
      "location",
      "remote",
      "salary",
      "experience",
      "responsibilities",
      "qualifications",
      "skills",
    ]);
    assert.equal(job.type, "Full-time, Contract");
    assert.deepEqual(job.location, { city: "Columbus", region: "OH", countryCode: "US" });
    assert.equal(job.remote, "Full");
    assert.equal(job.salary, "$90,000 - $110,000 per year");
    assert.equal(job.experience, "Senior, 3+ years");
    assert.deepEqual(job.qualifications, [
      "3+ years of experience with SQL",
      "Bachelor's degree in Statistics or a related field",
      "Spark experience (Preferred)",
      "dbt (preferred)",
    ]);
    assert.deepEqual((job.skills as { name: string; level: string }[]).slice(-2), [
      { name: "Apache Spark", level: "preferred", keywords: [] },
      { name: "dbt", level: "preferred", keywords: [] },
    ]);
  });

  it("toJsonResumeJob gives an empty object for details with nothing known", () => {
    const { details } = extractJobDetailsRules({ description: "" });
    assert.deepEqual(toJsonResumeJob(details), {});
  });
});
