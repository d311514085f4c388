import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { llama3TrainingText } from "../../src/dataset/chat-template";
import { cachedLlama3Counter } from "../../src/dataset/llama3-counter";
import {
  auditSurvival,
  ExampleLength,
  lengthForSurvival,
  measureMessages,
  sharesAt,
  survivalOf,
} from "../../src/dataset/survival-audit";
import { ChatMessage } from "../../src/llm/types";
import { countLlama3Tokens } from "../../src/tokenize/llama3";
import { ROOT, SHARED_DATA } from "../helpers";

const length = (id: string, prompt: number, completion: number, section = "skills"): ExampleLength => ({
  id,
  resumeId: id,
  section,
  split: "train",
  inputs: "teacher-input + teacher-input",
  prompt,
  completion,
  total: prompt + completion,
});

describe("completion-survival audit", () => {
  it("survivalOf: intact when prompt + completion fit, partly when only the prompt fits, lost when the prompt fills the window", () => {
    assert.equal(survivalOf({ prompt: 4, total: 10 }, 10), "survived");
    assert.equal(survivalOf({ prompt: 9, total: 11 }, 10), "partial");
    assert.equal(survivalOf({ prompt: 10, total: 11 }, 10), "lost");
    assert.equal(survivalOf({ prompt: 600, total: 700 }, 512), "lost");
  });

  it("lengthForSurvival is the nearest-rank quantile of the totals: the smallest length at which the share survives", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => ({ total: i + 1 }));
    assert.equal(lengthForSurvival(hundred, 0.95), 95);
    assert.equal(lengthForSurvival(hundred, 0.99), 99);
    assert.equal(lengthForSurvival([{ total: 30 }, { total: 10 }, { total: 20 }], 0.95), 30);
    assert.equal(lengthForSurvival([{ total: 30 }, { total: 10 }, { total: 20 }], 0.5), 20);
    assert.equal(lengthForSurvival([], 0.95), 0);
  });

  it("auditSurvival gives the shares, the completion tokens kept, and breakdowns by section", () => {
    const lengths = [
      length("a", 100, 50),
      length("b", 400, 200, "experience"),
      length("c", 600, 10, "experience"),
      length("d", 200, 100),
    ];
    const audit = auditSurvival(lengths, 512, "llama3");
    assert.deepEqual([audit.survived, audit.partial, audit.lost], [0.5, 0.25, 0.25]);
    assert.deepEqual(audit.counts, { survived: 2, partial: 1, lost: 1 });
    // Kept: 50 + 112 + 0 + 100 of 360 completion tokens.
    assert.equal(audit.completionTokensKept, 262 / 360);
    assert.equal(audit.maxLengthFor95, 610);
    assert.deepEqual(audit.bySection.experience, { examples: 2, survived: 0, partial: 0.5, lost: 0.5 });
    assert.deepEqual(
      audit.atLengths.map((at) => at.maxLength),
      [256, 512, 1024, 2048, 4096],
    );
    assert.deepEqual(sharesAt(lengths, 256), { examples: 4, survived: 0.25, partial: 0.25, lost: 0.5 });
    assert.throws(() => auditSurvival(lengths, 0, "llama3"), /positive whole number/);
  });

  it("measureMessages counts the Llama 3 chat sequence: prompt with the assistant header, completion with <|eot_id|>", () => {
    const messages: ChatMessage[] = [
      { role: "user", content: "Hi" },
      { role: "assistant", content: "Hello" },
    ];
    // <|begin_of_text|> <|start_header_id|> user <|end_header_id|> \n\n Hi <|eot_id|> <|start_header_id|> assistant <|end_header_id|> \n\n | Hello <|eot_id|>
    assert.deepEqual(measureMessages(messages, "llama3"), { prompt: 11, completion: 2 });
    assert.equal(countLlama3Tokens(llama3TrainingText(messages)), 13);
  });

  it("measureMessages with o200k follows the cookbook: 3 per message + role + content, 3 for the primer; the answer + 1", () => {
    const messages: ChatMessage[] = [
      { role: "system", content: "S" },
      { role: "user", content: "U" },
      { role: "assistant", content: "A" },
    ];
    assert.deepEqual(measureMessages(messages, "o200k"), { prompt: 3 + 1 + 1 + 3 + 1 + 1 + 3, completion: 2 });
  });

  it("cachedLlama3Counter agrees with countLlama3Tokens on texts cut at arbitrary points, special tokens included", () => {
    const sample =
      fs.readFileSync(path.join(ROOT, "data/sample/resumes.txt"), "utf8") +
      fs.readFileSync(path.join(ROOT, "data/sample/jobs.csv"), "utf8");
    const count = cachedLlama3Counter();
    for (let start = 0; start < sample.length; start += 1777) {
      const text = `<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n${sample.slice(start, start + 2500)}<|eot_id|>`;
      assert.equal(count(text), countLlama3Tokens(text), `at ${start}`);
    }
    for (const text of [
      "",
      "   ",
      "\n\n\n",
      "it's 'LL don't",
      "ünïcödé 🚀 ٣٤٥ 12345678",
      "<|eot_id|><|eot_id|>",
      "<|not_special|>",
    ])
      assert.equal(count(text), countLlama3Tokens(text), JSON.stringify(text));
  });

  it("cachedLlama3Counter agrees with countLlama3Tokens on the study's job ads (../shared/data), when present", function () {
    const file = path.join(SHARED_DATA, "seed-study/jd_description.csv");
    if (!fs.existsSync(file)) this.skip();
    const text = fs.readFileSync(file, "utf8");
    const count = cachedLlama3Counter();
    for (let start = 0; start < text.length; start += 50_000)
      assert.equal(
        count(text.slice(start, start + 20_000)),
        countLlama3Tokens(text.slice(start, start + 20_000)),
        `at ${start}`,
      );
  });
});
