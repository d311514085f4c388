/** Accuracy of the rules preprocessors against hand labels of the bundled (fictional) sample. */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { readJobFile } from "../../src/collect/read-jobs";
import { readResumeSource } from "../../src/collect/read-resumes";
import {
  loadFixtureLabels,
  rate,
  scorePostingFixtures,
  scoreResumeFixtures,
  showRate,
} from "../../src/preprocess/fixture-scores";
import { labelledSpans } from "../../src/preprocess/label-accuracy";
import { ROOT } from "../helpers";

const { resumes: resumeLabels, postings: postingLabels } = loadFixtureLabels();
const resumes = readResumeSource(path.join(ROOT, "data", "sample", "resumes.txt")).records;
const postings = readJobFile(path.join(ROOT, "data", "sample", "jobs.csv")).postings;

/** Floor for every accuracy: well under today's numbers, so a real regression fails. */
const FLOOR = 0.8;

describe("hand-labelled fixtures (test/fixtures/preprocess)", () => {
  it("the fixtures label at least 10 resumes and 10 postings, and every label's text is found in its resume", () => {
    assert.ok(resumeLabels.length >= 10 && postingLabels.length >= 10);
    for (const label of resumeLabels) assert.doesNotThrow(() => labelledSpans(resumes[label.line - 1].text, label));
  });

  for (const set of ["tuning", "holdout"] as const) {
    it(`scoreResume: section-boundary and field accuracy of sectionResumeRules on the ${set} resumes is at least ${FLOOR}`, () => {
      const score = scoreResumeFixtures(resumeLabels, resumes, set);
      console.log(
        `      RESUME FIXTURES (${set}, ${score.resumes} resumes): section boundaries exact ${showRate(score.boundaries)}, characters in the right section ${showRate(score.characters)}, entry/contact fields ${showRate(score.fields)}`,
      );
      for (const miss of score.misses) console.log(`        miss: ${miss}`);
      assert.ok(rate(score.boundaries) >= FLOOR && rate(score.characters) >= FLOOR && rate(score.fields) >= FLOOR);
    });

    it(`scorePosting: field accuracy of extractJobDetailsRules on the ${set} postings is at least ${FLOOR}`, () => {
      const score = scorePostingFixtures(postingLabels, postings, set);
      console.log(`      POSTING FIXTURES (${set}, ${score.postings} postings): fields ${showRate(score.fields)}`);
      for (const miss of score.misses) console.log(`        miss: ${miss}`);
      assert.ok(rate(score.fields) >= FLOOR);
    });
  }
});
