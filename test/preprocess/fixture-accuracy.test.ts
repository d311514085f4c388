/** Accuracy of the rules preprocessors against hand labels of the bundled (fictional) sample. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { readJobFile } from "../../src/collect/read-jobs";
import { readResumeSource } from "../../src/collect/read-resumes";
import { extractJobDetailsRules } from "../../src/preprocess/extract-job-details";
import { labelledSpans, PostingLabel, ResumeLabel, scorePosting, scoreResume, Tally } from "../../src/preprocess/label-accuracy";
import { sectionResumeRules } from "../../src/preprocess/section-resume";
import { ROOT } from "../helpers";

const FIXTURES = path.join(ROOT, "test", "fixtures", "preprocess");
const resumeLabels = (JSON.parse(fs.readFileSync(path.join(FIXTURES, "resume-labels.json"), "utf8")).resumes as unknown[]).map((l) => ResumeLabel.parse(l));
const postingLabels = (JSON.parse(fs.readFileSync(path.join(FIXTURES, "posting-labels.json"), "utf8")).postings as unknown[]).map((l) => PostingLabel.parse(l));
const resumes = readResumeSource(path.join(ROOT, "data", "sample", "resumes.txt")).records;
const postings = readJobFile(path.join(ROOT, "data", "sample", "jobs.csv")).postings;

const add = (a: Tally, b: Tally) => ({ correct: a.correct + b.correct, total: a.total + b.total });
const rate = (t: Tally) => t.correct / t.total;
const show = (t: Tally) => `${(100 * rate(t)).toFixed(1)}% (${t.correct}/${t.total})`;
/** Floor for every accuracy: well under today's numbers, so a real regression fails. */
const FLOOR = 0.8;

describe("hand-labelled fixtures (test/fixtures/preprocess)", () => {
  it("the fixtures label at least 10 resumes and 10 postings, and every label's text is found in its resume", () => {
    assert.ok(resumeLabels.length >= 10 && postingLabels.length >= 10);
    for (const label of resumeLabels) assert.doesNotThrow(() => labelledSpans(resumes[label.line - 1].text, label));
  });

  for (const set of ["tuning", "holdout"] as const) {
    it(`scoreResume: section-boundary and field accuracy of sectionResumeRules on the ${set} resumes is at least ${FLOOR}`, () => {
      let total = { boundaries: { correct: 0, total: 0 }, characters: { correct: 0, total: 0 }, fields: { correct: 0, total: 0 } };
      const misses: string[] = [];
      const labels = resumeLabels.filter((l) => l.set === set);
      for (const label of labels) {
        const resume = resumes[label.line - 1];
        const score = scoreResume(resume.text, sectionResumeRules(resume), label);
        total = { boundaries: add(total.boundaries, score.boundaries), characters: add(total.characters, score.characters), fields: add(total.fields, score.fields) };
        misses.push(...score.misses);
      }
      console.log(`      RESUME FIXTURES (${set}, ${labels.length} resumes): section boundaries exact ${show(total.boundaries)}, characters in the right section ${show(total.characters)}, entry/contact fields ${show(total.fields)}`);
      for (const miss of misses) console.log(`        miss: ${miss}`);
      assert.ok(rate(total.boundaries) >= FLOOR && rate(total.characters) >= FLOOR && rate(total.fields) >= FLOOR);
    });

    it(`scorePosting: field accuracy of extractJobDetailsRules on the ${set} postings is at least ${FLOOR}`, () => {
      let fields: Tally = { correct: 0, total: 0 };
      const misses: string[] = [];
      const labels = postingLabels.filter((l) => l.set === set);
      for (const label of labels) {
        const score = scorePosting(extractJobDetailsRules(postings[label.row]).details, label);
        fields = add(fields, score.fields);
        misses.push(...score.misses);
      }
      console.log(`      POSTING FIXTURES (${set}, ${labels.length} postings): fields ${show(fields)}`);
      for (const miss of misses) console.log(`        miss: ${miss}`);
      assert.ok(rate(fields) >= FLOOR);
    });
  }
});
