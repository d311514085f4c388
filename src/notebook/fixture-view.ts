/**
 * The rules extractors against the hand labels of test/fixtures/preprocess/, as notebook rows.
 * The labels describe the bundled sample's own files (every row, duplicates and non-US postings
 * included), so this reads those files whatever the run's data is.
 */
import * as path from "node:path";
import { collectFromFiles } from "../collect/collect";
import { loadFixtureLabels, scorePostingFixtures, scoreResumeFixtures, showRate } from "../preprocess/fixture-scores";
import { PROJECT_ROOT } from "../run/stage-record";

const SAMPLE = path.join(PROJECT_ROOT, "data", "sample");

export function fixtureAccuracyRows(): Record<string, string | number>[] {
  const labels = loadFixtureLabels();
  const sample = collectFromFiles({ resumes: [path.join(SAMPLE, "resumes.txt")], jobs: [path.join(SAMPLE, "jobs.csv")], dedupe: false, countries: [] });
  return (["tuning", "holdout"] as const).map((set) => {
    const resumes = scoreResumeFixtures(labels.resumes, sample.resumes, set);
    const postings = scorePostingFixtures(labels.postings, sample.postings, set);
    return {
      set, resumes: resumes.resumes, boundaries: showRate(resumes.boundaries), characters: showRate(resumes.characters),
      resume_fields: showRate(resumes.fields), postings: postings.postings, posting_fields: showRate(postings.fields),
    };
  });
}
