import { strict as assert } from "node:assert";
import { formatInterval, formatP, formatScore } from "../../src/report/format";
import { plural } from "../../src/util/words";

describe("report formatting", () => {
  it("formatP shows p below one in a thousand as '< 0.001', never 'p = 0.000'", () => {
    assert.deepEqual(
      [formatP(0), formatP(0.00049), formatP(0.001), formatP(0.0172), formatP(1), formatP(null)],
      ["< 0.001", "< 0.001", "0.001", "0.017", "1.000", "—"],
    );
  });

  it("formatScore rounds to three decimals, drops the sign of a rounded zero, and shows a missing value as an em dash", () => {
    assert.deepEqual(
      [
        formatScore(0.12345),
        formatScore(-0.0001),
        formatScore(-0.0126),
        formatScore(undefined),
        formatScore(Number.NaN),
      ],
      ["0.123", "0.000", "-0.013", "—", "—"],
    );
  });

  it("formatInterval writes mean [low, high] with the same rounding", () => {
    assert.equal(formatInterval({ mean: 0.41249, low: 0.3706, high: 0.455 }), "0.412 [0.371, 0.455]");
    assert.equal(formatInterval(null), "—");
  });

  it("plural counts nouns: 1 problem, 2 problems, 0 variants, and takes an irregular plural", () => {
    assert.deepEqual(
      [plural(1, "problem"), plural(2, "problem"), plural(0, "variant"), plural(2, "analysis", "analyses")],
      ["1 problem", "2 problems", "0 variants", "2 analyses"],
    );
  });
});
