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
// "content" adds UP and JA on plain text with English stop words removed (stop-words.ts; as
// scikit-learn's `TfidfVectorizer(stop_words="english")`): the headline versions, since function
// words dominate the cosine of whole sentences. The study's formulas stay exactly as they were.
// Leaves out: averaging over cases and intervals (see bootstrap.ts), the better metrics (claims).

import { sectionsToPlainText } from "./plain-text";
import { pythonJsonDumps } from "./python-json";
import { scoreRouge } from "./rouge";
import type { ContentMetricSet, Measured, StudyMetricSet, StudyMetricsRecord } from "../schemas/evaluation";
import { contentTokens } from "./stop-words";
import { EmptyVocabularyError, sklearnTokens, tfidfCosine, tfidfCosineOfTokens } from "./tfidf-cosine";

export type { ContentMetricSet, Measured, StudyMetricSet, StudyMetricsRecord };

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
  return {
    study: computeMetricSet(input, "study"),
    plain: computeMetricSet(input, "plain"),
    content: computeContentMetrics(input),
  };
}

/** UP and JA on plain text without English stop words. */
export function computeContentMetrics(
  input: Pick<StudyMetricsInput, "original" | "output" | "jobDetails">,
): ContentMetricSet {
  const output = sectionsToPlainText(input.output);
  return {
    userPersonalization: measureCosine(output, sectionsToPlainText(input.original), { contentWords: true }),
    jobAlignment: measureCosine(output, sectionsToPlainText(input.jobDetails), { contentWords: true }),
  };
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
      ? {
          value: scoreRouge(serializeForMode(input.teacher, mode), output, { types: ["rougeLsum"] }).rougeLsum.fmeasure,
          reason: null,
        }
      : { value: null, reason: "no teacher output to compare with" },
  };
}

/** tfidfCosine, with scikit-learn's "empty vocabulary" error reported as null and a reason. */
export function measureCosine(a: string, b: string, { contentWords = false } = {}): Measured {
  try {
    const value = contentWords
      ? tfidfCosineOfTokens(contentTokens(sklearnTokens(a)), contentTokens(sklearnTokens(b)))
      : tfidfCosine(a, b);
    return { value, reason: null };
  } catch (error) {
    if (!(error instanceof EmptyVocabularyError)) throw error;
    const what = contentWords ? "a content word" : "a token";
    return { value: null, reason: `neither text has ${what} (scikit-learn raises "empty vocabulary")` };
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
