import { strict as assert } from "node:assert";
import { echoWords, measurePromptEcho } from "../../src/evaluate/prompt-echo";

describe("measurePromptEcho", () => {
  const sources = {
    instructions: "Rewrite the section below to match the job description. Keep every fact true.",
    jobAd: "We are hiring a data engineer with strong Python and SQL skills to build pipelines.",
  };

  it("measurePromptEcho counts the output's 5-grams found in the instructions, the job ad and either", () => {
    // Output words (15): keep every fact true a data engineer with strong python and sql skills built
    // etl, so 11 five-grams. The instructions hold "keep every fact true" but no 5-gram of the
    // output ("... true a" crosses into the output's own text). The job ad holds 5 of them:
    // [a data engineer with strong] [data engineer with strong python] [engineer with strong python and]
    // [with strong python and sql] [strong python and sql skills]; [python and sql skills built] is not.
    const output = "Keep every fact true. A data engineer with strong Python and SQL skills; built ETL.";
    const echo = measurePromptEcho(output, sources);
    assert.equal(echo.ngrams, 11);
    assert.equal(echo.instructions, 0);
    assert.equal(echo.jobAd, 5 / 11);
    assert.equal(echo.combined, 5 / 11);
  });

  it("measurePromptEcho with n = 3 also finds the copied instruction phrase", () => {
    const echo = measurePromptEcho("Keep every fact true.", sources, { n: 3 });
    assert.deepEqual(echo, { n: 3, ngrams: 2, instructions: 1, jobAd: 0, combined: 1 });
  });

  it("measurePromptEcho gives null shares when the output has fewer than n words", () => {
    assert.deepEqual(measurePromptEcho("Python, SQL", sources), {
      n: 5,
      ngrams: 0,
      instructions: null,
      jobAd: null,
      combined: null,
    });
  });

  it("measurePromptEcho rejects an n below 1", () => {
    assert.throws(() => measurePromptEcho("a b", sources, { n: 0 }), /n must be a positive whole number/);
  });
});

describe("echoWords", () => {
  it("echoWords lowercases and drops punctuation", () => {
    assert.deepEqual(echoWords("C++ & Node.js: Café!"), ["c", "node", "js", "café"]);
  });
});
