import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readResumeSource } from "../../src/collect/read-resumes";
import { JobDetails } from "../../src/schemas/job-details";
import { SectionedResume } from "../../src/schemas/resume-sections";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { applyPersona } from "../../src/preprocess/persona";
import { redactForRemote } from "../../src/preprocess/pii";
import { sectionCoverage } from "../../src/preprocess/resume-coverage";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { ROOT } from "../helpers";

const sample = readResumeSource(path.join(ROOT, "data", "sample", "resumes.txt")).records;
/** About 200 pages: the 30 sample resumes repeated to ~600,000 characters. */
function longText(): string {
  let text = "";
  for (let i = 0; text.length < 600_000; i++) text += `${sample[i % sample.length].text} `;
  return text;
}
const FRENCH =
  "Administrateur de bases de données Paris Expérience professionnelle Administrateur de bases de données " +
  "Banque du Nord - Paris Janvier 2015 à aujourd'hui Gestion des sauvegardes et de la restauration des bases Oracle pour les équipes " +
  "de la banque, avec une astreinte une semaine sur quatre et la mise à jour des procédures. Formation Master en informatique " +
  "Université de Lyon 2010 à 2012 Compétences Oracle, SQL, Linux, et la gestion des incidents pour les clients de la région.";

describe("bad input: resumes", () => {
  it("sectionResumeRules on an empty text returns empty sections and a warning", () => {
    const result = sectionResumeRules({ id: "x", text: "" });
    assert.deepEqual(result.warnings, ["empty text: no sections"]);
    assert.deepEqual([result.spans, result.sections.other, result.sections.experience.entries], [[], "", []]);
    assert.doesNotThrow(() => SectionedResume.parse(result));
  });

  it("sectionResumeRules on a text without headings keeps it all in other, with a warning, and still reads contacts", () => {
    const text = "Reliable database person reachable at dba@example.com who has managed many systems over the years.";
    const result = sectionResumeRules({ id: "x", text });
    assert.deepEqual(result.warnings, ["no section headings found: the whole text is kept in `other`"]);
    assert.equal(result.sections.other, text);
    assert.equal(result.sections.personal_information.email, "dba@example.com");
    assert.equal(sectionCoverage(text, result.sections), 1);
  });

  it("sectionResumeRules on a 200-page text finishes in linear time (well within 15 seconds), warns, and loses no text", () => {
    const text = longText();
    const started = Date.now();
    const result = sectionResumeRules({ id: "long", text });
    const elapsed = Date.now() - started;
    console.log(`      200-page resume text (${text.length} characters) sectioned in ${elapsed} ms`);
    assert.ok(elapsed < 15_000, `${elapsed} ms (a guard against super-linear parsing, not a benchmark)`);
    assert.match(result.warnings[0], /^very long text \(\d+ characters\)/);
    assert.equal(result.spans[result.spans.length - 1].end, text.length);
    assert.ok(sectionCoverage(text, result.sections) > 0.99);
  });

  it("sectionResumeRules on a non-English text warns and keeps every character", () => {
    const result = sectionResumeRules({ id: "fr", text: FRENCH });
    assert.deepEqual(result.warnings, [
      "the text does not look English: headings and patterns are English-only, so most of it may stay in `other`",
      "no section headings found: the whole text is kept in `other`",
    ]);
    assert.equal(result.sections.other, FRENCH);
  });
});

describe("bad input: postings and personal data", () => {
  it("extractJobDetailsRules on an empty description gives empty, schema-valid details and says why", () => {
    const { details, warnings } = extractJobDetailsRules({ description: "" });
    assert.doesNotThrow(() => JobDetails.parse(details));
    assert.deepEqual(warnings, [
      "empty description: only the JobSpy fields were used",
      "no duties or qualifications found",
    ]);
  });

  it("extractJobDetailsRules on a non-English description warns and still returns valid details", () => {
    const { details, warnings } = extractJobDetailsRules({ description: FRENCH });
    assert.doesNotThrow(() => JobDetails.parse(details));
    assert.match(warnings[0], /^the description does not look English/);
    assert.deepEqual(details.skills.required, ["Oracle", "SQL", "Linux"]);
  });

  it("extractJobDetailsRules, applyPersona and redactForRemote on a 200-page text finish in linear time (well within 15 seconds each, even on a loaded machine)", () => {
    const text = longText();
    for (const [name, run] of [
      ["extractJobDetailsRules", () => extractJobDetailsRules({ description: text })],
      ["applyPersona", () => applyPersona(text, 1, "long")],
      ["redactForRemote", () => redactForRemote(text)],
    ] as const) {
      const started = Date.now();
      run();
      const elapsed = Date.now() - started;
      console.log(`      ${name} on ${text.length} characters: ${elapsed} ms`);
      // A guard against super-linear regular expressions (which take minutes here), not a benchmark:
      // well under a second each on an idle machine, and other test runs may share the two cores.
      assert.ok(elapsed < 15_000, `${name}: ${elapsed} ms`);
    }
  });
});
