/**
 * The rules extractors and sectioner against hand labels, as notebook rows.
 */
import * as path from "node:path";
import { collectFromFiles } from "../collect/collect";
import { loadFixtureLabels, scorePostingFixtures, scoreResumeFixtures, showRate } from "../preprocess/fixture-scores";
import { sectionResumeRules } from "../preprocess/section-resume";
import { measureSectionerAccuracy } from "../preprocess/sectioner-accuracy";
import { loadLayoutFixtures } from "../preprocess/sectioner-fixtures";
import { PROJECT_ROOT } from "../run/stage-record";

const SAMPLE = path.join(PROJECT_ROOT, "data", "sample");

/**
 * The labels of test/fixtures/preprocess/ describe the bundled sample's own files (every row,
 * duplicates and non-US postings included), so this reads those files whatever the run's data is.
 */
export function fixtureAccuracyRows(): Record<string, string | number>[] {
  const labels = loadFixtureLabels();
  const sample = collectFromFiles({
    resumes: [path.join(SAMPLE, "resumes.txt")],
    jobs: [path.join(SAMPLE, "jobs.csv")],
    dedupe: false,
    countries: [],
  });
  return (["tuning", "holdout"] as const).map((set) => {
    const resumes = scoreResumeFixtures(labels.resumes, sample.resumes, set);
    const postings = scorePostingFixtures(labels.postings, sample.postings, set);
    return {
      set,
      resumes: resumes.resumes,
      boundaries: showRate(resumes.boundaries),
      characters: showRate(resumes.characters),
      resume_fields: showRate(resumes.fields),
      postings: postings.postings,
      posting_fields: showRate(postings.fields),
    };
  });
}

/**
 * The rules sectioner on the hand-labelled resume layouts other than florex's
 * (test/fixtures/resume-layouts/: Kaggle run-together, livecareer capitals, Markdown builders, ATS
 * plain text; tuning and held-out sets), one row per layout.
 */
export function sectionerLayoutRows(): Record<string, string | number>[] {
  return measureSectionerAccuracy(loadLayoutFixtures(), sectionResumeRules).map((row) => ({
    layout: row.layout,
    resumes: row.resumes,
    boundaries: showRate(row.boundaries),
    extra_cuts: row.extraHeadings,
    characters: showRate(row.characters),
    experience: showRate(row.coverage.experience),
    education: showRate(row.coverage.education),
    skills: showRate(row.coverage.skills),
  }));
}
