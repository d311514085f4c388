/** `rpw ground`, called in-process and through main: hand-computed verdicts, input errors, usage. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { groundCommand } from "../../src/cli/ground-command";
import { main } from "../../src/cli/main";
import { InputError, UsageError } from "../../src/util/input-error";
import { tempDir } from "../helpers";

const SOURCE = [
  "Priya Desai",
  "Database Administrator",
  "Family Private Care LLC - Lawrenceville, GA",
  "April 2017 to Present",
  "- Troubleshot SQL Server 2008 clusters; ran backups and recovery drills.",
  "Database Administrator",
  "Incomm - Atlanta, GA",
  "January 2014 to February 2017",
  "- Built data models for Marketing, 2019 reports.",
  "Education",
  "BACHELOR OF INFORMATION TECHNOLOGY, Lead City University, 2012",
  "Certificates: O C A Certified",
].join("\n");

const CASES = [
  {
    id: "moved",
    source: SOURCE,
    output: {
      experience: [
        {
          title: "Database Administrator",
          company: "Incomm",
          dates: "April 2017 - Present",
          bullets: ["Troubleshooting and Data Modeling in SQL Server"],
        },
      ],
    },
  },
  {
    id: "persona",
    source: SOURCE,
    output:
      "Bachelor of Information Technology, Lead City University, 2012\nB.S. in Computer Science, University of California, Berkeley, 2008\nOCA Certified",
    input: "Persona education: B.S. in Computer Science, University of California, Berkeley, 2008",
  },
  {
    id: 3,
    source: SOURCE,
    output:
      "Skills: Backup and Recovery, Calculus, Zoho Analytics\nSoftware Engineer, Tech Innovators, March 2019 - Present",
    job: "We need Zoho Analytics and Calculus.",
  },
];

function writeCases(lines: unknown[]): string {
  const file = path.join(tempDir(), "cases.jsonl");
  fs.writeFileSync(
    file,
    lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n") + "\n",
  );
  return file;
}

async function ground(file: string): Promise<{ lines: Record<string, unknown>[]; log: string[] }> {
  const out = path.join(tempDir(), "claims.jsonl");
  const log: string[] = [];
  await groundCommand(["--in", file, "--out", out], (line) => log.push(line));
  return {
    lines: fs
      .readFileSync(out, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
    log,
  };
}

describe("groundCommand", () => {
  it("groundCommand writes one line per claim with the hand-computed verdicts: moved dates, personas, pasted job skills, spaced-out source", async () => {
    const { lines, log } = await ground(writeCases(CASES));
    assert.deepEqual(
      lines.map((line) => `${line.id} ${line.type}: ${line.text} = ${line.verdict}${line.inJob ? " (in job)" : ""}`),
      [
        // Incomm is real, but April 2017 - Present belongs to Family Private Care: moved, so unsupported.
        "moved title: Database Administrator = supported",
        "moved organization: Incomm = supported",
        "moved date: April 2017 = unsupported",
        "moved skill: Troubleshooting = supported",
        "moved skill: Data Modeling = supported",
        "moved skill: SQL Server = supported",
        // Degree words in capitals; the persona's Berkeley line is inherited (input_only); its 2008 is not the SQL Server version.
        "persona degree: Bachelor of Information Technology = supported",
        "persona institution: Lead City University = supported",
        "persona date: 2012 = supported",
        "persona degree: B.S. in Computer Science = input_only",
        "persona institution: University of California = input_only",
        "persona date: 2008 = input_only",
        "persona certification: OCA = supported",
        // Every skill-list item is a claim; "March 2019" is a date ("Marketing, 2019" in the source is not); Tech Innovators is an employer.
        "3 skill: Backup and Recovery = supported",
        "3 skill: Calculus = unsupported (in job)",
        "3 skill: Zoho Analytics = unsupported (in job)",
        "3 title: Software Engineer = unsupported",
        "3 organization: Tech Innovators = unsupported",
        "3 date: March 2019 = unsupported",
      ],
    );
    assert.deepEqual(Object.keys(lines[0]), ["id", "type", "text", "span", "verdict", "inJob", "evidence"]);
    assert.deepEqual(lines[1].evidence, {
      quote: "Incomm",
      span: [SOURCE.indexOf("Incomm"), SOURCE.indexOf("Incomm") + 6],
      where: "resume",
    });
    assert.equal((lines.find((line) => line.text === "OCA")!.evidence as { quote: string }).quote, "O C A");
    assert.equal((lines.find((line) => line.text === "Calculus")!.evidence as { where: string }).where, "job");
    assert.match(log[0], /^ground: 3 cases, 19 claims \(10 supported, 3 input_only, 6 unsupported\) -> /);
  });

  it("groundCommand reads a skills section as a skill list: every item is a claim, lexicon or not", async () => {
    const skills = {
      id: "s",
      source: "Python developer; Node.js services",
      output: ["Python", "Source Code Control Tools", "Node"],
    };
    const claims = async (entry: object) =>
      (await ground(writeCases([entry]))).lines.map((line) => `${line.text} = ${line.verdict}`);
    assert.deepEqual(await claims(skills), ["Python = supported"]);
    assert.deepEqual(await claims({ ...skills, section: "skills" }), [
      "Python = supported",
      "Source Code Control Tools = unsupported",
      "Node = supported",
    ]);
    assert.deepEqual(
      await claims({ ...skills, section: "skill_section" }),
      await claims({ ...skills, section: "skills" }),
    );
    assert.deepEqual(await claims({ ...skills, section: "projects" }), ["Python = supported"]);
  });

  it("groundCommand spans point into the output as plain text", async () => {
    const { lines } = await ground(writeCases([CASES[1]]));
    for (const line of lines)
      assert.equal((CASES[1].output as string).slice(...(line.span as [number, number])), line.text);
  });

  it("groundCommand fails on a bad line naming file, line and field, and writes nothing", async () => {
    const file = writeCases([CASES[0], { id: "x", source: 7, output: "Python" }]);
    const out = path.join(tempDir(), "claims.jsonl");
    await assert.rejects(
      groundCommand(["--in", file, "--out", out], () => undefined),
      (error: unknown) => {
        assert.ok(error instanceof InputError && !(error instanceof UsageError));
        assert.match(
          (error as Error).message,
          new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: field "source": `),
        );
        return true;
      },
    );
    assert.equal(fs.existsSync(out), false);
  });

  it("rpw ground prints one line and exits 1 on bad input, 2 without its flags", async () => {
    const errors: string[] = [];
    assert.equal(
      await main(
        ["ground", "--in", writeCases(["{not json"]), "--out", path.join(tempDir(), "o.jsonl")],
        () => undefined,
        (line) => errors.push(line),
      ),
      1,
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0], /^rpw ground: .*cases\.jsonl:1: not JSON/);
    errors.length = 0;
    assert.equal(
      await main(
        ["ground"],
        () => undefined,
        (line) => errors.push(line),
      ),
      2,
    );
    assert.deepEqual(errors, [
      "rpw ground: --in <cases.jsonl> and --out <claims.jsonl> are required (see rpw ground --help)",
    ]);
    for (const [argv, code, pattern] of [
      [["--in", "/nonexistent/cases.jsonl", "--out", path.join(tempDir(), "o.jsonl")], 1, /cases\.jsonl/],
      [["--no-such-flag"], 2, /no-such-flag/],
    ] as const) {
      errors.length = 0;
      assert.equal(
        await main(
          ["ground", ...argv],
          () => undefined,
          (line) => errors.push(line),
        ),
        code,
      );
      assert.equal(errors.length, 1);
      assert.match(errors[0], pattern);
    }
  });
});
