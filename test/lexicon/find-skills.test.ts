import { strict as assert } from "node:assert";
import { canonicalSkill, findSkills, skillNames } from "../../src/lexicon/find-skills";
import { SKILLS } from "../../src/lexicon/skills";

const literal = (text: string) => skillNames(text, { match: "literal" });

describe("the skills lexicon", () => {
  it("SKILLS holds about 500 skills, each canonical name and key once", () => {
    assert.ok(SKILLS.length >= 500, `${SKILLS.length} entries`);
    assert.equal(new Set(SKILLS.map((skill) => skill.name)).size, SKILLS.length);
    assert.equal(new Set(SKILLS.map((skill) => skill.key)).size, SKILLS.length);
  });

  it("skillNames reads the same skills from a plain list whether it matches literally or by words", () => {
    const text = "Python, R, PostgreSQL, Apache Kafka, Kubernetes, Tableau and Go";
    assert.deepEqual(literal(text), ["Python", "R", "PostgreSQL", "Apache Kafka", "Kubernetes", "Tableau", "Go"]);
    assert.deepEqual(skillNames(text), literal(text));
  });
});

describe("skillNames with literal matching (preprocessing)", () => {
  it("skillNames returns canonical names in order of first mention, longest alias first", () => {
    assert.deepEqual(literal("MySQL and SQL Server 2019, then Postgres, PySpark, scikit learn, MS Excel and sql"), [
      "MySQL",
      "SQL Server",
      "PostgreSQL",
      "Apache Spark",
      "scikit-learn",
      "Excel",
      "SQL",
    ]);
  });

  it("skillNames takes R, C and Go only inside lists, and never from R&D or 'go to market'", () => {
    assert.deepEqual(literal("Python, R and SQL; C++, C#, C and Go"), ["Python", "R", "SQL", "C++", "C#", "C", "Go"]);
    assert.deepEqual(literal("R&D budget, go to market, a C-level sponsor, Plan B"), []);
  });

  it("skillNames matches case-sensitive names only in their case (React, Excel, Spark)", () => {
    assert.deepEqual(literal("React, Excel and Spark"), ["React", "Excel", "Apache Spark"]);
    assert.deepEqual(literal("react to alerts, excel at work, spark joy"), []);
  });
});

describe("findSkills by words and canonicalSkill (evaluation)", () => {
  it("findSkills takes the longest alias and maps aliases to one canonical skill", () => {
    assert.deepEqual(
      findSkills("Python, PySpark, Postgres, MS SQL Server and SQL Server Management Studio on k8s with CI/CD").map(
        (m) => `${m.text}=${m.key}`,
      ),
      [
        "Python=python",
        "PySpark=apache spark",
        "Postgres=postgresql",
        "MS SQL Server=sql server",
        "SQL Server Management Studio=sql server management studio",
        "k8s=kubernetes",
        "CI/CD=ci/cd",
      ],
    );
  });

  it("findSkills matches case-sensitive aliases only as written: Go, R and REST but not go, r and rest", () => {
    assert.deepEqual(
      findSkills("Go, R and REST APIs; go to the rest of the r&d team").map((m) => m.key),
      ["go", "r", "rest"],
    );
  });

  it("canonicalSkill names the skill a whole keyword stands for, or null", () => {
    assert.deepEqual(["JS", "postgres", "Go", "T-SQL", "Transact-SQL", "teamwork", "paperwork"].map(canonicalSkill), [
      "javascript",
      "postgresql",
      "go",
      "t-sql",
      "t-sql",
      "teamwork",
      null,
    ]);
  });
});
