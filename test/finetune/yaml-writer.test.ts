import { strict as assert } from "node:assert";
import { toYaml, yamlNumber, yamlString } from "../../src/finetune/yaml-writer";

/** js-yaml comes with mocha; when it is there, every document is read back and compared. */
function readBack(): ((text: string) => unknown) | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require("js-yaml") as { load: (text: string) => unknown }).load;
  } catch {
    return null;
  }
}

describe("YAML writer", () => {
  it("yamlString leaves safe words plain and quotes what YAML 1.1 would read as something else", () => {
    const plain = [
      "llama3",
      "meta-llama/Llama-3.1-8B",
      "<|end_of_text|>",
      "./lora-out",
      "../data/x.jsonl",
      "q_proj",
      ".",
    ];
    assert.deepEqual(plain.map(yamlString), plain);
    const quoted: Array<[string, string]> = [
      ["yes", '"yes"'],
      ["No", '"No"'],
      ["on", '"on"'],
      ["y", '"y"'],
      ["null", '"null"'],
      ["~", '"~"'],
      ["true", '"true"'],
      ["0.05", '"0.05"'],
      ["32", '"32"'],
      ["1e-4", '"1e-4"'],
      [".5", '".5"'],
      ["0x1F", '"0x1F"'],
      ["12:30", '"12:30"'],
      ["2024-01-31", '"2024-01-31"'],
      ["", '""'],
      ["a b", '"a b"'],
      ["key: value", '"key: value"'],
      ["#comment", '"#comment"'],
      ["-dash", '"-dash"'],
      ["*ref", '"*ref"'],
      ["http://127.0.0.1:8000/v1", '"http://127.0.0.1:8000/v1"'],
      ['say "hi"\n', '"say \\"hi\\"\\n"'],
    ];
    assert.deepEqual(
      quoted.map(([text]) => [text, yamlString(text)]),
      quoted,
    );
  });

  it("yamlNumber gives an exponent a decimal point, as PyYAML needs to read a float", () => {
    assert.deepEqual([0.0002, 2e-4, 1e-7, 4, 0.05, 1e21, -3].map(yamlNumber), [
      "0.0002",
      "0.0002",
      "1.0e-7",
      "4",
      "0.05",
      "1.0e+21",
      "-3",
    ]);
    assert.throws(() => yamlNumber(Number.NaN), /not a finite number/);
  });

  it("toYaml writes header comments, commented sections, nested maps and lists of maps in block style", () => {
    const text = toYaml(
      [
        { comment: "model", values: { base_model: "m", flag: false, none: null } },
        {
          values: {
            datasets: [{ path: "d.jsonl", roles: ["assistant"] }, { path: "e.jsonl" }],
            empty: [],
            map: {},
            nested: { a: { b: 1 } },
            list: [[1, 2], "x"],
          },
        },
      ],
      ["first line", "", "third"],
    );
    assert.equal(
      text,
      [
        "# first line",
        "#",
        "# third",
        "",
        "# model",
        "base_model: m",
        "flag: false",
        "none: null",
        "",
        "datasets:",
        "  - path: d.jsonl",
        "    roles:",
        "      - assistant",
        "  - path: e.jsonl",
        "empty: []",
        "map: {}",
        "nested:",
        "  a:",
        "    b: 1",
        "list:",
        "  -",
        "    - 1",
        "    - 2",
        "  - x",
        "",
      ].join("\n"),
    );
    const load = readBack();
    if (load) {
      assert.deepEqual(load(text), {
        base_model: "m",
        flag: false,
        none: null,
        datasets: [{ path: "d.jsonl", roles: ["assistant"] }, { path: "e.jsonl" }],
        empty: [],
        map: {},
        nested: { a: { b: 1 } },
        list: [[1, 2], "x"],
      });
    }
  });

  it("toYaml round-trips awkward strings and numbers through a YAML reader unchanged", function () {
    const load = readBack();
    if (!load) this.skip();
    const values = {
      words: ["yes", "no", "0.05", "", "a: b", "# c", "- d", "2024-01-31", "<|eot_id|>", "tab\there", "é ü"],
      numbers: [0.0002, 1e-7, 32, -1.5],
    };
    assert.deepEqual(load!(toYaml([{ values }])), values);
  });
});
