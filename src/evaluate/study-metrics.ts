// The study's three metrics and its ROUGE, computed two ways and reported side by side:
// "study" exactly as the study ran them, on Python `json.dumps` of each value as given (most of
// its values were strings already holding JSON, so they were encoded a second time), and "plain"
// on plain section text (sectionsToPlainText), which is what they should have measured.
//
// Follows: STUDY.md, "The metrics, exactly". UP = cos(output, original sections), JA =
// cos(output, job details), Hall = JA / UP, ROUGE-Lsum F1 = score(target = teacher output,
// prediction = system output), cos being scikit-learn's default TF-IDF cosine fitted on the pair.
// Departures, each reported rather than thrown: where scikit-learn raises (neither text has a
// token) the cosine is null with the reason; where UP is 0 or null, Hall is null with the reason
// (the study had no guard and would have divided by zero); without a teacher ROUGE-Lsum is null.
// Leaves out: averaging over cases and intervals (see bootstrap.ts), the better metrics (claims).

import { sectionsToPlainText } from "./plain-text";
import { pythonJsonDumps } from "./python-json";
import { scoreRouge } from "./rouge";
import { EmptyVocabularyError, tfidfCosine } from "./tfidf-cosine";

/** A metric's value, or null with the reason it is undefined. */
export interface Measured {
  value: number | null;
  reason: string | null;
}

export interface StudyMetricSet {
  userPersonalization: Measured;
  jobAlignment: Measured;
  /** JA / UP: unbounded, and higher for copying the job ad; kept to compare with the study. */
  hallucination: Measured;
  /** ROUGE-Lsum F1 against the teacher's output. */
  rougeLsum: Measured;
}

/** Both ways, side by side. */
export interface StudyMetricsRecord {
  study: StudyMetricSet;
  plain: StudyMetricSet;
}

/** One case: each value an object, a list or a string (often a string holding JSON, as in the study). */
export interface StudyMetricsInput {
  original: unknown;
  output: unknown;
  jobDetails: unknown;
  /** The teacher's (GPT-4o's) output for ROUGE-Lsum; null or absent for the teacher itself. */
  teacher?: unknown;
}

export type StudyMode = "study" | "plain";

/** The text a value becomes before scoring in each mode. */
export function serializeForMode(value: unknown, mode: StudyMode): string {
  if (mode === "study") return pythonJsonDumps(value);
  if (mode === "plain") return sectionsToPlainText(value);
  throw new Error(`unknown mode "${mode as string}" (use "study" or "plain")`);
}

/** The study's UP, JA, Hall and ROUGE-Lsum for one case, on dumped JSON and on plain text. */
export function computeStudyMetrics(input: StudyMetricsInput): StudyMetricsRecord {
  return { study: computeMetricSet(input, "study"), plain: computeMetricSet(input, "plain") };
}

/** The four metrics in one mode. */
export function computeMetricSet(input: StudyMetricsInput, mode: StudyMode): StudyMetricSet {
  const output = serializeForMode(input.output, mode);
  const userPersonalization = measureCosine(output, serializeForMode(input.original, mode));
  const jobAlignment = measureCosine(output, serializeForMode(input.jobDetails, mode));
  const hasTeacher = input.teacher !== undefined && input.teacher !== null;
  return {
    userPersonalization,
    jobAlignment,
    hallucination: divideRatio(jobAlignment, userPersonalization),
    rougeLsum: hasTeacher
      ? { value: scoreRouge(serializeForMode(input.teacher, mode), output, { types: ["rougeLsum"] }).rougeLsum.fmeasure, reason: null }
      : { value: null, reason: "no teacher output to compare with" },
  };
}

/** tfidfCosine, with scikit-learn's "empty vocabulary" error reported as null and a reason. */
export function measureCosine(a: string, b: string): Measured {
  try {
    return { value: tfidfCosine(a, b), reason: null };
  } catch (error) {
    if (!(error instanceof EmptyVocabularyError)) throw error;
    return { value: null, reason: "neither text has a token (scikit-learn raises \"empty vocabulary\")" };
  }
}

/** The study's hallucination ratio JA / UP, null with a reason where it is undefined. */
export function divideRatio(jobAlignment: Measured, userPersonalization: Measured): Measured {
  if (jobAlignment.value === null) return { value: null, reason: `job alignment is undefined: ${jobAlignment.reason}` };
  if (userPersonalization.value === null) {
    return { value: null, reason: `user personalization is undefined: ${userPersonalization.reason}` };
  }
  if (userPersonalization.value === 0) {
    return { value: null, reason: "user personalization is 0, so JA / UP is undefined (the study did not guard this)" };
  }
  return { value: jobAlignment.value / userPersonalization.value, reason: null };
}
