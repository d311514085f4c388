import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles, writeCollection } from "../../src/collect/collect";
import { evaluateCommand } from "../../src/cli/evaluate-command";
import { preprocessCommand } from "../../src/cli/preprocess-command";
import { evaluateSystems } from "../../src/evaluate/evaluate-systems";
import { preprocess } from "../../src/preprocess/preprocess-stage";
import { pairCases } from "../../src/prompts/study-cases";
import { ClaimRecord } from "../../src/schemas/claims";
import { readJsonl } from "../../src/util/jsonl";
import { requireSharedData, ROOT, SHARED_DATA, tempDir } from "../helpers";

async function sampleCases() {
  const collection = collectFromFiles({
    resumes: [path.join(ROOT, "data/sample/resumes.txt")],
    jobs: [path.join(ROOT, "data/sample/jobs.csv")],
  });
  const output = await preprocess(collection.postings, collection.resumes, {
    extractor: "rules",
    personaSeed: "1",
    redact: false,
  });
  return { collection, cases: pairCases(output.resumes, output.jobs, collection.postings, { skipEmpty: false }) };
}

describe("claims with provenance", () => {
  it("evaluateSystems(identity) on the whole bundled sample makes 1,677 claims and not one unsupported or input_only", async function () {
    this.timeout(120_000);
    const { cases } = await sampleCases();
    const claims: ClaimRecord[] = [];
    const records = await evaluateSystems({
      systems: [{ kind: "identity", name: "identity" }],
      cases,
      teacher: null,
      onClaims: (found) => claims.push(...found),
    });
    assert.equal(records.length, 160, "empty sections are not asked of identity");
    assert.equal(claims.length, 1677); // one claim per type, key and entry
    assert.deepEqual(
      claims.filter((claim) => claim.verdict !== "supported"),
      [],
    );
    assert.ok(
      records.every((record) => record.scores!.unsupported.length === 0 && record.scores!.inputOnly.length === 0),
    );
    assert.ok(claims.every((claim) => claim.evidence?.where === "resume"));
  });

  it("evaluateSystems scores a recorded output for a section the original lacks, and its claims are new", async function () {
    this.timeout(120_000);
    const { cases } = await sampleCases();
    const empty = cases.find((entry) => entry.value.text.trim() === "")!;
    const outputs = new Map<string, unknown>([
      [empty.id, ["Inventory Dashboard, 2021", "Tools: Tableau, Zoho Analytics"]],
    ]);
    const claims: ClaimRecord[] = [];
    const records = await evaluateSystems({
      systems: [{ kind: "recorded", name: "teacher", outputs, source: "inline" }],
      cases,
      teacher: null,
      onClaims: (found) => claims.push(...found),
    });
    assert.equal(records.filter((record) => record.ok).length, 1);
    assert.equal(records.find((record) => record.ok)!.caseId, empty.id);
    assert.ok(
      claims.length > 0 &&
        claims.every(
          (claim) =>
            claim.id.startsWith(`${empty.id}#`) && claim.system === "teacher" && claim.section === empty.section,
        ),
    );
    assert.equal(claims.find((claim) => claim.text === "Zoho Analytics")?.verdict, "unsupported");
  });

  it("rpw evaluate writes every claim of every scored output to claims.jsonl, supported ones too, byte-identical on rerun", async function () {
    this.timeout(120_000);
    const work = tempDir();
    const { collection } = await sampleCases();
    writeCollection(collection, path.join(work, "collect"), { resumes: [], jobs: [] });
    await preprocessCommand(
      ["--in", path.join(work, "collect"), "--out", path.join(work, "pre"), "--mapping", path.join(work, "m.jsonl")],
      () => undefined,
    );
    const run = (out: string) =>
      evaluateCommand(
        [
          "--systems",
          "identity,rules",
          "--resumes",
          "3",
          "--from",
          path.join(work, "pre"),
          "--collect",
          path.join(work, "collect"),
          "--out",
          out,
        ],
        () => undefined,
      );
    const [a, b] = [path.join(work, "a"), path.join(work, "b")];
    await run(a);
    await run(b);
    assert.ok(fs.readFileSync(path.join(a, "claims.jsonl")).equals(fs.readFileSync(path.join(b, "claims.jsonl"))));
    const claims = readJsonl(path.join(a, "claims.jsonl"), ClaimRecord);
    const records = readJsonl(
      path.join(a, "records.jsonl"),
      (value) => value as { system: string; scores: { claims: number; unsupported: unknown[] } | null },
    );
    assert.equal(
      claims.length,
      records.reduce((sum, record) => sum + (record.scores?.claims ?? 0), 0),
    );
    assert.equal(
      claims.filter((claim) => claim.verdict === "unsupported").length,
      records.reduce((sum, record) => sum + (record.scores?.unsupported.length ?? 0), 0),
    );
    assert.ok(claims.some((claim) => claim.verdict === "supported" && claim.evidence !== null));
  });
});

describe("claims with provenance on the study's resumes", () => {
  before(function () {
    requireSharedData(this);
  });

  it("evaluateSystems(identity) on the study run's first 40 resumes (rules sectioner) makes not one unsupported claim", async function () {
    this.timeout(300_000);
    const seed = (name: string) => path.join(SHARED_DATA, "seed-study", name);
    const collection = collectFromFiles({
      resumes: [seed("first_600_resumes.redacted.txt")],
      jobs: [seed("jd_description.csv")],
    });
    const output = await preprocess(collection.postings, collection.resumes.slice(0, 40), {
      extractor: "rules",
      personaSeed: "1",
      redact: false,
    });
    const cases = pairCases(output.resumes, output.jobs, collection.postings, { skipEmpty: false });
    const claims: ClaimRecord[] = [];
    await evaluateSystems({
      systems: [{ kind: "identity", name: "identity" }],
      cases,
      teacher: null,
      onClaims: (found) => claims.push(...found),
    });
    assert.ok(claims.length > 2000, `${claims.length} claims`);
    assert.deepEqual(
      claims.filter((claim) => claim.verdict === "unsupported"),
      [],
    );
  });
});
