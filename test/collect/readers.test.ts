/**
 * The resume readers (src/collect/readers/): one project-written resume written at test time as
 * JSON Resume, Markdown, HTML, plain text, a CSV dataset row, DOCX and (with Chromium) PDF, all
 * read to the same text and sections; the bad files beside them become rejects with reasons.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles } from "../../src/collect/collect";
import { detectResumeFormat, readResumeFiles, readResumeSource } from "../../src/collect/read-resumes";
import { extractDocumentsSync } from "../../src/collect/readers/extract-documents";
import { htmlToText } from "../../src/collect/readers/html";
import { jsonResumeToText } from "../../src/collect/readers/json-resume";
import { markdownToText } from "../../src/collect/readers/markdown";
import { cleanResumeLines } from "../../src/collect/readers/resume-lines";
import { decodeTextFile } from "../../src/collect/text-encoding";
import { findChromium } from "../../src/figures/static-export";
import { toJsonResume } from "../../src/preprocess/json-resume";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { checkJsonResume } from "../../src/schemas/json-resume";
import { ResumeRecord } from "../../src/schemas/resume";
import { tempDir } from "../helpers";
import {
  pdfWithoutText,
  RESUME_JSON,
  RESUME_TEXT,
  resumeCsv,
  resumeDocxParts,
  resumeHtml,
  resumeMarkdown,
  resumePlainText,
  zipStored,
} from "./resume-fixtures";

/** Prints `html` to PDF with Chromium (Debian's, as the figure export finds it); null when there is none. */
async function printPdf(html: string): Promise<Buffer | null> {
  const executablePath = findChromium();
  if (executablePath === null) return null;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return await page.pdf({ format: "Letter" });
  } finally {
    await browser.close();
  }
}

function only(records: ResumeRecord[], layout: ResumeRecord["layout"]): ResumeRecord {
  const found = records.filter((record) => record.layout === layout);
  assert.equal(found.length, 1, `one ${layout} record`);
  return found[0];
}

describe("resume readers: one resume in every format", function () {
  this.timeout(120_000); // Chromium start and print, pdf.js and mammoth in a worker
  let dir = "";
  let records: ResumeRecord[] = [];
  let rejects: ReturnType<typeof readResumeSource>["rejects"] = [];
  let rowsRead = 0;
  let pdfPrinted = false;

  before(async () => {
    dir = path.join(tempDir(), "mixed");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "rowan.json"), JSON.stringify(RESUME_JSON, null, 2));
    fs.writeFileSync(path.join(dir, "rowan.md"), resumeMarkdown());
    fs.writeFileSync(path.join(dir, "rowan.html"), resumeHtml());
    fs.writeFileSync(path.join(dir, "rowan.txt"), resumePlainText());
    fs.writeFileSync(path.join(dir, "dataset.csv"), resumeCsv());
    fs.writeFileSync(path.join(dir, "rowan.docx"), zipStored(resumeDocxParts()));
    const pdf = await printPdf(resumeHtml());
    if (pdf !== null) {
      fs.writeFileSync(path.join(dir, "rowan.pdf"), pdf);
      pdfPrinted = true;
    }
    // The bad files: each must be a reject with its reason, and none may stop the others.
    fs.writeFileSync(path.join(dir, "scanned.pdf"), pdfWithoutText());
    fs.writeFileSync(path.join(dir, "broken.docx"), zipStored(resumeDocxParts()).subarray(0, 300));
    fs.writeFileSync(
      path.join(dir, "invalid.json"),
      JSON.stringify({
        basics: { name: "Rowan Vale", email: "rowan at example" },
        work: [{ name: "Northwind", startDate: "October 2015" }],
      }),
    );
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    ({ records, rejects, rowsRead } = readResumeSource(dir));
  });

  it("readResumeSource reads text, Markdown, HTML, DOCX, JSON Resume and a CSV dataset row to the same text", () => {
    for (const layout of ["text", "markdown", "html", "docx", "json-resume"] as const) {
      assert.equal(only(records, layout).text, RESUME_TEXT, layout);
    }
    const csv = records.filter((record) => record.layout === "csv");
    assert.deepEqual(
      csv.map((record) => [record.id, record.corpusId, record.labels, record.source]),
      [
        ["dataset/00001", "1001", ["DATA-ANALYST"], { file: path.join(dir, "dataset.csv"), line: 2, row: 0 }],
        ["dataset/00002", "1002", ["ACCOUNTANT"], { file: path.join(dir, "dataset.csv"), line: 31, row: 1 }],
      ],
    );
    assert.equal(csv[0].text, RESUME_TEXT);
    assert.equal(csv[1].text, "Casey Marsh\nSkills\nExcel, SQL");
  });

  it("readResumeSource reads a Chromium-printed PDF of the resume to the same text (skipped without Chromium)", function () {
    if (!pdfPrinted) {
      console.log(
        "      skipped: no Chromium found (set RPW_CHROMIUM or apt-get install -y chromium fonts-liberation)",
      );
      this.skip();
    }
    const pdf = only(records, "pdf");
    assert.equal(pdf.text, RESUME_TEXT);
    assert.equal(pdf.encoding, "document");
    assert.equal(pdf.id, "mixed/rowan.pdf");
  });

  it("sectionResumeRules gives the same seven sections for the resume read from every format", () => {
    const reference = sectionResumeRules(only(records, "text")).sections;
    const layouts = ["markdown", "html", "docx", "json-resume", ...(pdfPrinted ? ["pdf" as const] : [])] as const;
    for (const layout of layouts) {
      assert.deepEqual(sectionResumeRules(only(records, layout)).sections, reference, layout);
    }
    assert.deepEqual(
      sectionResumeRules(records.find((record) => record.corpusId === "1001") as ResumeRecord).sections,
      reference,
      "csv",
    );
    assert.notEqual(reference.experience.text, "");
    assert.notEqual(reference.education.text, "");
    assert.notEqual(reference.skills.text, "");
    // And back out: the sections of the JSON Resume export as a schema-valid JSON Resume.
    assert.deepEqual(checkJsonResume(toJsonResume(reference)).errors, []);
  });

  it("readResumeSource keeps each record's source and labels: the file, the JSON Resume label", () => {
    const json = only(records, "json-resume");
    assert.deepEqual(
      [json.id, json.corpusId, json.labels, json.source],
      ["mixed/rowan.json", "rowan.json", ["Data Analyst"], { file: path.join(dir, "rowan.json"), line: 0, row: null }],
    );
    assert.deepEqual(only(records, "docx").source, { file: path.join(dir, "rowan.docx"), line: 0, row: null });
  });

  it("readResumeSource rejects a PDF without a text layer, a broken DOCX, a schema-invalid JSON Resume, an empty file, a .doc and an empty CSV row, with reasons", () => {
    const byFile = new Map(
      rejects.map((reject) => [
        `${path.basename(reject.source.file)}${reject.source.row === null ? "" : `#${reject.source.row}`}`,
        reject,
      ]),
    );
    assert.deepEqual([...byFile.keys()].sort(), [
      "broken.docx",
      "dataset.csv#2",
      "empty.txt",
      "invalid.json",
      "old.doc",
      "scanned.pdf",
    ]);
    assert.match(
      byFile.get("scanned.pdf")?.reason ?? "",
      /^no text layer on any of its 1 page: a scanned or image-only PDF/,
    );
    assert.match(byFile.get("broken.docx")?.reason ?? "", /^not a readable DOCX \(/);
    assert.match(
      byFile.get("invalid.json")?.reason ?? "",
      /^not valid against the JSON Resume schema: .*\/basics\/email must match format "email".*\/work\/0\/startDate must match pattern/,
    );
    assert.equal(byFile.get("empty.txt")?.reason, "the file is empty");
    assert.match(byFile.get("old.doc")?.reason ?? "", /legacy Word \.doc/);
    assert.equal(byFile.get("dataset.csv#2")?.field, "resume_str");
    assert.ok(rejects.every((reject) => reject.input === "resume" && reject.kind === "invalid"));
    assert.equal(rowsRead, records.length + rejects.length);
  });

  it("collectFromFiles accepts the mixed folder and a single PDF or DOCX file as resume inputs", () => {
    const collection = collectFromFiles({ resumes: [dir, path.join(dir, "rowan.docx")], jobs: [] });
    assert.equal(collection.resumes.length, records.length + 1);
    assert.equal(collection.rejects.length, rejects.length);
    assert.equal(collection.resumes[collection.resumes.length - 1].text, RESUME_TEXT);
  });
});

describe("detectResumeFormat", () => {
  const bytes = (text: string) => Buffer.from(text, "utf8");
  it("detectResumeFormat trusts content over the extension and the extension over guessing", () => {
    assert.deepEqual(detectResumeFormat("cv.txt", bytes("%PDF-1.7\n...")), { format: "pdf" });
    assert.deepEqual(detectResumeFormat("cv.bin", zipStored({ "word/document.xml": "<w:document/>" })), {
      format: "docx",
    });
    assert.deepEqual(detectResumeFormat("cv.zip", zipStored({ "a.txt": "x" })), {
      unsupported: "a zip archive that is not a Word document (.docx)",
    });
    assert.deepEqual(detectResumeFormat("cv.md", bytes("# Jane")), { format: "markdown" });
    assert.deepEqual(detectResumeFormat("cv.txt", bytes("<!DOCTYPE html><p>x</p>")), { format: "html" });
    assert.deepEqual(detectResumeFormat("cv", bytes('{"basics":{}}')), { format: "json-resume" });
    assert.deepEqual(detectResumeFormat("r.txt", bytes("a:::L:::text one\nb:::L:::text two\n")), {
      format: "line-file",
    });
    assert.deepEqual(detectResumeFormat("r.txt", bytes("Jane Doe\nExperience: 3 years\n")), { format: "text" });
    assert.deepEqual(detectResumeFormat("r.rtf", bytes("{\\rtf1\\ansi x}")), {
      unsupported: "an RTF file: save it as DOCX or PDF",
    });
    assert.deepEqual(detectResumeFormat("r.txt", Buffer.from([0xff, 0xfe, 0x41, 0x00])), {
      unsupported: "UTF-16 text: save it as UTF-8",
    });
    assert.deepEqual(detectResumeFormat("r.txt", bytes(" \n\t")), { unsupported: "the file is empty" });
  });
});

describe("resume text conversions", () => {
  it("markdownToText unwraps headings, emphasis, links, lists, tables and escapes, one line each", () => {
    const markdown =
      "Skills\n======\n\n* **SQL** and `Python`\n1. First\n> quoted *note*\n\n| Tool | Years |\n|---|---:|\n| R | 3 |\n\n" +
      "[LinkedIn](https://linkedin.com/in/jane-example) · [jane@example.com](mailto:jane@example.com) ![logo](x.png)\n---\nA\\*B &amp; C";
    assert.equal(
      markdownToText(markdown),
      "Skills\n• SQL and Python\n1. First\nquoted note\nTool\tYears\nR\t3\nLinkedIn (https://linkedin.com/in/jane-example) · jane@example.com\nA*B & C",
    );
  });

  it("htmlToText keeps blocks as lines, numbers ordered lists, tabs table cells and drops scripts and styles", () => {
    const html =
      "<html><head><style>p{}</style></head><body><h2>Work&nbsp;History</h2><p>Analyst\n  at <b>Acme</b><br>2019</p>" +
      "<ol start=3><li>One<li>Two</ol><ul><li>• Already bulleted</li></ul><table><tr><td>SQL</td><td>5 years</td></tr></table>" +
      "<script>var x = '<p>no</p>';</script><a href='https://github.com/jane-example'>GitHub</a></body></html>";
    assert.equal(
      cleanResumeLines(htmlToText(html)),
      "Work History\nAnalyst at Acme\n2019\n3. One\n4. Two\n• Already bulleted\nSQL 5 years\nGitHub (https://github.com/jane-example)",
    );
  });

  it("jsonResumeToText writes the corpus's headings and dates, and Additional Information for what has no section", () => {
    const text = jsonResumeToText({
      basics: { name: "Jane Example" },
      work: [{ name: "Acme", position: "Analyst", startDate: "2020-01-15" }],
      volunteer: [{ organization: "Food Bank", position: "Driver", startDate: "2018", endDate: "2019" }],
      languages: [{ language: "Spanish", fluency: "Fluent" }],
      interests: [{ name: "Chess" }],
    });
    assert.equal(
      text,
      "Jane Example\nWork Experience\nAnalyst\nAcme\nJanuary 2020 to Present\nAdditional Information\nVolunteer: Driver, Food Bank, 2018 to 2019\nLanguages: Spanish (Fluent)\nInterests: Chess",
    );
  });

  it("cleanResumeLines folds spaces, drops blank lines and makes every leading bullet glyph '• '", () => {
    assert.equal(
      cleanResumeLines("  Skills \r\n\r\n-  SQL\n*\tR\n\u00a0▪ Excel\n\f– Tableau\n-5 degrees"),
      "Skills\n• SQL\n• R\n• Excel\n• Tableau\n-5 degrees",
    );
  });
});

describe("resume text encodings", () => {
  it("decodeTextFile reads a file with UTF-8 and Windows-1252 lines line by line, never mojibake", () => {
    const bytes = Buffer.concat([
      Buffer.from("Café Nouveau – Manager\n", "utf8"),
      Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0x95, 0x20, 0x53, 0x51, 0x4c, 0x0a]),
      Buffer.from("Skills\n"),
    ]);
    assert.deepEqual(decodeTextFile(bytes), {
      text: "Café Nouveau – Manager\nRésumé • SQL\nSkills\n",
      encoding: "mixed",
    });
    // In a UTF-8 file a byte run that is no Western text (here a UTF-16 mark) is reported, not guessed.
    assert.deepEqual(decodeTextFile(Buffer.concat([Buffer.from("café\n", "utf8"), Buffer.from([0xff, 0xfe, 0x41])])), {
      badLine: 2,
    });
  });

  it("readResumeFiles reads a mixed-encoding text resume and one line with both encodings", () => {
    const file = path.join(tempDir(), "mixed.txt");
    fs.writeFileSync(
      file,
      Buffer.concat([
        Buffer.from("José Example\nSkills\n", "utf8"),
        Buffer.from([0x45, 0x78, 0x63, 0x65, 0x6c, 0x20, 0x96, 0x20]),
        Buffer.from("naïve\n", "utf8"),
      ]),
    );
    const [result] = readResumeFiles([file]);
    assert.deepEqual(
      result.records.map((record) => [record.text, record.encoding, record.layout]),
      [["José Example\nSkills\nExcel – naïve", "mixed", "text"]],
    );
  });
});

describe("CSV resume datasets", () => {
  it("readResumeFiles uses the text and label columns the options name, and rejects a file without a text column", () => {
    const dir = tempDir();
    const file = path.join(dir, "set.csv");
    fs.writeFileSync(file, 'Category,Body,Notes\nHR,"Alex Example\nEducation\nBA",x\n');
    const [chosen] = readResumeFiles([file], { textColumn: "Body", labelColumn: "Category" });
    assert.deepEqual(
      chosen.records.map((record) => [record.text, record.labels, record.corpusId]),
      [["Alex Example\nEducation\nBA", ["HR"], "1"]],
    );
    const [missing] = readResumeFiles([file]);
    assert.equal(missing.records.length, 0);
    assert.match(
      missing.rejects[0].reason,
      /^no resume text column \(looked for resume_str, .*\); the header has Category, Body, Notes; choose one/,
    );
  });
});

describe("extractDocumentsSync", () => {
  it("extractDocumentsSync answers each file in order: pages, library errors, and a timeout per file", () => {
    const [scan, broken] = extractDocumentsSync([
      { kind: "pdf", bytes: pdfWithoutText() },
      { kind: "pdf", bytes: Buffer.from("%PDF-1.4 nothing else") },
    ]);
    assert.deepEqual(scan, { pages: [""] });
    assert.ok("error" in broken && broken.error.length > 0);
    const slow = extractDocumentsSync(
      [
        { kind: "docx", bytes: zipStored(resumeDocxParts()) },
        { kind: "pdf", bytes: pdfWithoutText() },
      ],
      { timeoutMs: 1 },
    );
    assert.deepEqual(slow, [
      { error: "text extraction took longer than 1 ms" },
      { error: "text extraction took longer than 1 ms" },
    ]);
  });
});

describe("readResumeSource (mixed folder rules)", () => {
  it("readResumeSource skips hidden files, rejects a sub-folder, and reads NNNNN.txt as plain text when the folder has no .lab files", () => {
    const dir = path.join(tempDir(), "cvs");
    fs.mkdirSync(path.join(dir, "older"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".DS_Store"), Buffer.from([0, 0, 0, 1]));
    fs.writeFileSync(path.join(dir, "00001.txt"), "Jordan Example\nSkills\nExcel\n");
    const { records, rejects, rowsRead } = readResumeSource(dir);
    assert.deepEqual(
      records.map((record) => [record.id, record.layout, record.text]),
      [["cvs/00001.txt", "text", "Jordan Example\nSkills\nExcel"]],
    );
    assert.deepEqual(
      rejects.map((reject) => [path.basename(reject.source.file), reject.reason]),
      [["older", "a folder inside a resume folder is not read: pass it as its own input"]],
    );
    assert.equal(rowsRead, 2);
  });
});
