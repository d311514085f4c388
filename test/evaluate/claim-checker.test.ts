import { strict as assert } from "node:assert";
import { extractClaims } from "../../src/evaluate/claims";
import { groundClaims } from "../../src/evaluate/grounding";
import { findNamedClaims } from "../../src/evaluate/named-claims";
import { findNumericMentions } from "../../src/evaluate/numeric-claims";

const verdicts = (output: unknown, source: unknown, options = {}) =>
  groundClaims(output, source, options).claims.map((claim) => `${claim.type}: ${claim.text} = ${claim.verdict}`);

describe("the claim checker's defects, fixed (issue 12)", () => {
  it("findNamedClaims reads degrees in any case: BACHELOR OF ..., bsc in computer science", () => {
    assert.deepEqual(
      findNamedClaims("BACHELOR OF INFORMATION TECHNOLOGY; bsc in computer science from Pune").map(
        (m) => `${m.key} / ${m.field}`,
      ),
      ["bachelor / information technology", "bs / computer science"],
    );
    assert.deepEqual(verdicts("Bachelor of Science in Computer Science", "bsc in computer science, 2012"), [
      "degree: Bachelor of Science in Computer Science = supported",
    ]);
  });

  it("groundClaims matches inflected skills and phrases by their Porter stems", () => {
    assert.deepEqual(
      verdicts(
        "Skills: Troubleshooting, Data Modeling, Backup and recovery",
        "Troubleshot outages; built data models; ran backups and recovery drills",
      ),
      [
        "skill: Troubleshooting = supported",
        "skill: Data Modeling = supported",
        "skill: Backup and recovery = supported",
      ],
    );
  });

  it("findNumericMentions takes months only as whole words or abbreviations", () => {
    assert.deepEqual(
      findNumericMentions("Marketing, 2019; Novell 2008; Sept. 2015; March 2016").map((m) => m.key),
      ["2019", "2008", "2015-09", "2016-03"],
    );
  });

  it("groundClaims supports no graduation year by a product version", () => {
    assert.deepEqual(verdicts("B.S. in Computer Science, 2008", "Ran SQL Server 2008 and Windows 2003 for ten years"), [
      "degree: B.S. in Computer Science = unsupported",
      "date: 2008 = unsupported",
    ]);
    assert.deepEqual(verdicts("Upgraded SQL Server 2008", "SQL Server 2008"), [
      "skill: SQL Server = supported",
      "number: 2008 = supported",
    ]);
  });

  it("extractClaims takes database administration as a skill", () => {
    assert.deepEqual(
      extractClaims("Database administration for Oracle").map((c) => `${c.type}: ${c.key}`),
      ["skill: database administration", "skill: oracle"],
    );
  });

  it("groundClaims finds spaced-out source text by closing it up", () => {
    const report = groundClaims("OCA Certified; Management 101", "Certificates: O C A Certified, Management 1 0 1");
    assert.deepEqual(
      report.claims.map((c) => [c.text, c.verdict, c.evidence?.quote]),
      [
        ["OCA", "supported", "O C A"],
        ["101", "supported", "1 0 1"],
      ],
    );
  });

  it("findNamedClaims takes the employer of an entry's head line without a legal-form cue", () => {
    assert.deepEqual(
      findNamedClaims("Software Engineer, Tech Innovators, Austin, TX, 2019 - 2021").map((m) => `${m.type}: ${m.text}`),
      ["title: Software Engineer", "organization: Tech Innovators"],
    );
    assert.deepEqual(
      findNamedClaims("Data Engineer at Data Insights").map((m) => `${m.type}: ${m.text}`),
      ["title: Data Engineer", "organization: Data Insights"],
    );
  });

  it("extractClaims makes every skill-list item a claim, soft skills left out", () => {
    assert.deepEqual(
      extractClaims("Technical Skills: Python, Calculus, Zoho Analytics; Teamwork").map((c) => `${c.type}: ${c.text}`),
      ["skill: Python", "skill: Calculus", "skill: Zoho Analytics"],
    );
    assert.deepEqual(
      extractClaims("Calculus\nZoho Analytics", { skillList: true }).map((c) => c.key),
      ["calculus", "zoho analytics"],
    );
    // A category's colon separates it from its items.
    assert.deepEqual(
      extractClaims("Enterprise System Architecture: Scalability, Zoho Analytics", { skillList: true }).map(
        (c) => c.key,
      ),
      ["enterprise system architecture", "scalability", "zoho analytics"],
    );
    assert.deepEqual(
      verdicts("Skills: Calculus, Zoho Analytics", "Calculus tutor", { job: "Must know Zoho Analytics" }),
      ["skill: Calculus = supported", "skill: Zoho Analytics = unsupported"],
    );
  });

  it("groundClaims supports a date or title only inside the same entry: a real date moved to another job is unsupported", () => {
    const source =
      "Database Administrator\nAcme LLC - Columbus, OH\nJune 2012 to May 2016\n- Ran backups.\nSystems Analyst\nBeta Inc - Dayton, OH\nJune 2016 to Present\n- Wrote reports.";
    assert.deepEqual(
      verdicts(
        "Database Administrator, Beta Inc, June 2012 - May 2016\nSystems Analyst, Acme LLC, June 2016 - Present",
        source,
      ),
      [
        "title: Database Administrator = unsupported",
        "organization: Beta Inc = supported",
        "date: June 2012 = unsupported",
        "date: May 2016 = unsupported",
        "title: Systems Analyst = unsupported",
        "organization: Acme LLC = supported",
        "date: June 2016 = unsupported",
      ],
    );
    assert.deepEqual(verdicts("Database Administrator, Acme LLC, June 2012 - May 2016", source), [
      "title: Database Administrator = supported",
      "organization: Acme LLC = supported",
      "date: June 2012 = supported",
      "date: May 2016 = supported",
    ]);
  });

  it("groundClaims supports a date outside an anchored entry only in context, a range only as the same range", () => {
    const source =
      "Acme Corp, 2015 to 2018. Built an inventory tracker in 2016. Beta Inc, 2018 to 2020. Honors 2010 to 2013";
    // "tracker" stands next to the source's 2016; nothing of "Payroll app" stands next to any 2016.
    assert.deepEqual(verdicts("Inventory Tracker, 2016", source), ["date: 2016 = supported"]);
    assert.deepEqual(verdicts("Payroll app, 2016", source), ["date: 2016 = unsupported"]);
    // A job ending in 2018 and another starting then are no "2017-2018" range; "2015 - 2018" of Acme is one.
    assert.deepEqual(verdicts("Acme migration project, 2017-2018\nAcme payroll rollout, 2015 - 2018", source), [
      "date: 2017 = unsupported",
      "date: 2018 = unsupported",
      "date: 2015 = supported",
      "date: 2018 = supported",
    ]);
    // A real range moved from the honours line to another achievement is out of context.
    assert.deepEqual(verdicts("Led the payroll team from 2010 to 2013", source), [
      "date: 2010 = unsupported",
      "date: 2013 = unsupported",
    ]);
    // A line holding only a date takes the nearest line above with a word of content.
    assert.deepEqual(verdicts("Inventory Tracker\n2016", source), ["date: 2016 = supported"]);
    // A job recast as a project: its exact month-year range, or two words of its description.
    const job =
      "DBA, Acme Corp, March 2014 to June 2016. Migrated payroll databases to the cloud. Beta Inc, 2016 to 2018";
    assert.deepEqual(verdicts("Inventory Platform, March 2014 - June 2016", job), [
      "date: March 2014 = supported",
      "date: June 2016 = supported",
    ]);
    assert.deepEqual(verdicts("Inventory Platform, March 2014 - July 2016", job), [
      "date: March 2014 = unsupported",
      "date: July 2016 = unsupported",
    ]);
    assert.deepEqual(verdicts("Cloud payroll migration, 2014", job), ["date: 2014 = supported"]);
    assert.deepEqual(verdicts("Cloud analytics, 2014", job), ["date: 2014 = unsupported"]);
    // A sentence ends before a capital: "Tracker" beyond ". " is no context of 2020.
    assert.deepEqual(verdicts("Inventory Tracker, 2020", "Built a tracker. Acme 2020"), ["date: 2020 = unsupported"]);
  });

  it("groundClaims supports no real year under an invented school", () => {
    assert.deepEqual(verdicts("University of California, Berkeley, 2015", "Acme Corp, 2015 to 2018"), [
      "institution: University of California = unsupported",
      "date: 2015 = unsupported",
    ]);
  });

  it("groundClaims marks what only the model's input states as input_only, and what the job ad states as inJob", () => {
    const report = groundClaims(
      "B.S. in Computer Science, University of California, Berkeley, 2015; Python; Kubernetes",
      "Acme Corp, 2015 to 2018; Python",
      {
        input: "Education: B.S. in Computer Science, University of California, Berkeley, 2015",
        job: "Kubernetes and Python required",
      },
    );
    assert.deepEqual(
      report.claims.map((c) => [c.text, c.verdict, c.inJob, c.evidence?.where ?? null]),
      [
        ["B.S. in Computer Science", "input_only", false, "input"],
        ["University of California", "input_only", false, "input"],
        ["2015", "input_only", false, "input"],
        ["Python", "supported", true, "resume"],
        ["Kubernetes", "unsupported", true, "job"],
      ],
    );
    assert.deepEqual(report.counts, { claims: 5, unsupported: 1, inputOnly: 3 });
    assert.equal(report.inputOnlyShare, 3 / 5);
  });

  it("groundClaims supports a degree only in the entry of its school: a persona degree beside the resume's own is input_only", () => {
    const source = "Education\nBachelor of Science in Physics\nLome University\n2006 to 2010";
    const input = "Education: Bachelor of Science, Computer Science, University of California, Berkeley, 2008-2012";
    assert.deepEqual(
      verdicts(
        "Bachelor of Science, Computer Science, University of California, Berkeley, 2008-2012\n" +
          "Bachelor of Science in Physics, Lome University, 2006 - 2010",
        source,
        { input },
      ),
      [
        "degree: Bachelor of Science = input_only",
        "institution: University of California = input_only",
        "date: 2008 = input_only",
        "date: 2012 = input_only",
        "degree: Bachelor of Science in Physics = supported",
        "institution: Lome University = supported",
        "date: 2006 = supported",
        "date: 2010 = supported",
      ],
    );
  });

  it("groundClaims ties a degree to a school, not to an employer", () => {
    const source = "Acme LLC, 2015 to 2018\n- Ran payroll.\nEducation\nMBA, Ridge College, 2014";
    assert.deepEqual(verdicts("Acme LLC, 2015 - 2018\n- Ran payroll while holding an MBA", source), [
      "organization: Acme LLC = supported",
      "date: 2015 = supported",
      "date: 2018 = supported",
      "degree: MBA = supported",
    ]);
  });

  it("groundClaims reads entries joined by ';' on one line as separate entries", () => {
    const source = "B.S. in Physics, Lome University, 2010\nAcme Corp, 2011 to 2015";
    assert.deepEqual(verdicts("M.S. in Physics, Ridge College, 2009; B.S. in Physics, Lome University, 2010", source), [
      "degree: M.S. in Physics = unsupported",
      "institution: Ridge College = unsupported",
      "date: 2009 = unsupported",
      "degree: B.S. in Physics = supported",
      "institution: Lome University = supported",
      "date: 2010 = supported",
    ]);
  });

  it("groundClaims checks a value repeated in another entry again, there: the end year of an invented job, a real title under it", () => {
    const source = "Database Administrator\nAcme LLC - Columbus, OH\n2015 to 2018\n- Ran backups.";
    assert.deepEqual(
      verdicts("Database Administrator, Acme LLC, 2015 - 2018\nDatabase Administrator, Beta Inc, 2018 - 2020", source),
      [
        "title: Database Administrator = supported",
        "organization: Acme LLC = supported",
        "date: 2015 = supported",
        "date: 2018 = supported",
        "title: Database Administrator = unsupported",
        "organization: Beta Inc = unsupported",
        "date: 2018 = unsupported",
        "date: 2020 = unsupported",
      ],
    );
    // Within one entry a repeated value is one claim.
    assert.deepEqual(
      verdicts("Acme LLC, 2015 - 2018\n- Python jobs; more Python jobs", "Acme LLC 2015 to 2018, Python"),
      [
        "organization: Acme LLC = supported",
        "date: 2015 = supported",
        "date: 2018 = supported",
        "skill: Python = supported",
      ],
    );
  });

  it("groundClaims supports a number only with the noun it counts nearby", () => {
    const source = "Windows (10+ years). Handled over 30 Production databases. Upgraded QNXT 4.62 to QNXT 5.";
    assert.deepEqual(verdicts("Managed a team of 10 engineers", source), ["number: 10 = unsupported"]);
    assert.deepEqual(verdicts("Managed over 30 Oracle databases", source), [
      "number: 30 = supported",
      "skill: Oracle = unsupported",
    ]);
    // No noun after it: the word before ("QNXT ... to 5"); no noun at all: any 5.
    assert.deepEqual(
      verdicts("Moved QNXT to 5, quickly", source).filter((v) => v.startsWith("number")),
      ["number: 5 = supported"],
    );
    assert.deepEqual(verdicts("Tiers:\n5", source), ["number: 5 = supported"]);
    // The word before counts too: a number in a name ("NIST SP 800-137").
    assert.deepEqual(
      verdicts("Applied NIST SP 800-137 for monitoring", "monitoring using NIST SP 800-137.").filter((v) =>
        v.startsWith("number"),
      ),
      ["number: 800 = supported", "number: 137 = supported"],
    );
  });

  it("groundClaims checks a certificate named after a skill as a certificate, not as the skill", () => {
    const source = "Wrote SQL reports; AWS Developer Associate exam passed";
    assert.deepEqual(verdicts("SQL Certification", source), ["certification: SQL Certification = unsupported"]);
    assert.deepEqual(verdicts("AWS Certified Developer", source), [
      "certification: AWS Certified Developer = supported",
    ]);
  });

  it("groundClaims keeps a real degree and its dates under a swapped school, but not the persona's degree", () => {
    const source = "Education\nBS in Computer Science Engineering\nGautam Technical University\nJuly 2008 to June 2012";
    const input = "Education: University of California, Berkeley";
    assert.deepEqual(
      verdicts("BS, Computer Science Engineering, University of California, Berkeley, July 2008 to June 2012", source, {
        input,
      }),
      [
        "degree: BS, Computer Science Engineering = supported",
        "institution: University of California = input_only",
        "date: July 2008 = supported",
        "date: June 2012 = supported",
      ],
    );
    // Another year, or no field of study to tell it by: no source entry is the same degree.
    assert.deepEqual(
      verdicts("BS, Computer Science Engineering, University of California, Berkeley, 2008 - 2013", source),
      [
        "degree: BS, Computer Science Engineering = unsupported",
        "institution: University of California = unsupported",
        "date: 2008 = unsupported",
        "date: 2013 = unsupported",
      ],
    );
    assert.deepEqual(
      verdicts("Bachelor of Science, University of California, Berkeley, July 2008 - June 2012", source)[0],
      "degree: Bachelor of Science = unsupported",
    );
  });
});
