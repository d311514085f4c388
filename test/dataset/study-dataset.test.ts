/** The dataset stage on the study's released data (../shared/data): the acceptance numbers, printed. */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { buildDataset, datasetFiles, DatasetResult } from "../../src/dataset/dataset-stage";
import { cachedLlama3Counter } from "../../src/dataset/llama3-counter";
import { llama3CompletionText, llama3PromptText } from "../../src/dataset/chat-template";
import { survivalOf } from "../../src/dataset/survival-audit";
import { countLlama3Tokens } from "../../src/tokenize/llama3";
import { requireSharedData, SHARED_DATA } from "../helpers";

const seed = (name: string) => path.join(SHARED_DATA, "seed-study", name);
const options = () => ({
  targets: seed("gpt4o_targets_v3.redacted.json"),
  map: seed("study_id_map.csv"),
  resumes: seed("first_600_resumes.redacted.txt"),
  jobs: seed("jd_description.csv"),
  studyExample: seed("study_example_id1.json"),
  auditMaxLength: 512,
  tokenizer: "llama3" as const,
});
const pct = (share: number) => `${(100 * share).toFixed(1)} %`;

describe("the fine-tune dataset from the study's released targets (../shared/data)", function () {
  let result: DatasetResult;
  let seconds: number;

  before(function () {
    requireSharedData(this);
    // Building and checking 3,724 targets takes ~40 s of CPU: allow for a loaded 2-core machine.
    this.timeout(240_000);
    const start = process.hrtime.bigint();
    result = buildDataset(options());
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`      built ${result.records.length} records, audited and exported in ${seconds.toFixed(1)} s`);
  });

  it("buildDataset makes one record per (resume, job, section): 3,724 from 532 resumes, split 478/27/27 by resume, in seconds", () => {
    const { summary } = result;
    console.log(
      `      records ${summary.records}; splits ${JSON.stringify(summary.bySplit)}; inputs ${JSON.stringify(summary.byInputs)}`,
    );
    assert.equal(summary.records, 3724);
    assert.equal(summary.resumes, 532);
    assert.deepEqual(summary.bySplit, {
      train: { records: 3346, resumes: 478 },
      validation: { records: 189, resumes: 27 },
      test: { records: 189, resumes: 27 },
    });
    assert.deepEqual(summary.byInputs, {
      "rules-sectioner + job-description-text": 1911,
      "rules-sectioner + missing": 1806,
      "teacher-input + teacher-input": 7,
    });
    assert.equal(summary.skipped, 0);
    // A guard against a pathological slowdown (quadratic joins), not a benchmark: ~40 s of CPU, ~30 s of it the target
    // check (every completion against its own prompt).
    assert.ok(seconds < 180, `took ${seconds} s`);
  });

  it("buildDataset reports the import: 532 ids, all linked to a resume line, 274 to a job row, 258 (ids 275–532) not", () => {
    const report = result.importReport;
    assert.ok("ids" in report);
    console.log(
      `      import: ${report.ids} ids, ${report.targets} targets, ${report.failures} failures, linked ${JSON.stringify(report.linked)}, ` +
        `not linked: ${report.unlinked.map((group) => `${group.link} ${group.count} (${group.ids}): ${group.reason}`).join("; ")}`,
    );
    assert.deepEqual([report.ids, report.targets, report.failures], [532, 3724, 0]);
    assert.deepEqual(report.linked, { resume: 532, job: 274, both: 274 });
  });

  it("auditSurvival at 512 Llama 3 tokens reproduces the study's truncation: most completions are cut away entirely", () => {
    const { audit } = result;
    console.log(
      `      at 512: survived ${pct(audit.survived)} (${audit.counts.survived}), partial ${pct(audit.partial)} (${audit.counts.partial}), lost ${pct(audit.lost)} (${audit.counts.lost}); ` +
        `95 % need ${audit.maxLengthFor95}, 99 % need ${audit.maxLengthFor99}; configs use ${result.sequenceLength}`,
    );
    console.log(
      `      by length: ${audit.atLengths.map((at) => `${at.maxLength}: ${pct(at.survived)}/${pct(at.partial)}/${pct(at.lost)}`).join(", ")}`,
    );
    console.log(
      `      by inputs: ${Object.entries(audit.byInputs)
        .map(([key, s]) => `${key}: lost ${pct(s.lost)}`)
        .join("; ")}`,
    );
    assert.ok(audit.lost > 0.5, `lost ${audit.lost}`);
    assert.ok(audit.survived < 0.3);
    assert.equal(audit.counts.survived + audit.counts.partial + audit.counts.lost, 3724);
    assert.ok(audit.maxLengthFor99 >= audit.maxLengthFor95 && audit.maxLengthFor95 > 512);
    assert.ok(audit.bySection.experience.lost > 0.9, "experience sections are the longest inputs");
  });

  it("auditSurvival of resume 1, with the study's own inputs and our prompts, finds all 7 completions cut away entirely at 512", () => {
    // STUDY.md: 6 of 7 entries of resume 1 lost their whole completion with the study's prompt; our prompts are longer.
    const rows = result.validation.teacherInputExamples;
    for (const row of rows)
      console.log(
        `      ${row.section.padEnd(21)} prompt ${row.prompt}, completion ${row.completion}, total ${row.total}: ${row.survival}`,
      );
    assert.equal(rows.length, 7);
    assert.ok(rows.every((row) => row.id.startsWith("first_600_resumes.redacted/00001|jd_description/0|")));
    assert.ok(rows.every((row) => row.prompt >= 512 && survivalOf(row, 512) === "lost"));
  });

  it("buildDataset's exports all validate, read back to the records' messages, and passes the cookbook's format checks", () => {
    const { validation } = result;
    assert.deepEqual(
      validation.formats.filter((check) => !check.ok).map((check) => check.file),
      [],
    );
    assert.deepEqual(validation.roundTrips, { openai: true, trl: true, axolotl: true, "llama-factory": true });
    const train = validation.openai.train;
    console.log(
      `      OpenAI train: ${train.examples} examples, ${train.epochs} epochs, ${train.billedTokens} billed tokens, ~$${train.cost!.usd.toFixed(2)} at ${train.cost!.model}; ` +
        `over ${train.tokenLimit}: ${train.overTokenLimit}; tokens/example median ${train.tokensPerExample!.median}, p90 ${train.tokensPerExample!.p90}`,
    );
    assert.equal(train.ok, true);
    assert.deepEqual([train.examples, train.epochs, train.missingSystem, train.missingUser], [3346, 3, 0, 0]);
  });

  it("cachedLlama3Counter gives the same counts as the tokenizer on a sample of the records", () => {
    const count = cachedLlama3Counter();
    for (const record of result.records.filter((_, index) => index % 25 === 0)) {
      for (const text of [llama3PromptText(record.messages), llama3CompletionText(record.messages)])
        assert.equal(count(text), countLlama3Tokens(text), record.id);
    }
  });

  it("buildDataset checks every target against its own prompt: the persona, Berkeley and 1,806 job-less prompts", () => {
    const g = result.grounding;
    const sections = Object.entries(g.bySection);
    console.log(
      `      ungrounded ${g.ungrounded} of ${g.targets}; by section: ` +
        sections
          .map(
            ([name, s]) => `${name} ${s.ungrounded}/${s.targets}, job-less tailored ${s.joblessTailored}/${s.jobless}`,
          )
          .join("; "),
    );
    assert.equal(g.mode, "flag");
    assert.equal(result.records.length, 3724);
    assert.equal(
      sections.reduce((sum, [, s]) => sum + s.jobless, 0),
      1806,
    );
    assert.ok(g.bySection.personal_information.persona > 500);
    const berkeley = result.ungrounded.filter(
      (line) =>
        line.section === "education" &&
        line.claims.some((claim) => claim.type === "institution" && claim.text.startsWith("University of California")),
    );
    assert.ok(berkeley.length > 200, `${berkeley.length} education targets add Berkeley`);
    assert.ok(result.validation.problems.some((problem) => problem.startsWith("targets (education): ")));
  });

  it("buildDataset writes byte-identical files on a second run", function () {
    this.timeout(240_000); // a second whole build, target check included (~40-60 s)
    const again = datasetFiles(buildDataset(options()));
    const first = datasetFiles(result);
    assert.deepEqual(
      again.map((file) => file.path),
      first.map((file) => file.path),
    );
    first.forEach((file, index) => assert.ok(file.content === again[index].content, file.path));
  });
});
