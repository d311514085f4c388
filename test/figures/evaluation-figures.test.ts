import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import type { EvalRecord } from "../../src/evaluate/evaluate-systems";
import { EvaluationSummary, ScoreRecord } from "../../src/evaluate/evaluation-summary";
import {
  claimBreakdownFigure,
  metricBarsFigure,
  pairedDifferenceFigure,
  sectionHeatmapFigure,
  studyVsPlainFigure,
} from "../../src/figures/evaluation-figures";
import { emptyReason, missingParts } from "../../src/figures/figure-checks";
import { figureSpecJson } from "../../src/figures/write-figures";
import { ROOT } from "../helpers";

const interval = (mean: number) => ({
  n: 6,
  mean,
  low: mean - 0.1,
  high: mean + 0.2,
  level: 0.95,
  resamples: 2000,
  seed: 7,
});

// Two systems; the summary's numbers are hand-picked, so a figure that resampled would not match them.
const SUMMARY: EvaluationSummary = {
  systems: ["tuned", "identity"],
  reference: "identity",
  seed: 7,
  perSystem: [
    { system: "tuned", metric: "up_plain", n: 6, cases: 6, interval: interval(0.5), clusterInterval: null },
    { system: "tuned", metric: "unsupportedShare", n: 6, cases: 6, interval: interval(0.25), clusterInterval: null },
    { system: "identity", metric: "up_plain", n: 6, cases: 6, interval: interval(1), clusterInterval: null },
    { system: "identity", metric: "unsupportedShare", n: 6, cases: 6, interval: null, clusterInterval: null },
  ],
  pairs: [],
  identical: [],
  sections: [
    { system: "tuned", section: "skills", metric: "unsupportedShare", mean: 0.5, n: 3, interval: null },
    { system: "tuned", section: "personal_information", metric: "unsupportedShare", mean: 0, n: 3, interval: null },
    { system: "identity", section: "skills", metric: "unsupportedShare", mean: 0, n: 3, interval: null },
    { system: "identity", section: "personal_information", metric: "unsupportedShare", mean: 0, n: 3, interval: null },
    { system: "tuned", section: "skills", metric: "keywordCoverage", mean: 0, n: 3, interval: null },
    { system: "identity", section: "skills", metric: "keywordCoverage", mean: 0, n: 3, interval: null },
  ],
};

function scores(): ScoreRecord[] {
  const records: ScoreRecord[] = [];
  ["tuned", "identity"].forEach((system, s) => {
    for (const caseId of ["1", "2", "3"]) {
      ["skills", "experience"].forEach((section, k) => {
        const x = ((Number(caseId) * 7 + k * 3 + s * 5) % 10) / 10;
        records.push({ system, caseId, resumeId: caseId, section, metric: "up_study", value: x });
        records.push({ system, caseId, resumeId: caseId, section, metric: "up_plain", value: Math.max(0, x - 0.15) });
        records.push({
          system,
          caseId,
          resumeId: caseId,
          section,
          metric: "unsupportedShare",
          value: caseId === "3" && system === "identity" ? null : 0,
        });
      });
    }
  });
  return records;
}

describe("evaluation figures", () => {
  it("metricBarsFigure draws the summary's own means and intervals, with display names, not a resample", () => {
    const figure = metricBarsFigure(SUMMARY, ["unsupportedShare", "up_plain"]);
    assert.deepEqual(
      figure.data.map((t) => t.name),
      ["tuned", "Identity (original section)"],
    );
    const tuned = figure.data[0] as { x: string[]; y: number[]; error_y: { array: number[]; arrayminus: number[] } };
    assert.deepEqual(tuned.x, ["Unsupported claims", "UP (study formula, plain)"]);
    assert.deepEqual(tuned.y, [0.25, 0.5]);
    assert.deepEqual(
      tuned.error_y.array.map((v) => Math.round(v * 1e9) / 1e9),
      [0.2, 0.2],
    );
    assert.deepEqual((figure.data[1] as { y: (number | null)[] }).y, [null, 1]);
    assert.deepEqual(missingParts(figure), []);
  });

  it("sectionHeatmapFigure reads the summary's section means; a metric that is 0 everywhere is not drawn", () => {
    const drawn = sectionHeatmapFigure(SUMMARY, "unsupportedShare");
    const trace = drawn.data[0] as { x: string[]; y: string[]; z: number[][] };
    assert.deepEqual(
      [trace.x, trace.y, trace.z],
      [
        ["Skills", "Personal information"],
        ["tuned", "Identity (original section)"],
        [
          [0.5, 0],
          [0, 0],
        ],
      ],
    );
    assert.equal(emptyReason(drawn), null);
    assert.equal(
      emptyReason(sectionHeatmapFigure(SUMMARY, "keywordCoverage")),
      "nothing to show: no system and section has a mean Job keyword coverage above 0",
    );
  });

  it("pairedDifferenceFigure draws every metric it is given, one strip each, over the pairs both systems scored", () => {
    const figure = pairedDifferenceFigure(scores(), "tuned", "identity", ["up_study", "up_plain", "unsupportedShare"]);
    assert.deepEqual(
      figure.data.map((t) => [t.name, (t as { y: number[] }).y.length]),
      [
        ["UP (study formula)", 6],
        ["UP (study formula, plain)", 6],
        ["Unsupported claims", 4],
      ],
    );
    assert.equal(figure.name, "paired-differences-tuned-vs-identity");
    assert.equal(
      emptyReason(pairedDifferenceFigure(scores(), "tuned", "identity", ["unsupportedShare"])),
      "nothing to show: tuned and Identity (original section) score the same on every case and metric",
    );
  });

  it("studyVsPlainFigure gives each system its own panel, so identical systems cannot hide each other", () => {
    const figure = studyVsPlainFigure(scores(), ["tuned", "identity"], "up_study", "up_plain");
    const points = figure.data.filter((t) => t.mode === "markers") as { xaxis: string; yaxis: string; x: number[] }[];
    assert.deepEqual(
      points.map((t) => [t.xaxis, t.yaxis, t.x.length]),
      [
        ["x", "y", 6],
        ["x2", "y2", 6],
      ],
    );
    assert.deepEqual(figure.layout.grid, { rows: 1, columns: 2, pattern: "independent", xgap: 0.12 });
    assert.deepEqual(missingParts(figure), []);
  });

  it("claimBreakdownFigure stacks unsupported claims by type as shares; with none it is not drawn", () => {
    const record = (system: string, claims: number, skill: number): EvalRecord =>
      ({
        system,
        scores: { claims, claimsByType: { skill: { claims, unsupported: skill } } },
      }) as unknown as EvalRecord;
    const figure = claimBreakdownFigure([record("tuned", 4, 1), record("identity", 2, 0)], ["tuned", "identity"]);
    assert.deepEqual(
      figure.data.map((t) => [t.name, (t as { y: number[] }).y]),
      [["skill", [0.25, 0]]],
    );
    const none = claimBreakdownFigure([record("tuned", 4, 0)], ["tuned"]);
    assert.equal(emptyReason(none), "nothing to show: no system's output has an unsupported claim");
  });

  it("the same inputs give the same spec bytes", () => {
    assert.equal(figureSpecJson(metricBarsFigure(SUMMARY)), figureSpecJson(metricBarsFigure(SUMMARY)));
    assert.equal(
      figureSpecJson(studyVsPlainFigure(scores(), ["tuned", "identity"], "up_study", "up_plain")),
      figureSpecJson(studyVsPlainFigure(scores(), ["tuned", "identity"], "up_study", "up_plain")),
    );
  });

  it("src/evaluate never imports src/figures", () => {
    const dir = path.join(ROOT, "src/evaluate");
    const offenders = fs
      .readdirSync(dir)
      .filter((name) => /from "\.\.\/figures\//.test(fs.readFileSync(path.join(dir, name), "utf8")));
    assert.deepEqual(offenders, []);
  });
});
