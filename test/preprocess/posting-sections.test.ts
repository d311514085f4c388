import { strict as assert } from "node:assert";
import { splitPostingSections, unescapeMarkdown } from "../../src/preprocess/markdown-sections";
import { classifyHeading } from "../../src/preprocess/posting-headings";
import { rankKeywords } from "../../src/preprocess/rank-keywords";

describe("unescapeMarkdown", () => {
  it("unescapeMarkdown undoes JobSpy's backslash escapes, single and doubled", () => {
    assert.equal(
      unescapeMarkdown("3\\+ years, full\\-time, 3\\\\+ years, \\#1 and 9\\.5"),
      "3+ years, full-time, 3+ years, #1 and 9.5",
    );
  });
});

describe("classifyHeading", () => {
  it("classifyHeading tells duties, requirements, preferred, benefits, company, summary, sub-topics and closings apart", () => {
    const headings = [
      "Responsibilities",
      "What you'll do",
      "Duties",
      "Requirements",
      "Qualifications",
      "What you bring",
      "Must have",
      "Preferred Qualifications",
      "Nice to have",
      "Bonus",
      "Benefits",
      "Perks",
      "What we offer",
      "About us",
      "Who we are",
      "About the role",
      "Education:",
      "Compensation",
      "How to apply",
      "Our game-changers",
    ];
    assert.deepEqual(headings.map(classifyHeading), [
      "responsibilities",
      "responsibilities",
      "responsibilities",
      "required",
      "required",
      "required",
      "required",
      "preferred",
      "preferred",
      "preferred",
      "benefits",
      "benefits",
      "benefits",
      "about",
      "about",
      "summary",
      "topic",
      "compensation",
      "closing",
      "other",
    ]);
  });
});

describe("splitPostingSections", () => {
  const description = [
    "**About Example Co**",
    "Example Co builds tools for bakeries.",
    "",
    "##### **Responsibilities**",
    "* Build pipelines",
    "\\- Maintain dashboards",
    "• Own data quality",
    "1. Mentor two analysts",
    "",
    "What you bring:",
    "- 3\\+ years of SQL",
    "",
    "Nice to have",
    "- dbt",
    "",
    "Culture note. **Perks**",
    "- 401(k) match",
    "Pay: $90,000 per year",
  ].join("\n");

  it("splitPostingSections finds bold, #-bold, colon, plain known and glued bold headings, and every bullet style", () => {
    const blocks = splitPostingSections(description);
    assert.deepEqual(
      blocks.map((b) => [b.heading, b.category]),
      [
        ["About Example Co", "about"],
        ["Responsibilities", "responsibilities"],
        ["What you bring", "required"],
        ["Nice to have", "preferred"],
        ["Perks", "benefits"],
      ],
    );
    assert.deepEqual(blocks[1].lines, [
      { text: "Build pipelines", bullet: true },
      { text: "Maintain dashboards", bullet: true },
      { text: "Own data quality", bullet: true },
      { text: "Mentor two analysts", bullet: true },
    ]);
    assert.deepEqual(blocks[3].lines, [
      { text: "dbt", bullet: true },
      { text: "Culture note.", bullet: false },
    ]);
    assert.deepEqual(blocks[4].lines, [
      { text: "401(k) match", bullet: true },
      { text: "Pay: $90,000 per year", bullet: false },
    ]);
  });

  it("splitPostingSections keeps text before the first heading as a block with heading null, and [] for empty text", () => {
    assert.deepEqual(splitPostingSections("Intro line\n\nResponsibilities\n- do things"), [
      { heading: null, category: "other", lines: [{ text: "Intro line", bullet: false }] },
      { heading: "Responsibilities", category: "responsibilities", lines: [{ text: "do things", bullet: true }] },
    ]);
    assert.deepEqual(splitPostingSections(""), []);
  });
});

describe("rankKeywords", () => {
  it("rankKeywords returns content words seen twice or more, most frequent first, stop words out", () => {
    assert.deepEqual(rankKeywords("Reports reports reports data data clinic the the and team team"), [
      "reports",
      "data",
    ]);
    assert.deepEqual(rankKeywords(""), []);
  });
});
