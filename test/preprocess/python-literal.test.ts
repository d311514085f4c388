import { strict as assert } from "node:assert";
import { parsePythonLiteral } from "../../src/preprocess/python-literal";
import { pyFloat } from "../../src/util/python-float";

describe("parsePythonLiteral", () => {
  it("parsePythonLiteral reads a dict repr with single quotes, True/False/None, numbers and nesting", () => {
    const value = parsePythonLiteral(
      "{'title': 'Data Analyst', 'remote': True, 'paid': False, 'bonus': None, 'n': -3, 'x': 1.5e2, 'tags': ['a', \"b\"], 'pair': (1, 2)}",
    );
    assert.deepEqual(value, {
      title: "Data Analyst",
      remote: true,
      paid: false,
      bonus: null,
      n: -3,
      x: 150,
      tags: ["a", "b"],
      pair: [1, 2],
    });
  });

  it("parsePythonLiteral undoes escapes: quotes, newlines, \\x and \\u, and keeps unknown escapes", () => {
    assert.equal(parsePythonLiteral(String.raw`'it\'s\n\x41\u00e9 \d'`), "it's\nAé \\d");
    assert.equal(parsePythonLiteral(`"You’ll be able"`), "You’ll be able");
  });

  it("parsePythonLiteral concatenates adjacent strings and accepts JSON's true/false/null", () => {
    assert.equal(parsePythonLiteral("'ab' 'cd'"), "abcd");
    assert.deepEqual(parsePythonLiteral('{"a": true, "b": null, "c": [false]}'), { a: true, b: null, c: [false] });
  });

  it("parsePythonLiteral turns nan and inf into null and non-string keys into their JSON text", () => {
    assert.deepEqual(parsePythonLiteral("{1: nan, 'b': -inf}"), { "1": null, b: null });
  });

  it("parsePythonLiteral in the python form keeps floats apart from ints and dicts as Maps with their own keys", () => {
    const value = parsePythonLiteral("{1: 1.0, 1.5: nan, None: [2, 1e-05, -inf], 'a': (True,)}", { form: "python" });
    assert.deepEqual(
      value,
      new Map<unknown, unknown>([
        [1, pyFloat(1)],
        [pyFloat(1.5), pyFloat(NaN)],
        [null, [2, pyFloat(1e-5), pyFloat(-Infinity)]],
        ["a", [true]],
      ]),
    );
    assert.throws(() => parsePythonLiteral("1", { form: "yaml" as "python" }), /unknown literal form "yaml"/);
  });

  it("parsePythonLiteral throws a SyntaxError naming the offset for text that is not a literal", () => {
    assert.throws(() => parsePythonLiteral("{'a': 1"), /expected , or \} at offset 7/);
    assert.throws(() => parsePythonLiteral("{'a': 1} extra"), /unexpected text after the value at offset 9/);
    assert.throws(() => parsePythonLiteral("hello"), SyntaxError);
  });
});
