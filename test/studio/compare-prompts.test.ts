import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles } from "../../src/collect/collect";
import { createLlm } from "../../src/llm/llm-client";
import { preprocess } from "../../src/preprocess/preprocess-stage";
import { comparePrompts, PromptSystem, savePromptRun } from "../../src/studio/compare-prompts";
import { leaderboardRecords, promptLeaderboard } from "../../src/studio/leaderboard";
import { editVariant, fileVariant, replaceText } from "../../src/studio/prompt-variants";
import { pairCases, SectionCase } from "../../src/prompts/study-cases";
import { TAILORED_SECTION_SCHEMAS } from "../../src/prompts/section-outputs";
import { reviewHtml } from "../../src/studio/review-view";
import { diffWords } from "../../src/html/word-diff";
import { formatJsonl } from "../../src/util/jsonl";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ROOT, tempDir } from "../helpers";
import { clientFor } from "../llm/llm-test-kit";

async function sampleCases(resumes: number): Promise<SectionCase[]> {
  const collection = collectFromFiles({
    resumes: [path.join(ROOT, "data/sample/resumes.txt")],
    jobs: [path.join(ROOT, "data/sample/jobs.csv")],
  });
  const output = await preprocess(collection.postings, collection.resumes, {
    extractor: "rules",
    personaSeed: "1",
    redact: false,
  });
  return pairCases(output.resumes, output.jobs, collection.postings, { resumes, sections: ["experience", "skills"] });
}

describe("comparePrompts", () => {
  it("comparePrompts runs variants × systems × cases, calls each distinct request once, and reruns byte-identically", async () => {
    const cases = await sampleCases(2);
    const server = await startMockOpenAI({
      respond: (request) => ({
        kind: "ok",
        json:
          request.response_format?.json_schema?.name === "TailoredSkills"
            ? { entries: ["SQL", "Kubernetes"] }
            : { entries: [] },
      }),
    });
    const model = clientFor(server);
    const rules = createLlm({ provider: "rules" }, { rules: workbenchRulesBaselines() });
    const systems: PromptSystem[] = [
      { name: "gpt-4o", model: "gpt-4o", llm: model },
      { name: "rules", model: "rules", llm: rules },
    ];
    const base = fileVariant();
    const terse = editVariant(base, "terse", {
      sections: { skills: replaceText("Return the person's skills", "List the person's skills") },
    });
    try {
      const first = await comparePrompts({ variants: [base, terse], systems, cases });
      assert.equal(first.rows.length, 2 * 2 * cases.length);
      // The edit changes only the skills prompt: experience requests are the same for both variants.
      const skillsCases = cases.filter((entry) => entry.section === "skills").length;
      assert.equal(server.chatCalls().length, cases.length + skillsCases);
      const second = await comparePrompts({ variants: [base, terse], systems, cases });
      assert.equal(server.chatCalls().length, cases.length + skillsCases, "the rerun makes no call");
      assert.equal(formatJsonl(second.rows), formatJsonl(first.rows));
      assert.equal(second.id, first.id);
      const skillsRow = first.rows.find((row) => row.system === "gpt-4o" && row.section === "skills")!;
      assert.ok(
        skillsRow.scores!.unsupported.some((claim) => claim.text === "Kubernetes"),
        "a skill the resume does not have is flagged",
      );
      assert.ok(first.rows.filter((row) => row.system === "rules").every((row) => row.answeredBy === "rules"));
      const dir = tempDir();
      savePromptRun(first, dir, dir, new Date("2026-12-01T10:30:00Z"));
      assert.deepEqual(fs.readdirSync(dir).sort(), [
        `${first.id}.config.json`,
        `${first.id}.jsonl`,
        `${first.id}.saved.json`,
        `${first.id}.timings.jsonl`,
      ]);
      const config = JSON.parse(fs.readFileSync(path.join(dir, `${first.id}.config.json`), "utf8"));
      assert.notEqual(config.variants[0].sections.skills.version, config.variants[1].sections.skills.version);
      assert.equal(config.variants[0].sections.experience.version, config.variants[1].sections.experience.version);
      assert.ok(!JSON.stringify(config).includes("not-a-key-rpw-FAKE"));
      const board = promptLeaderboard(dir, "unsupportedShare", dir);
      assert.equal(board.length, 4);
      // Dated, with the prompt versions each row was answered with.
      assert.ok(board.every((row) => row.savedAt === "2026-12-01T10:30:00.000Z"));
      const skillsVersions = config.variants.map(
        (variant: { sections: { skills: { version: string } } }) => variant.sections.skills.version,
      );
      assert.ok(board.some((row) => row.promptVersions.includes(`skills ${skillsVersions[1]}`)));
      assert.equal(leaderboardRecords(board)[0].saved, "2026-12-01 10:30 UTC");
      assert.ok(
        board.every(
          (row, i) =>
            i === 0 ||
            (board[i - 1].unsupportedShare as number) <= (row.unsupportedShare as number) ||
            row.unsupportedShare === null,
        ),
      );
      const html = reviewHtml(
        cases.find((entry) => entry.section === "skills")!.value,
        first.rows.filter((row) => row.caseId === skillsRow.caseId),
      );
      assert.match(html, /not in the resume/);
      assert.match(html, /Kubernetes/);
    } finally {
      model.close();
      rules.close();
      await server.close();
    }
  });

  it("the rules tailoring baseline only reorders and tightens what the section says", async () => {
    const cases = await sampleCases(5);
    const rules = createLlm({ provider: "rules" }, { rules: workbenchRulesBaselines() });
    try {
      const run = await comparePrompts({
        variants: [fileVariant()],
        systems: [{ name: "rules", model: "rules", llm: rules }],
        cases,
      });
      for (const [index, row] of run.rows.entries()) {
        assert.ok(row.ok, row.error?.message);
        assert.equal(row.model, `rules:tailor-${row.section}@1`);
        TAILORED_SECTION_SCHEMAS[row.section as "skills"].schema.parse(row.output);
        const source = JSON.stringify(cases[index].value).toLowerCase();
        const strings = JSON.stringify(row.output).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
        for (const text of strings.map((s) => JSON.parse(s) as string)) {
          if (["entries", "title", "employer", "location", "startDate", "endDate", "bullets"].includes(text)) continue;
          assert.ok(
            source.includes(JSON.stringify(text).slice(1, -1).toLowerCase()),
            `${row.caseId}: "${text}" is not in the section`,
          );
        }
      }
    } finally {
      rules.close();
    }
  });
});

describe("diffWords", () => {
  it("diffWords marks removed and added words around the common ones", () => {
    assert.deepEqual(diffWords("Built SQL reports daily", "Built Tableau SQL reports"), [
      { op: "same", text: "Built" },
      { op: "added", text: "Tableau" },
      { op: "same", text: "SQL reports" },
      { op: "removed", text: "daily" },
    ]);
    assert.deepEqual(diffWords("", "new"), [{ op: "added", text: "new" }]);
  });
});
