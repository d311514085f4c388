import { strict as assert } from "node:assert";
import { cohenKappa, wilson } from "../../src/label/agreement";

const close = (actual: number | null, expected: number, digits = 4) =>
  assert.equal(Number(actual?.toFixed(digits)), expected);

describe("label agreement statistics", () => {
  it("wilson gives 8/10 at 95 % as [0.4902, 0.9433]", () => {
    // p = 0.8, z² = 3.8415: centre (0.8 + 0.19207)/1.38415 = 0.71673; half-width
    // 1.95996/1.38415 · sqrt(0.016 + 0.0096037) = 0.22658 → [0.49015, 0.94331].
    const p = wilson(8, 10);
    assert.equal(p.p, 0.8);
    close(p.low, 0.4902);
    close(p.high, 0.9433);
  });

  it("wilson keeps the bounds exact at 0/n and n/n and is undefined at n = 0", () => {
    // 0/10: the upper bound is z²/(n + z²) = 3.8415/13.8415 = 0.2775.
    const none = wilson(0, 10);
    assert.equal(none.low, 0);
    close(none.high, 0.2775);
    const all = wilson(10, 10);
    assert.equal(all.high, 1);
    close(all.low, 0.7225);
    assert.deepEqual(wilson(0, 0), { k: 0, n: 0, p: null, low: null, high: null });
  });

  it("wilson rejects k > n", () => {
    assert.throws(() => wilson(3, 2), /k <= n/);
  });

  it("cohenKappa reproduces the textbook 2 × 2 example: κ = 0.4", () => {
    // 50 items: both yes 20, A yes B no 5, A no B yes 10, both no 15. p_o = 35/50 = 0.7;
    // A says yes 25/50 = 0.5, B 30/50 = 0.6, so p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const pairs = [
      ...Array(20).fill(["yes", "yes"]),
      ...Array(5).fill(["yes", "no"]),
      ...Array(10).fill(["no", "yes"]),
      ...Array(15).fill(["no", "no"]),
    ] as [string, string][];
    const kappa = cohenKappa(pairs, ["yes", "no"]);
    assert.equal(kappa.n, 50);
    close(kappa.observed, 0.7);
    close(kappa.expected, 0.5);
    close(kappa.kappa, 0.4);
    assert.deepEqual(kappa.table, [
      [20, 5],
      [10, 15],
    ]);
  });

  it("cohenKappa on three labels: κ = (0.8 − 0.38)/(1 − 0.38) = 0.6774", () => {
    // 10 items: s/s ×4, i/i ×2, n/n ×2, s/i ×1, i/s ×1. p_o = 8/10. Both raters: s 5, i 3, n 2,
    // so p_e = 0.5² + 0.3² + 0.2² = 0.38.
    const pairs = [
      ...Array(4).fill(["supported", "supported"]),
      ...Array(2).fill(["input_only", "input_only"]),
      ...Array(2).fill(["invented", "invented"]),
      ["supported", "input_only"],
      ["input_only", "supported"],
    ] as [string, string][];
    const kappa = cohenKappa(pairs, ["supported", "input_only", "invented", "not_a_claim"]);
    close(kappa.kappa, 0.6774);
    assert.deepEqual(kappa.table[3], [0, 0, 0, 0]);
  });

  it("cohenKappa is null with no items or when both raters used one label only", () => {
    assert.equal(cohenKappa([]).kappa, null);
    assert.equal(
      cohenKappa([
        ["a", "a"],
        ["a", "a"],
      ]).kappa,
      null,
    );
  });
});
