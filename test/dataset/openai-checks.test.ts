import { strict as assert } from "node:assert";
import { checkOpenAIChatData, cookbookTokens, defaultEpochs, formatErrors } from "../../src/dataset/openai-checks";
import { estimateTrainingCost } from "../../src/finetune/cost-estimate";
import { inspectTrainingJsonl } from "../../src/finetune/training-file";

describe("OpenAI cookbook checks", () => {
  it("formatErrors counts the cookbook's seven error types, an example under several when it has several faults", () => {
    const dataset = [
      "not an object",
      {},
      { messages: [] },
      { messages: [{ role: "user" }] },
      {
        messages: [
          { role: "robot", content: "x", extra: 1 },
          { role: "assistant", content: "y" },
        ],
      },
      {
        messages: [
          { role: "user", content: "" },
          { role: "assistant", content: "y", weight: 0 },
        ],
      },
      {
        messages: [
          { role: "system", content: "s" },
          { role: "user", content: "u" },
          { role: "assistant", content: "a", weight: 1 },
        ],
      },
    ];
    assert.deepEqual(formatErrors(dataset), {
      data_type: 1,
      missing_messages_list: 2,
      message_missing_key: 1,
      message_unrecognized_key: 1,
      unrecognized_role: 1,
      missing_content: 2,
      example_missing_assistant_message: 1,
    });
  });

  it("cookbookTokens counts 3 per message, each string value, 1 more per name, and 3 for the primer (cl100k)", () => {
    assert.equal(cookbookTokens([{ role: "user", content: "Hi" }]), 3 + 1 + 1 + 3);
    assert.equal(cookbookTokens([{ role: "user", name: "bob", content: "Hi" }]), 3 + 1 + 1 + 1 + 1 + 3);
    // A numeric weight is not text: skipped (the notebook would hand it to the encoder and fail).
    assert.equal(cookbookTokens([{ role: "assistant", content: "Hi", weight: 1 }]), 8);
    assert.equal(cookbookTokens([]), 3);
  });

  it("defaultEpochs follows the cookbook: 3, raised to reach 100 examples seen, lowered to stay under 25,000", () => {
    assert.deepEqual(
      [1, 4, 5, 33, 34, 3346, 8333, 8334, 30_000, 0].map(defaultEpochs),
      [25, 25, 20, 3, 3, 3, 3, 2, 1, 0],
    );
  });

  it("checkOpenAIChatData bills at most 16,385 tokens per example, per epoch, at the model's training price", () => {
    const long = {
      messages: [
        { role: "user", content: " a".repeat(20_000) },
        { role: "assistant", content: "ok" },
      ],
    };
    const report = checkOpenAIChatData([long]);
    assert.equal(report.tokensPerExample!.max, 3 + 1 + 20_000 + 3 + 1 + 1 + 3);
    assert.equal(report.overTokenLimit, 1);
    assert.equal(report.epochs, 25);
    assert.equal(report.billedTokensPerEpoch, 16_385);
    assert.equal(report.billedTokens, 409_625);
    assert.deepEqual(report.cost, { model: "gpt-4o-mini-2024-07-18", trainingPricePerMillion: 3, usd: 1.228875 });
    assert.equal(report.costByModel["gpt-4.1-nano"], (409_625 * 1.5) / 1_000_000);
    assert.equal(report.missingSystem, 1);
    assert.equal(report.missingUser, 0);
    assert.deepEqual(report.assistantTokensPerExample, { min: 1, max: 1, mean: 1, median: 1, p10: 1, p90: 1 });
  });

  it("checkOpenAIChatData names the 10th and 90th percentiles p10 and p90 (numpy's linear interpolation)", () => {
    const examples = [1, 2, 3, 4, 5].map((n) => ({
      messages: Array.from({ length: n }, () => ({ role: "assistant", content: "x" })),
    }));
    const report = checkOpenAIChatData(examples, { model: "gpt-4o" });
    assert.deepEqual(report.messagesPerExample, { min: 1, max: 5, mean: 3, median: 3, p10: 1.4, p90: 4.6 });
    assert.equal(report.epochs, 20);
    assert.equal(report.cost!.trainingPricePerMillion, 25);
    assert.equal(checkOpenAIChatData(examples, { model: "no-such-model" }).cost, null);
  });
});

describe("one cost calculation everywhere", () => {
  it("the dataset's cookbook report bills exactly what the fine-tune launch plan estimates for the same file", () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({
      messages: [
        { role: "system", content: "You tailor resume sections." },
        { role: "user", content: `Section ${i}: SQL, Tableau, Python; led ${i + 2} analysts.` },
        { role: "assistant", content: `Skills: SQL, Tableau, Python. Led a team of ${i + 2} analysts.` },
      ],
    }));
    const model = "gpt-4o-mini-2024-07-18";
    const report = checkOpenAIChatData(lines, { model });
    const text = lines.map((line) => JSON.stringify(line)).join("\n") + "\n";
    const estimate = estimateTrainingCost(
      inspectTrainingJsonl(text, "train.jsonl", model).tokensPerExample,
      model,
      "auto",
    );
    assert.equal(report.billedTokens, estimate.billedTokens);
    assert.equal(report.cost?.usd, estimate.costUsd);
  });
});
