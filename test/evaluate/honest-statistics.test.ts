import { strict as assert } from "node:assert";
import { bootstrapMean } from "../../src/evaluate/bootstrap";
import { bootstrapClusterMean } from "../../src/evaluate/cluster-bootstrap";
import type { EvalRecord } from "../../src/evaluate/evaluate-systems";
import { identicalSystems, summarizeEvaluation } from "../../src/evaluate/evaluation-summary";
import { evaluationMarkdown } from "../../src/evaluate/evaluation-report";
import { holmAdjust } from "../../src/evaluate/holm";
import { groundedCoverage } from "../../src/evaluate/keyword-coverage";
import { ENGLISH_STOP_WORDS } from "../../src/evaluate/stop-words";
import { computeContentMetrics, measureCosine } from "../../src/evaluate/study-metrics";

describe("Holm's correction", () => {
  it("matches the step-down values computed by hand", () => {
    // Sorted: 0.005×4 = 0.02, 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 = 0.04 → running max 0.06.
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    [0.03, 0.06, 0.06, 0.02].forEach((expected, i) =>
      assert.ok(Math.abs(adjusted[i]! - expected) < 1e-12, `p${i}: ${adjusted[i]}`),
    );
  });

  it("caps at 1 and leaves untested metrics out of the family", () => {
    assert.deepEqual(holmAdjust([0.6, null, 0.5]), [1, null, 1]);
    assert.deepEqual(holmAdjust([null, 0.02]), [null, 0.02]);
    assert.throws(() => holmAdjust([1.5]), /\[0, 1\]/);
  });
});

describe("cluster bootstrap by resume", () => {
  it("with one section per resume it is the per-case bootstrap", () => {
    const values = [0.1, 0.4, 0.35, 0.8, 0.2, 0.55];
    const cluster = bootstrapClusterMean(
      values,
      values.map((_, i) => `r${i}`),
      { seed: 11 },
    )!;
    const plain = bootstrapMean(values, { seed: 11 })!;
    assert.deepEqual([cluster.low, cluster.mean, cluster.high], [plain.low, plain.mean, plain.high]);
    assert.equal(cluster.clusters, 6);
  });

  it("resamples whole resumes: sections that move together give the resumes' interval, wider than the per-case one", () => {
    const perResume = [0.1, 0.9, 0.2, 0.8, 0.5];
    const values = perResume.flatMap((value) => [value, value, value]);
    const clusters = perResume.flatMap((_, i) => [`r${i}`, `r${i}`, `r${i}`]);
    const cluster = bootstrapClusterMean(values, clusters, { seed: 3 })!;
    const ofResumes = bootstrapMean(perResume, { seed: 3 })!;
    // The same draws; only the summation order differs (3 equal values per resume), so equal to rounding.
    assert.ok(Math.abs(cluster.low - ofResumes.low) < 1e-12 && Math.abs(cluster.high - ofResumes.high) < 1e-12);
    const perCase = bootstrapMean(values, { seed: 3 })!;
    assert.ok(
      cluster.high - cluster.low > perCase.high - perCase.low,
      "the per-case interval pretends 15 independent cases",
    );
  });

  it("refuses values without clusters and returns null for none", () => {
    assert.throws(() => bootstrapClusterMean([1, 2], ["a"]), /cluster/);
    assert.equal(bootstrapClusterMean([], []), null);
  });
});

describe("content-word UP and JA", () => {
  it("drops scikit-learn's English stop words before the TF-IDF cosine (hand-computed)", () => {
    assert.equal(ENGLISH_STOP_WORDS.size, 318);
    // Content tokens: [data, analysis] vs [data, analysis, team]; idf 1 for shared terms, 1 + ln 1.5 for "team".
    const idf = 1 + Math.log(1.5);
    const expected = 2 / (Math.SQRT2 * Math.sqrt(2 + idf * idf));
    const value = measureCosine("the data and the analysis", "data analysis with the team", {
      contentWords: true,
    }).value!;
    assert.ok(Math.abs(value - expected) < 1e-12, `${value} vs ${expected}`);
  });

  it("is undefined, with the reason, when a text has nothing but stop words", () => {
    const measured = measureCosine("and the of", "to be or not", { contentWords: true });
    assert.equal(measured.value, null);
    assert.match(measured.reason!, /content word/);
  });

  it("ranks a job-aligned rewrite above the unchanged section where the plain cosine ranks it below", () => {
    const original =
      "I was responsible for the maintenance of the servers and for the backups of all of the databases at the company.";
    const job = "Data engineer: Python, Airflow, Spark pipelines, SQL warehouse design.";
    const tailored =
      "Built Python and Airflow pipelines; designed SQL warehouse backups; maintained Spark servers and databases.";
    const ja = (output: string) => computeContentMetrics({ original, output, jobDetails: job }).jobAlignment.value!;
    assert.ok(ja(tailored) > ja(original));
  });
});

describe("grounded keyword coverage", () => {
  it("counts a job keyword only when the output mentions it and the resume holds it", () => {
    const keywords = { required: ["Python", "Tableau"], preferred: ["Airflow"] };
    const output = "Python, Tableau, Airflow";
    const resume = "Analyst. Wrote Python scripts and dashboards in Tableau.";
    const coverage = groundedCoverage(keywords, output, resume);
    assert.deepEqual(coverage.present, ["Python", "Tableau"]);
    assert.equal(coverage.share, 2 / 3);
    assert.equal(groundedCoverage({ required: [], preferred: [] }, output, resume).share, null);
  });
});

function record(
  system: string,
  caseId: string,
  resumeId: string,
  output: unknown,
  unsupportedShare: number,
): EvalRecord {
  return {
    system,
    caseId,
    resumeId,
    jobId: "j",
    section: "skills",
    provenance: { kind: "recorded", answeredBy: system, model: system, cached: true, costUsd: null, source: null },
    ok: true,
    error: null,
    output,
    scores: { unsupportedShare, inputOnlyShare: 0 } as EvalRecord["scores"],
    study: null,
  };
}

describe("identical systems", () => {
  const cases = [
    ["c1", "r1"],
    ["c2", "r1"],
    ["c3", "r2"],
    ["c4", "r3"],
  ];
  const records = [
    ...cases.map(([id, resume], i) => record("identity", id, resume, `original ${i}`, 0)),
    ...cases.map(([id, resume], i) => record("rules", id, resume, `tailored ${i}`, 0.1 * i)),
    ...cases.map(([id, resume], i) => record("teacher", id, resume, `tailored ${i}`, 0.1 * i)),
  ];

  it("are found when every case has the same output, and not when one differs", () => {
    assert.deepEqual(identicalSystems(records), [{ a: "rules", b: "teacher", cases: 4 }]);
    const changed = records.map((entry) =>
      entry.system === "teacher" && entry.caseId === "c4" ? { ...entry, output: "other" } : entry,
    );
    assert.deepEqual(identicalSystems(changed), []);
  });

  it("are not compared with each other, and the summary says so", () => {
    const summary = summarizeEvaluation(records, "rules", { seed: 1 });
    assert.deepEqual([...new Set(summary.pairs.map((pair) => `${pair.a}-${pair.b}`))], ["identity-rules"]);
    // Against a third system, the first of the two identical ones speaks for both.
    const againstIdentity = summarizeEvaluation(records, "identity", { seed: 1 });
    assert.deepEqual([...new Set(againstIdentity.pairs.map((pair) => `${pair.a}-${pair.b}`))], ["rules-identity"]);
    assert.match(
      evaluationMarkdown(againstIdentity, "t"),
      /only Rules baseline is compared with Identity \(original section\)/,
    );
    assert.match(
      evaluationMarkdown(summary, "t"),
      /Rules baseline and Teacher gave identical outputs on all 4 cases: one result reported twice, not compared with each other/,
    );
  });

  it("pairs carry a by-resume interval and Holm-corrected p-values", () => {
    const summary = summarizeEvaluation(records, "identity", { seed: 1 });
    const pair = summary.pairs.find((entry) => entry.a === "rules" && entry.metric === "unsupportedShare")!;
    assert.equal(pair.clusterDifference?.clusters, 3);
    assert.ok(pair.pHolm === null || pair.pHolm >= (pair.comparison.wilcoxon.pValue ?? 0));
    const section = summary.sections.find((entry) => entry.system === "rules" && entry.metric === "unsupportedShare")!;
    assert.ok(section.interval && section.interval.low <= section.mean! && section.mean! <= section.interval.high);
  });
});
