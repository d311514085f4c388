/**
 * `rpw tailor` on bad input: one line on stderr naming the file or flag and what is wrong, exit 1
 * (bad input) or 2 (bad usage), never a stack trace; nothing is written when the inputs are bad.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { pdfWithoutText, RESUME_JSON } from "../collect/resume-fixtures";
import { startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { JOB_MD, withOfflineEnv } from "./tailor-kit";

interface Outcome {
  code: number;
  err: string[];
}

async function tailor(...argv: string[]): Promise<Outcome> {
  const err: string[] = [];
  const run = () =>
    main(
      ["tailor", ...argv],
      () => undefined,
      (line) => err.push(line),
    );
  const code = await withOfflineEnv(run, { RPW_CHROMIUM: "/nonexistent/chromium" });
  return { code, err };
}

function assertOneLine(outcome: Outcome, code: number, pattern: RegExp): void {
  assert.equal(outcome.code, code, outcome.err.join("\n"));
  assert.equal(outcome.err.length, 1, outcome.err.join("\n"));
  assert.ok(!outcome.err[0].includes("internal error") && !/\n\s+at /.test(outcome.err[0]), outcome.err[0]);
  assert.match(outcome.err[0], pattern);
}

describe("rpw tailor on bad input", function () {
  this.timeout(60_000);
  const dir = tempDir("rpw-tailor-bad-");
  const job = path.join(dir, "job.md");
  const resume = path.join(dir, "rowan.json");
  const out = path.join(dir, "out");
  /** `rpw tailor --resume <r> --job <j> --out <out> ...more`. */
  const tailorTo = (resumeArg: string, jobArg: string, ...more: string[]) =>
    tailor("--resume", resumeArg, "--job", jobArg, "--out", out, ...more);
  before(() => {
    fs.writeFileSync(job, JOB_MD);
    fs.writeFileSync(resume, JSON.stringify(RESUME_JSON));
  });

  it("rpw tailor names the missing --resume, --job and --out (exit 2)", async () => {
    assertOneLine(await tailor(), 2, /^rpw tailor: --resume, --job, --out are required \(see rpw tailor --help\)$/);
    assertOneLine(await tailor("--resume", resume, "--job", job), 2, /--out is required/);
    assertOneLine(await tailor("--resume", resume, "--out", out, "--nonsense"), 2, /nonsense/);
    assertOneLine(await tailorTo(resume, job, "--provider", "magic"), 2, /--provider must be one of .*got "magic"/);
  });

  it("rpw tailor rejects a missing, scanned or schema-invalid resume with the reader's reason (exit 1)", async () => {
    assertOneLine(await tailorTo(path.join(dir, "none.pdf"), job), 1, /none\.pdf: no such file/);
    const scanned = path.join(dir, "scanned.pdf");
    fs.writeFileSync(scanned, pdfWithoutText());
    assertOneLine(
      await tailorTo(scanned, job),
      1,
      /scanned\.pdf: not a usable resume: no text layer on any of its 1 page: a scanned or image-only PDF/,
    );
    const invalid = path.join(dir, "invalid.json");
    fs.writeFileSync(invalid, JSON.stringify({ basics: { email: "not an address" } }));
    assertOneLine(
      await tailorTo(invalid, job),
      1,
      /invalid\.json: not a usable resume: not valid against the JSON Resume schema: \/basics\/email/,
    );
    assert.ok(!fs.existsSync(out), "nothing written");
  });

  it("rpw tailor names a missing job file, a folder, and a job export with several postings (exit 1)", async () => {
    assertOneLine(await tailorTo(resume, path.join(dir, "posting.md")), 1, /posting\.md: no such file/);
    assertOneLine(await tailorTo(resume, dir), 1, /: is a folder; --job takes one posting file/);
    assertOneLine(await tailorTo(dir, job), 1, /: is a folder; --resume takes one resume file/);
    const many = path.join(dir, "jobs.json");
    const postings = [
      { title: "A", description: "Analyst, SQL." },
      { title: "B", description: "Engineer, Go." },
    ];
    fs.writeFileSync(many, JSON.stringify(postings));
    assertOneLine(await tailorTo(resume, many), 1, /jobs\.json: holds 2 postings; rpw tailor takes one/);
  });

  it("rpw tailor reads a JobSpy JSON object and the posting's text given inline", async () => {
    const posting = path.join(dir, "posting.json");
    const object = { title: "Data Analyst", company: "Contoso", description: "We need SQL and Tableau." };
    fs.writeFileSync(posting, JSON.stringify(object));
    const fromJson = path.join(dir, "out-json");
    assert.equal((await tailor("--resume", resume, "--job", posting, "--out", fromJson)).code, 0);
    const { job: read } = JSON.parse(fs.readFileSync(path.join(fromJson, "tailor.json"), "utf8"));
    assert.deepEqual([read.file, read.details.title, read.details.company], [posting, "Data Analyst", "Contoso"]);
    const fromText = path.join(dir, "out-text");
    const inline = "Data analyst: SQL, Tableau, 3+ years.";
    assert.equal((await tailor("--resume", resume, "--job", inline, "--out", fromText)).code, 0);
    assert.equal(JSON.parse(fs.readFileSync(path.join(fromText, "tailor.json"), "utf8")).job.file, null);
  });

  it("rpw tailor says in one line that no section was tailored when every call fails, and writes nothing", async () => {
    const refusal = { error: { message: "model not found" } };
    const server = await startMockOpenAI({ respond: () => ({ kind: "status", status: 400, body: refusal }) });
    try {
      const failed = path.join(dir, "out-failed");
      const outcome = await tailor(
        "--resume",
        resume,
        "--job",
        job,
        "--out",
        failed,
        "--provider",
        "openai-compatible",
        "--base-url",
        server.baseURL,
      );
      assertOneLine(outcome, 1, /no section could be tailored; the first failure: personal_information: .*not found/);
      assert.ok(!fs.existsSync(failed));
    } finally {
      await server.close();
    }
    assertOneLine(await tailorTo(resume, job, "--provider", "openai-compatible"), 1, /base ?URL|RPW_LLM_BASE_URL/i);
  });
});
