import { strict as assert } from "node:assert";
import { groundClaims } from "../../src/evaluate/grounding";
import {
  claimBreakdownFigure, metricBarsFigure, pairedDifferenceFigure, ScoreRecord, sectionHeatmapFigure, studyVsPlainFigure,
} from "../../src/figures/evaluate-figures";
import { NamedFigure } from "../../src/figures/figure";
import { figureSpecJson } from "../../src/figures/write-figures";

// Two systems x three cases x two sections x three metrics, values from a fixed formula.
function sampleRecords(): ScoreRecord[] {
  const records: ScoreRecord[] = [];
  ["tuned", "base"].forEach((system, s) => {
    for (const caseId of ["1", "2", "3"]) {
      ["skills", "experience"].forEach((section, k) => {
        const x = ((Number(caseId) * 7 + k * 3 + s * 5) % 10) / 10;
        records.push({ system, caseId, section, metric: "UP (study)", value: x });
        records.push({ system, caseId, section, metric: "UP (plain)", value: Math.max(0, x - 0.15) });
        records.push({ system, caseId, section, metric: "ROUGE-Lsum", value: caseId === "3" && system === "base" ? null : 1 - x });
      });
    }
  });
  return records;
}

function allFigures(): NamedFigure[] {
  const records = sampleRecords();
  const reports = [
    { system: "tuned", report: groundClaims("Python and Go, since 2019, at Google", "Python since 2019") },
    { system: "base", report: groundClaims("Python, PMP", "Python") },
  ];
  return [
    metricBarsFigure(records, { seed: 5, resamples: 300 }),
    sectionHeatmapFigure(records, "ROUGE-Lsum"),
    pairedDifferenceFigure(records, "tuned", "base"),
    studyVsPlainFigure(records, "UP (study)", "UP (plain)"),
    claimBreakdownFigure(reports),
  ];
}

describe("evaluate figures", () => {
  it("evaluate figure builders give byte-identical specs for the same records, with fixed trace uids and the pinned font", () => {
    assert.deepEqual(allFigures().map(figureSpecJson), allFigures().map(figureSpecJson));
    const figures = allFigures();
    assert.deepEqual(figures.map((f) => f.name), ["metric-bars", "section-heatmap-rouge-lsum", "paired-differences-tuned-vs-base", "study-vs-plain-up-study", "claim-breakdown"]);
    for (const figure of figures) {
      const uids = figure.data.map((trace) => trace.uid);
      assert.ok(uids.every((uid) => typeof uid === "string"), figure.name);
      assert.equal(new Set(uids).size, uids.length, `${figure.name}: unique uids`);
      assert.equal((figure.layout.font as { family: string }).family, "Liberation Sans");
    }
  });

  it("metricBarsFigure draws one bar trace per system (sorted) with asymmetric interval error bars", () => {
    const figure = metricBarsFigure(sampleRecords(), { seed: 5, resamples: 300 });
    assert.deepEqual(figure.data.map((t) => t.name), ["base", "tuned"]);
    const trace = figure.data[1] as { x: string[]; y: number[]; error_y: { array: number[]; arrayminus: number[] } };
    assert.deepEqual(trace.x, ["ROUGE-Lsum", "UP (plain)", "UP (study)"]);
    // tuned, UP (study): x = (7c + 3k) % 10 / 10 over cases 1-3 and sections 0-1 = .7 .0 .4 .7 .1 .4 -> mean 2.3 / 6.
    assert.ok(Math.abs(trace.y[2] - 2.3 / 6) < 1e-12);
    assert.ok(trace.error_y.array.every((v) => v >= 0) && trace.error_y.arrayminus.every((v) => v >= 0));
  });

  it("metricBarsFigure keeps the system and metric order it is given", () => {
    const figure = metricBarsFigure(sampleRecords(), { systems: ["tuned", "base"], metrics: ["UP (study)"] });
    assert.deepEqual(figure.data.map((t) => [t.name, (t as { x: string[] }).x]), [["tuned", ["UP (study)"]], ["base", ["UP (study)"]]]);
  });

  it("sectionHeatmapFigure averages each system and section, leaving out null scores", () => {
    const trace = sectionHeatmapFigure(sampleRecords(), "ROUGE-Lsum").data[0] as { x: string[]; y: string[]; z: number[][] };
    assert.deepEqual([trace.x, trace.y], [["experience", "skills"], ["base", "tuned"]]);
    // base, skills: cases 1 and 2 only (case 3 is null): x = .2 and .9, so 1 - x = .8 and .1.
    assert.ok(Math.abs(trace.z[0][1] - 0.45) < 1e-12);
  });

  it("pairedDifferenceFigure plots a - b for each case and section both systems scored", () => {
    const figure = pairedDifferenceFigure(sampleRecords(), "tuned", "base", { metrics: ["ROUGE-Lsum", "UP (study)"] });
    const [rouge, up] = figure.data as { y: number[] }[];
    assert.equal(rouge.y.length, 4); // case 3 of base is null
    assert.equal(up.y.length, 6);
  });

  it("studyVsPlainFigure pairs the two metrics per case and section and draws the diagonal", () => {
    const figure = studyVsPlainFigure(sampleRecords(), "UP (study)", "UP (plain)");
    assert.equal(figure.data.length, 3);
    const base = figure.data[0] as { x: number[]; y: number[] };
    assert.deepEqual(base.x.map((x, i) => Math.abs(Math.max(0, x - 0.15) - base.y[i]) < 1e-12), Array(6).fill(true));
  });

  it("claimBreakdownFigure stacks each system's unsupported claims by type as shares of its claims", () => {
    const figure = claimBreakdownFigure([
      { system: "tuned", report: groundClaims("Python and Go, since 2019, at Google", "Python since 2019") },
      { system: "base", report: groundClaims("Python, PMP", "Python") },
    ]);
    // tuned: 4 claims (Python, Go, 2019, Google), 3 unsupported (skill Go, organisation Google,
    // and the year 2019, written under the invented employer Google: a date counts only in its entry);
    // base: 2 claims (Python, PMP), 1 unsupported (certification PMP).
    assert.deepEqual(figure.data.map((t) => [t.name, (t as { y: number[] }).y]), [
      ["date", [0, 1 / 4]], ["organization", [0, 1 / 4]], ["certification", [1 / 2, 0]], ["skill", [0, 1 / 4]],
    ]);
    assert.deepEqual((figure.data[0] as { x: string[] }).x, ["base", "tuned"]);
  });
});
