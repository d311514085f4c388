import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  llama3CompletionText,
  llama3PromptText,
  llama3TrainingText,
  LLAMA3_CHAT_TEMPLATE_JINJA,
} from "../../src/dataset/chat-template";
import {
  exportAxolotl,
  parseAxolotlJsonl,
  validateAxolotlConfig,
  validateAxolotlJsonl,
} from "../../src/dataset/export-axolotl";
import { ExportFile } from "../../src/dataset/export-files";
import {
  datasetInfo,
  exportLlamaFactory,
  parseLlamaFactoryData,
  validateLlamaFactory,
} from "../../src/dataset/export-llama-factory";
import { exportOpenAI, parseOpenAIChatJsonl, validateOpenAIChatJsonl } from "../../src/dataset/export-openai";
import { exportTrl, parseTrlJsonl, validateTrlJsonl } from "../../src/dataset/export-trl";
import { importTeacherOutputs } from "../../src/dataset/import-targets";
import { readJobTexts, readResumeTexts, readStudyExamples, readStudyIdMap } from "../../src/dataset/read-inputs";
import { inputResolver } from "../../src/dataset/section-inputs";
import { buildSftRecords } from "../../src/dataset/sft-records";
import { SftRecord } from "../../src/schemas/sft";
import { formatLlama3Chat } from "../../src/tokenize/llama3";
import { ROOT } from "../helpers";

const fixture = (name: string) => path.join(ROOT, "test/fixtures/dataset", name);

/** The fixture's 20 records, split 1/1/1 by resume so every split has records. */
function fixtureRecords(): SftRecord[] {
  const resumes = readResumeTexts(fixture("resumes.txt"));
  const jobs = readJobTexts(fixture("jobs.csv"));
  const { targets } = importTeacherOutputs(fs.readFileSync(fixture("targets.json"), "utf8"), {
    file: "targets.json",
    links: readStudyIdMap(fixture("map.csv")),
    resumeStem: resumes.stem,
    jobStem: jobs.stem,
    knownInputs: readStudyExamples(fixture("example.json")),
  });
  return buildSftRecords(targets, inputResolver({ resumes: resumes.texts, jobs: jobs.texts }), {
    seed: 1,
    fractions: { train: 0.34, validation: 0.33, test: 0.33 },
  }).records;
}

const content = (files: ExportFile[], name: string) => {
  const file = files.find((entry) => entry.path === name);
  assert.ok(file, `no ${name} in ${files.map((entry) => entry.path).join(", ")}`);
  return file.content;
};
const plain = (records: SftRecord[]) =>
  records.map((record) => record.messages.map(({ role, content: text }) => ({ role, content: text })));

describe("trainer exports", () => {
  const records = fixtureRecords();
  const train = records.filter((record) => record.split === "train");
  const validation = records.filter((record) => record.split === "validation");

  it("buildSftRecords splits the fixture's 20 records into 6 train, 7 validation and 7 test records", () => {
    assert.deepEqual([train.length, validation.length, records.length - train.length - validation.length], [6, 7, 7]);
  });

  it("exportOpenAI writes {messages} lines with weight 1 on the assistant only; they validate and round-trip", () => {
    const files = exportOpenAI(records);
    assert.deepEqual(
      files.map((file) => file.path),
      ["openai/train.jsonl", "openai/validation.jsonl", "openai/manifest.json"],
    );
    const first = JSON.parse(content(files, "openai/train.jsonl").split("\n")[0]);
    assert.deepEqual(
      first.messages.map((m: Record<string, unknown>) => Object.keys(m)),
      [
        ["role", "content"],
        ["role", "content"],
        ["role", "content", "weight"],
      ],
    );
    assert.equal(first.messages[2].weight, 1);
    for (const [name, part] of [
      ["train", train],
      ["validation", validation],
    ] as const) {
      const text = content(files, `openai/${name}.jsonl`);
      assert.deepEqual(validateOpenAIChatJsonl(text, name).errors, []);
      assert.deepEqual(parseOpenAIChatJsonl(text), plain(part));
    }
  });

  it("exportTrl writes conversational prompt/completion lines and the Llama 3 template; they validate and round-trip", () => {
    const files = exportTrl(records, { maxLength: 2048 });
    assert.equal(content(files, "trl/chat_template.jinja"), LLAMA3_CHAT_TEMPLATE_JINJA);
    const first = JSON.parse(content(files, "trl/train.jsonl").split("\n")[0]);
    assert.deepEqual(
      first.prompt.map((m: { role: string }) => m.role),
      ["system", "user"],
    );
    assert.deepEqual(
      first.completion.map((m: { role: string }) => m.role),
      ["assistant"],
    );
    const manifest = JSON.parse(content(files, "trl/manifest.json"));
    assert.deepEqual(manifest.settings.sftConfig, {
      completion_only_loss: true,
      max_length: 2048,
      eos_token: "<|eot_id|>",
      pad_token: "<|end_of_text|>",
    });
    assert.equal(manifest.example.llama3Text, formatLlama3Chat(plain([train[0]])[0], { awaitAnswer: false }));
    assert.ok(manifest.example.llama3Text.endsWith("<|eot_id|>"));
    for (const [name, part] of [
      ["train", train],
      ["validation", validation],
    ] as const) {
      const text = content(files, `trl/${name}.jsonl`);
      assert.deepEqual(validateTrlJsonl(text, name).errors, []);
      assert.deepEqual(parseTrlJsonl(text), plain(part));
    }
  });

  it("exportAxolotl writes chat_template data and a config with assistant-only loss, the EOS trained and the audited length", () => {
    const files = exportAxolotl(records, { sequenceLen: 1024, sequenceLenNote: "from the audit" });
    const config = content(files, "axolotl/config.yml");
    for (const line of [
      "base_model: meta-llama/Llama-3.1-8B",
      "chat_template: llama3",
      "    type: chat_template",
      "    roles_to_train:",
      "      - assistant",
      "    train_on_eos: turn",
      "  - path: data.jsonl",
      "  - path: validation.jsonl",
      "train_on_inputs: false",
      "adapter: lora",
      "lora_r: 32",
      "lora_alpha: 32",
      "lora_dropout: 0.05",
      "  - gate_proj",
      "learning_rate: 0.0002",
      "micro_batch_size: 1",
      "num_epochs: 4",
      "sequence_len: 1024",
      "  pad_token: <|end_of_text|>",
      "  eos_token: <|eot_id|>",
    ])
      assert.ok(config.split("\n").includes(line), line);
    assert.equal(config.match(/^ {2}- (q|k|v|o|gate|up|down)_proj$/gm)?.length, 7);
    assert.deepEqual(validateAxolotlConfig(config, "config.yml").errors, []);
    assert.deepEqual(parseAxolotlJsonl(content(files, "axolotl/data.jsonl")), plain(train));
    assert.deepEqual(parseAxolotlJsonl(content(files, "axolotl/validation.jsonl")), plain(validation));
    assert.deepEqual(validateAxolotlJsonl(content(files, "axolotl/data.jsonl"), "data.jsonl").errors, []);
  });

  it("exportLlamaFactory registers sharegpt files with the role/content tag mapping; they validate and round-trip", () => {
    const files = exportLlamaFactory(records, { cutoffLen: 1024, cutoffNote: "from the audit" });
    assert.deepEqual(JSON.parse(content(files, "llama-factory/dataset_info.json")), datasetInfo());
    assert.deepEqual((datasetInfo().rpw_train as { tags: unknown }).tags, {
      role_tag: "role",
      content_tag: "content",
      user_tag: "user",
      assistant_tag: "assistant",
      system_tag: "system",
    });
    const yaml = content(files, "llama-factory/train_lora.yaml");
    for (const line of [
      "template: llama3",
      "train_on_prompt: false",
      "cutoff_len: 1024",
      "finetuning_type: lora",
      "lora_rank: 32",
    ])
      assert.ok(yaml.split("\n").includes(line), line);
    const checks = validateLlamaFactory(
      content(files, "llama-factory/dataset_info.json"),
      {
        "data.json": content(files, "llama-factory/data.json"),
        "validation.json": content(files, "llama-factory/validation.json"),
      },
      "llama-factory/dataset_info.json",
    );
    assert.deepEqual(
      checks.map((check) => [check.file, check.examples, check.errors.length]),
      [
        ["llama-factory/data.json", 6, 0],
        ["llama-factory/validation.json", 7, 0],
      ],
    );
    assert.deepEqual(parseLlamaFactoryData(content(files, "llama-factory/data.json")), plain(train));
  });

  it("llama3PromptText + llama3CompletionText add up to llama3TrainingText, the prompt ending with the assistant header", () => {
    const messages = plain([train[0]])[0];
    assert.equal(llama3PromptText(messages) + llama3CompletionText(messages), llama3TrainingText(messages));
    assert.ok(llama3PromptText(messages).endsWith("<|start_header_id|>assistant<|end_header_id|>\n\n"));
  });
});

describe("export validators", () => {
  const system = { role: "system", content: "S" };
  const user = { role: "user", content: "U" };
  const assistant = { role: "assistant", content: "A" };

  it("validateOpenAIChatJsonl names the line of each problem", () => {
    const lines = [
      JSON.stringify({ messages: [system, user, { ...assistant, weight: 1 }] }),
      "{oops",
      JSON.stringify({ messages: [{ ...system, weight: 1 }, user, assistant] }),
      JSON.stringify({ messages: [system, user] }),
      JSON.stringify({ messages: [user, { ...assistant, weight: 2 }] }),
      JSON.stringify({ prompt: "x" }),
    ];
    const check = validateOpenAIChatJsonl(`${lines.join("\n")}\n`, "t.jsonl");
    assert.equal(check.examples, 6);
    assert.equal(check.ok, false);
    assert.deepEqual(
      check.errors.map((error) => [error.line, error.message.replace(/ \(.*$/, "")]),
      [
        [2, "not JSON"],
        [3, "message 0: weight is allowed on assistant messages only"],
        [4, "the last message is not the assistant's"],
        [5, "message 1: weight must be 0 or 1"],
        [6, "expected an object with a messages list"],
      ],
    );
  });

  it("validateTrlJsonl rejects an assistant in the prompt, a missing completion and untrimmed content", () => {
    const lines = [
      JSON.stringify({ prompt: [system, user], completion: [assistant] }),
      JSON.stringify({ prompt: [system, user, assistant], completion: [assistant] }),
      JSON.stringify({ prompt: [system, user], completion: [] }),
      JSON.stringify({ prompt: [system, { role: "user", content: "U " }], completion: [assistant] }),
    ];
    const check = validateTrlJsonl(lines.join("\n"), "t.jsonl");
    assert.deepEqual(
      check.errors.map((error) => error.line),
      [2, 2, 3, 3, 4],
    );
    assert.match(check.errors[4].message, /leading or trailing whitespace/);
  });

  it("validateAxolotlConfig and validateLlamaFactory report what is missing", () => {
    const check = validateAxolotlConfig("base_model: x\nchat_template: chatml\n\tadapter: lora\n", "c.yml");
    assert.deepEqual(check.errors[0], { file: "c.yml", line: 3, message: "a tab (YAML indents with spaces)" });
    assert.ok(check.errors.some((error) => error.message === "no chat_template: llama3"));
    const [info] = validateLlamaFactory(
      JSON.stringify({ d: { file_name: "x.json", formatting: "alpaca", columns: {} } }),
      {},
    );
    assert.deepEqual(info.errors.map((error) => error.message).slice(0, 3), [
      'd: formatting is "alpaca", expected "sharegpt"',
      "d: columns.messages is not set",
      "d: tags.role_tag is not set",
    ]);
    const [data] = validateLlamaFactory(JSON.stringify(datasetInfo()), {
      "data.json": JSON.stringify([{ messages: [{ role: "user", content: "U" }] }]),
    });
    assert.deepEqual(
      data.errors.map((error) => [error.line, error.message]),
      [[2, "example 0: the last message is not the assistant's"]],
    );
  });
});
