/**
 * No loss on the study's 600 resumes: for every section, the share of resumes in which the
 * sectioner finds it is at least what the Indeed reading alone (the sectioner before the general
 * vocabulary) finds, printed before and after. Skips, saying why, when ../shared/data is absent.
 */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readResumeSource } from "../../src/collect/read-resumes";
import { SECTION_NAMES } from "../../src/schemas/resume-sections";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { readIndeedSpans, SpanReading } from "../../src/preprocess/sectioner-spans";
import { requireSharedData, SHARED_DATA } from "../helpers";

const SECTIONS = [...SECTION_NAMES];

/** Sections with non-blank text in a reading's spans (what `sections[name].text !== ""` tests). */
function sectionsOf(text: string, spans: SpanReading["spans"]): Set<string> {
  return new Set(spans.filter((s) => text.slice(s.start, s.end).trim() !== "").map((s) => s.section));
}

describe("the general sectioner on the study's 600 resumes", function () {
  this.timeout(120_000);

  before(function () {
    requireSharedData(this);
  });

  it("sectionResumeRules finds every section in at least as many of the 600 study resumes as the Indeed reading alone, experience in all and education in at least 95%", () => {
    const records = readResumeSource(path.join(SHARED_DATA, "seed-study", "first_600_resumes.redacted.txt")).records;
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    let general = 0;
    for (const record of records) {
      const old = sectionsOf(record.text, readIndeedSpans(record.text).spans);
      const result = sectionResumeRules(record);
      if (result.vocabulary === "general") general++;
      for (const name of SECTIONS) {
        if (old.has(name)) before[name] = (before[name] ?? 0) + 1;
        if (result.sections[name].text !== "") after[name] = (after[name] ?? 0) + 1;
      }
    }
    const n = records.length;
    console.log(
      `      STUDY RESUMES (${n}) section found, Indeed reading → sectionResumeRules (general vocabulary chosen for ${general}):`,
    );
    for (const name of SECTIONS)
      console.log(
        `        ${name.padEnd(21)} ${String(before[name] ?? 0).padStart(3)} → ${String(after[name] ?? 0).padStart(3)}`,
      );
    assert.equal(n, 600);
    for (const name of SECTIONS) assert.ok((after[name] ?? 0) >= (before[name] ?? 0), name);
    assert.equal(after.experience, n);
    assert.ok(after.education / n >= 0.95);
  });
});
