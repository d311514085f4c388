import { strict as assert } from "node:assert";
import { splitAdditionalInformation } from "../../src/preprocess/additional-info";
import { parseEducationEntries } from "../../src/preprocess/education-entries";
import { parseExperienceEntries, splitBullets, splitEntryHeader } from "../../src/preprocess/experience-entries";
import { scoreHeadingCandidate } from "../../src/preprocess/heading-scorer";
import { findDateRanges, toIsoDate } from "../../src/preprocess/resume-dates";
import { parseResumeHeader } from "../../src/preprocess/resume-header";
import { findResumeHeadings } from "../../src/preprocess/resume-headings";
import { parseAchievements, parseCertificates, parseProjects, parseSkillList } from "../../src/preprocess/resume-lists";

// Invented, Indeed-shaped text: heading words also appear in running text.
const RESUME =
  "Data Engineer Data Engineer Data Engineer - Acme Columbus, OH Builds pipelines. Skills Used in my jobs. " +
  "Work Experience Data Engineer Acme Corp - Columbus, OH May 2019 to Present • Built Always On Availability Groups for 3 teams. " +
  "Analyst Beta LLC - Dayton, OH 2015 to 2019 Wrote reports for the Department of Education. " +
  "Education Bachelor of Science in Statistics Ohio Valley University - Athens, OH 2011 to 2015 " +
  "Skills SQL (5 years), Python (3 years), Airflow Additional Information TECHNICAL SKILLS: Spark, Kafka. Awards: Employee of the Year 2018";

describe("findResumeHeadings", () => {
  it("findResumeHeadings picks the Indeed headings and skips the same words in running text", () => {
    const headings = findResumeHeadings(RESUME);
    assert.deepEqual(
      headings.map((h) => [h.label, RESUME.slice(h.start, h.end)]),
      [
        ["work_experience", "Work Experience"],
        ["education", "Education"],
        ["skills", "Skills"],
        ["additional_information", "Additional Information"],
      ],
    );
    assert.equal(headings[1].start, RESUME.indexOf("Education Bachelor"));
  });

  it("findResumeHeadings returns [] for text without headings", () => {
    assert.deepEqual(findResumeHeadings("Just a paragraph about databases and skills."), []);
  });
});

describe("scoreHeadingCandidate", () => {
  it("scoreHeadingCandidate rewards what Indeed prints after a heading and penalises running text", () => {
    const score = (text: string, label: Parameters<typeof scoreHeadingCandidate>[1], word: string) =>
      scoreHeadingCandidate(text, label, text.indexOf(word), text.indexOf(word) + word.length);
    assert.equal(score("x Education Bachelor of Science Ohio University", "education", "Education"), 2.5);
    assert.equal(score("Department of Education (DOE) contract", "education", "Education"), -0.5);
    assert.equal(score("x Skills SQL (5 years), Python", "skills", "Skills"), 2.5);
    assert.equal(score("x Skills Used: SQL", "skills", "Skills"), -0.5);
    assert.equal(score("Always On Availability Groups configured", "groups", "Groups"), -2.5);
    assert.equal(score("x Links https://www.example.com/me", "links", "Links"), 2);
  });
});

describe("toIsoDate and findDateRanges", () => {
  it("toIsoDate turns resume dates into ISO prefixes and seasons into years", () => {
    assert.deepEqual(
      ["April 2017", "Sept. 2016", "Summer 2016", "2017", "03/2019", "2019-03", "13/2019", "Present"].map(toIsoDate),
      ["2017-04", "2016-09", "2016", "2017", "2019-03", "2019-03", null, null],
    );
  });

  it("findDateRanges finds 'to', hyphen and en-dash ranges, with Present as current", () => {
    assert.deepEqual(
      findDateRanges("April 2017 to Present; 2008 - 2012; 03/2019 – 06/2021").map((r) => [
        r.text,
        r.startDate,
        r.endDate,
        r.current,
      ]),
      [
        ["April 2017 to Present", "2017-04", null, true],
        ["2008 - 2012", "2008", "2012", false],
        ["03/2019 – 06/2021", "2019-03", "2021-06", false],
      ],
    );
  });
});

describe("experience entries", () => {
  it("splitEntryHeader ends the title at the last job-title noun and takes the location after ' - '", () => {
    assert.deepEqual(splitEntryHeader("Senior Oracle DBA Bramblewood Health - Columbus, OH"), {
      title: "Senior Oracle DBA",
      employer: "Bramblewood Health",
      location: "Columbus, OH",
    });
    assert.deepEqual(splitEntryHeader("Database Administrator (SQL) Baltimore Police Department - Baltimore, MD"), {
      title: "Database Administrator (SQL)",
      employer: "Baltimore Police Department",
      location: "Baltimore, MD",
    });
    assert.deepEqual(splitEntryHeader("Software Engineer II Acme"), {
      title: "Software Engineer II",
      employer: "Acme",
      location: null,
    });
    assert.deepEqual(splitEntryHeader("Acme Corporation"), {
      title: "Acme Corporation",
      employer: null,
      location: null,
    });
  });

  it("splitBullets splits on bullet marks, else on sentences", () => {
    assert.deepEqual(splitBullets(" • one • two "), ["one", "two"]);
    assert.deepEqual(splitBullets("First sentence. Second one."), ["First sentence.", "Second one."]);
    assert.deepEqual(splitBullets("  "), []);
  });

  it("parseExperienceEntries opens an entry at each date range and walks back to its header", () => {
    const body =
      "Data Engineer Acme Corp - Columbus, OH May 2019 to Present • Built pipelines (2019 to 2020 rewrite). • Led 3 people. Analyst Beta LLC - Dayton, OH 2015 to 2019 Wrote reports. Intern Gamma - Dayton, OH Summer 2014";
    assert.deepEqual(
      parseExperienceEntries(body).map((e) => [
        e.title,
        e.employer,
        e.location,
        e.startDate,
        e.endDate,
        e.current,
        e.bullets,
      ]),
      [
        [
          "Data Engineer",
          "Acme Corp",
          "Columbus, OH",
          "2019-05",
          null,
          true,
          ["Built pipelines (2019 to 2020 rewrite).", "Led 3 people."],
        ],
        ["Analyst", "Beta LLC", "Dayton, OH", "2015", "2019", false, ["Wrote reports."]],
        ["Intern", "Gamma", "Dayton, OH", "2014", "2014", false, []],
      ],
    );
  });
});

describe("parseEducationEntries", () => {
  it("parseEducationEntries splits after dates and before a new degree, and reads degree, field, institution, location", () => {
    const entries = parseEducationEntries(
      "Bachelor of Science in Statistics Ohio Valley University - Athens, OH 2011 to 2015 Master's in Data Science University of Lakes Associate of Arts Metro Community College 2009",
    );
    assert.deepEqual(
      entries.map((e) => [e.degree, e.field, e.institution, e.location, e.dates, e.startDate, e.endDate]),
      [
        ["Bachelor of Science", "Statistics", "Ohio Valley University", "Athens, OH", "2011 to 2015", "2011", "2015"],
        ["Master's", "Data Science", "University of Lakes", null, null, null, null],
        ["Associate of Arts", null, "Metro Community College", null, "2009", null, "2009"],
      ],
    );
  });
});

describe("list sections", () => {
  it("parseSkillList drops years of use and falls back to the lexicon for prose", () => {
    assert.deepEqual(parseSkillList("SQL (10+ years), Oracle (8 years), OEM; Linux (Less than 1 year)"), [
      "SQL",
      "Oracle",
      "OEM",
      "Linux",
    ]);
    assert.deepEqual(parseSkillList("Operating Systems: Windows, Linux"), ["Windows", "Linux"]);
    assert.deepEqual(parseSkillList("I have used many tools like Python and Tableau over the years"), [
      "Python",
      "Tableau",
    ]);
  });

  it("parseCertificates takes a name before each date and the issuer only from a vendor-led name", () => {
    assert.deepEqual(
      parseCertificates(
        "Oracle Certified Professional (OCP) 12c June 2016 to Present AWS Certified Developer 2020 to 2023 Data Steward 2019",
      ),
      [
        { name: "Oracle Certified Professional (OCP) 12c", issuer: "Oracle", date: "2016-06" },
        { name: "AWS Certified Developer", issuer: "Amazon Web Services", date: "2020" },
        { name: "Data Steward", issuer: null, date: "2019" },
      ],
    );
    assert.deepEqual(parseCertificates("PMP, ITIL Foundation"), [
      { name: "PMP", issuer: "PMI", date: null },
      { name: "ITIL Foundation", issuer: "AXELOS", date: null },
    ]);
  });

  it("parseAchievements splits dated awards, else bullets or sentences", () => {
    assert.deepEqual(parseAchievements("Alpha Sigma Lambda 2015-06 Honor Society Phi Theta Kappa 2012-06"), [
      "Alpha Sigma Lambda (2015-06)",
      "Honor Society Phi Theta Kappa (2012-06)",
    ]);
    assert.deepEqual(parseAchievements("• Won a hackathon • Dean's list"), ["Won a hackathon", "Dean's list"]);
  });

  it("parseProjects reads 'Name (year): description' pieces, else names a project by its first sentence", () => {
    assert.deepEqual(parseProjects("Store clustering (2022): grouped stores. Returns dashboard (2023): a view."), [
      { name: "Store clustering (2022)", description: "grouped stores." },
      { name: "Returns dashboard (2023)", description: "a view." },
    ]);
    assert.deepEqual(parseProjects("Open-source maintainer of a library. It has users."), [
      {
        name: "Open-source maintainer of a library",
        description: "Open-source maintainer of a library. It has users.",
      },
    ]);
  });
});

describe("splitAdditionalInformation", () => {
  it("splitAdditionalInformation sends labelled pieces to their sections and the rest to other, covering the whole text", () => {
    const text =
      "Available for travel. TECHNICAL SKILLS: Spark, Kafka. Awards: Employee of the Year 2018 Languages: French";
    const pieces = splitAdditionalInformation(text);
    assert.deepEqual(
      pieces.map((p) => [p.destination, text.slice(p.start, p.end).trim()]),
      [
        ["other", "Available for travel."],
        ["skills", "TECHNICAL SKILLS: Spark, Kafka."],
        ["achievements", "Awards: Employee of the Year 2018"],
        ["other", "Languages: French"],
      ],
    );
    assert.deepEqual([pieces[0].start, pieces[pieces.length - 1].end], [0, text.length]);
  });

  it("splitAdditionalInformation moves prose after a skills list to other", () => {
    const text =
      "Technical environment: Oracle, RMAN, Git. Comfortable with 24x7 on-call support and weekend maintenance windows.";
    assert.deepEqual(
      splitAdditionalInformation(text).map((p) => [p.destination, text.slice(p.start, p.end).trim()]),
      [
        ["skills", "Technical environment: Oracle, RMAN, Git."],
        ["other", "Comfortable with 24x7 on-call support and weekend maintenance windows."],
      ],
    );
  });
});

describe("parseResumeHeader", () => {
  it("parseResumeHeader reads the repeated headline, the City, ST location, contacts and a name next to them", () => {
    const header =
      "Data Engineer Data Engineer Data Engineer - Acme Columbus, OH Casey Lindqvist · casey@example.com · (216) 555-0119 Builds pipelines.";
    assert.deepEqual(parseResumeHeader(header, `${header} Links [URL]`, ["[URL]"]), {
      name: "Casey Lindqvist",
      email: "casey@example.com",
      phone: "(216) 555-0119",
      location: "Columbus, OH",
      links: ["[URL]"],
      headline: "Data Engineer",
      summary: "Casey Lindqvist · casey@example.com · (216) 555-0119 Builds pipelines.",
    });
  });

  it("parseResumeHeader reads a header kept line by line: name, headline, City, ST, and a summary without contact lines", () => {
    const header =
      "Rowan Vale\nData Analyst\nrowan.vale@example.com · (555) 010-0199\nColumbus, OH\nhttps://github.com/rowan-vale\nAnalyst of 8 years.";
    assert.deepEqual(parseResumeHeader(header, header), {
      name: "Rowan Vale",
      email: "rowan.vale@example.com",
      phone: "(555) 010-0199",
      location: "Columbus, OH",
      links: ["https://github.com/rowan-vale"],
      headline: "Data Analyst",
      summary: "Analyst of 8 years.",
    });
    // No name-like first line: no name guessed; a sentence is not a headline.
    assert.deepEqual(parseResumeHeader("Senior Data Analyst\nBuilds dashboards for retail.", "x"), {
      name: null,
      email: null,
      phone: null,
      location: null,
      links: [],
      headline: "Senior Data Analyst",
      summary: "Builds dashboards for retail.",
    });
  });

  it("parseResumeHeader keeps multi-word cities and leaves unknown values null", () => {
    assert.deepEqual(parseResumeHeader("Network Engineer Network Engineer Salt Lake City, UT", "no contacts"), {
      name: null,
      email: null,
      phone: null,
      location: "Salt Lake City, UT",
      links: [],
      headline: "Network Engineer",
      summary: null,
    });
  });
});
