import { strict as assert } from "node:assert";
import * as path from "node:path";
import { AssertionSpec, PromptsSettings } from "../../src/schemas/prompt-experiment";
import { WorkbenchConfig } from "../../src/schemas/run-config";
import { checkAssertions } from "../../src/studio/assertions";
import type { PromptRun, PromptRunRow } from "../../src/studio/compare-prompts";
import {
  answeredByRulesOnly,
  failedRequired,
  formatComparisonTable,
  summarizeComparison,
} from "../../src/studio/comparison-table";
import { declaredVariant, sampleCases } from "../../src/studio/experiment";
import { InputError } from "../../src/util/input-error";
import { editVariant, fileVariant, replaceText } from "../../src/studio/prompt-variants";
import { saveVariant } from "../../src/studio/save-variant";
import { ROOT, tempDir } from "../helpers";

function row(
  caseId: string,
  output: unknown,
  scores: Partial<NonNullable<PromptRunRow["scores"]>> | null,
  extra: Partial<PromptRunRow> = {},
): PromptRunRow {
  return {
    run: "r",
    variant: "v",
    system: "s",
    caseId,
    section: "skills",
    promptVersions: { master: "m", section: "s" },
    answeredBy: "openai",
    model: "m",
    key: caseId,
    ok: true,
    error: null,
    output,
    usage: { inputTokens: 10, outputTokens: 2, cachedInputTokens: 0 },
    costUsd: 0.001,
    scores:
      scores === null
        ? null
        : {
            unsupportedShare: null,
            inputOnlyShare: null,
            claims: 0,
            unsupported: [],
            inputOnly: [],
            claimsByType: {} as never,
            keywordCoverage: null,
            keywordCoverageOriginal: null,
            groundedKeywordCoverage: null,
            echoJobAd: 0,
            echoInstructions: 0,
            userPersonalization: 0.5,
            jobAlignment: 0.25,
            userPersonalizationContent: 0.5,
            jobAlignmentContent: 0.25,
            outputWords: 1,
            ...scores,
          },
    ...extra,
  };
}

const spec = (value: unknown) => AssertionSpec.parse(value);

describe("prompt experiment schema", () => {
  it("PromptsSettings defaults to one file variant, the rules and run systems, and no required assertion", () => {
    const settings = PromptsSettings.parse({});
    assert.deepEqual(settings.variants, [{ name: "files", dir: "prompts", edits: [] }]);
    assert.deepEqual(
      settings.systems.map((system) => [system.name, system.provider]),
      [
        ["rules", "rules"],
        ["teacher", "run"],
      ],
    );
    assert.ok(settings.assertions.every((assertion) => !assertion.required));
    assert.equal(settings.comparison, "default");
  });

  it("PromptsSettings is strict and says what an openai-compatible system lacks", () => {
    assert.throws(() => WorkbenchConfig.parse({ prompts: { variant: [] } }), /variant/);
    assert.throws(
      () => PromptsSettings.parse({ systems: [{ name: "local", provider: "openai-compatible" }] }),
      /needs a baseUrl/,
    );
    assert.throws(
      () => PromptsSettings.parse({ variants: [{ name: "a" }, { name: "a" }] }),
      /variant names must differ/,
    );
    assert.throws(() => spec({ kind: "unsupportedShare", max: 0.2, maximum: 1 }), /maximum/);
    assert.throws(() => spec({ kind: "rubric" }));
  });
});

describe("checkAssertions", () => {
  it("checkAssertions counts the cases passing each assertion and fails a failed call", () => {
    const rows = [
      row("a", { entries: ["SQL", "Python"] }, { unsupportedShare: 0, keywordCoverage: 0.5 }),
      row(
        "b",
        { entries: ["Kubernetes"] },
        { unsupportedShare: 1, inputOnlyShare: 0.5, keywordCoverage: 0.1, echoInstructions: 0.3 },
      ),
      row("c", null, null, { ok: false, error: { kind: "schema", message: "bad" } }),
    ];
    const results = checkAssertions(
      [
        spec({ kind: "schemaValid", passRate: 0.6 }),
        spec({ kind: "unsupportedShare", max: 0.5, required: true }),
        spec({ kind: "keywordCoverage", min: 0.5 }),
        spec({ kind: "inputOnlyShare", max: 0.25 }),
        spec({ kind: "noPromptEcho", max: 0.2 }),
        spec({ kind: "maxTokens", max: 5 }),
        spec({ kind: "contains", text: "sql" }),
        spec({ kind: "notContains", text: "KUBERNETES" }),
      ],
      rows,
    );
    assert.deepEqual(
      results.map((result) => [result.label, result.passed, result.ok, result.failing]),
      [
        ["schemaValid", 2, true, ["c"]],
        ["unsupportedShare≤0.5", 1, false, ["b", "c"]],
        ["keywordCoverage≥0.5", 1, false, ["b", "c"]],
        ["inputOnlyShare≤0.25", 1, false, ["b", "c"]],
        ["promptEcho≤0.2", 1, false, ["b", "c"]],
        // {"entries":["Kubernetes"]} is 8 o200k tokens; {"entries":["SQL","Python"]} is 9.
        ["tokens≤5", 0, false, ["a", "b", "c"]],
        ['contains "sql"', 1, false, ["b", "c"]],
        ['notContains "KUBERNETES"', 1, false, ["b", "c"]],
      ],
    );
    assert.equal(results[1].required, true);
  });

  it("summarizeComparison reports pass rates, means under the evaluation's names, tokens, cost, latency and cache hits", () => {
    const run: PromptRun = {
      id: "r",
      config: {},
      rows: [
        row("a", { entries: ["SQL"] }, { unsupportedShare: 0 }),
        row("b", { entries: ["Go"] }, { unsupportedShare: 1 }),
      ],
      timings: [
        { variant: "v", system: "s", caseId: "a", latencyMs: 10, cached: true },
        { variant: "v", system: "s", caseId: "b", latencyMs: 30, cached: false },
      ],
    };
    const [summary] = summarizeComparison(run, [spec({ kind: "unsupportedShare", max: 0.5, required: true })]);
    assert.deepEqual(
      { ...summary, assertions: undefined },
      {
        variant: "v",
        system: "s",
        answeredBy: "openai",
        cases: 2,
        failedCalls: 0,
        assertions: undefined,
        means: {
          unsupportedShare: 0.5,
          inputOnlyShare: null,
          up_content: 0.5,
          ja_content: 0.25,
          keywordCoverage: null,
          groundedKeywordCoverage: null,
          echoJobAd: 0,
          up_plain: 0.5,
          ja_plain: 0.25,
        },
        inputTokens: 20,
        outputTokens: 12,
        costUsd: 0.002,
        meanLatencyMs: 20,
        cacheHits: 1,
      },
    );
    assert.deepEqual(failedRequired([summary]), ["v × s: unsupportedShare≤0.5 (1/2 cases)"]);
    const table = formatComparisonTable([summary]);
    assert.equal(table.length, 2);
    assert.match(
      table[0],
      /^variant\s+system\s+answered by\s+unsupportedShare≤0\.5!\s+unsupportedShare\s+inputOnlyShare\s+up_content\s+ja_content\s+keywordCoverage\s+groundedKeywordCoverage\s+echoJobAd\s+up_plain\s+ja_plain/,
    );
    assert.match(
      table[1],
      /^v\s+s\s+openai\s+1\/2 ✗\s+0\.500\s+—\s+0\.500\s+0\.250\s+—\s+—\s+0\.000\s+0\.500\s+0\.250\s+20\/12\s+0\.0020\s+20\s+1\/2$/,
    );
    assert.equal(answeredByRulesOnly(run), false);
    assert.equal(answeredByRulesOnly({ ...run, rows: run.rows.map((r) => ({ ...r, answeredBy: "rules" })) }), true);
  });
});

describe("experiment", () => {
  it("sampleCases draws a seeded sample in the original order, the same for the same seed", () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    const sample = sampleCases(items, 4, 7);
    assert.equal(sample.length, 4);
    assert.deepEqual(
      sample,
      [...sample].sort((a, b) => a - b),
    );
    assert.deepEqual(sampleCases(items, 4, 7), sample);
    assert.notDeepEqual(sampleCases(items, 4, 8), sample);
    assert.deepEqual(sampleCases(items, null, 7), items);
    assert.deepEqual(sampleCases(items, 20, 7), items);
  });

  it("declaredVariant applies its edits and names the field when an edit finds nothing", () => {
    const dir = path.join(ROOT, "prompts");
    const base = declaredVariant({ name: "files", dir, edits: [] });
    const edited = declaredVariant({
      name: "e",
      dir,
      edits: [{ prompt: "skills", find: "Return the person's skills", replace: "List the person's skills" }],
    });
    assert.notEqual(edited.sections.skills.version, base.sections.skills.version);
    assert.equal(edited.master.version, base.master.version);
    assert.throws(
      () => declaredVariant({ name: "bad", dir, edits: [{ prompt: "master", find: "no such sentence", replace: "" }] }),
      (error: unknown) =>
        error instanceof InputError &&
        error.field === "prompts.variants.edits.0.find" &&
        /^variant bad: the master prompt does not contain "no such sentence" \(fix: copy the exact text from the master prompt file in /.test(
          error.message,
        ),
    );
  });
});

describe("saveVariant", () => {
  it("saveVariant writes a loadable prompts folder and records what changed and why in the edited file's header", () => {
    const base = fileVariant();
    const edited = editVariant(base, "terse", {
      sections: { skills: replaceText("Return the person's skills", "List the person's skills") },
    });
    const dir = tempDir();
    const saved = saveVariant(edited, base, { dir, why: "shorter instruction" });
    assert.deepEqual(
      saved.filter((file) => file.changed).map((file) => path.basename(file.file)),
      ["section-skills.md"],
    );
    const reloaded = fileVariant("saved", dir);
    assert.equal(reloaded.master.version, base.master.version);
    assert.match(
      reloaded.sections.skills.changes,
      new RegExp(
        `^shorter instruction \\(variant terse, edited from version ${base.sections.skills.version}\\)\\. Before: `,
      ),
    );
    assert.ok(reloaded.sections.skills.source.includes("List the person's skills"));
  });
});
