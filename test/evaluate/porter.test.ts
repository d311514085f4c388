import { strict as assert } from "node:assert";
import { stemPorter } from "../../src/evaluate/porter";
import { describeReference, readLines } from "./reference";

describe("stemPorter", () => {
  it("stemPorter gives NLTK's documented stems for its plural and participle examples", () => {
    const words =
      "caresses flies dies mules denied died agreed owned humbled sized meeting stating siezing " +
      "itemization sensational traditional reference colonizer plotted";
    const stems =
      "caress fli die mule deni die agre own humbl size meet state siez item sensat tradit refer colon plot";
    assert.deepEqual(
      words.split(" ").map((word) => stemPorter(word)),
      stems.split(" "),
    );
  });

  it("stemPorter follows NLTK, not Porter's revised algorithm, where natural differs (RECIPES.md §5)", () => {
    const cases: [string, string][] = [
      ["using", "use"],
      ["keys", "key"],
      ["display", "display"],
      ["they", "they"],
      ["trying", "tri"],
      ["lying", "lie"],
      ["ages", "age"],
      ["conditionally", "condit"],
      ["successfully", "success"],
      ["hopefully", "hope"],
    ];
    for (const [word, stem] of cases) assert.equal(stemPorter(word), stem, word);
  });

  it("stemPorter returns NLTK's irregular forms from its pool", () => {
    const cases: [string, string][] = [
      ["skies", "sky"],
      ["dying", "die"],
      ["news", "news"],
      ["proceed", "proceed"],
      ["innings", "inning"],
    ];
    for (const [word, stem] of cases) assert.equal(stemPorter(word), stem, word);
  });

  it("stemPorter turns y into i only after a consonant that is not the first letter", () => {
    assert.deepEqual(
      ["happy", "enjoy", "sky", "spy", "by"].map((word) => stemPorter(word)),
      ["happi", "enjoy", "sky", "spi", "by"],
    );
  });

  it("stemPorter leaves words of one or two letters alone but stems three-letter ones", () => {
    assert.deepEqual(
      ["a", "is", "us", "was", "his"].map((word) => stemPorter(word)),
      ["a", "is", "us", "wa", "hi"],
    );
  });

  it("stemPorter lowercases, but looks up irregular forms before lowercasing as NLTK does", () => {
    assert.equal(stemPorter("Running"), "run");
    assert.equal(stemPorter("SKIES"), "ski");
  });
});

describeReference("stemPorter against NLTK 3.8", () => {
  it("stemPorter matches every one of the 3,000 lines of porter-stems.tsv", () => {
    const lines = readLines("porter-stems.tsv").map((line) => line.split("\t"));
    assert.equal(lines.length, 3000);
    const wrong = lines
      .filter(([word, stem]) => stemPorter(word) !== stem)
      .map(([word, stem]) => `${word}: ${stemPorter(word)} != ${stem}`);
    assert.deepEqual(wrong, []);
  });
});
