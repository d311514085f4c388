import { strict as assert } from "node:assert";
import { tokenizeRouge } from "../../src/evaluate/rouge-tokenize";
import { describeReference, readJsonl, type TokenizerVector } from "./reference";

describe("tokenizeRouge", () => {
  it("tokenizeRouge lowercases, splits on non-alphanumerics and stems tokens longer than 3 characters", () => {
    assert.deepEqual(tokenizeRouge("The quick brown fox jumps over the lazy dog"), [
      "the",
      "quick",
      "brown",
      "fox",
      "jump",
      "over",
      "the",
      "lazi",
      "dog",
    ]);
  });

  it("tokenizeRouge never stems tokens of 3 characters or fewer", () => {
    assert.deepEqual(tokenizeRouge("was his uses"), ["was", "his", "use"]);
  });

  it("tokenizeRouge with stem false keeps the lowercased words", () => {
    assert.deepEqual(tokenizeRouge("Managed C++ & .NET teams, 2019-2021!", { stem: false }), [
      "managed",
      "c",
      "net",
      "teams",
      "2019",
      "2021",
    ]);
  });

  it("tokenizeRouge drops non-ASCII letters, which splits words", () => {
    assert.deepEqual(tokenizeRouge("café naïve 中文", { stem: false }), ["caf", "na", "ve"]);
  });

  it("tokenizeRouge keeps the characters Python lowercases to ASCII: KELVIN SIGN and U+0130", () => {
    assert.deepEqual(tokenizeRouge("\u212A \u0130T", { stem: false }), ["k", "i", "t"]);
  });

  it("tokenizeRouge of empty, whitespace-only or punctuation-only text is empty", () => {
    for (const text of ["", "  \n\t ", "...!!! --- ***", "éè 中文 😀"]) assert.deepEqual(tokenizeRouge(text), [], text);
  });
});

describeReference("tokenizeRouge against rouge_score's DefaultTokenizer", () => {
  it("tokenizeRouge matches rouge_tokens (use_stemmer=True) of all 180 texts", () => {
    const vectors = readJsonl<TokenizerVector>("tokenizer-vectors.jsonl");
    assert.equal(vectors.length, 180);
    const wrong = vectors.filter((v) => JSON.stringify(tokenizeRouge(v.text)) !== JSON.stringify(v.rouge_tokens));
    assert.deepEqual(
      wrong.map((v) => v.text.slice(0, 60)),
      [],
    );
  });

  it("tokenizeRouge with stem false matches rouge_tokens_nostem of all 180 texts", () => {
    const vectors = readJsonl<TokenizerVector>("tokenizer-vectors.jsonl");
    const wrong = vectors.filter(
      (v) => JSON.stringify(tokenizeRouge(v.text, { stem: false })) !== JSON.stringify(v.rouge_tokens_nostem),
    );
    assert.deepEqual(
      wrong.map((v) => v.text.slice(0, 60)),
      [],
    );
  });
});
