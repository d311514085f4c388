import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { scoreRouge } from "../../src/evaluate/rouge";
import {
  computeMetricSet,
  computeStudyMetrics,
  divideRatio,
  measureCosine,
  serializeForMode,
} from "../../src/evaluate/study-metrics";
import { requireSharedData, SHARED_DATA } from "../helpers";

const close = (actual: number | null, expected: number, label: string) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 1e-12, `${label}: ${actual} != ${expected}`);

// The hand-built case. w = idf of a term in one text only = ln(3/2) + 1 = 1.4054651081081644;
// a term in both texts has idf ln(3/3) + 1 = 1; every term below occurs once per text.
const HAND = {
  original: { skills: "Python, SQL", education: "BS Math" },
  output: { skills: "Python, Spark, SQL", education: "BS Math" },
  jobDetails: { title: "Data Engineer", skills: ["Spark", "SQL"] },
  teacher: { skills: "SQL, Spark, Python", education: "BS in Math" },
};
const w = Math.log(1.5) + 1;

describe("computeStudyMetrics", () => {
  it("computeStudyMetrics(hand-built case) gives the study-mode UP, JA, Hall and ROUGE-Lsum computed by hand", () => {
    // dumps(output)   = {"skills": "Python, Spark, SQL", "education": "BS Math"}
    //   sklearn terms: skills python spark sql education bs math (7)
    // dumps(original) = {"skills": "Python, SQL", "education": "BS Math"}: the same minus spark (6)
    // UP: 6 shared terms (weight 1), spark only in the output (weight w): dot 6, norms sqrt(6 + w^2)
    //   and sqrt(6): UP = 6 / sqrt(6 (6 + w^2)) = sqrt(6 / (6 + w^2)) = 0.8673636849609287
    // dumps(jobDetails) = {"title": "Data Engineer", "skills": ["Spark", "SQL"]}
    //   terms: title data engineer skills spark sql; shared with the output: skills spark sql (3);
    //   output only: python education bs math (4); job only: title data engineer (3)
    //   JA = 3 / sqrt((3 + 4w^2)(3 + 3w^2)) = 0.3041257418754935
    // Hall = JA / UP = 0.3506323208461202
    // ROUGE (stemmed, >3 letters): target dumps(teacher) = skill sql spark python educ bs in math (8),
    //   prediction dumps(output) = skill python spark sql educ bs math (7); one line each, so
    //   Lsum = L: LCS = skill + one of {sql, spark, python} + educ bs math = 5; P = 5/7, R = 5/8,
    //   F = 2 * 5 / (7 + 8) = 2/3.
    const { study } = computeStudyMetrics(HAND);
    const up = Math.sqrt(6 / (6 + w * w));
    const ja = 3 / Math.sqrt((3 + 4 * w * w) * (3 + 3 * w * w));
    close(study.userPersonalization.value, up, "UP");
    close(study.jobAlignment.value, ja, "JA");
    close(study.hallucination.value, ja / up, "Hall");
    close(study.rougeLsum.value, 2 / 3, "ROUGE-Lsum");
    close(study.userPersonalization.value, 0.8673636849609287, "UP (decimal)");
    close(study.hallucination.value, 0.3506323208461202, "Hall (decimal)");
    assert.deepEqual(
      [study.userPersonalization.reason, study.jobAlignment.reason, study.hallucination.reason, study.rougeLsum.reason],
      [null, null, null, null],
    );
  });

  it("computeStudyMetrics(hand-built case) gives the plain-text UP, JA, Hall and ROUGE-Lsum computed by hand", () => {
    // plain(output) = "Python, Spark, SQL\nBS Math", plain(original) = "Python, SQL\nBS Math",
    // plain(jobDetails) = "Data Engineer\nSpark\nSQL", plain(teacher) = "SQL, Spark, Python\nBS in Math".
    // UP: shared python sql bs math (4), spark output-only: UP = 4 / sqrt(4 (4 + w^2)) = 2 / sqrt(4 + w^2)
    // JA: shared spark sql (2); output only python bs math (3); job only data engineer (2):
    //   JA = 2 / sqrt((2 + 3w^2)(2 + 2w^2))
    // ROUGE-Lsum: target lines [sql spark python], [bs in math]; prediction lines [python spark sql],
    //   [bs math]; union LCS hits: line 1 shares one token in order, line 2 shares bs math: 3 hits;
    //   P = 3/5, R = 3/6, F = 2 (0.6)(0.5) / 1.1 = 6/11. Keys no longer count as shared words.
    const { plain } = computeStudyMetrics(HAND);
    const up = 2 / Math.sqrt(4 + w * w);
    const ja = 2 / Math.sqrt((2 + 3 * w * w) * (2 + 2 * w * w));
    close(plain.userPersonalization.value, up, "UP");
    close(plain.jobAlignment.value, ja, "JA");
    close(plain.hallucination.value, ja / up, "Hall");
    close(plain.rougeLsum.value, 6 / 11, "ROUGE-Lsum");
  });

  it("computeStudyMetrics encodes strings holding JSON a second time in study mode, as the study did", () => {
    const output = JSON.stringify({ skills: "Python\nSQL" }); // {"skills":"Python\nSQL"}, a string
    const teacher = JSON.stringify({ skills: "Python SQL" });
    assert.equal(serializeForMode(output, "study"), '"{\\"skills\\":\\"Python\\\\nSQL\\"}"');
    // The escaped newline "\\n" glues an "n" onto the next word: rouge_score reads skill python nsql
    // against skill python sql, so LCS 2 of 3 and F = 2/3.
    const input = { original: output, output, jobDetails: "", teacher };
    close(computeMetricSet(input, "study").rougeLsum.value, 2 / 3, "study ROUGE-Lsum");
    // On plain text the strings are read as the JSON they hold: "Python\nSQL" against "Python SQL"
    // finds both tokens (union LCS over the two prediction lines), so F = 1.
    close(computeMetricSet(input, "plain").rougeLsum.value, 1, "plain ROUGE-Lsum");
  });

  it("computeStudyMetrics reports Hall as null with a reason when UP is 0, not Infinity", () => {
    const { study, plain } = computeStudyMetrics({
      original: "",
      output: "Python developer",
      jobDetails: "Python developer",
    });
    assert.equal(study.userPersonalization.value, 0);
    assert.deepEqual(study.hallucination, {
      value: null,
      reason: "user personalization is 0, so JA / UP is undefined (the study did not guard this)",
    });
    assert.equal(plain.hallucination.value, null);
  });

  it("computeStudyMetrics reports a cosine as null with a reason when neither text has a token", () => {
    const { plain } = computeStudyMetrics({ original: "", output: [], jobDetails: { title: "Data Engineer" } });
    assert.deepEqual(plain.userPersonalization, {
      value: null,
      reason: 'neither text has a token (scikit-learn raises "empty vocabulary")',
    });
    assert.equal(plain.jobAlignment.value, 0);
    assert.match(plain.hallucination.reason ?? "", /^job alignment is 0|^user personalization is undefined/);
    // In study mode "" and [] still dump to '""' and '[]': no token either.
    const { study } = computeStudyMetrics({ original: "", output: [], jobDetails: "x" });
    assert.equal(study.userPersonalization.value, null);
  });

  it("computeStudyMetrics gives ROUGE-Lsum null with a reason when there is no teacher output", () => {
    const { study } = computeStudyMetrics({ original: "a b", output: "a b", jobDetails: "c d" });
    assert.deepEqual(study.rougeLsum, { value: null, reason: "no teacher output to compare with" });
  });
});

describe("measureCosine and divideRatio", () => {
  it("measureCosine returns the cosine, or null with the reason scikit-learn would raise", () => {
    assert.equal(measureCosine("python sql", "java scala").value, 0);
    assert.equal(measureCosine("a", "?").value, null);
  });

  it("divideRatio passes an undefined part's reason on", () => {
    assert.deepEqual(divideRatio({ value: 0.5, reason: null }, { value: null, reason: "why" }), {
      value: null,
      reason: "user personalization is undefined: why",
    });
    assert.deepEqual(divideRatio({ value: 0.5, reason: null }, { value: 0.25, reason: null }), {
      value: 2,
      reason: null,
    });
  });
});

describe("computeStudyMetrics on the study's released targets", () => {
  before(function () {
    requireSharedData(this);
  });

  // A sanity check only (the study's evaluation outputs are not public): v3 as the output, v2 as
  // both the original and the teacher, for study id 1. Values pinned from this implementation.
  it("computeStudyMetrics(v3 vs v2 of study id 1) gives 1 for the copied sections and these ROUGE-Lsum values for the rewritten ones", () => {
    const read = (version: string) =>
      JSON.parse(fs.readFileSync(path.join(SHARED_DATA, `seed-study/gpt4o_targets_${version}.redacted.json`), "utf8"));
    const v2 = JSON.parse(read("v2")["1"]);
    const v3 = JSON.parse(read("v3")["1"]);
    const expected: Record<string, [study: number, plain: number]> = {
      personal_info: [1, 1],
      achievements: [0.38095238095238093, 0.38095238095238093],
      certifications: [1, 1],
      education: [1, 1],
      projects: [0.32209737827715357, 0.40963855421686746],
      skill_section: [0.19230769230769232, 0.23076923076923075],
      work_experience: [0.44692737430167595, 0.4844720496894411],
    };
    assert.deepEqual(Object.keys(v2), Object.keys(expected));
    for (const [section, [study, plain]] of Object.entries(expected)) {
      const record = computeStudyMetrics({
        original: v2[section],
        output: v3[section],
        jobDetails: "",
        teacher: v2[section],
      });
      close(record.study.rougeLsum.value, study, `${section} study`);
      close(record.plain.rougeLsum.value, plain, `${section} plain`);
      // The dumped text is one line, so the study's ROUGE-Lsum is its ROUGE-L.
      const dumped = [serializeForMode(v2[section], "study"), serializeForMode(v3[section], "study")];
      assert.equal(
        record.study.rougeLsum.value,
        scoreRouge(dumped[0], dumped[1], { types: ["rougeL"] }).rougeL.fmeasure,
        section,
      );
    }
  });
});
