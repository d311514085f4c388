import { strict as assert } from "node:assert";
import { extractClaims } from "../../src/evaluate/claims";
import { findNamedClaims } from "../../src/evaluate/named-claims";
import { findNumericMentions } from "../../src/evaluate/numeric-claims";

const brief = (claims: { type: string; text: string; key: string; field?: string }[]) =>
  claims.map((c) => `${c.type}: ${c.text} = ${c.key}${c.field ? ` / ${c.field}` : ""}`);

describe("findNumericMentions", () => {
  it("findNumericMentions reads 1,000, 1000 and 1k as 1000, and money, percentages and durations by value", () => {
    const text =
      "Migrated 1,000 tables (1k rows, $1.5M budget), 40% faster, 12.5 percent less, in 4 months; 10+ years; five-year plan; 3x";
    assert.deepEqual(
      findNumericMentions(text).map((m) => `${m.type} ${m.key}`),
      [
        "number 1000",
        "number 1000",
        "money 1500000",
        "percent 40",
        "percent 12.5",
        "duration 4 month",
        "duration 10 year",
        "duration 5 year",
        "number 3",
      ],
    );
  });

  it("findNumericMentions reads Jan 2020, January, 2020 and 01/2020 as 2020-01, and a year range as two years", () => {
    assert.deepEqual(
      findNumericMentions("Jan. 2020; January, 2020; 01/2020; 2007-2011").map((m) => m.key),
      ["2020-01", "2020-01", "2020-01", "2007", "2011"],
    );
  });

  it("findNumericMentions skips digits inside words, 24/7, 24x7 and list markers", () => {
    assert.deepEqual(
      findNumericMentions("1. Ran EC2 and SQL Server 2008R2 with 24/7 and 24x7 support\n2) done").map((m) => m.text),
      [],
    );
  });
});

describe("findNamedClaims", () => {
  it("findNamedClaims finds degrees with their field, schools, certifications by canonical name and exam codes", () => {
    const text =
      "Holds a B.S. in Computer Science from the University of Texas at Dallas and an MBA; PMP and AWS Certified Solutions Architect – Associate; CompTIA Security+ and AZ-104.";
    assert.deepEqual(brief(findNamedClaims(text)), [
      "degree: B.S. in Computer Science = bs / computer science",
      "institution: University of Texas at Dallas = university of texas at dallas",
      "degree: MBA = mba",
      "certification: PMP = pmp",
      "certification: AWS Certified Solutions Architect – Associate = aws certified solutions architect associate",
      "certification: CompTIA Security+ = comptia security+",
      "certification: AZ-104 = az 104",
    ]);
  });

  it("findNamedClaims reads long and short forms of one certification or degree to the same key", () => {
    assert.deepEqual(
      findNamedClaims(
        "Project Management Professional, Certified Scrum Master, Bachelor of Science, Master's degree",
      ).map((m) => m.key),
      ["pmp", "csm", "bs", "master"],
    );
  });

  it("findNamedClaims takes MS, MA and BE for degrees only before a field of study", () => {
    assert.deepEqual(brief(findNamedClaims("MS SQL in Boston, MA; BS Math; MS in Data Science")), [
      "degree: BS Math = bs / math",
      "degree: MS in Data Science = ms / data science",
    ]);
  });

  it("findNamedClaims finds titles, and employers by legal suffix, organisation word, 'X of Y' or 'at X'", () => {
    const text =
      "Senior Data Engineer at Acme Analytics. Worked for Family Private Care LLC, Tata Consultancy Services and Bank of America.";
    assert.deepEqual(brief(findNamedClaims(text)), [
      "title: Senior Data Engineer = senior data engineer",
      "organization: Acme Analytics = acme analytics",
      "organization: Family Private Care LLC = family private care",
      "organization: Tata Consultancy Services = tata consultancy services",
      "organization: Bank of America = bank of america",
    ]);
  });

  it("findNamedClaims takes no organisation from generic or skill words before Services/Systems, and no title from a tool's name", () => {
    const text =
      "Tuned Operating Systems, Cloud Services and SQL Server Reporting Services with Oracle Enterprise Manager for Tata Consultancy Services.";
    assert.deepEqual(brief(findNamedClaims(text)), [
      "organization: Tata Consultancy Services = tata consultancy services",
    ]);
  });

  it("findNamedClaims reads bare Bachelor's / Master's, associate degrees, diplomas and 'Bachelor of the Arts'", () => {
    const text =
      "Master's, Physics, Ridge College; Bachelor, Lome University; Associate of Applied Science, IT; " +
      "High School Diploma, Oak High School; Diploma in Cybersecurity; Bachelor of the Arts in Sociology; Scrum Master; Master, 2019";
    assert.deepEqual(brief(findNamedClaims(text).filter((m) => m.type === "degree")), [
      "degree: Master's = master",
      "degree: Bachelor = bachelor",
      "degree: Associate of Applied Science = associate",
      "degree: High School Diploma = high school",
      "degree: Diploma in Cybersecurity = diploma / cybersecurity",
      "degree: Bachelor of the Arts in Sociology = ba / sociology",
    ]);
  });

  it("findNamedClaims reads a school named 'X for Y'", () => {
    assert.deepEqual(brief(findNamedClaims("B.A. in Economics, University for Development Studies")), [
      "degree: B.A. in Economics = ba / economics",
      "institution: University for Development Studies = university for development studies",
    ]);
  });

  it("findNamedClaims leaves bare capitalised headings alone", () => {
    assert.deepEqual(findNamedClaims("Database Migration Project\nSoft Skills: Team Collaboration"), []);
  });
});

describe("extractClaims", () => {
  it("extractClaims lists each claim once per type and key, in order of first occurrence", () => {
    assert.deepEqual(brief(extractClaims("Java Developer since 2019 using Java and SQL; 2019 again; Java Developer")), [
      "title: Java Developer = java developer",
      "date: 2019 = 2019",
      "skill: Java = java",
      "skill: SQL = sql",
    ]);
  });

  it("extractClaims does not count the words or numbers of a certification again", () => {
    assert.deepEqual(brief(extractClaims("AWS Certified Developer, AZ-104")), [
      "certification: AWS Certified Developer = aws certified developer",
      "certification: AZ-104 = az 104",
    ]);
  });

  it("extractClaims takes no skill inside a title, employer or degree, and no number in a condition", () => {
    assert.deepEqual(
      brief(extractClaims("Oracle Database Administrator, Acme LLC, 2016; B.S. in Computer Networking")),
      [
        "title: Oracle Database Administrator = oracle database administrator",
        "organization: Acme LLC = acme",
        "date: 2016 = 2016",
        "degree: B.S. in Computer Networking = bs / computer networking",
      ],
    );
    assert.deepEqual(
      brief(extractClaims("Appian Certification (to be obtained within 90 days of hire); cut costs in 90 days")),
      ["certification: Appian Certification = appian certification", "duration: 90 days = 90 day"],
    );
  });

  it("extractClaims takes an abbreviation in brackets after its certification for the same claim", () => {
    assert.deepEqual(brief(extractClaims("Certified Cloud Security Professional (CCSP); CISM")), [
      "certification: Cloud Security Professional = cloud security professional",
      "certification: CISM = cism",
    ]);
  });

  it("findNamedClaims takes no city for an employer on a head line that names one already", () => {
    assert.deepEqual(
      brief(findNamedClaims("Systems Analyst, Hindustan Computers Limited, Noida, Uttar Pradesh, 2012 to 2013")),
      ["title: Systems Analyst = systems analyst", "organization: Hindustan Computers Limited = hindustan computers"],
    );
  });

  it("extractClaims of text without a checkable fact is empty", () => {
    for (const text of ["", "No certificates listed", "Excellent communicator and team player."])
      assert.deepEqual(extractClaims(text), [], text);
  });
});
