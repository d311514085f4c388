import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { cookbookEpochs, estimateTrainingCost, formatEstimate } from "../../src/finetune/cost-estimate";
import { FineTuneInputError } from "../../src/finetune/finetune-error";
import { parseResultCsv } from "../../src/finetune/result-csv";
import { inspectTrainingJsonl, readTrainingFile } from "../../src/finetune/training-file";
import { tempDir } from "../helpers";
import { TRAIN } from "./finetune-kit";

const line = (messages: unknown) => JSON.stringify({ messages });
const ok = line([
  { role: "user", content: "a" },
  { role: "assistant", content: "b" },
]);

describe("fine-tune cost estimate and training files", () => {
  it("cookbookEpochs follows the cookbook rule at and around its thresholds", () => {
    // n×3 < 100 → min(25, 100 // n); n×3 > 25,000 → max(1, 25,000 // n); else 3.
    const cases: Array<[number, number]> = [
      [1, 25],
      [3, 25],
      [4, 25],
      [5, 20],
      [10, 10],
      [12, 8],
      [33, 3],
      [34, 3],
      [8333, 3],
      [8334, 2],
      [12_501, 1],
      [30_000, 1],
    ];
    assert.deepEqual(
      cases.map(([n]) => [n, cookbookEpochs(n)]),
      cases,
    );
  });

  it("estimateTrainingCost reproduces the cookbook's worked example: 5 examples, 20 epochs, 86,120 billed tokens", () => {
    const estimate = estimateTrainingCost([861, 861, 862, 861, 861], "gpt-4o-mini", "auto");
    assert.deepEqual(
      [estimate.epochs, estimate.billedTokens, estimate.epochsFrom],
      [20, 86_120, "cookbook rule for auto"],
    );
    assert.equal(estimate.costUsd, (86_120 * 3) / 1_000_000);
  });

  it("estimateTrainingCost caps each example at 16,385 tokens, counts the over-long ones, and keeps given epochs", () => {
    const estimate = estimateTrainingCost([20_000, 100], "gpt-4.1-mini-2025-04-14", 2);
    assert.deepEqual(
      [estimate.tokensPerEpoch, estimate.overLimit, estimate.epochs, estimate.billedTokens],
      [16_485, 1, 2, 32_970],
    );
    assert.equal(estimate.trainingPricePerMillion, 5);
    assert.match(formatEstimate(estimate), /; 1 examples exceed 16,385 tokens and will be truncated$/);
  });

  it("estimateTrainingCost says when pricing.ts has no training price instead of guessing one", () => {
    const estimate = estimateTrainingCost([100], "o4-mini", 1);
    assert.deepEqual([estimate.costUsd, estimate.trainingPricePerMillion], [null, null]);
    assert.equal(
      formatEstimate(estimate),
      "estimate: 1 examples, 100 tokens per epoch × 1 epochs (given) = 100 billed tokens; no training price for o4-mini in src/llm/pricing.ts",
    );
  });

  it("readTrainingFile counts the fixture's examples and tokens by the cookbook formula with the model's tokenizer", () => {
    const summary = readTrainingFile(TRAIN, "gpt-4o-mini-2024-07-18");
    assert.deepEqual(
      [summary.filename, summary.examples, summary.totalTokens, summary.bytes],
      ["train.jsonl", 12, 985, 5199],
    );
    assert.deepEqual(summary.tokensPerExample.slice(0, 3), [92, 83, 73]);
    // 3 for the reply primer + per message 3 + tokens(role) + tokens(content): 3 + (3 + 1 + 1) + (3 + 1 + 1).
    assert.deepEqual(inspectTrainingJsonl(ok, "x.jsonl", "gpt-4o").tokensPerExample, [13]);
  });

  it("inspectTrainingJsonl names the file and line of the first bad example and how to fix it", () => {
    const bad: Array<[string, RegExp]> = [
      [`${ok}\n{oops`, /^t\.jsonl:2: not JSON/],
      [
        line([{ role: "user", content: "only a question" }]),
        /^t\.jsonl:1: the example has no assistant message; each line must be/,
      ],
      [line([{ role: "bot", content: "x" }]), /^t\.jsonl:1: messages\.0\.role: /],
      [line([{ role: "assistant" }]), /^t\.jsonl:1: messages\.0\.content: /],
      [JSON.stringify({ prompt: "a", completion: "b" }), /^t\.jsonl:1: messages: /],
      ["\n\n", /^t\.jsonl: no examples;/],
    ];
    for (const [text, expected] of bad) {
      assert.throws(
        () => inspectTrainingJsonl(text, "t.jsonl", "gpt-4o"),
        (error: unknown) => error instanceof FineTuneInputError && expected.test(error.message),
        text,
      );
    }
    assert.throws(
      () => readTrainingFile(path.join(tempDir(), "missing.jsonl"), "gpt-4o"),
      /no such file \(fix: pass the chat JSONL/,
    );
  });

  it("parseResultCsv maps columns by name, reads empty cells as null and decodes a base64 body", () => {
    const csv =
      "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy,extra\n1,1.5,0.4,,,x\n2,1.25,0.5,1.3,0.45,y\n";
    const rows = [
      { step: 1, trainLoss: 1.5, trainAccuracy: 0.4, validLoss: null, validAccuracy: null },
      { step: 2, trainLoss: 1.25, trainAccuracy: 0.5, validLoss: 1.3, validAccuracy: 0.45 },
    ];
    assert.deepEqual(parseResultCsv(csv), rows);
    assert.deepEqual(parseResultCsv(Buffer.from(csv).toString("base64")), rows);
    assert.deepEqual(parseResultCsv("train_loss,step\r\n0.5,3\r\n"), [
      { step: 3, trainLoss: 0.5, trainAccuracy: null, validLoss: null, validAccuracy: null },
    ]);
    assert.deepEqual(parseResultCsv(""), []);
    assert.throws(() => parseResultCsv("loss\n1\n", "file-9"), /^FineTuneInputError: file-9: no "step" column/);
  });

  it("readTrainingFile reads only the given file (a dry run touches nothing else)", () => {
    const dir = tempDir();
    const file = path.join(dir, "t.jsonl");
    fs.writeFileSync(file, `${ok}\n`);
    assert.equal(readTrainingFile(file, "gpt-4o").examples, 1);
    assert.deepEqual(fs.readdirSync(dir), ["t.jsonl"]);
  });
});
