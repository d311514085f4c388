/**
 * `rpw tailor` through a model: the loopback OpenAI-compatible server answers every section, and
 * tailor.json, resume.html and diff.html name that model and its base URL (not "rules"); a claim
 * the model invents (an employer the resume never names) is marked unsupported in diff.html with
 * its type, and a skill only the job details carry is marked input_only, apart from it.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { checkJsonResume } from "../../src/schemas/json-resume";
import { SECTION_NAMES } from "../../src/schemas/resume-sections";
import { TailorProvenance } from "../../src/schemas/tailor";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { readOneResume } from "../../src/tailor/read-inputs";
import { RESUME_JSON } from "../collect/resume-fixtures";
import { ChatRequestBody, MockReply, startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { JOB_MD, withOfflineEnv } from "./tailor-kit";

/** What the "model" answers per output schema: faithful, except one invented employer and one pasted skill. */
const ANSWERS: Record<string, unknown> = {
  TailoredPersonalInformation: {
    name: "[NAME]", email: "[EMAIL]", phone: "[PHONE]", location: "Columbus, OH",
    links: ["[URL]"], headline: "Senior Data Analyst", summary: "Data analyst with 8 years of experience in retail analytics.",
  },
  TailoredAchievements: { entries: ["Analytics Excellence Award, Northwind Analytics 2021"] },
  TailoredCertificates: { entries: [{ name: "Tableau Desktop Specialist", issuer: "Tableau", date: "2020-06" }] },
  TailoredEducation: { entries: [{ degree: "Bachelor of Science", field: "Statistics", institution: "Millbrook State University", location: null, dates: "2011 to 2015" }] },
  TailoredProjects: { entries: [{ name: "Store clustering", description: "Grouped 230 stores by basket mix." }] },
  TailoredSkills: { entries: ["SQL", "Python", "Tableau", "Snowflake"] },
  TailoredExperience: {
    entries: [{
      title: "Senior Data Analyst", employer: "Globex Corporation", location: "Columbus, OH", startDate: "2019-03", endDate: null,
      bullets: ["Built weekly sales dashboards in Tableau for 40 stores"],
    }],
  },
};

function answer(request: ChatRequestBody): MockReply {
  const name = request.response_format?.json_schema?.name ?? "";
  return ANSWERS[name] ? { kind: "ok", json: ANSWERS[name] } : { kind: "status", status: 400, body: { error: { message: `unexpected schema ${name}` } } };
}

describe("rpw tailor through an OpenAI-compatible server", function () {
  this.timeout(120_000);

  it("rpw tailor --provider openai-compatible records the model and base URL in tailor.json, resume.html and diff.html, and marks the invented employer", async () => {
    const dir = tempDir("rpw-tailor-model-");
    const resume = path.join(dir, "rowan.json");
    fs.writeFileSync(resume, JSON.stringify(RESUME_JSON));
    fs.writeFileSync(path.join(dir, "job.md"), JOB_MD);
    const server = await startMockOpenAI({ respond: answer });
    const out = path.join(dir, "out");
    const lines: string[] = [];
    const errors: string[] = [];
    try {
      const code = await withOfflineEnv(() => main([
        "tailor", "--resume", resume, "--job", path.join(dir, "job.md"), "--out", out,
        "--provider", "openai-compatible", "--base-url", server.baseURL, "--model", "tailor-under-test",
      ], (l) => lines.push(l), (l) => errors.push(l)), { RPW_CHROMIUM: path.join(dir, "no-chromium") });
      assert.equal(code, 0, errors.join("\n"));
      assert.equal(server.chatCalls().length, 7);
      assert.ok(server.chatCalls().every((call) => (call.body as ChatRequestBody).model === "tailor-under-test"));
      // preprocess.redact: the model never sees the e-mail, phone, links or name; the resume keeps its own.
      for (const detail of ["rowan.vale@example.com", "(555) 010-0199", "github.com/rowan-vale-example", "Rowan Vale"]) {
        assert.ok(server.chatCalls().every((call) => !JSON.stringify(call.body).includes(detail)), `a model call carried "${detail}"`);
      }
    } finally {
      await server.close();
    }
    const system = `tailor-under-test at ${server.baseURL}`;
    assert.match(lines[0], new RegExp(`^tailor: 7 sections tailored by ${system.replace(/[.?*+()[\]]/g, "\\$&")}; claims: \\d+ supported, \\d+ input_only, [1-9]\\d* unsupported`));
    const provenance = TailorProvenance.parse(JSON.parse(fs.readFileSync(path.join(out, "tailor.json"), "utf8")));
    assert.deepEqual([provenance.system, provenance.provider, provenance.model, provenance.baseUrl], [system, "openai-compatible", "tailor-under-test", server.baseURL]);
    for (const section of provenance.sections) {
      assert.deepEqual([section.status, section.answeredBy, section.model, section.cached], ["tailored", "openai-compatible", "tailor-under-test", false], section.section);
      assert.match(section.promptVersions?.section ?? "", /\S/, `${section.section} records its prompt version`);
    }
    assert.deepEqual(provenance.sections.map((s) => s.section), [...SECTION_NAMES]);
    const experience = provenance.sections.find((s) => s.section === "experience");
    assert.ok((experience?.claims.unsupported ?? 0) >= 1, "the invented employer is an unsupported claim");
    assert.equal(provenance.claims.unsupported, provenance.sections.reduce((sum, s) => sum + s.claims.unsupported, 0));
    const document = JSON.parse(fs.readFileSync(path.join(out, "resume.json"), "utf8"));
    assert.deepEqual(checkJsonResume(document).errors, []);
    assert.deepEqual([document.basics.name, document.basics.email, document.basics.phone], ["Rowan Vale", "rowan.vale@example.com", "(555) 010-0199"]);
    assert.equal(document.meta.rpw.system, system);
    assert.deepEqual(document.meta.rpw.tailored[0], { section: "personal_information", answeredBy: "openai-compatible", model: "tailor-under-test" });
    assert.ok(fs.readFileSync(path.join(out, "resume.html"), "utf8").includes(`tailored by ${system}`));
    const diff = fs.readFileSync(path.join(out, "diff.html"), "utf8");
    assert.ok(diff.includes(`Tailored by <b>${system}</b>`));
    assert.match(diff, /<mark class="unsupported" title="organization: not in the resume">Globex Corporation<sup>organization<\/sup><\/mark>/);
    assert.match(diff, /<mark class="input-only" title="skill: only in the model&#39;s input \(job details\)">Snowflake<sup>skill<\/sup><\/mark>/);
  });

  it("rpw tailor with preprocess.extractor=llm has the model section the resume (placeholders only) and extract the job, and says so", async () => {
    const dir = tempDir("rpw-tailor-llm-extract-");
    const resume = path.join(dir, "rowan.json");
    fs.writeFileSync(resume, JSON.stringify(RESUME_JSON));
    fs.writeFileSync(path.join(dir, "job.md"), JOB_MD);
    // A faithful "model": the rules' own sections and job details, answered to the extraction prompts.
    const record = readOneResume(resume);
    const extracted: Record<string, unknown> = {
      ResumeSections: sectionResumeRules(record).sections, JobDetails: extractJobDetailsRules({ description: JOB_MD }).details,
    };
    const server = await startMockOpenAI({
      respond: (request) => {
        const name = request.response_format?.json_schema?.name ?? "";
        return extracted[name] ? { kind: "ok", json: extracted[name] } : answer(request);
      },
    });
    const out = path.join(dir, "out");
    const errors: string[] = [];
    try {
      const code = await withOfflineEnv(() => main([
        "tailor", "--resume", resume, "--job", path.join(dir, "job.md"), "--out", out, "--set", "preprocess.extractor=\"llm\"",
        "--provider", "openai-compatible", "--base-url", server.baseURL, "--model", "tailor-under-test",
      ], () => undefined, (l) => errors.push(l)), { RPW_CHROMIUM: path.join(dir, "no-chromium") });
      assert.equal(code, 0, errors.join("\n"));
      assert.equal(server.chatCalls().length, 9, "one sectioning call, one job-details call, seven sections");
      for (const detail of ["rowan.vale@example.com", "(555) 010-0199"]) {
        assert.ok(server.chatCalls().every((call) => !JSON.stringify(call.body).includes(detail)), `a model call carried "${detail}"`);
      }
    } finally {
      await server.close();
    }
    const provenance = TailorProvenance.parse(JSON.parse(fs.readFileSync(path.join(out, "tailor.json"), "utf8")));
    assert.deepEqual([provenance.resume.sectioner, provenance.job.extractor], ["tailor-under-test", "tailor-under-test"]);
    assert.equal(provenance.job.details.title, "Senior Data Analyst");
    const document = JSON.parse(fs.readFileSync(path.join(out, "resume.json"), "utf8"));
    assert.deepEqual([document.basics.name, document.basics.email], ["Rowan Vale", "rowan.vale@example.com"]);
  });
});
