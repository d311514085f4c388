// Reference numbers marked "scipy" were computed once with Debian's python3-scipy 1.10.1
// (/usr/bin/python3), e.g. `scipy.stats.wilcoxon(d, zero_method="wilcox", correction=True,
// mode="approx")`, and are hardcoded: the tests never run Python.
import { strict as assert } from "node:assert";
import { bootstrapMean } from "../../src/evaluate/bootstrap";
import { erfc, normalSurvival } from "../../src/evaluate/normal-distribution";
import { comparePaired, describeWins } from "../../src/evaluate/paired";
import { wilcoxonSignedRank } from "../../src/evaluate/wilcoxon";
import { mulberry32 } from "../../src/util/random";
import { mean, rankAverage } from "../../src/util/stats";

const relativelyClose = (actual: number | null, expected: number, tolerance = 1e-12) =>
  assert.ok(
    actual !== null && Math.abs(actual - expected) <= tolerance * Math.abs(expected),
    `${actual} != ${expected}`,
  );

describe("mulberry32", () => {
  it("mulberry32(42) gives the reference sequence (checked against a Python port of the same 32-bit steps)", () => {
    const random = mulberry32(42);
    assert.deepEqual([random(), random(), random()], [0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });

  it("mulberry32 rejects a seed that is not a whole number", () => {
    assert.throws(() => mulberry32(1.5), /seed must be a whole number/);
  });
});

describe("mean and rankAverage", () => {
  it("rankAverage gives tied values the average of their ranks, as scipy.stats.rankdata", () => {
    assert.deepEqual(rankAverage([0.3, 0.1, 0.3, 0.2, 0.3]), [4, 1, 4, 2, 4]);
    assert.deepEqual(rankAverage([]), []);
  });

  it("mean throws on an empty list", () => {
    assert.equal(mean([1, 2, 6]), 3);
    assert.throws(() => mean([]), /empty/);
  });
});

describe("bootstrapMean", () => {
  it("bootstrapMean([0.2, 0.5, 0.9, 0.4, 0.7], seed 7) gives the interval a Python port with numpy quantiles gives", () => {
    // The port: the same mulberry32 draws, index floor(u * n), 2,000 means, numpy.quantile(means, [0.025, 0.975]).
    assert.deepEqual(bootstrapMean([0.2, 0.5, 0.9, 0.4, 0.7], { seed: 7 }), {
      n: 5,
      mean: 0.54,
      low: 0.33999999999999997,
      high: 0.74,
      level: 0.95,
      resamples: 2000,
      seed: 7,
    });
  });

  it("bootstrapMean gives the same interval for the same seed and a collapsed one for constant values", () => {
    const values = [0.1, 0.4, 0.35, 0.8, 0.05, 0.6];
    assert.deepEqual(bootstrapMean(values, { seed: 3 }), bootstrapMean(values, { seed: 3 }));
    assert.notDeepEqual(bootstrapMean(values, { seed: 3 }), bootstrapMean(values, { seed: 4 }));
    const constant = bootstrapMean([0.25, 0.25, 0.25], { resamples: 50 });
    assert.deepEqual([constant?.low, constant?.mean, constant?.high], [0.25, 0.25, 0.25]);
  });

  it("bootstrapMean of no values is null and of a non-finite value throws", () => {
    assert.equal(bootstrapMean([]), null);
    assert.throws(() => bootstrapMean([0.5, NaN]), /finite/);
    assert.throws(() => bootstrapMean([0.5], { level: 1 }), /level/);
  });
});

describe("wilcoxonSignedRank", () => {
  it("wilcoxonSignedRank([1, -2, 3, 4, 5]) is exact: T = 2, p = 2 * 3/32 (sign patterns with R+ <= 2: {}, {1}, {2})", () => {
    const result = wilcoxonSignedRank([1, -2, 3, 4, 5]);
    assert.deepEqual(
      [result.statistic, result.rankSumPositive, result.rankSumNegative, result.method],
      [2, 13, 2, "exact"],
    );
    assert.equal(result.pValue, 6 / 32);
    // Rank-biserial (13 - 2) / 15.
    assert.equal(result.rankBiserial, 11 / 15);
  });

  it("wilcoxonSignedRank matches scipy's exact p for eight differences without ties (T = 4, p = 0.0546875)", () => {
    const result = wilcoxonSignedRank([1.5, -0.5, 2.25, 3.0, -1.25, 0.75, 4.5, 2.0]);
    assert.equal(result.statistic, 4);
    assert.equal(result.pValue, 0.0546875);
  });

  it("wilcoxonSignedRank gives p = 1 at the centre of the exact distribution, as scipy", () => {
    const result = wilcoxonSignedRank([1, -2, -3, 4]);
    assert.deepEqual([result.statistic, result.pValue, result.rankBiserial], [5, 1, 0]);
  });

  it("wilcoxonSignedRank drops zeros and uses the tie- and continuity-corrected normal approximation (scipy: T = 11, p = 0.055202974168669934)", () => {
    const result = wilcoxonSignedRank([0, 0.1, -0.2, 0.2, 0.3, 0.3, -0.1, 0.5, 0.4, 0.6, -0.3, 0.7, 0]);
    assert.deepEqual([result.n, result.zeros, result.statistic, result.method], [11, 2, 11, "normal approximation"]);
    relativelyClose(result.pValue, 0.055202974168669934, 1e-12);
  });

  it("wilcoxonSignedRank uses the normal approximation above 25 pairs (scipy: T = 112, p = 0.013579415038448943)", () => {
    const differences = Array.from({ length: 30 }, (_, k) => ((k + 1) % 4 ? k + 1 : -(k + 1)));
    const result = wilcoxonSignedRank(differences);
    assert.equal(result.statistic, 112);
    relativelyClose(result.pValue, 0.013579415038448943, 1e-12);
  });

  it("wilcoxonSignedRank of all-zero differences has no p-value (scipy raises)", () => {
    assert.deepEqual(wilcoxonSignedRank([0, 0]), {
      n: 0,
      zeros: 2,
      statistic: 0,
      rankSumPositive: 0,
      rankSumNegative: 0,
      pValue: null,
      method: "none",
      rankBiserial: null,
    });
  });
});

describe("normalSurvival", () => {
  it("normalSurvival matches scipy.stats.norm.sf within 5e-14 relative from z = -3 to 10", () => {
    const scipy: [number, number][] = [
      [0, 0.5],
      [0.5, 0.3085375387259869],
      [1.96, 0.024997895148220435],
      [2.5, 0.006209665325776132],
      [3, 0.0013498980316300933],
      [5, 2.866515718791933e-7],
      [10, 7.61985302416047e-24],
      [-3, 0.9986501019683699],
    ];
    for (const [z, sf] of scipy) relativelyClose(normalSurvival(z), sf, 5e-14);
    assert.equal(erfc(0), 1);
  });
});

describe("comparePaired", () => {
  it("comparePaired counts wins, losses and ties, drops pairs with a null score and bootstraps the mean difference", () => {
    const a = [0.5, 0.6, 0.4, null, 0.9, 0.3];
    const b = [0.4, 0.6, 0.5, 0.2, 0.7, 0.1];
    const result = comparePaired(a, b, { seed: 1, resamples: 500 });
    assert.deepEqual([result.n, result.dropped, result.wins, result.losses, result.ties], [5, 1, 3, 1, 1]);
    relativelyClose(result.meanA, 0.54);
    relativelyClose(result.meanB, 0.46);
    relativelyClose(result.difference?.mean ?? null, 0.08);
    assert.ok((result.difference?.low as number) <= 0.08 && 0.08 <= (result.difference?.high as number));
    assert.equal(result.wilcoxon.n, 4); // the tie is a zero difference
    assert.equal(describeWins("tuned", "base", result), "tuned beats base in 3 of 5 (1 tied, 1 left out)");
  });

  it("comparePaired treats differences within tieTolerance as ties", () => {
    const result = comparePaired([0.5, 0.5000000001], [0.5000000001, 0.5], { tieTolerance: 1e-6 });
    assert.deepEqual([result.wins, result.losses, result.ties], [0, 0, 2]);
  });

  it("comparePaired rejects score lists of different lengths", () => {
    assert.throws(() => comparePaired([1], [1, 2]), /same cases/);
  });
});
