/** `rpw metrics`, called in-process: the output contract, input errors, and the reference vectors. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { METRICS_HELP, metricsCommand, MetricsInputError } from "../../src/cli/metrics-command";
import { UsageError } from "../../src/cli/usage-error";
import { describeReference, readPairs as readReferencePairs, REFERENCE_DIR } from "../evaluate/reference";
import { ROOT, tempDir } from "../helpers";

const FIXTURES = path.join(ROOT, "test/fixtures/evaluate");

async function run(input: string): Promise<{ lines: Record<string, unknown>[]; raw: string[]; log: string[] }> {
  const out = path.join(tempDir(), "scores.jsonl");
  const log: string[] = [];
  await metricsCommand(["--in", input, "--out", out], (line) => log.push(line));
  const raw = fs.readFileSync(out, "utf8").split("\n").filter(Boolean);
  return { lines: raw.map((line) => JSON.parse(line)), raw, log };
}

describe("metricsCommand", () => {
  it("metricsCommand writes one line per pair in input order with the keys in the contract's order", async () => {
    const { lines, raw, log } = await run(path.join(FIXTURES, "pairs.jsonl"));
    assert.deepEqual(
      lines.map((line) => line.id),
      ["p1", 2, "empty", "lsum"],
    );
    for (const line of raw)
      assert.match(
        line,
        /^\{"id":[^,]+,"tfidf_cosine":[^,]+,"rouge1":\{"precision":[^,]+,"recall":[^,]+,"fmeasure":[^}]+\},"rouge2":\{.*\},"rougeL":\{.*\},"rougeLsum":\{.*\}\}$/,
      );
    assert.match(log[0], /^metrics: 4 pairs scored in \d+\.\d\d s -> /);
  });

  it("metricsCommand gives the hand-computed scores: TF-IDF 1/(1 + (1 + ln 1.5)^2), README ROUGE, union-LCS ROUGE-Lsum", async () => {
    const { lines } = await run(path.join(FIXTURES, "pairs.jsonl"));
    const [p1, readme, empty, lsum] = lines as { tfidf_cosine: number | null; [type: string]: unknown }[];
    const idf = 1 + Math.log(1.5);
    assert.ok(Math.abs((p1.tfidf_cosine as number) - 1 / (1 + idf * idf)) < 1e-15);
    assert.deepEqual(p1.rouge1, { precision: 0.5, recall: 0.5, fmeasure: 0.5 }); // data scienc / data engin
    assert.deepEqual(readme.rouge1, {
      precision: 6 / 8,
      recall: 6 / 9,
      fmeasure: (2 * (6 / 8) * (6 / 9)) / (6 / 8 + 6 / 9),
    });
    assert.equal(empty.tfidf_cosine, null);
    assert.deepEqual(empty.rougeLsum, { precision: 0, recall: 0, fmeasure: 0 });
    assert.deepEqual(lsum.rougeLsum, { precision: 4 / 10, recall: 4 / 5, fmeasure: (2 * 0.4 * 0.8) / (0.4 + 0.8) }); // 8/15 as rouge_score rounds it
  });

  it("metricsCommand fails on a non-string field, naming file, line and field, and writes nothing", async () => {
    const file = path.join(FIXTURES, "bad-field.jsonl");
    const out = path.join(tempDir(), "scores.jsonl");
    await assert.rejects(
      metricsCommand(["--in", file, "--out", out], () => {}),
      (error: Error) =>
        error instanceof MetricsInputError && error.message === `${file}:2: field "b" must be a string, got an array`,
    );
    assert.equal(fs.existsSync(out), false);
  });

  it("metricsCommand fails on a line that is not JSON or has no id", async () => {
    const out = path.join(tempDir(), "scores.jsonl");
    const badJson = path.join(FIXTURES, "bad-json.jsonl");
    await assert.rejects(
      metricsCommand(["--in", badJson, "--out", out], () => {}),
      new RegExp(`^MetricsInputError: ${badJson.replace(/[.]/g, "\\.")}:2: not JSON`),
    );
    const missingId = path.join(FIXTURES, "missing-id.jsonl");
    await assert.rejects(
      metricsCommand(["--in", missingId, "--out", out], () => {}),
      { name: "MetricsInputError", message: `${missingId}:1: field "id" is missing` },
    );
    await assert.rejects(
      metricsCommand(["--in", path.join(FIXTURES, "absent.jsonl"), "--out", out], () => {}),
      /cannot read .*absent\.jsonl: ENOENT/,
    );
  });

  it("metricsCommand without --in or --out is a usage error, and --help prints the contract", async () => {
    await assert.rejects(
      metricsCommand(["--out", "x"], () => {}),
      UsageError,
    );
    await assert.rejects(
      metricsCommand(["--in", "x"], () => {}),
      /--out <scores.jsonl> is required/,
    );
    const log: string[] = [];
    await metricsCommand(["--help"], (line) => log.push(line));
    assert.deepEqual(log, [METRICS_HELP]);
  });
});

describeReference("metricsCommand against the reference vectors", () => {
  it("metricsCommand reproduces tfidf_cosine (1e-12) and rouge1/2/L/Lsum (1e-9) of all 216 pairs of metric-vectors.jsonl", async () => {
    const pairs = readReferencePairs();
    assert.equal(pairs.length, 216);
    const input = path.join(tempDir(), "pairs.jsonl");
    fs.writeFileSync(
      input,
      pairs.map((pair) => JSON.stringify({ id: pair.id, a: pair.a, b: pair.b })).join("\n") + "\n",
    );
    const { lines } = await run(input);
    const wrong: string[] = [];
    lines.forEach((line, i) => {
      const expected = pairs[i];
      const cosine = line.tfidf_cosine as number | null;
      if (
        expected.tfidf_cosine === null
          ? cosine !== null
          : cosine === null || Math.abs(cosine - expected.tfidf_cosine) > 1e-12
      ) {
        wrong.push(`${expected.id} tfidf_cosine: ${cosine} vs ${expected.tfidf_cosine}`);
      }
      for (const type of ["rouge1", "rouge2", "rougeL", "rougeLsum"] as const) {
        const actual = line[type] as Record<string, number>;
        for (const field of ["precision", "recall", "fmeasure"] as const) {
          if (Math.abs(actual[field] - expected[type][field]) > 1e-9)
            wrong.push(`${expected.id} ${type}.${field}: ${actual[field]} vs ${expected[type][field]}`);
        }
      }
    });
    assert.deepEqual(wrong, [], `reference: ${REFERENCE_DIR}`);
  });
});
