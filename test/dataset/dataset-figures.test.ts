import { strict as assert } from "node:assert";
import { ExampleLength } from "../../src/dataset/survival-audit";
import { datasetFigures, survivalByLengthFigure, tokenLengthsFigure } from "../../src/figures/dataset-figures";

const lengths: ExampleLength[] = [
  [100, 50],
  [400, 200],
  [600, 10],
  [2000, 100],
].map(([prompt, completion], i) => ({
  id: String(i),
  resumeId: String(i),
  section: "skills",
  split: "train",
  inputs: "teacher-input + teacher-input",
  prompt,
  completion,
  total: prompt + completion,
}));

describe("dataset figures", () => {
  it("survivalByLengthFigure stacks the survived, partial and lost shares (%) at 256 … 4096 tokens", () => {
    const figure = survivalByLengthFigure(lengths);
    assert.equal(figure.name, "dataset-survival");
    assert.deepEqual(
      figure.data.map((trace) => trace.uid),
      ["dataset-survival-survived", "dataset-survival-partial", "dataset-survival-lost"],
    );
    assert.deepEqual(figure.data[0].x, ["256", "512", "1024", "2048", "4096"]);
    assert.deepEqual(
      figure.data.map((trace) => trace.y),
      [
        [25, 25, 75, 75, 100],
        [0, 25, 0, 25, 0],
        [75, 50, 25, 0, 0],
      ],
    );
    assert.equal(figure.layout.barmode, "stack");
  });

  it("tokenLengthsFigure overlays prompt and completion histograms; datasetFigures returns both with fixed uids", () => {
    const figure = tokenLengthsFigure(lengths);
    assert.deepEqual(
      figure.data.map((trace) => [trace.uid, trace.x]),
      [
        ["dataset-lengths-prompts", [100, 400, 600, 2000]],
        ["dataset-lengths-completions", [50, 200, 10, 100]],
      ],
    );
    assert.deepEqual(
      datasetFigures(lengths).map((f) => f.name),
      ["dataset-survival", "dataset-token-lengths"],
    );
    assert.equal(JSON.stringify(datasetFigures(lengths)), JSON.stringify(datasetFigures(lengths)));
  });
});
