import { strict as assert } from "node:assert";
import { pythonJsonDumps } from "../../src/evaluate/python-json";
import { EmptyVocabularyError, sklearnTokens, tfidfCosine } from "../../src/evaluate/tfidf-cosine";
import { describeReference, PAIR_KINDS, readJsonl, readPairs, type TokenizerVector } from "./reference";

describe("sklearnTokens", () => {
  it("sklearnTokens keeps runs of two or more word characters of any script, lowercased", () => {
    assert.deepEqual(sklearnTokens("The café's naïve owner can't stop; e-mail me at x@y.com, it's 3.14!"), [
      "the",
      "café",
      "naïve",
      "owner",
      "can",
      "stop",
      "mail",
      "me",
      "at",
      "com",
      "it",
      "14",
    ]);
  });

  it("sklearnTokens splits at combining marks and keeps underscores and non-ASCII digits", () => {
    assert.deepEqual(sklearnTokens("cafe\u0301 snake_case ١٢٣ Ⅻ x²"), ["cafe", "snake_case", "١٢٣", "x²"]);
  });

  it("sklearnTokens of text without a two-character word is empty", () => {
    for (const text of ["", "a b c", "!!! ---", "😀😀"]) assert.deepEqual(sklearnTokens(text), [], text);
  });
});

describe("tfidfCosine", () => {
  it("tfidfCosine of identical texts is 1 up to rounding", () => {
    assert.ok(Math.abs(tfidfCosine("Data science at scale", "data SCIENCE at scale!") - 1) < 1e-15);
  });

  it("tfidfCosine('data science', 'data engineering') is 1 / (1 + (1 + ln 1.5)^2)", () => {
    // "data" is in both texts (idf 1); each other term is in one (idf 1 + ln 1.5).
    const idf = 1 + Math.log(1.5);
    assert.ok(Math.abs(tfidfCosine("data science", "data engineering") - 1 / (1 + idf * idf)) < 1e-15);
  });

  it("tfidfCosine of texts with no term in common is 0", () => {
    assert.equal(tfidfCosine("python sql", "java scala"), 0);
  });

  it("tfidfCosine is 0 when only one text has a token", () => {
    assert.equal(tfidfCosine("data", "!!!"), 0);
    assert.equal(tfidfCosine("", "data"), 0);
  });

  it("tfidfCosine throws EmptyVocabularyError, as scikit-learn raises ValueError, when neither text has a token", () => {
    assert.throws(() => tfidfCosine("a", "I ?"), EmptyVocabularyError);
    assert.throws(
      () => tfidfCosine("", ""),
      /^EmptyVocabularyError: empty vocabulary; perhaps the documents only contain stop words/,
    );
  });
});

describeReference("sklearnTokens and tfidfCosine against scikit-learn 1.2.1", () => {
  it("sklearnTokens matches sklearn_tokens of all 180 texts", () => {
    const vectors = readJsonl<TokenizerVector>("tokenizer-vectors.jsonl");
    assert.equal(vectors.length, 180);
    const wrong = vectors.filter((v) => JSON.stringify(sklearnTokens(v.text)) !== JSON.stringify(v.sklearn_tokens));
    assert.deepEqual(
      wrong.map((v) => v.text.slice(0, 60)),
      [],
    );
  });

  it("sklearnTokens of pythonJsonDumps matches json_dumps_sklearn_tokens of all 180 texts", () => {
    const vectors = readJsonl<TokenizerVector>("tokenizer-vectors.jsonl");
    const wrong = vectors.filter(
      (v) => JSON.stringify(sklearnTokens(pythonJsonDumps(v.text))) !== JSON.stringify(v.json_dumps_sklearn_tokens),
    );
    assert.deepEqual(
      wrong.map((v) => v.text.slice(0, 60)),
      [],
    );
  });

  for (const [kind, count] of Object.entries(PAIR_KINDS)) {
    it(`tfidfCosine reproduces scikit-learn bit for bit on the ${count} ${kind} pairs, raw and dumped`, () => {
      const pairs = readPairs(kind);
      assert.equal(pairs.length, count);
      const wrong: string[] = [];
      for (const pair of pairs) {
        wrong.push(...cosineDifference(`${pair.id}`, pair.a, pair.b, pair.tfidf_cosine));
        wrong.push(
          ...cosineDifference(
            `${pair.id} dumped`,
            pythonJsonDumps(pair.a),
            pythonJsonDumps(pair.b),
            pair.dumped.tfidf_cosine,
          ),
        );
      }
      assert.deepEqual(wrong, []);
    });
  }
});

// The reference holds null where scikit-learn raised "ValueError: empty vocabulary".
function cosineDifference(label: string, a: string, b: string, expected: number | null): string[] {
  let actual: number | string;
  try {
    actual = tfidfCosine(a, b);
  } catch (error) {
    if (!(error instanceof EmptyVocabularyError)) throw error;
    actual = "EmptyVocabularyError";
  }
  const wanted = expected ?? "EmptyVocabularyError";
  return actual === wanted ? [] : [`${label}: got ${actual}, scikit-learn gives ${wanted}`];
}
