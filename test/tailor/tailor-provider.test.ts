/**
 * `rpw tailor` through a model: the loopback OpenAI-compatible server answers every section, and
 * tailor.json, resume.json, resume.html and diff.html name that model and its base URL (not
 * "rules"); a claim the model invents (an employer the resume never names) is marked unsupported
 * in diff.html with its type, and a skill only the job details carry is marked input_only, apart.
 * The model never sees the contact details (preprocess.redact); the written resume has them back.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { checkJsonResume } from "../../src/schemas/json-resume";
import { SECTION_NAMES } from "../../src/schemas/resume-sections";
import { TailorProvenance } from "../../src/schemas/tailor";
import { readOneResume } from "../../src/tailor/read-inputs";
import { RESUME_JSON } from "../collect/resume-fixtures";
import { ChatRequestBody, MockOpenAI, MockReply, startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { JOB_MD, withOfflineEnv } from "./tailor-kit";

const MODEL = "tailor-under-test";
const CONTACTS = ["rowan.vale@example.com", "(555) 010-0199"];

/** What the "model" answers per output schema: faithful, except one invented employer and one pasted skill. */
const ANSWERS: Record<string, unknown> = {
  TailoredPersonalInformation: {
    name: "[NAME]",
    email: "[EMAIL]",
    phone: "[PHONE]",
    location: "Columbus, OH",
    links: ["[URL]"],
    headline: "Senior Data Analyst",
    summary: "Data analyst with 8 years of experience in retail analytics.",
  },
  TailoredAchievements: { entries: ["Analytics Excellence Award, Northwind Analytics 2021"] },
  TailoredCertificates: { entries: [{ name: "Tableau Desktop Specialist", issuer: "Tableau", date: "2020-06" }] },
  TailoredEducation: {
    entries: [
      {
        degree: "Bachelor of Science",
        field: "Statistics",
        institution: "Millbrook State University",
        location: null,
        dates: "2011 to 2015",
      },
    ],
  },
  TailoredProjects: { entries: [{ name: "Store clustering", description: "Grouped 230 stores by basket mix." }] },
  TailoredSkills: { entries: ["SQL", "Python", "Tableau", "Snowflake"] },
  TailoredExperience: {
    entries: [
      {
        title: "Senior Data Analyst",
        employer: "Globex Corporation",
        location: "Columbus, OH",
        startDate: "2019-03",
        endDate: null,
        bullets: ["Built weekly sales dashboards in Tableau for 40 stores"],
      },
    ],
  },
};

function answer(request: ChatRequestBody): MockReply {
  const name = request.response_format?.json_schema?.name ?? "";
  if (ANSWERS[name]) return { kind: "ok", json: ANSWERS[name] };
  return { kind: "status", status: 400, body: { error: { message: `unexpected schema ${name}` } } };
}

/** The resume and job written to a fresh folder, and `rpw tailor` through `server` with `more` flags. */
async function tailorThrough(server: MockOpenAI, ...more: string[]) {
  const dir = tempDir("rpw-tailor-model-");
  const resume = path.join(dir, "rowan.json");
  fs.writeFileSync(resume, JSON.stringify(RESUME_JSON));
  fs.writeFileSync(path.join(dir, "job.md"), JOB_MD);
  const out = path.join(dir, "out");
  const lines: string[] = [];
  const errors: string[] = [];
  const argv = [
    "tailor",
    "--resume",
    resume,
    "--job",
    path.join(dir, "job.md"),
    "--out",
    out,
    "--provider",
    "openai-compatible",
    "--base-url",
    server.baseURL,
    "--model",
    MODEL,
    ...more,
  ];
  const env = { RPW_CHROMIUM: path.join(dir, "no-chromium") };
  const code = await withOfflineEnv(
    () =>
      main(
        argv,
        (l) => lines.push(l),
        (l) => errors.push(l),
      ),
    env,
  );
  assert.equal(code, 0, errors.join("\n"));
  const read = (name: string) => fs.readFileSync(path.join(out, name), "utf8");
  return { lines, read, provenance: TailorProvenance.parse(JSON.parse(read("tailor.json"))) };
}

/** No chat call carried any of `details`. */
function assertNeverSent(server: MockOpenAI, details: string[]): void {
  for (const detail of details) {
    const sent = server.chatCalls().some((call) => JSON.stringify(call.body).includes(detail));
    assert.ok(!sent, `a call carried "${detail}"`);
  }
}

describe("rpw tailor through an OpenAI-compatible server", function () {
  this.timeout(120_000);

  it("rpw tailor --provider openai-compatible names the model and base URL everywhere, marks claims", async () => {
    const server = await startMockOpenAI({ respond: answer });
    let run: Awaited<ReturnType<typeof tailorThrough>>;
    try {
      run = await tailorThrough(server);
      assert.equal(server.chatCalls().length, 7);
      assert.ok(server.chatCalls().every((call) => (call.body as ChatRequestBody).model === MODEL));
      assertNeverSent(server, [...CONTACTS, "github.com/rowan-vale-example", "Rowan Vale"]);
    } finally {
      await server.close();
    }
    const { lines, read, provenance } = run;
    const system = `${MODEL} at ${server.baseURL}`;
    const escaped = system.replace(/[.?*+()[\]]/g, "\\$&");
    const claims = "claims: \\d+ supported, \\d+ input_only, [1-9]";
    assert.match(lines[0], new RegExp(`^tailor: 7 sections tailored by ${escaped}; ${claims}`));
    const { system: named, provider, model, baseUrl } = provenance;
    assert.deepEqual([named, provider, model, baseUrl], [system, "openai-compatible", MODEL, server.baseURL]);
    for (const section of provenance.sections) {
      const seen = [section.status, section.answeredBy, section.model, section.cached];
      assert.deepEqual(seen, ["tailored", "openai-compatible", MODEL, false], section.section);
      assert.match(section.promptVersions?.section ?? "", /\S/, `${section.section} records its prompt version`);
    }
    assert.deepEqual(
      provenance.sections.map((s) => s.section),
      [...SECTION_NAMES],
    );
    const experience = provenance.sections.find((s) => s.section === "experience");
    assert.ok((experience?.claims.unsupported ?? 0) >= 1, "the invented employer is an unsupported claim");
    assert.equal(
      provenance.claims.unsupported,
      provenance.sections.reduce((sum, s) => sum + s.claims.unsupported, 0),
    );
    const document = JSON.parse(read("resume.json"));
    assert.deepEqual(checkJsonResume(document).errors, []);
    assert.deepEqual([document.basics.name, document.basics.email, document.basics.phone], ["Rowan Vale", ...CONTACTS]);
    assert.equal(document.meta.rpw.system, system);
    const author = { section: "personal_information", answeredBy: "openai-compatible", model: MODEL };
    assert.deepEqual(document.meta.rpw.tailored[0], author);
    assert.ok(read("resume.html").includes(`tailored by ${system}`));
    const diff = read("diff.html");
    assert.ok(diff.includes(`Tailored by <b>${system}</b>`));
    assert.ok(
      diff.includes(
        '<mark class="unsupported" title="organization: not in the resume">' +
          "Globex Corporation<sup>organization</sup></mark>",
      ),
    );
    assert.ok(
      diff.includes(
        '<mark class="input-only" title="skill: only in the model&#39;s input (job details)">' +
          "Snowflake<sup>skill</sup></mark>",
      ),
    );
  });

  it("rpw tailor with preprocess.extractor=llm has the model section a redacted resume and read the job", async () => {
    // A faithful "model": the rules' own sections and job details, answered to the extraction prompts.
    const record = readOneResume(writeResume());
    const extracted: Record<string, unknown> = {
      ResumeSections: sectionResumeRules(record).sections,
      JobDetails: extractJobDetailsRules({ description: JOB_MD }).details,
    };
    const server = await startMockOpenAI({
      respond: (request) => {
        const name = request.response_format?.json_schema?.name ?? "";
        return extracted[name] ? { kind: "ok", json: extracted[name] } : answer(request);
      },
    });
    let run: Awaited<ReturnType<typeof tailorThrough>>;
    try {
      run = await tailorThrough(server, "--set", 'preprocess.extractor="llm"');
      assert.equal(server.chatCalls().length, 9, "one sectioning call, one job-details call, seven sections");
      assertNeverSent(server, CONTACTS);
    } finally {
      await server.close();
    }
    const { provenance, read } = run;
    assert.deepEqual([provenance.resume.sectioner, provenance.job.extractor], [MODEL, MODEL]);
    assert.equal(provenance.job.details.title, "Senior Data Analyst");
    const document = JSON.parse(read("resume.json"));
    assert.deepEqual([document.basics.name, document.basics.email], ["Rowan Vale", CONTACTS[0]]);
  });
});

/** The JSON Resume fixture in a fresh folder; its path. */
function writeResume(): string {
  const file = path.join(tempDir("rpw-tailor-resume-"), "rowan.json");
  fs.writeFileSync(file, JSON.stringify(RESUME_JSON));
  return file;
}
