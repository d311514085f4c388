import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readResumeSource } from "../../src/collect/read-resumes";
import { SectionedResume } from "../../src/schemas/resume-sections";
import { toJsonResume } from "../../src/preprocess/json-resume";
import { sectionCoverage, summarizeCoverage } from "../../src/preprocess/resume-coverage";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { ROOT } from "../helpers";

const sample = readResumeSource(path.join(ROOT, "data", "sample", "resumes.txt")).records;

describe("sectionResumeRules", () => {
  it("sectionResumeRules splits the sample's first resume into header, headings and section bodies that tile the text", () => {
    const result = sectionResumeRules(sample[0]);
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(
      result.spans.map((s) => [s.section, s.start, s.end]),
      [
        ["personal_information", 0, 399],
        ["heading", 399, 414],
        ["experience", 414, 2187],
        ["heading", 2187, 2196],
        ["education", 2196, 2293],
        ["heading", 2293, 2299],
        ["skills", 2299, 2448],
        ["heading", 2448, 2471],
        ["certificates", 2471, 2586],
        ["heading", 2586, 2608],
        ["other", 2608, 2690],
      ],
    );
    assert.equal(sample[0].text.length, 2690);
    const { sections } = result;
    assert.equal(
      sections.education.text,
      "Bachelor of Science in Information Systems Millbrook State University - Athens, OH 2008 to 2012",
    );
    assert.equal(sections.other, "Available for on-call rotation. Comfortable with change management in ServiceNow.");
    assert.deepEqual(
      sections.experience.entries.map((e) => [
        e.title,
        e.employer,
        e.startDate,
        e.endDate,
        e.current,
        e.bullets.length,
      ]),
      [
        ["Senior Oracle DBA", "Bramblewood Health", "2019-03", null, true, 6],
        ["Oracle DBA", "Quarrytown Utilities", "2014-06", "2019-02", false, 5],
        ["Junior Database Administrator", "Harrow Valley Community College", "2012-08", "2014-05", false, 1],
      ],
    );
    assert.deepEqual(sections.skills.entries, [
      "Oracle",
      "RMAN",
      "PL/SQL",
      "Data Guard",
      "RAC",
      "Linux",
      "OEM",
      "ASM",
      "Data Pump",
      "AWR",
      "Shell Scripting",
    ]);
    assert.deepEqual(
      sections.certificates.entries.map((c) => [c.name, c.date]),
      [
        ["Oracle Certified Professional (OCP) 12c", "2016-06"],
        ["Oracle Certified Associate (OCA) 11g", "2013"],
      ],
    );
    assert.deepEqual(
      [sections.personal_information.headline, sections.personal_information.location],
      ["Oracle Database Administrator", "Columbus, OH"],
    );
    assert.doesNotThrow(() => SectionedResume.parse(result));
  });

  it("sectionResumeRules produces spans that cover every character exactly once for all 30 sample resumes", () => {
    for (const resume of sample) {
      const { spans } = sectionResumeRules(resume);
      assert.equal(spans[0].start, 0, resume.id);
      assert.equal(spans[spans.length - 1].end, resume.text.length, resume.id);
      spans.forEach((span, i) => assert.equal(span.start, i === 0 ? 0 : spans[i - 1].end, `${resume.id} span ${i}`));
    }
  });

  it("sectionResumeRules finds a name next to contact details and puts Assessments in other", () => {
    const { sections } = sectionResumeRules(sample[26]);
    assert.deepEqual(
      [sections.personal_information.name, sections.personal_information.email, sections.personal_information.phone],
      ["Casey Lindqvist", "casey.lindqvist@example.com", "(216) 555-0119"],
    );
    assert.equal(
      sections.other,
      "Project management — Highly Proficient June 2021 Written communication — Expert June 2021",
    );
  });
});

describe("sectionCoverage and summarizeCoverage", () => {
  it("sectionCoverage is the share of non-whitespace characters the sections keep (only heading words are left out)", () => {
    const { sections } = sectionResumeRules(sample[0]);
    const headingChars = "WorkExperienceEducationSkillsCertifications/LicensesAdditionalInformation".length;
    const total = sample[0].text.replace(/\s+/g, "").length;
    assert.equal(sectionCoverage(sample[0].text, sections), (total - headingChars) / total);
  });

  it("summarizeCoverage gives the mean, numpy-style 5th percentile and minimum", () => {
    assert.deepEqual(summarizeCoverage([1, 0.5, 0.75, 0.25]), { count: 4, mean: 0.625, p5: 0.2875, min: 0.25 });
    assert.deepEqual(summarizeCoverage([]), { count: 0, mean: 1, p5: 1, min: 1 });
  });
});

describe("toJsonResume", () => {
  it("toJsonResume maps sections to JSON Resume basics, work, education, skills, certificates and awards", () => {
    const json = toJsonResume(sectionResumeRules(sample[0]).sections) as Record<string, unknown[]> & {
      basics: Record<string, unknown>;
    };
    assert.deepEqual(Object.keys(json), ["basics", "work", "education", "skills", "certificates"]);
    assert.deepEqual(json.basics.location, { city: "Columbus", region: "OH" });
    assert.deepEqual(json.work[0], {
      name: "Bramblewood Health",
      position: "Senior Oracle DBA",
      location: "Columbus, OH",
      startDate: "2019-03",
      highlights: (json.work[0] as { highlights: string[] }).highlights,
    });
    assert.deepEqual(json.education, [
      {
        institution: "Millbrook State University",
        area: "Information Systems",
        studyType: "Bachelor of Science",
        startDate: "2008",
        endDate: "2012",
      },
    ]);
    assert.deepEqual(json.certificates[0], {
      name: "Oracle Certified Professional (OCP) 12c",
      date: "2016-06",
      issuer: "Oracle",
    });
  });

  it("toJsonResume writes awards with their dates and projects with descriptions", () => {
    const json = toJsonResume(sectionResumeRules(sample[8]).sections) as Record<string, unknown[]>;
    assert.deepEqual(json.awards, [
      { title: "Ambergate Retail Analytics Excellence Award, for the promotion effectiveness review", date: "2023" },
    ]);
    assert.deepEqual(
      (json.projects as { name: string }[]).map((p) => p.name),
      ["Store clustering (2022)", "Returns dashboard (2023)", "Survey analysis (2021)"],
    );
  });
});
