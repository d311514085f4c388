import { strict as assert } from "node:assert";
import { pythonJsonDumps } from "../../src/evaluate/python-json";
import { fmeasure, rougeN, scoreRouge, tokenizeSummary, type RougeType } from "../../src/evaluate/rouge";
import {
  describeReference,
  PAIR_KINDS,
  readJsonl,
  readPairs,
  scoreDifferences,
  type TokenizerVector,
} from "./reference";

// F is computed as rouge_score does, 2PR / (P + R), so it can differ from the exact fraction in the last bit.
function assertScore(
  actual: { precision: number; recall: number; fmeasure: number },
  precision: number,
  recall: number,
  f: number,
): void {
  assert.equal(actual.precision, precision, "precision");
  assert.equal(actual.recall, recall, "recall");
  assert.ok(Math.abs(actual.fmeasure - f) < 1e-15, `fmeasure ${actual.fmeasure} != ${f}`);
}

describe("scoreRouge", () => {
  const target = "The quick brown fox jumps over the lazy dog";
  const prediction = "The quick brown dog jumps on the log.";

  it("scoreRouge(rouge_score's README example) gives rouge1 P = 6/8, R = 6/9, F = 12/17", () => {
    // Stemmed tokens: the quick brown fox jump over the lazi dog / the quick brown dog jump on the log.
    assertScore(scoreRouge(target, prediction).rouge1, 6 / 8, 6 / 9, 12 / 17);
  });

  it("scoreRouge(README example) gives rouge2 P = 2/7, R = 2/8 and rougeL P = 5/8, R = 5/9", () => {
    const scores = scoreRouge(target, prediction);
    assertScore(scores.rouge2, 2 / 7, 2 / 8, 4 / 15);
    assertScore(scores.rougeL, 5 / 8, 5 / 9, 10 / 17);
  });

  it("scoreRouge gives rougeLsum equal to rougeL when neither text has a newline", () => {
    const scores = scoreRouge(target, prediction);
    assert.deepEqual(scores.rougeLsum, scores.rougeL);
  });

  it("scoreRouge computes only the requested types", () => {
    assert.deepEqual(Object.keys(scoreRouge(target, prediction, { types: ["rougeLsum", "rouge3"] })), [
      "rougeLsum",
      "rouge3",
    ]);
  });

  it("scoreRouge gives rougeLsum the union LCS of Lin (2004): 4 hits of 5 target and 10 prediction tokens", () => {
    // LCS with the first sentence is w1 w2, with the second w1 w3 w5; their union is w1 w2 w3 w5.
    const { rougeLsum } = scoreRouge("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", { types: ["rougeLsum"] });
    assertScore(rougeLsum, 4 / 10, 4 / 5, 8 / 15);
  });

  it("scoreRouge counts a rougeLsum token at most as often as it occurs on both sides (ROUGE-1.5.5)", () => {
    const { rougeLsum } = scoreRouge("x y\nx y", "x y", { types: ["rougeLsum"] });
    assertScore(rougeLsum, 2 / 2, 2 / 4, 2 / 3);
  });

  it("scoreRouge takes the LCS rouge_score's backtracking picks when several are longest", () => {
    // "b a" shares "a" or "b" with the target; rouge_score reads "a", so "b" can still come from "b".
    const { rougeLsum } = scoreRouge("a b", "b a\nb", { types: ["rougeLsum"] });
    assertScore(rougeLsum, 2 / 3, 2 / 2, 0.8);
  });

  it("scoreRouge gives all zeros when a side has no token", () => {
    const zero = { precision: 0, recall: 0, fmeasure: 0 };
    for (const [a, b] of [
      ["", "data"],
      ["data", "..."],
      [" \n ", "data"],
      ["", ""],
    ]) {
      const scores = scoreRouge(a, b);
      for (const type of ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const)
        assert.deepEqual(scores[type], zero, `${type} ${a}|${b}`);
    }
  });

  it("scoreRouge of one identical token gives 1 for rouge1, rougeL, rougeLsum and 0 for rouge2", () => {
    const scores = scoreRouge("Data", "data!");
    assertScore(scores.rouge1, 1, 1, 1);
    assertScore(scores.rougeL, 1, 1, 1);
    assertScore(scores.rougeLsum, 1, 1, 1);
    assertScore(scores.rouge2, 0, 0, 0);
  });

  it("scoreRouge refuses a type rouge_score does not know", () => {
    assert.throws(() => scoreRouge("a", "a", { types: ["rougeX" as RougeType] }), /Invalid rouge type: rougeX/);
    assert.throws(() => scoreRouge("a", "a", { types: ["rouge0" as RougeType] }), /rougen requires positive n/);
  });
});

describe("tokenizeSummary", () => {
  it("tokenizeSummary splits on \\n only, drops empty pieces and keeps whitespace-only ones as empty sentences", () => {
    assert.deepEqual(tokenizeSummary("\nleading\n\n\nblank lines\n"), [["lead"], ["blank", "line"]]);
    assert.deepEqual(tokenizeSummary(" \n\t "), [[], []]);
    assert.deepEqual(tokenizeSummary("one\r\ntwo\rthree\u2028four"), [["one"], ["two", "three", "four"]]);
  });
});

describe("rougeN and fmeasure", () => {
  it("rougeN clips each n-gram count at the target's", () => {
    const score = rougeN(["a", "a", "b"], ["a", "a", "a", "a"], 1);
    assert.equal(score.precision, 2 / 4);
    assert.equal(score.recall, 2 / 3);
  });

  it("fmeasure is 0 when precision and recall are 0", () => {
    assert.equal(fmeasure(0, 0), 0);
  });
});

describeReference("scoreRouge against rouge_score 0.1.2", () => {
  it("tokenizeSummary matches rougeLsum_sentences of all 180 texts", () => {
    const vectors = readJsonl<TokenizerVector>("tokenizer-vectors.jsonl");
    assert.equal(vectors.length, 180);
    const wrong = vectors.filter(
      (v) => JSON.stringify(tokenizeSummary(v.text)) !== JSON.stringify(v.rougeLsum_sentences),
    );
    assert.deepEqual(
      wrong.map((v) => v.text.slice(0, 60)),
      [],
    );
  });

  it("metric-vectors.jsonl holds the 216 pairs of the kinds its README lists", () => {
    const pairs = readPairs();
    assert.equal(pairs.length, 216);
    assert.deepEqual([...new Set(pairs.map((pair) => pair.kind))].sort(), Object.keys(PAIR_KINDS).sort());
  });

  for (const [kind, count] of Object.entries(PAIR_KINDS)) {
    it(`scoreRouge reproduces rouge1, rouge2, rougeL and rougeLsum exactly on the ${count} ${kind} pairs`, () => {
      const pairs = readPairs(kind);
      assert.equal(pairs.length, count);
      const wrong: string[] = [];
      for (const pair of pairs) {
        const scores = scoreRouge(pair.a, pair.b);
        for (const type of ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const) {
          wrong.push(...scoreDifferences(`${pair.id} ${type}`, scores[type], pair[type]));
        }
        const dumped = scoreRouge(pythonJsonDumps(pair.a), pythonJsonDumps(pair.b), { types: ["rougeLsum"] });
        wrong.push(...scoreDifferences(`${pair.id} dumped rougeLsum`, dumped.rougeLsum, pair.dumped.rougeLsum));
      }
      assert.deepEqual(wrong, []);
    });
  }
});
