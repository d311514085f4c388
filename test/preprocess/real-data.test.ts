/**
 * The acceptance numbers on the study's public data (../shared/data), printed and
 * asserted. Skips, saying why, when that data is absent (it is never in the repository).
 */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readJobFile } from "../../src/collect/read-jobs";
import { readResumeSource } from "../../src/collect/read-resumes";
import { JobPosting } from "../../src/schemas/job";
import { ResumeRecord } from "../../src/schemas/resume";
import { SectionedResume } from "../../src/schemas/resume-sections";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { detectPii } from "../../src/preprocess/pii";
import { sectionCoverage, summarizeCoverage } from "../../src/preprocess/resume-coverage";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { requireSharedData, SHARED_DATA } from "../helpers";

const seed = (name: string) => path.join(SHARED_DATA, "seed-study", name);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;

function sectionAll(records: ResumeRecord[]): SectionedResume[] {
  return records.map((record) => sectionResumeRules(record));
}

describe("rules preprocessing on the study's public data", function () {
  this.timeout(120_000); // reads and sections 1,500 resumes; the --no-config default of 2 s is too short
  let study: ResumeRecord[] = [];
  let studySections: SectionedResume[] = [];
  let descriptions: JobPosting[] = [];

  before(function () {
    requireSharedData(this);
    study = readResumeSource(seed("first_600_resumes.redacted.txt")).records;
    studySections = sectionAll(study);
    descriptions = readJobFile(seed("jd_description.csv")).postings;
  });

  it("sectionResumeRules finds experience in at least 95% and education in at least 85% of the 600 study resumes", () => {
    const n = study.length;
    const experienceText = studySections.filter((s) => s.sections.experience.text !== "").length;
    const experienceEntries = studySections.filter((s) => s.sections.experience.entries.length > 0).length;
    const educationText = studySections.filter((s) => s.sections.education.text !== "").length;
    const educationEntries = studySections.filter((s) => s.sections.education.entries.length > 0).length;
    console.log(
      `      STUDY RESUMES (${n}): experience section ${percent(experienceText, n)}, with a dated entry ${percent(experienceEntries, n)}; education section ${percent(educationText, n)}, with an entry ${percent(educationEntries, n)}`,
    );
    assert.equal(n, 600);
    assert.ok(experienceText / n >= 0.95 && experienceEntries / n >= 0.95);
    assert.ok(educationText / n >= 0.85 && educationEntries / n >= 0.85);
  });

  it("sectionResumeRules loses no text on the 600 study resumes: spans tile each text and sections cover at least 95% on average", () => {
    studySections.forEach((result, i) => {
      const spans = result.spans;
      assert.equal(spans[spans.length - 1].end, study[i].text.length, study[i].id);
      spans.forEach((span, k) => assert.equal(span.start, k === 0 ? 0 : spans[k - 1].end, study[i].id));
    });
    const coverage = summarizeCoverage(
      studySections.map((result, i) => sectionCoverage(study[i].text, result.sections)),
    );
    console.log(
      `      STUDY RESUMES coverage of non-whitespace characters: mean ${(100 * coverage.mean).toFixed(2)}%, 5th percentile ${(100 * coverage.p5).toFixed(2)}%, minimum ${(100 * coverage.min).toFixed(2)}%`,
    );
    assert.ok(coverage.mean >= 0.95);
    assert.ok(coverage.p5 >= 0.9);
  });

  it("sectionResumeRules reaches the same bars on the 900-resume florex sample (a second, unseen corpus)", () => {
    const records = readResumeSource(path.join(SHARED_DATA, "florex-sample", "resumes_corpus")).records;
    const results = sectionAll(records);
    const n = records.length;
    const experience = results.filter((s) => s.sections.experience.entries.length > 0).length;
    const education = results.filter((s) => s.sections.education.text !== "").length;
    const coverage = summarizeCoverage(results.map((result, i) => sectionCoverage(records[i].text, result.sections)));
    console.log(
      `      FLOREX SAMPLE (${n}): experience with a dated entry ${percent(experience, n)}, education ${percent(education, n)}, coverage mean ${(100 * coverage.mean).toFixed(2)}%, p5 ${(100 * coverage.p5).toFixed(2)}%`,
    );
    assert.ok(experience / n >= 0.95 && education / n >= 0.85 && coverage.mean >= 0.95);
  });

  it("extractJobDetailsRules fills title-or-keywords for all 558 study postings and duties-or-qualifications for at least 90%", () => {
    const results = descriptions.map((posting) => extractJobDetailsRules(posting));
    const n = results.length;
    const titleOrKeywords = results.filter((r) => r.details.title !== null || r.details.keywords.length > 0).length;
    const title = results.filter((r) => r.details.title !== null).length;
    const lexiconSkills = results.filter(
      (r) => r.details.skills.required.length + r.details.skills.preferred.length > 0,
    ).length;
    const dutiesOrQuals = results.filter(
      (r) =>
        r.details.responsibilities.length +
          r.details.requiredQualifications.length +
          r.details.preferredQualifications.length >
        0,
    ).length;
    const byHeadings = results.filter((r) => !r.warnings.some((w) => w.startsWith("no duties"))).length;
    console.log(
      `      STUDY POSTINGS (${n}): title-or-keywords ${percent(titleOrKeywords, n)} (title ${percent(title, n)}, lexicon skills ${percent(lexiconSkills, n)}); duties-or-qualifications ${percent(dutiesOrQuals, n)} (from headings ${percent(byHeadings, n)})`,
    );
    assert.equal(n, 558);
    assert.equal(titleOrKeywords, n);
    assert.ok(dutiesOrQuals / n >= 0.9);
  });

  it("extractJobDetailsRules takes the salary of the 46 raw JobSpy rows exactly from the JobSpy fields", () => {
    const rows = [
      ...readJobFile(seed("jobspy_data_scientist.csv")).postings,
      ...readJobFile(seed("jobspy_software_engineer.csv")).postings,
    ];
    let exact = 0;
    let fromText = 0;
    for (const posting of rows) {
      const { salary } = extractJobDetailsRules(posting).details;
      if (posting.salary === null) {
        if (salary !== null) fromText++;
        continue;
      }
      assert.deepEqual(
        [salary?.min, salary?.max, salary?.currency, salary?.interval],
        [posting.salary.min, posting.salary.max, posting.salary.currency, posting.salary.interval],
        posting.id,
      );
      exact++;
    }
    console.log(
      `      RAW JOBSPY ROWS (${rows.length}): salary exactly from the JobSpy fields ${exact}/${rows.filter((r) => r.salary !== null).length}; rows without JobSpy salary read from the text: ${fromText}`,
    );
    assert.equal(rows.length, 46);
    assert.equal(exact, 21);
  });

  it("detectPii finds exactly the placeholders the data curators put into the redacted study resumes", () => {
    const counts: Record<string, number> = {};
    for (const record of study)
      for (const span of detectPii(record.text))
        if (span.type === "placeholder") counts[span.kind] = (counts[span.kind] ?? 0) + 1;
    assert.deepEqual(counts, { URL: 147, EMAIL: 15, PHONE: 15, ADDRESS: 2, NAME: 2 });
  });
});
