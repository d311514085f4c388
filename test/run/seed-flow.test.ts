/**
 * `seed` reaches every bootstrap: two runs that differ only in their seed have different intervals
 * in evaluate/summary.json, and the figures draw exactly the summary's intervals (they never
 * resample), so the figure of each run agrees with its own summary.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { createLlm } from "../../src/llm/llm-client";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { runDirs, runPipeline } from "../../src/run/run-pipeline";
import { ROOT, tempDir } from "../helpers";

interface Interval {
  mean: number;
  low: number;
  high: number;
}
interface Summary {
  perSystem: { system: string; metric: string; interval: Interval | null; clusterInterval: Interval | null }[];
}
interface Bar {
  name: string;
  y: (number | null)[];
  error_y: { array: (number | null)[]; arrayminus: (number | null)[] };
}

async function runWithSeed(seed: number): Promise<{ summary: Summary; bars: Bar[] }> {
  const runsDir = tempDir();
  const config = loadWorkbenchConfig(path.join(ROOT, "workbench.config.json"), [
    `runsDir=${runsDir}`,
    `seed=${seed}`,
    "evaluate.resumes=8",
    'stages=["collect","preprocess","generate","evaluate","figures"]',
  ]);
  const llm = createLlm(
    { provider: "auto", cachePath: path.join(runsDir, "cache.sqlite") },
    { env: {}, rules: workbenchRulesBaselines() },
  );
  try {
    await runPipeline(config, { llm, log: () => undefined });
  } finally {
    llm.close();
  }
  const dirs = runDirs(config);
  const summary = JSON.parse(fs.readFileSync(path.join(dirs.evaluate, "summary.json"), "utf8")) as Summary;
  const bars = (JSON.parse(fs.readFileSync(path.join(dirs.figures, "metric-bars.json"), "utf8")) as { data: Bar[] })
    .data;
  return { summary, bars };
}

const intervalsOf = (summary: Summary) =>
  summary.perSystem.flatMap((entry) =>
    [entry.interval, entry.clusterInterval].map(
      (interval) => interval && [entry.system, entry.metric, interval.low, interval.high],
    ),
  );

describe("the seed flows into every interval", function () {
  this.timeout(300_000);

  it("changing seed changes the bootstrap intervals of the summary, and the figure draws the summary's own intervals", async () => {
    const [a, b] = [await runWithSeed(2024), await runWithSeed(7)];
    assert.notDeepEqual(intervalsOf(a.summary), intervalsOf(b.summary), "another seed, other intervals");
    for (const { summary, bars } of [a, b]) {
      // Every whisker ends where the summary's interval does (to floating-point rounding of high − mean).
      // The bars draw the interval by resume (clusterInterval).
      const ends = new Set(
        summary.perSystem.flatMap((entry) =>
          entry.clusterInterval ? [entry.clusterInterval.low.toFixed(9), entry.clusterInterval.high.toFixed(9)] : [],
        ),
      );
      for (const bar of bars) {
        bar.y.forEach((mean, i) => {
          if (mean === null) return;
          assert.ok(
            ends.has((mean + (bar.error_y.array[i] ?? 0)).toFixed(9)),
            `${bar.name}: an upper whisker not from summary.json`,
          );
          assert.ok(
            ends.has((mean - (bar.error_y.arrayminus[i] ?? 0)).toFixed(9)),
            `${bar.name}: a lower whisker not from summary.json`,
          );
        });
      }
    }
  });
});
