import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { readEvaluation } from "../../src/figures/run-figures";
import { InputError } from "../../src/util/input-error";
import { tempDir } from "../helpers";

const summary = {
  systems: ["identity"],
  reference: "identity",
  perSystem: [{ system: "identity", metric: "unsupportedShare", n: 0, cases: 0, interval: null }],
  pairs: [],
  sections: [],
};

describe("reading an evaluation: schemas, not casts", () => {
  it("reads a summary written before the seed, cluster intervals and identical systems were recorded, with their defaults", () => {
    const dir = tempDir("read-evaluation-");
    fs.writeFileSync(path.join(dir, "records.jsonl"), "");
    fs.writeFileSync(path.join(dir, "summary.json"), JSON.stringify(summary));
    const read = readEvaluation(dir);
    assert.equal(read.summary.seed, 20241220);
    assert.deepEqual(read.summary.identical, []);
    assert.equal(read.summary.perSystem[0].clusterInterval, null);
  });

  it("names the file, line and field of a record of another shape", () => {
    const dir = tempDir("read-evaluation-");
    fs.writeFileSync(path.join(dir, "summary.json"), JSON.stringify(summary));
    const record = {
      system: "identity",
      caseId: "c",
      resumeId: "r",
      jobId: "j",
      section: "skills",
      provenance: {
        kind: "identity",
        answeredBy: "identity",
        model: "original section",
        cached: false,
        costUsd: 0,
        source: null,
      },
      ok: true,
      error: null,
      output: "x",
      scores: null,
      study: null,
    };
    fs.writeFileSync(
      path.join(dir, "records.jsonl"),
      `${JSON.stringify(record)}\n${JSON.stringify({ ...record, ok: "yes" })}\n`,
    );
    assert.throws(
      () => readEvaluation(dir),
      (error: unknown) => error instanceof InputError && /records\.jsonl:2: .*ok/.test(error.message),
    );
    fs.writeFileSync(path.join(dir, "records.jsonl"), `${JSON.stringify(record)}\n`);
    fs.writeFileSync(
      path.join(dir, "summary.json"),
      JSON.stringify({ ...summary, perSystem: [{ ...summary.perSystem[0], metric: "upp" }] }),
    );
    assert.throws(
      () => readEvaluation(dir),
      (error: unknown) => error instanceof InputError && /summary\.json: .*metric/.test(error.message),
    );
  });
});
