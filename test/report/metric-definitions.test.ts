import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { EVAL_METRICS } from "../../src/evaluate/evaluation-summary";
import { METRIC_NAMES } from "../../src/schemas/display-names";
import { ROOT } from "../helpers";

describe("one definitions table for every metric", () => {
  it("the registry defines every evaluation metric", () => {
    for (const metric of EVAL_METRICS) assert.ok(METRIC_NAMES[metric], `${metric} has no display name and definition`);
  });

  it("README's metrics table is the registry's, row for row", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const metric of EVAL_METRICS) {
      const { label, unit, definition } = METRIC_NAMES[metric];
      assert.ok(
        readme.includes(`| \`${metric}\` | ${label} | ${unit} | ${definition} |`),
        `README's row for ${metric} differs from the registry`,
      );
    }
  });
});
