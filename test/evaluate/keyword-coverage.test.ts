import { strict as assert } from "node:assert";
import { coverKeywords, mentionsKeyword } from "../../src/evaluate/keyword-coverage";

describe("coverKeywords", () => {
  const keywords = {
    required: ["Python", "Postgres", "SQL", "dashboards", "python"],
    preferred: ["Kubernetes", "stakeholder management"],
  };
  const original = "Oracle DBA. Built reporting dashboard for finance.";
  const output = { summary: "Built Python ETL on PostgreSQL; managed stakeholders", skills: ["k8s", "dashboarding"] };

  it("coverKeywords gives the share of required and preferred keywords in the output and in the original", () => {
    const coverage = coverKeywords(keywords, output, original);
    // Required, deduplicated: Python, Postgres, SQL, dashboards. The output has Python, PostgreSQL
    // (an alias of Postgres), SQL (PostgreSQL is a SQL database) and "dashboarding" (stem "dashboard").
    assert.deepEqual(coverage.required.output, {
      share: 1,
      present: ["Python", "Postgres", "SQL", "dashboards"],
      missing: [],
    });
    // The original: Oracle supports SQL, "dashboard" is "dashboards" stemmed.
    assert.deepEqual(coverage.required.original, {
      share: 2 / 4,
      present: ["SQL", "dashboards"],
      missing: ["Python", "Postgres"],
    });
    // k8s is Kubernetes; "managed stakeholders" is not the phrase "stakeholder management".
    assert.deepEqual(coverage.preferred.output, {
      share: 1 / 2,
      present: ["Kubernetes"],
      missing: ["stakeholder management"],
    });
    assert.equal(coverage.all.output.share, 5 / 6);
    assert.equal(coverage.all.original.share, 2 / 6);
  });

  it("coverKeywords gives a null share for an empty keyword list", () => {
    const coverage = coverKeywords({ required: [], preferred: [" "] }, "Python", "Python");
    assert.deepEqual(coverage.required.output, { share: null, present: [], missing: [] });
    assert.deepEqual(coverage.preferred.original, { share: null, present: [], missing: [] });
  });
});

describe("mentionsKeyword", () => {
  it("mentionsKeyword finds a skill by any alias and other keywords by their stemmed words", () => {
    assert.equal(mentionsKeyword("Wrote JavaScript and Golang", "JS"), true);
    assert.equal(mentionsKeyword("Wrote JavaScript and Golang", "Go"), true);
    assert.equal(mentionsKeyword("Managing teams of analysts", "team management"), false);
    assert.equal(mentionsKeyword("Managed teams of analysts", "managing teams"), true);
    assert.equal(mentionsKeyword("go to market", "Go"), false);
  });
});
