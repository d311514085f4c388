import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { lossCurveFigure } from "../../src/figures/finetune-figures";
import { figureSpecJson } from "../../src/figures/write-figures";
import { parseResultCsv } from "../../src/finetune/result-csv";
import {
  LossPoint,
  lossPointsFromOpenAI,
  parseTrainerLog,
  parseTrainerState,
  readLossFile,
} from "../../src/finetune/trainer-logs";
import { tempDir } from "../helpers";
import { SAMPLE_LOG, SAMPLE_STATE } from "./finetune-kit";

const point = (
  step: number,
  epoch: number | null,
  trainLoss: number | null,
  validLoss: number | null,
  source: LossPoint["source"] = "trainer-log",
): LossPoint => ({ source, step, epoch, trainLoss, validLoss });

/** The hand-written sample: 12 steps, 3 per epoch, an eval at each epoch end. */
const SAMPLE_POINTS = [
  point(1, 0.33, 2.1034, null),
  point(2, 0.67, 1.9127, null),
  point(3, 1, 1.765, 1.7421),
  point(4, 1.33, 1.5512, null),
  point(5, 1.67, 1.4388, null),
  point(6, 2, 1.392, 1.4102),
  point(7, 2.33, 1.2205, null),
  point(8, 2.67, 1.1847, null),
  point(9, 3, 1.1503, 1.3315),
  point(10, 3.33, 1.0321, null),
  point(11, 3.67, 0.9954, null),
  point(12, 4, 0.9718, 1.3507),
];

describe("trainer logs and the loss-curve figure", () => {
  it("SAMPLE_LOG, the fixture, says in its first line that it is hand-written and not a real run", () => {
    assert.match(
      fs.readFileSync(SAMPLE_LOG, "utf8").split("\n")[0],
      /^# HAND-WRITTEN SAMPLE .*NOT a real training run/,
    );
  });

  it("parseTrainerLog reads the sample Axolotl log into one point per step, evals merged, summary and tokenizer dicts skipped", () => {
    assert.deepEqual(parseTrainerLog(fs.readFileSync(SAMPLE_LOG, "utf8")), SAMPLE_POINTS);
  });

  it("parseTrainerLog numbers steps by logging_steps and reads dicts after a tqdm bar, JSON, nan and Windows line ends", () => {
    const text = [
      " 10%|█         | 5/50 [00:05<00:45]{'loss': 2.5, 'epoch': 0.1}",
      '{"loss": 2.25, "epoch": 0.2}\r',
      "{'loss': nan, 'epoch': 0.3}",
      "{'eval_loss': 2.4, 'epoch': 0.3}",
      "a message with {braces} that is no dict",
    ].join("\n");
    assert.deepEqual(parseTrainerLog(text, { loggingSteps: 5 }), [
      point(5, 0.1, 2.5, null),
      point(10, 0.2, 2.25, null),
      point(15, 0.3, null, 2.4),
    ]);
    assert.deepEqual(parseTrainerLog("no metrics here\n"), []);
  });

  it("parseTrainerLog takes LLaMA-Factory's trainer_log.jsonl steps as written", () => {
    const text = [
      '{"current_steps": 10, "total_steps": 40, "loss": 1.9, "lr": 0.0002, "epoch": 1.0, "percentage": 25.0}',
      '{"current_steps": 10, "total_steps": 40, "eval_loss": 1.95, "epoch": 1.0}',
      '{"current_steps": 20, "total_steps": 40, "loss": 1.5, "lr": 0.0001, "epoch": 2.0, "percentage": 50.0}',
    ].join("\n");
    assert.deepEqual(parseTrainerLog(text), [point(10, 1, 1.9, 1.95), point(20, 2, 1.5, null)]);
  });

  it("parseTrainerState reads the sample trainer_state.json's log_history with its exact steps", () => {
    assert.deepEqual(parseTrainerState(JSON.parse(fs.readFileSync(SAMPLE_STATE, "utf8"))), [
      point(1, 0.5, 2.05, null, "trainer-state"),
      point(2, 1, 1.8, 1.76, "trainer-state"),
      point(3, 1.5, 1.55, null, "trainer-state"),
      point(4, 2, 1.42, 1.61, "trainer-state"),
    ]);
    assert.throws(
      () => parseTrainerState({ global_step: 3 }, "x.json"),
      /^FineTuneInputError: x\.json: no log_history list/,
    );
  });

  it("lossPointsFromOpenAI and readLossFile put OpenAI's result CSV in the same shape", () => {
    const csv =
      "step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy\n1,1.5,0.4,,\n2,1.25,0.5,1.3,0.45\n";
    const expected = [point(1, null, 1.5, null, "openai"), point(2, null, 1.25, 1.3, "openai")];
    assert.deepEqual(lossPointsFromOpenAI(parseResultCsv(csv)), expected);
    const file = path.join(tempDir(), "step_metrics.csv");
    fs.writeFileSync(file, csv);
    assert.deepEqual(readLossFile(file), expected);
    assert.deepEqual(readLossFile(SAMPLE_STATE).length, 4);
    assert.deepEqual(readLossFile(SAMPLE_LOG), SAMPLE_POINTS);
    assert.throws(() => readLossFile(path.join(tempDir(), "none.txt")), /no such file/);
  });

  it("lossCurveFigure draws training and validation loss per step with fixed uids and says where the data came from", () => {
    const figure = lossCurveFigure(SAMPLE_POINTS, { from: "sample log (hand-written, not a real run)" });
    assert.equal(figure.name, "loss-curve");
    assert.equal(figure.title, "Loss per step — sample log (hand-written, not a real run)");
    assert.deepEqual(
      figure.data.map((trace) => [trace.uid, trace.name, trace.mode]),
      [
        ["loss-train", "training loss", "lines"],
        ["loss-valid", "validation loss", "lines+markers"],
      ],
    );
    assert.deepEqual(figure.data[0].x, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepEqual(figure.data[1].x, [3, 6, 9, 12]);
    assert.deepEqual(figure.data[1].y, [1.7421, 1.4102, 1.3315, 1.3507]);
    assert.deepEqual(
      [(figure.layout.title as { text: string }).text, (figure.layout.font as { family: string }).family],
      [figure.title, "Liberation Sans"],
    );
    assert.equal(
      figureSpecJson(figure),
      figureSpecJson(lossCurveFigure(SAMPLE_POINTS, { from: "sample log (hand-written, not a real run)" })),
    );
  });

  it("lossCurveFigure leaves the validation trace out when there is no validation loss", () => {
    const figure = lossCurveFigure([point(1, null, 2, null, "openai"), point(2, null, 1.5, null, "openai")], {
      from: "OpenAI job ftjob-1 (result file)",
      name: "loss-ftjob-1",
    });
    assert.deepEqual([figure.name, figure.data.map((trace) => trace.uid)], ["loss-ftjob-1", ["loss-train"]]);
  });
});
