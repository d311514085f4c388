/**
 * The general sectioner: headings on their own lines and inline in run-together text, with a
 * confidence each, and its accuracy per layout on the project-written, hand-labelled fixtures
 * of test/fixtures/resume-layouts (printed as a table).
 */
import { strict as assert } from "node:assert";
import { findSectionHeadings } from "../../src/preprocess/sectioner-headings";
import { findRepeatedTitle } from "../../src/preprocess/sectioner-repeated-title";
import { CORE_SECTIONS, formatAccuracyTable, measureSectionerAccuracy } from "../../src/preprocess/sectioner-accuracy";
import {
  assembleResume,
  flattenLayout,
  LayoutFixture,
  loadLayoutFixtures,
} from "../../src/preprocess/sectioner-fixtures";
import { sectionResumeRules } from "../../src/preprocess/section-resume";

const brief = (text: string) => findSectionHeadings(text).map((h) => [h.text, h.destination, h.placement]);

describe("findSectionHeadings", () => {
  it("findSectionHeadings finds inline headings in run-together Kaggle-style text, each with a confidence above one half", () => {
    const text =
      "Skills Python, SQL Education Details B.Tech Computer Science 2019 Skill Details SQL- Exprience - 24 monthsCompany Details company - Acme description - Built models";
    const found = findSectionHeadings(text);
    assert.deepEqual(
      found.map((h) => [h.text, h.destination, h.placement]),
      [
        ["Skills", "skills", "inline"],
        ["Education Details", "education", "inline"],
        ["Skill Details", "skills", "inline"],
        ["Company Details", "experience", "inline"],
      ],
    );
    assert.equal(found[3].start, text.indexOf("Company Details"));
    assert.ok(found.every((h) => h.confidence > 0.5 && h.confidence < 1));
  });

  it("findSectionHeadings takes headings alone on their line, with Markdown marks or a colon, more confidently than inline ones", () => {
    const text =
      "Jane Roe\n## EXPERIENCE\nAnalyst, Acme, 2019 - Present\n**Education:**\nBSc Maths\nSkills: SQL, Python";
    assert.deepEqual(brief(text), [
      ["EXPERIENCE", "experience", "line"],
      ["Education", "education", "line"],
      ["Skills", "skills", "inline"],
    ]);
    const [experience] = findSectionHeadings(text);
    const [inline] = findSectionHeadings("Summary text here. EXPERIENCE Analyst at Acme");
    assert.ok(experience.confidence > inline.confidence);
  });

  it("findSectionHeadings skips heading words in running text and labels inside a list", () => {
    assert.deepEqual(
      brief(
        "I have 5 years of Experience in SQL. Programming Languages: Python, Go. My skills, education and projects.",
      ),
      [],
    );
    // With heading lines present, only what opens a line counts.
    assert.deepEqual(brief("Experience\nLed projects for the Education team\nSkills\n- Languages: Python"), [
      ["Experience", "experience", "line"],
      ["Skills", "skills", "line"],
    ]);
  });

  it("findSectionHeadings keeps the more distinctive of two headings in a row for the same section", () => {
    assert.deepEqual(
      brief("Education Details 2011 HSC Board of Intermediate Education Web Developer Company Details company - Acme"),
      [
        ["Education Details", "education", "inline"],
        ["Company Details", "experience", "inline"],
      ],
    );
  });

  it("findSectionHeadings returns [] for an empty text", () => {
    assert.deepEqual(findSectionHeadings(""), []);
  });
});

describe("findRepeatedTitle", () => {
  it("findRepeatedTitle finds the Kaggle title line (the title twice, then ' - ' and the employer)", () => {
    const body = " 2019 B.Tech Computer Science Pune University Data Scientist Data Scientist - Finch Analytics ";
    assert.equal(findRepeatedTitle(body), body.indexOf("Data Scientist"));
    assert.equal(findRepeatedTitle(" 2019 B.Tech Pune University "), null);
  });
});

describe("sectionResumeRules on layouts other than florex", () => {
  it("sectionResumeRules sections a Kaggle-style resume by the general vocabulary and exposes each heading's confidence", () => {
    const text =
      "Skills Python, SQL, Tableau Education Details 2019 B.Tech Computer Science Pune University Data Analyst Data Analyst - Finch Analytics " +
      "Skill Details Python- Exprience - 24 monthsCompany Details company - Finch Analytics description - Built weekly dashboards.";
    const result = sectionResumeRules({ id: "k", text });
    assert.equal(result.vocabulary, "general");
    assert.equal(result.sections.skills.text, "Python, SQL, Tableau\nPython- Exprience - 24 months");
    assert.equal(result.sections.education.text, "2019 B.Tech Computer Science Pune University");
    assert.equal(
      result.sections.experience.text,
      "Data Analyst Data Analyst - Finch Analytics\ncompany - Finch Analytics description - Built weekly dashboards.",
    );
    assert.deepEqual(
      result.headings.map((h) => [h.heading, h.section, h.placement]),
      [
        ["Skills", "skills", "inline"],
        ["Education Details", "education", "inline"],
        ["", "experience", "implicit"],
        ["Skill Details", "skills", "inline"],
        ["Company Details", "experience", "inline"],
      ],
    );
    assert.ok(result.headings.every((h) => h.confidence > 0.5 && h.confidence <= 1));
    result.spans.forEach((span, k) => assert.equal(span.start, k === 0 ? 0 : result.spans[k - 1].end));
    assert.equal(result.spans[result.spans.length - 1].end, text.length);
  });

  it("sectionResumeRules keeps the Indeed reading for a florex-style resume and reports its headings' confidence", () => {
    const text =
      "Data Analyst Data Analyst - Acme Columbus, OH Work Experience Data Analyst Acme - Columbus, OH March 2019 to Present Built dashboards " +
      "Education Bachelor of Science in Statistics Ohio State University 2011 to 2015 Skills SQL (5 years), Python (3 years)";
    const result = sectionResumeRules({ id: "f", text });
    assert.equal(result.vocabulary, "indeed");
    assert.deepEqual(
      result.headings.map((h) => [h.heading, h.section]),
      [
        ["Work Experience", "experience"],
        ["Education", "education"],
        ["Skills", "skills"],
      ],
    );
    assert.ok(result.headings.every((h) => h.confidence > 0.5));
  });
});

describe("measureSectionerAccuracy", () => {
  const fixture: LayoutFixture = {
    layout: "tiny",
    description: "hand-computed",
    joiner: " ",
    resumes: [
      {
        id: "t1",
        segments: [
          ["personal_information", "Jo Roe"],
          ["heading", "EXPERIENCE"],
          ["experience", "Analyst at Acme"],
          ["heading", "EDUCATION"],
          ["education", "BSc Maths"],
        ],
      },
    ],
  };

  it("assembleResume joins segments and records their offsets; a glued segment gets no joiner", () => {
    const resume = assembleResume(
      "g",
      [
        ["skills", "SQL- 24 months"],
        ["heading", "Company Details", "glue"],
        ["experience", "company - Acme"],
      ],
      " ",
    );
    assert.equal(resume.text, "SQL- 24 monthsCompany Details company - Acme");
    assert.deepEqual(
      resume.segments.map((s) => [s.section, s.start, s.end]),
      [
        ["skills", 0, 14],
        ["heading", 14, 29],
        ["experience", 30, 44],
      ],
    );
  });

  it("measureSectionerAccuracy counts boundaries, extra cuts, characters and core coverage exactly", () => {
    // A sectioner that cuts only at EXPERIENCE: EDUCATION is missed and "BSc Maths" lands in experience.
    const [row] = measureSectionerAccuracy([fixture], ({ text }) => {
      const at = text.indexOf("EXPERIENCE");
      return {
        spans: [
          { section: "personal_information", start: 0, end: at, heading: null },
          { section: "heading", start: at, end: at + 10, heading: "EXPERIENCE" },
          { section: "experience", start: at + 10, end: text.length, heading: "EXPERIENCE" },
        ],
      };
    });
    assert.deepEqual(row.boundaries, { correct: 1, total: 2 });
    assert.equal(row.extraHeadings, 0);
    // Non-space characters: "JoRoe" 5 + "AnalystatAcme" 13 right; "BScMaths" 8 wrong.
    assert.deepEqual(row.characters, { correct: 18, total: 26 });
    assert.deepEqual(row.coverage, {
      experience: { correct: 1, total: 1 },
      education: { correct: 0, total: 1 },
      skills: { correct: 0, total: 0 },
    });
  });

  it("formatAccuracyTable prints one row per layout with percentages and counts", () => {
    const rows = measureSectionerAccuracy([fixture], sectionResumeRules);
    assert.equal(
      formatAccuracyTable(rows, "T"),
      [
        "T",
        "layout  resumes  boundaries found  extra cuts  characters right  experience found  education found  skills found",
        "------  -------  ----------------  ----------  ----------------  ----------------  ---------------  ------------",
        "tiny          1      100.0% (2/2)           0    100.0% (26/26)      100.0% (1/1)     100.0% (1/1)             –",
      ].join("\n"),
    );
  });
});

describe("hand-labelled layout fixtures (test/fixtures/resume-layouts)", () => {
  const fixtures = loadLayoutFixtures();
  const measured = [...fixtures, ...fixtures.filter((f) => f.joiner.includes("\n")).map(flattenLayout)];

  it("the fixtures hold at least three layouts of at least eight resumes besides the held-out ones", () => {
    const tuning = fixtures.filter((f) => !f.layout.includes("(holdout)"));
    assert.ok(tuning.length >= 3);
    for (const fixture of tuning) assert.ok(fixture.resumes.length >= 8, fixture.layout);
  });

  it("measureSectionerAccuracy: sectionResumeRules finds experience and education in at least 85% and skills in at least 75% of the resumes of every layout", () => {
    const rows = measureSectionerAccuracy(measured, sectionResumeRules);
    console.log(formatAccuracyTable(rows).replace(/^/gm, "      "));
    for (const row of rows) for (const miss of row.misses) console.log(`        miss (${row.layout}): ${miss}`);
    const rate = (t: { correct: number; total: number }) => (t.total ? t.correct / t.total : 1);
    for (const row of rows) {
      const floors: Record<(typeof CORE_SECTIONS)[number], number> = {
        experience: 0.85,
        education: 0.85,
        skills: 0.75,
      };
      for (const section of CORE_SECTIONS)
        assert.ok(rate(row.coverage[section]) >= floors[section], `${row.layout} ${section}`);
      assert.ok(rate(row.boundaries) >= 0.8 && rate(row.characters) >= 0.8, row.layout);
    }
  });
});
