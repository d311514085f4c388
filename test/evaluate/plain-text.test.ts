import { strict as assert } from "node:assert";
import { parseStructuredText, sectionsToPlainText, sectionToPlainText } from "../../src/evaluate/plain-text";

describe("sectionToPlainText", () => {
  it("sectionToPlainText keeps a plain string one line per line, trimmed, without blank lines", () => {
    assert.equal(
      sectionToPlainText("  Led a team.\r\n\r\n  Cut costs 20%.\rShipped v2  "),
      "Led a team.\nCut costs 20%.\nShipped v2",
    );
  });

  it("sectionToPlainText writes a list one line per item", () => {
    assert.equal(sectionToPlainText(["Python, SQL", "Spark", "", null, 3]), "Python, SQL\nSpark\n3");
  });

  it("sectionToPlainText writes an entry's scalars as its first line, then its lists, without keys", () => {
    const job = {
      role: "Database Administrator",
      company: "Acme LLC",
      responsibilities: ["Ran backups.", "Tuned queries."],
      dates: "2017 to Present",
    };
    assert.equal(
      sectionToPlainText([job]),
      "Database Administrator, Acme LLC, 2017 to Present\nRan backups.\nTuned queries.",
    );
  });

  it("sectionToPlainText drops the keys of a skills object and keeps one line per skill", () => {
    assert.equal(
      sectionToPlainText({ Databases: ["Oracle", "SQL Server"], Languages: "Python" }),
      "Python\nOracle\nSQL Server",
    );
  });

  it("sectionToPlainText reads a string holding JSON as the value it holds", () => {
    assert.equal(sectionToPlainText('["Ran backups.", "Tuned queries."]'), "Ran backups.\nTuned queries.");
  });

  it("sectionToPlainText gives empty text for null, an empty list and an empty string", () => {
    for (const value of [null, undefined, [], "", {}, "  \n "])
      assert.equal(sectionToPlainText(value), "", JSON.stringify(value));
  });
});

describe("sectionsToPlainText", () => {
  it("sectionsToPlainText writes one block per section in key order", () => {
    assert.equal(
      sectionsToPlainText({ skills: ["Python", "SQL"], education: "BS Math", certifications: "" }),
      "Python\nSQL\nBS Math",
    );
  });

  it("sectionsToPlainText reads the study's Python-repr job details without keys or quotes", () => {
    const details =
      "{'job_title': 'Data Analyst', 'keywords': ['AI chatbots', 'statistics'], 'salary': 'From $40.00 per hour'}";
    assert.equal(sectionsToPlainText(details), "Data Analyst\nAI chatbots\nstatistics\nFrom $40.00 per hour");
  });
});

describe("parseStructuredText", () => {
  it("parseStructuredText reads JSON and Python literals of lists and dicts only", () => {
    assert.deepEqual(parseStructuredText(' {"a": [1, 2]} '), { a: [1, 2] });
    assert.deepEqual(parseStructuredText("['x', None]"), ["x", null]);
    for (const text of ["[URL]", "42", '"text"', "{not json}", "Python"])
      assert.equal(parseStructuredText(text), undefined, text);
  });
});
