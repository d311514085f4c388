import { strict as assert } from "node:assert";
import { lcsIndices, lcsLength, TokenIds } from "../../src/evaluate/lcs";

function encode(...texts: string[]): Int32Array[] {
  const ids = new TokenIds();
  return texts.map((text) => ids.encode(text.split(" ").filter(Boolean)));
}

describe("lcsLength", () => {
  it("lcsLength of 'the quick brown fox jump' and 'the brown dog jump quick' is 3", () => {
    const [a, b] = encode("the quick brown fox jump", "the brown dog jump quick");
    assert.equal(lcsLength(a, b), 3);
  });

  it("lcsLength is 0 when either side is empty", () => {
    const [a, b] = encode("a b", "");
    assert.equal(lcsLength(a, b), 0);
    assert.equal(lcsLength(b, a), 0);
  });
});

describe("lcsIndices", () => {
  it("lcsIndices returns positions in the first sequence of one longest common subsequence", () => {
    const [ref, can] = encode("w1 w2 w3 w4 w5", "w1 w3 w8 w9 w5");
    assert.deepEqual(lcsIndices(ref, can), [0, 2, 4]);
  });

  it("lcsIndices breaks a tie by stepping up unless the left cell is strictly larger, as _backtrack_norec", () => {
    // Both "a" and "b" are longest; rouge_score's walk back reads "a".
    const [ref, can] = encode("a b", "b a");
    assert.deepEqual(lcsIndices(ref, can), [0]);
    const [ref2, can2] = encode("a b c", "c b a");
    assert.deepEqual(lcsIndices(ref2, can2), [0]);
  });
});

describe("TokenIds", () => {
  it("TokenIds.encode gives the same id to the same token across calls", () => {
    const ids = new TokenIds();
    assert.deepEqual([...ids.encode(["x", "y", "x"])], [0, 1, 0]);
    assert.deepEqual([...ids.encode(["y", "z"])], [1, 2]);
    assert.equal(ids.size, 3);
  });
});
