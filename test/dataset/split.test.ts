import { strict as assert } from "node:assert";
import { parseSplitFractions, splitResumes } from "../../src/dataset/split";

describe("splitting by resume", () => {
  it("splitResumes shuffles the sorted ids with mulberry32 and fills train, validation, test in that order (checked against a Python port)", () => {
    const ids = ["r05", "r01", "r03", "r02", "r04", "r06", "r07", "r08", "r09", "r10"];
    const splits = splitResumes(ids, { seed: 7, fractions: { train: 0.6, validation: 0.2, test: 0.2 } });
    assert.deepEqual(
      [...splits],
      [
        ["r07", "train"],
        ["r06", "train"],
        ["r09", "train"],
        ["r02", "train"],
        ["r03", "train"],
        ["r04", "train"],
        ["r05", "validation"],
        ["r08", "validation"],
        ["r10", "test"],
        ["r01", "test"],
      ],
    );
  });

  it("splitResumes gives the same split whatever the input order, and counts a repeated id once", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `resume-${i}`);
    const a = splitResumes(ids, { seed: 3 });
    const b = splitResumes([...ids].reverse().concat(ids), { seed: 3 });
    assert.deepEqual([...a].sort(), [...b].sort());
    const counts = { train: 0, validation: 0, test: 0 };
    for (const split of a.values()) counts[split]++;
    assert.deepEqual(counts, { train: 44, validation: 3, test: 3 }); // round(2.5) = 3 each
  });

  it("splitResumes with the default 0.9/0.05/0.05 puts 478/27/27 of 532 resumes in train/validation/test", () => {
    const counts = { train: 0, validation: 0, test: 0 };
    for (const split of splitResumes(Array.from({ length: 532 }, (_, i) => String(i))).values()) counts[split]++;
    assert.deepEqual(counts, { train: 478, validation: 27, test: 27 });
  });

  it("parseSplitFractions reads three fractions that add up to 1 and rejects anything else", () => {
    assert.deepEqual(parseSplitFractions("0.8, 0.1, 0.1"), { train: 0.8, validation: 0.1, test: 0.1 });
    assert.deepEqual(parseSplitFractions("1,0,0"), { train: 1, validation: 0, test: 0 });
    assert.throws(() => parseSplitFractions("0.9,0.1"), /three non-negative fractions/);
    assert.throws(() => parseSplitFractions("0.9,0.2,-0.1"), /three non-negative fractions/);
    assert.throws(() => parseSplitFractions("0.5,0.2,0.2"), /must add up to 1/);
  });
});
