import { strict as assert } from "node:assert";
import { findDegreeRequirements, mergeDegreeRequirements } from "../../src/preprocess/degree-requirements";
import { formatSalary, parseSalaryText } from "../../src/preprocess/salary-text";
import { detectSeniority, seniorityFromTitle } from "../../src/preprocess/seniority";
import { findYearsOfExperience } from "../../src/preprocess/years-experience";

describe("parseSalaryText", () => {
  it("parseSalaryText reads ranges and single amounts with their period", () => {
    assert.deepEqual(parseSalaryText("$120,000 - $150,000 per year"), {
      min: 120000,
      max: 150000,
      currency: "USD",
      interval: "yearly",
      text: "$120,000 - $150,000 per year",
    });
    assert.deepEqual(parseSalaryText("$45/hr"), {
      min: 45,
      max: null,
      currency: "USD",
      interval: "hourly",
      text: "$45/hr",
    });
    assert.deepEqual(parseSalaryText("From $40.00 per hour"), {
      min: 40,
      max: null,
      currency: "USD",
      interval: "hourly",
      text: "$40.00 per hour",
    });
    assert.deepEqual(parseSalaryText("$101,700-168,200/year"), {
      min: 101700,
      max: 168200,
      currency: "USD",
      interval: "yearly",
      text: "$101,700-168,200/year",
    });
    assert.deepEqual(parseSalaryText("between $50,000 and $70,000 a year"), {
      min: 50000,
      max: 70000,
      currency: "USD",
      interval: "yearly",
      text: "$50,000 and $70,000 a year",
    });
  });

  it("parseSalaryText does not invent a currency or period that the text does not state", () => {
    assert.deepEqual(parseSalaryText("120k-150k"), {
      min: 120000,
      max: 150000,
      currency: null,
      interval: null,
      text: "120k-150k",
    });
    assert.deepEqual(parseSalaryText("Salary: 90000 - 110000"), {
      min: 90000,
      max: 110000,
      currency: null,
      interval: null,
      text: "90000 - 110000",
    });
  });

  it("parseSalaryText reads 'up to' as a maximum only", () => {
    assert.deepEqual(parseSalaryText("up to $95K annually"), {
      min: null,
      max: 95000,
      currency: "USD",
      interval: "yearly",
      text: "$95K annually",
    });
  });

  it("parseSalaryText prefers a pay range over a bonus and skips revenue and 401(k)", () => {
    assert.deepEqual(parseSalaryText("a $1,000 sign-on bonus and $120,000 - $140,000 base")?.min, 120000);
    assert.equal(parseSalaryText("We have $25M in revenue"), null);
    assert.equal(parseSalaryText("401(k) with 5% match"), null);
    assert.equal(parseSalaryText(""), null);
  });
});

describe("formatSalary", () => {
  it("formatSalary renders amounts and the period, and null when there are no amounts", () => {
    assert.equal(
      formatSalary({ min: 95000, max: 120000, currency: "USD", interval: "yearly" }),
      "$95,000 - $120,000 per year",
    );
    assert.equal(formatSalary({ min: 38.5, max: null, currency: "USD", interval: "hourly" }), "$38.50 per hour");
    assert.equal(formatSalary({ min: 165000, max: 165000, currency: "USD", interval: null }), "$165,000");
    assert.equal(formatSalary({ min: null, max: null, currency: null, interval: null }), null);
  });
});

describe("findYearsOfExperience", () => {
  it("findYearsOfExperience reads '3+', ranges, number words and Indeed's 'N years (Preferred)'", () => {
    const first = (text: string) => findYearsOfExperience(text)[0];
    assert.deepEqual(first("3+ years of experience with SQL"), {
      min: 3,
      max: null,
      text: "3+ years of experience with SQL",
    });
    assert.deepEqual(first("5-7 years of experience"), { min: 5, max: 7, text: "5-7 years of experience" });
    assert.deepEqual(first("at least two years of professional experience"), {
      min: 2,
      max: null,
      text: "at least two years of professional experience",
    });
    assert.deepEqual(first("minimum of five (5) years of related experience"), {
      min: 5,
      max: null,
      text: "minimum of five (5) years of related experience",
    });
    assert.deepEqual(first("Business Analyst: 10 years (Preferred)"), {
      min: 10,
      max: null,
      text: "Business Analyst: 10 years (Preferred)",
    });
    assert.deepEqual(first("up to 2 years experience"), { min: null, max: 2, text: "up to 2 years experience" });
  });

  it("findYearsOfExperience ignores years that are not about experience", () => {
    assert.deepEqual(findYearsOfExperience("the company is 5 years old; equity vests over 4 years"), []);
  });
});

describe("findDegreeRequirements", () => {
  it("findDegreeRequirements reads level, fields, equivalent experience and required", () => {
    const [bachelor] = findDegreeRequirements(
      "Bachelor's degree in Computer Science, Statistics or a related field, or equivalent experience",
    );
    assert.deepEqual(
      [bachelor.level, bachelor.fields, bachelor.required, bachelor.orEquivalentExperience],
      ["bachelor", ["Computer Science", "Statistics", "related field"], true, true],
    );
  });

  it("findDegreeRequirements lets 'preferred' cover degrees joined by a slash and keeps separate clauses apart", () => {
    assert.deepEqual(
      findDegreeRequirements("BS/MS in CS preferred").map((e) => `${e.level}:${e.required}`),
      ["bachelor:false", "master:false"],
    );
    assert.deepEqual(
      findDegreeRequirements("Master's preferred; Bachelor's required").map((e) => `${e.level}:${e.required}`),
      ["master:false", "bachelor:true"],
    );
    assert.deepEqual(
      findDegreeRequirements("a bachelor's degree", true).map((e) => e.required),
      [false],
    );
  });

  it("findDegreeRequirements does not read 'MS Office' or 'Scrum Master' as degrees", () => {
    assert.deepEqual(findDegreeRequirements("Proficient in MS Office"), []);
    assert.deepEqual(findDegreeRequirements("Certified Scrum Master or equivalent"), []);
  });

  it("mergeDegreeRequirements keeps one requirement per level and kind, uniting fields", () => {
    const merged = mergeDegreeRequirements([
      ...findDegreeRequirements("BS in Statistics"),
      ...findDegreeRequirements("BS in Economics or equivalent experience"),
    ]);
    assert.deepEqual(
      merged.map((e) => [e.level, e.fields, e.orEquivalentExperience]),
      [["bachelor", ["Statistics", "Economics"], true]],
    );
  });
});

describe("seniorityFromTitle and detectSeniority", () => {
  it("seniorityFromTitle reads the most senior word of a title", () => {
    assert.deepEqual(
      [
        "Sr. Data Engineer",
        "Lead Data Scientist",
        "Director, Software Engineering",
        "Senior Manager, Analytics",
        "Data Science Intern",
        "Junior DBA",
        "Staff Engineer",
        "Principal ML Engineer",
        "Data Scientist",
        "VP of Data",
      ].map(seniorityFromTitle),
      ["senior", "lead", "director", "manager", "intern", "entry", "staff", "principal", null, "executive"],
    );
  });

  it("detectSeniority falls back to JobSpy's job level, then to explicit phrases, else null", () => {
    assert.equal(detectSeniority(null, "mid-senior level", ""), "mid");
    assert.equal(detectSeniority("Analyst", null, "This is an entry-level role"), "entry");
    assert.equal(detectSeniority(null, null, "nothing here"), null);
  });
});
