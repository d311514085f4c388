import { strict as assert } from "node:assert";
import { pythonFloatRepr, pythonJsonDumps } from "../../src/evaluate/python-json";
import { parsePythonLiteral } from "../../src/preprocess/python-literal";
import { pyFloat } from "../../src/util/python-float";
import { describeReference, readJsonl, type DumpsVector, type TokenizerVector } from "./reference";

describe("pythonJsonDumps", () => {
  it('pythonJsonDumps("café") escapes é as \\u00e9 (ensure_ascii)', () => {
    assert.equal(pythonJsonDumps("café"), '"caf\\u00e9"');
  });

  it("pythonJsonDumps writes an astral character as its surrogate pair in lowercase hex", () => {
    assert.equal(pythonJsonDumps("🚀"), '"\\ud83d\\ude80"');
  });

  it("pythonJsonDumps escapes quotes, backslashes, the short control escapes, other controls and DEL", () => {
    assert.equal(pythonJsonDumps('"\\\n\r\t\b\f\u0001\u007f~'), '"\\"\\\\\\n\\r\\t\\b\\f\\u0001\\u007f~"');
  });

  it("pythonJsonDumps keeps a lone surrogate as its own escape", () => {
    assert.equal(pythonJsonDumps("x\ud800"), '"x\\ud800"');
  });

  it('pythonJsonDumps separates with ", " and ": " and keeps insertion order', () => {
    assert.equal(pythonJsonDumps({ b: 1, a: [true, false, null] }), '{"b": 1, "a": [true, false, null]}');
    assert.equal(pythonJsonDumps([]), "[]");
    assert.equal(pythonJsonDumps({}), "{}");
  });

  it("pythonJsonDumps keeps a Map's order even for integer-like keys, which a plain object reorders", () => {
    const map = new Map([
      ["1", "one"],
      ["10", "ten"],
      ["2", "two"],
    ]);
    assert.equal(pythonJsonDumps(map), '{"1": "one", "10": "ten", "2": "two"}');
    assert.equal(pythonJsonDumps({ 1: "one", 10: "ten", 2: "two" }), '{"1": "one", "2": "two", "10": "ten"}');
  });

  it("pythonJsonDumps turns int, float, bool and None keys into strings as Python does", () => {
    const map = new Map<unknown, string>([
      [1, "a"],
      [pyFloat(1), "b"],
      [true, "c"],
      [null, "d"],
      [2.5, "e"],
    ]);
    assert.equal(pythonJsonDumps(map), '{"1": "a", "1.0": "b", "true": "c", "null": "d", "2.5": "e"}');
  });

  it("pythonJsonDumps writes integral numbers as ints and pyFloat or fractional numbers as Python floats", () => {
    assert.equal(
      pythonJsonDumps([1, pyFloat(1), 0.5, 1e-5, pyFloat(1e16), -0, pyFloat(-0)]),
      "[1, 1.0, 0.5, 1e-05, 1e+16, 0, -0.0]",
    );
    assert.equal(pythonJsonDumps(1e21), "1000000000000000000000");
    assert.equal(pythonJsonDumps(2n ** 70n), "1180591620717411303424");
    assert.equal(pythonJsonDumps([NaN, Infinity, -Infinity]), "[NaN, Infinity, -Infinity]");
  });

  it("pythonJsonDumps(pythonJsonDumps(x)) encodes JSON text a second time, as the study did", () => {
    assert.equal(pythonJsonDumps(pythonJsonDumps({ a: "b" })), '"{\\"a\\": \\"b\\"}"');
  });

  it("pythonJsonDumps refuses undefined, functions, class instances and cycles", () => {
    assert.throws(() => pythonJsonDumps({ a: undefined }), /Object of type undefined is not JSON serializable/);
    assert.throws(() => pythonJsonDumps(() => 1), TypeError);
    assert.throws(() => pythonJsonDumps(new Date(0)), /Object of type Date/);
    assert.throws(() => pythonJsonDumps(new Map([[[1], "x"]])), /keys must be str, int, float, bool or None/);
    const cycle: unknown[] = [];
    cycle.push(cycle);
    assert.throws(() => pythonJsonDumps(cycle), /Circular reference detected/);
  });
});

describe("pythonFloatRepr", () => {
  it("pythonFloatRepr switches to exponent form below 1e-4 and from 1e16, with two exponent digits", () => {
    const cases: [number, string][] = [
      [1, "1.0"],
      [0.0001, "0.0001"],
      [0.00001, "1e-05"],
      [1e15, "1000000000000000.0"],
      [1e16, "1e+16"],
      [123456789, "123456789.0"],
      [0.1 + 0.2, "0.30000000000000004"],
      [5e-324, "5e-324"],
      [Number.MAX_VALUE, "1.7976931348623157e+308"],
      [-1.5, "-1.5"],
      [2.5e-10, "2.5e-10"],
      [NaN, "nan"],
      [-Infinity, "-inf"],
    ];
    for (const [x, repr] of cases) assert.equal(pythonFloatRepr(x), repr, String(x));
  });
});

describeReference("pythonJsonDumps against Python's json.dumps", () => {
  it("pythonJsonDumps reproduces all 103 dumps of python-json-dumps.jsonl from each python_repr", () => {
    const vectors = readJsonl<DumpsVector>("python-json-dumps.jsonl");
    assert.equal(vectors.length, 103);
    const wrong = vectors
      .map((v) => ({
        repr: v.python_repr,
        got: pythonJsonDumps(parsePythonLiteral(v.python_repr, { form: "python" })),
        want: v.dumps,
      }))
      .filter((c) => c.got !== c.want);
    assert.deepEqual(wrong, []);
  });

  it("pythonJsonDumps reproduces the dumps of every string value taken as is from the JSON", () => {
    const strings = readJsonl<DumpsVector>("python-json-dumps.jsonl").filter((v) => v.python_type === "str");
    assert.equal(strings.length, 50);
    const wrong = strings.filter((v) => pythonJsonDumps(v.value) !== v.dumps).map((v) => v.python_repr);
    assert.deepEqual(wrong, []);
  });

  it("pythonJsonDumps reproduces json_dumps of all 180 texts of tokenizer-vectors.jsonl", () => {
    const vectors = readJsonl<TokenizerVector>("tokenizer-vectors.jsonl");
    assert.equal(vectors.length, 180);
    const wrong = vectors.filter((v) => pythonJsonDumps(v.text) !== v.json_dumps).map((v) => v.text.slice(0, 60));
    assert.deepEqual(wrong, []);
  });
});
