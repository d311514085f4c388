/**
 * `rpw tailor`, as the acceptance asks: the project-written resume (test/collect/
 * resume-fixtures.ts) as a PDF (Chromium's print of its HTML, through the product's launcher),
 * a DOCX and a JSON Resume collects, sections and tailors to the same seven sections; the command
 * writes schema-valid JSON Resume, HTML and a PDF whose text (read by the project's PDF reader)
 * holds every section heading. Offline the labelled rules baseline answers, and every file says so.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { main } from "../../src/cli/main";
import { closeRenderer, findChromium, htmlToPdf } from "../../src/figures/static-export";
import { createLlm } from "../../src/llm/llm-client";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { checkJsonResume } from "../../src/schemas/json-resume";
import { SECTION_NAMES } from "../../src/schemas/resume-sections";
import { TailorProvenance } from "../../src/schemas/tailor";
import { readOneJob, readOneResume } from "../../src/tailor/read-inputs";
import { RESUME_HEADINGS } from "../../src/tailor/resume-html";
import { tailorResume } from "../../src/tailor/tailor-resume";
import { RESUME_JSON, resumeDocxParts, resumeHtml, zipStored } from "../collect/resume-fixtures";
import { tempDir } from "../helpers";
import { JOB_MD, withOfflineEnv } from "./tailor-kit";

const INSTALL = "apt-get install -y chromium fonts-liberation";
const NO_CHROMIUM = `      skipped: no Chromium found (set RPW_CHROMIUM or ${INSTALL})`;
const NO_PDF_LINE = `tailor: resume.pdf not written: no Chromium found; install it: ${INSTALL}`;

/** `rpw tailor …` in-process: its exit code, stdout and stderr lines. */
async function rpwTailor(...argv: string[]): Promise<{ code: number; lines: string[]; errors: string[] }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await withOfflineEnv(() =>
    main(
      ["tailor", ...argv],
      (l) => lines.push(l),
      (l) => errors.push(l),
    ),
  );
  return { code, lines, errors };
}

/** The project's PDF reader's text of a PDF file. */
function pdfText(file: string): string {
  return readOneResume(file).text;
}

describe("rpw tailor: one project-written resume as PDF, DOCX and JSON Resume", function () {
  this.timeout(180_000); // Chromium start and prints, pdf.js and mammoth in a worker
  const dir = tempDir("rpw-tailor-");
  const files: Record<string, string> = {};
  let chromium = false;

  before(async () => {
    files.json = path.join(dir, "rowan.json");
    files.docx = path.join(dir, "rowan.docx");
    fs.writeFileSync(files.json, JSON.stringify(RESUME_JSON, null, 2));
    fs.writeFileSync(files.docx, zipStored(resumeDocxParts()));
    fs.writeFileSync(path.join(dir, "job.md"), JOB_MD);
    chromium = findChromium() !== null;
    if (chromium) {
      files.pdf = path.join(dir, "rowan.pdf");
      fs.writeFileSync(files.pdf, await htmlToPdf(resumeHtml()));
    }
  });
  after(async () => closeRenderer());

  it("readOneResume, sectionResumeRules and tailorResume agree on seven sections for PDF, DOCX and JSON Resume", async () => {
    const formats = Object.keys(files);
    if (!chromium) console.log(`${NO_CHROMIUM} (the PDF; DOCX and JSON Resume are checked)`);
    const cachePath = path.join(tempDir(), "llm.sqlite");
    const llm = createLlm({ provider: "rules", cachePath }, { rules: workbenchRulesBaselines() });
    try {
      const job = readOneJob(path.join(dir, "job.md"));
      const outcomes = [];
      for (const format of formats) {
        const resume = readOneResume(files[format]);
        const sections = sectionResumeRules(resume).sections;
        for (const name of SECTION_NAMES) {
          assert.notEqual(sections[name].text.trim(), "", `${format}: ${name} is empty`);
        }
        const result = await tailorResume(resume, job.posting, { llm, model: "gpt-4o-2024-08-06" });
        assert.deepEqual(
          result.results.map((r) => [r.record.section, r.record.status, r.record.answeredBy]),
          SECTION_NAMES.map((name) => [name, "tailored", "rules"]),
          format,
        );
        outcomes.push({ format, sections: SECTION_NAMES.map((name) => sections[name]), tailored: result.tailored });
      }
      for (const other of outcomes.slice(1)) {
        assert.deepEqual(other.sections, outcomes[0].sections, `${other.format} sections as ${outcomes[0].format}'s`);
        assert.deepEqual(other.tailored, outcomes[0].tailored, `${other.format} tailored as ${outcomes[0].format}'s`);
      }
      assert.equal(outcomes[0].tailored.personal_information?.name, "Rowan Vale");
    } finally {
      llm.close();
    }
  });

  // Acceptance: valid JSON Resume, HTML and PDF (its text holds every section heading), each naming who answered.
  it("rpw tailor writes valid JSON Resume, HTML, a PDF with every heading, diff.html, tailor.json", async function () {
    const resume = chromium ? files.pdf : files.docx;
    const out = path.join(dir, "out");
    const job = path.join(dir, "job.md");
    const { code, lines, errors } = await rpwTailor("--resume", resume, "--job", job, "--out", out);
    assert.equal(code, 0, errors.join("\n"));
    assert.match(
      lines[0],
      /^tailor: 7 sections tailored by rules \(no model\); claims: \d+ supported, 0 input_only, 0 unsupported/,
    );
    const document = JSON.parse(fs.readFileSync(path.join(out, "resume.json"), "utf8"));
    assert.deepEqual(checkJsonResume(document), { valid: true, errors: [] });
    assert.equal(document.basics.name, "Rowan Vale");
    const employers = document.work.map((job: { name: string }) => job.name);
    assert.deepEqual(employers, ["Northwind Analytics", "Quarrytown Utilities"]);
    assert.deepEqual([document.meta.rpw.system, document.meta.rpw.notTailored], ["rules (no model)", []]);
    const html = fs.readFileSync(path.join(out, "resume.html"), "utf8");
    assert.match(html, /<title>Rowan Vale — tailored by rules \(no model\)<\/title>/);
    assert.ok(!/<script|https?:\/\/[^"<\s]+\.(?:css|js|woff2?)|@import|src=/i.test(html), "resume.html loads nothing");
    const provenance = TailorProvenance.parse(JSON.parse(fs.readFileSync(path.join(out, "tailor.json"), "utf8")));
    assert.deepEqual([provenance.system, provenance.baseUrl], ["rules (no model)", null]);
    assert.deepEqual(
      provenance.sections.map((s) => s.model),
      SECTION_NAMES.map((name) => `rules:tailor-${name}@1`),
    );
    assert.equal(provenance.resume.format, chromium ? "pdf" : "docx");
    assert.match(fs.readFileSync(path.join(out, "diff.html"), "utf8"), /Tailored by <b>rules \(no model\)<\/b>/);
    if (!chromium) {
      console.log(NO_CHROMIUM);
      assert.equal(provenance.files.resumePdf, null);
      assert.equal(lines[1], NO_PDF_LINE);
      return this.skip();
    }
    const text = pdfText(path.join(out, "resume.pdf"));
    for (const heading of ["Rowan Vale", ...RESUME_HEADINGS]) {
      assert.ok(text.split("\n").includes(heading), `the PDF's text has the line "${heading}":\n${text}`);
    }
    // The printed resume reads back into the same seven sections.
    const reread = sectionResumeRules(readOneResume(path.join(out, "resume.pdf"))).sections;
    for (const name of SECTION_NAMES) assert.notEqual(reread[name].text.trim(), "", `re-read PDF: ${name} is empty`);
  });

  it("rpw tailor without Chromium writes every other file and says in one line how to install it", async () => {
    const saved = process.env.RPW_CHROMIUM;
    process.env.RPW_CHROMIUM = path.join(dir, "no-such-chromium");
    try {
      const out = path.join(dir, "out-no-pdf");
      const { code, lines } = await rpwTailor("--resume", files.json, "--job", path.join(dir, "job.md"), "--out", out);
      assert.equal(code, 0);
      assert.deepEqual(fs.readdirSync(out).sort(), ["diff.html", "resume.html", "resume.json", "tailor.json"]);
      assert.equal(lines[1], NO_PDF_LINE);
    } finally {
      if (saved === undefined) delete process.env.RPW_CHROMIUM;
      else process.env.RPW_CHROMIUM = saved;
    }
  });
});
