/**
 * Accuracy of the rules preprocessors against the hand-labelled fixtures of the bundled sample
 * (test/fixtures/preprocess/*.json): section boundaries, characters in the right section and
 * entry fields for resumes; labelled fields for postings. Used by the fixture test and shown in
 * notebook 02, so both print the same numbers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { JobPosting } from "../schemas/job";
import { ResumeRecord } from "../schemas/resume";
import { extractJobDetailsRules } from "./extract-job-details";
import { PostingLabel, ResumeLabel, scorePosting, scoreResume, Tally } from "./label-accuracy";

type LabelSet = "tuning" | "holdout";
import { sectionResumeRules } from "./section-resume";

export const FIXTURE_DIR = path.resolve(__dirname, "../../test/fixtures/preprocess");

export function loadFixtureLabels(dir = FIXTURE_DIR): { resumes: ResumeLabel[]; postings: PostingLabel[] } {
  const read = (name: string, key: string) =>
    JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))[key] as unknown[];
  return {
    resumes: read("resume-labels.json", "resumes").map((label) => ResumeLabel.parse(label)),
    postings: read("posting-labels.json", "postings").map((label) => PostingLabel.parse(label)),
  };
}

const add = (a: Tally, b: Tally): Tally => ({ correct: a.correct + b.correct, total: a.total + b.total });
const ZERO: Tally = { correct: 0, total: 0 };

export interface ResumeFixtureScore {
  set: LabelSet;
  resumes: number;
  boundaries: Tally;
  characters: Tally;
  fields: Tally;
  misses: string[];
}

/** `resumes` are the sample's records in file order (a label names its 1-based line). */
export function scoreResumeFixtures(
  labels: readonly ResumeLabel[],
  resumes: readonly ResumeRecord[],
  set: LabelSet,
): ResumeFixtureScore {
  const chosen = labels.filter((label) => label.set === set);
  const score: ResumeFixtureScore = {
    set,
    resumes: chosen.length,
    boundaries: ZERO,
    characters: ZERO,
    fields: ZERO,
    misses: [],
  };
  for (const label of chosen) {
    const resume = resumes[label.line - 1];
    const one = scoreResume(resume.text, sectionResumeRules(resume), label);
    score.boundaries = add(score.boundaries, one.boundaries);
    score.characters = add(score.characters, one.characters);
    score.fields = add(score.fields, one.fields);
    score.misses.push(...one.misses);
  }
  return score;
}

export interface PostingFixtureScore {
  set: LabelSet;
  postings: number;
  fields: Tally;
  misses: string[];
}

/** `postings` are the sample's typed rows in file order (a label names its 0-based row). */
export function scorePostingFixtures(
  labels: readonly PostingLabel[],
  postings: readonly JobPosting[],
  set: LabelSet,
): PostingFixtureScore {
  const chosen = labels.filter((label) => label.set === set);
  const score: PostingFixtureScore = { set, postings: chosen.length, fields: ZERO, misses: [] };
  for (const label of chosen) {
    const one = scorePosting(extractJobDetailsRules(postings[label.row]).details, label);
    score.fields = add(score.fields, one.fields);
    score.misses.push(...one.misses);
  }
  return score;
}

export const rate = (tally: Tally): number => (tally.total ? tally.correct / tally.total : 0);
export const showRate = (tally: Tally): string =>
  `${(100 * rate(tally)).toFixed(1)}% (${tally.correct}/${tally.total})`;
