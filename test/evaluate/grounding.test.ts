import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { groundClaims, unsupportedClaims } from "../../src/evaluate/grounding";
import { findSimilarPhrase, indexWords, NAME_SIMILARITY_THRESHOLD, phraseNorms } from "../../src/lexicon/match-text";
import { requireSharedData, SHARED_DATA } from "../helpers";

const SOURCE = {
  experience:
    "Sr. DBA at Acme Corp, Jan 2018 to Present. Managed 1000 Oracle and MySQL databases; cut backup time 30 percent; budget $2,000,000.",
  education: "Bachelor of Science in Computer Science, Univ of Illinois, 2012",
  certificate: "Oracle Certified Professional",
};
const OUTPUT = [
  "Senior Database Administrator at Acme Corporation, January 2018 - Present",
  "Managed 1k Oracle databases with SQL and Python; cut backup time by 30%; $2M budget; 5 years; led 12 engineers.",
  "B.S. in Computer Science, University of Illinois; OCP; PMP; Senior Data Scientist at Google.",
].join("\n");

describe("groundClaims", () => {
  it("groundClaims traces each claim to the source across spellings, abbreviations and number formats", () => {
    const report = groundClaims(OUTPUT, SOURCE);
    assert.deepEqual(
      report.claims.map((c) => [c.type, c.text, c.evidence?.quote ?? null]),
      [
        ["title", "Senior Database Administrator", "Sr. DBA"],
        ["organization", "Acme Corporation", "Acme"],
        ["date", "January 2018", "Jan 2018"],
        ["number", "1k", "1000"],
        ["skill", "Oracle", "Oracle"],
        ["skill", "SQL", "Oracle"], // Oracle (a SQL database) supports "SQL"
        ["skill", "Python", null],
        ["skill", "backup", "backup"],
        ["percent", "30%", "30 percent"],
        ["money", "$2M", "$2,000,000"],
        ["duration", "5 years", null],
        ["number", "12", null],
        ["degree", "B.S. in Computer Science", "Bachelor of Science in Computer Science"],
        ["institution", "University of Illinois", "Univ of Illinois"],
        ["certification", "OCP", "Oracle Certified Professional"],
        ["certification", "PMP", null],
        ["title", "Senior Data Scientist", null],
        ["organization", "Google", null],
      ],
    );
    assert.ok(report.claims.every((claim) => claim.supported === (claim.evidence !== null)));
    assert.ok(report.claims.every((claim) => OUTPUT.slice(...claim.span) === claim.text));
  });

  it("groundClaims reports the unsupported share in [0, 1] and counts per claim type", () => {
    const report = groundClaims(OUTPUT, SOURCE);
    assert.deepEqual(report.counts, { claims: 18, unsupported: 6, inputOnly: 0 });
    assert.equal(report.unsupportedShare, 6 / 18);
    assert.deepEqual(report.byType.skill, { claims: 4, unsupported: 1, inputOnly: 0 });
    assert.deepEqual(report.byType.certification, { claims: 2, unsupported: 1, inputOnly: 0 });
    assert.deepEqual(Object.keys(report.byType), [
      "number",
      "percent",
      "money",
      "date",
      "duration",
      "organization",
      "title",
      "degree",
      "institution",
      "certification",
      "skill",
    ]);
  });

  it("groundClaims gives a null share, not 0, when the output makes no checkable claim", () => {
    for (const output of ["", "Excellent communicator.", []]) {
      const report = groundClaims(output, SOURCE);
      assert.equal(report.unsupportedShare, null);
      assert.deepEqual(report.counts, { claims: 0, unsupported: 0, inputOnly: 0 });
    }
  });

  it("groundClaims supports nothing from an empty source", () => {
    assert.equal(groundClaims("Python and SQL since 2019", "").unsupportedShare, 1);
  });

  it("groundClaims reads section values and strings holding JSON as plain text", () => {
    const asJson = JSON.stringify({ skills: ["Python", "Go"], years: "5 years" });
    assert.deepEqual(
      unsupportedClaims(asJson, { skills: "Python" }).map((c) => c.text),
      ["Go", "5 years"],
    );
  });
});

describe("unsupportedClaims", () => {
  it("unsupportedClaims lists just the claims the source does not support, with their types", () => {
    assert.deepEqual(
      unsupportedClaims(OUTPUT, SOURCE).map((c) => `${c.type}: ${c.text}`),
      [
        "skill: Python",
        "duration: 5 years",
        "number: 12",
        "certification: PMP",
        "title: Senior Data Scientist",
        "organization: Google",
      ],
    );
  });
});

describe("findSimilarPhrase", () => {
  it("findSimilarPhrase accepts a typo at Jaro-Winkler >= 0.94 and rejects a different school with a shared prefix", () => {
    assert.equal(NAME_SIMILARITY_THRESHOLD, 0.94);
    assert.equal(
      findSimilarPhrase(indexWords("Analyst at Accenture, Chicago"), phraseNorms("Accentrue"))?.text,
      "Accenture",
    );
    assert.equal(findSimilarPhrase(indexWords("University of Iowa"), phraseNorms("University of Illinois")), null);
    assert.equal(findSimilarPhrase(indexWords("University of Minnesota"), phraseNorms("University of Michigan")), null);
  });
});

describe("groundClaims on the study's released targets", () => {
  before(function () {
    requireSharedData(this);
  });

  it("groundClaims(v3 of study id 1, its transcribed input sections) flags the invented project dates and data-science skills", () => {
    const v3 = JSON.parse(
      JSON.parse(fs.readFileSync(path.join(SHARED_DATA, "seed-study/gpt4o_targets_v3.redacted.json"), "utf8"))["1"],
    );
    const example = JSON.parse(fs.readFileSync(path.join(SHARED_DATA, "seed-study/study_example_id1.json"), "utf8"));
    const report = groundClaims(v3, example.summarized_sections);
    const unsupported = report.claims.filter((c) => !c.supported).map((c) => c.text);
    for (const invented of ["May 2020", "August 2020", "Python", "R", "Data Science", "Machine Learning"])
      assert.ok(unsupported.includes(invented), invented);
    for (const kept of [
      "Family Private Care LLC",
      "University of Illinois at Urbana-Champaign",
      "150",
      "500",
      "T-SQL",
    ]) {
      assert.ok(
        report.claims.some((c) => c.text === kept && c.supported),
        kept,
      );
    }
    // 45 claims: the head line "Database Administrator, Incomm, ..." names the employer Incomm (no legal-form cue);
    // a value repeated in another entry is another claim (a second "Database Administrator", "AI", "500", ...).
    assert.ok(report.claims.some((c) => c.text === "Incomm" && c.type === "organization" && c.supported));
    assert.deepEqual(report.counts, { claims: 45, unsupported: 18, inputOnly: 0 });
  });
});
