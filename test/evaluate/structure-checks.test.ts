import { strict as assert } from "node:assert";
import { z } from "zod";
import { checkStructure, truncationReasons } from "../../src/evaluate/structure-checks";

describe("checkStructure", () => {
  it("checkStructure flags empty output, including whitespace, punctuation and empty JSON", () => {
    for (const output of ["", "  \n", "[]", '""', "---"])
      assert.equal(checkStructure(output).empty, true, JSON.stringify(output));
    assert.equal(checkStructure("Python").empty, false);
  });

  it("checkStructure gives the length ratio of output words to original words, null without an original word", () => {
    assert.equal(checkStructure("one two three", { original: "a b c d e f" }).lengthRatio, 0.5);
    assert.equal(checkStructure("one two", { original: "..." }).lengthRatio, null);
    assert.equal(checkStructure("one two").lengthRatio, null);
  });

  it("checkStructure validates JSON output with the section schema and lists the issues", () => {
    const schema = z.object({ skills: z.array(z.string()) });
    assert.deepEqual(checkStructure('{"skills": ["Python"]}', { schema }).schemaValid, true);
    const bad = checkStructure('{"skills": "Python"}', { schema });
    assert.equal(bad.schemaValid, false);
    assert.match(bad.schemaIssues[0], /^skills: /);
    assert.equal(checkStructure("Python, SQL", { schema: z.string() }).schemaValid, true);
    assert.equal(checkStructure("Python").schemaValid, null);
  });

  it("checkStructure reports truncation when the output reached the token limit", () => {
    const report = checkStructure("A complete sentence.", { maxTokens: 4, outputTokens: 4 });
    assert.deepEqual(report.truncation, ["reached the token limit (4 of 4)"]);
    assert.equal(
      checkStructure("A complete sentence.", { maxTokens: 10, countTokens: (text) => text.split(" ").length })
        .truncated,
      false,
    );
    assert.throws(() => checkStructure("x", { maxTokens: 3 }), /maxTokens needs outputTokens or countTokens/);
  });
});

describe("truncationReasons", () => {
  it("truncationReasons finds JSON-like text that does not close its brackets or strings", () => {
    assert.deepEqual(truncationReasons('{"skills": ["Python", "SQ'), ["a string is not closed"]);
    assert.deepEqual(truncationReasons('{"skills": ["Python", "SQL"'), ['2 bracket(s) not closed (missing "]}")']);
    assert.deepEqual(truncationReasons('{"text": "a } inside", "b": [1]}'), []);
  });

  it("truncationReasons finds prose that ends mid-sentence, not lists that end without a period", () => {
    assert.deepEqual(truncationReasons("Led migrations and"), ['ends with the word "and"']);
    assert.deepEqual(truncationReasons("Led migrations of 500 databases,"), ['ends with ","']);
    for (const text of ["Python, SQL", "Led migrations.", "Database Administrator (2017 to Present)", ""])
      assert.deepEqual(truncationReasons(text), [], text);
  });
});
