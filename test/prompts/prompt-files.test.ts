import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { parsePromptFile, PromptFileError, promptVersion } from "../../src/prompts/prompt-file";
import { buildSectionRequest, loadAllPrompts } from "../../src/prompts/prompt-library";
import { PromptRenderError, renderPrompt } from "../../src/prompts/render-prompt";
import { SECTION_NAMES } from "../../src/schemas/resume-sections";
import { ROOT } from "../helpers";

const TEMPLATE =
  "---\nname: t\npurpose: test\nvariables: a, b\noutput: none\nchanges: v1\n---\n=== system ===\nSys {{a}}\n=== user ===\nUser {{ b }} and {{a}}\n";
const SNAPSHOT = path.join(ROOT, "test/fixtures/prompts/rendered.snapshot.json");

/** One fixed, fictional input for every prompt. */
const FIXED_VALUES: Record<string, string> = {
  section: JSON.stringify(
    { entries: [{ title: "Data Analyst", employer: "Northwind Analytics", bullets: ["Built 12 Tableau dashboards"] }] },
    null,
    2,
  ),
  job_details: JSON.stringify(
    { title: "Senior Data Analyst", keywords: { required: ["SQL", "Tableau"], preferred: ["dbt"] } },
    null,
    2,
  ),
  posting: "Senior Data Analyst at Northwind Analytics. 3+ years of SQL. $95,000 - $120,000 a year.",
  resume:
    "Data Analyst Northwind Analytics - Columbus, OH June 2019 to Present Built 12 Tableau dashboards Education B.S. in Statistics",
};

describe("prompt files", () => {
  it("parsePromptFile reads the header, the messages and the variables, and versions the text by its hash", () => {
    const template = parsePromptFile(TEMPLATE, "t.md");
    assert.deepEqual(template.variables, ["a", "b"]);
    assert.deepEqual(template.messages, [
      { role: "system", template: "Sys {{a}}" },
      { role: "user", template: "User {{ b }} and {{a}}" },
    ]);
    assert.equal(template.version, promptVersion(TEMPLATE));
    assert.notEqual(parsePromptFile(TEMPLATE.replace("v1", "v2"), "t.md").version, template.version);
  });

  it("parsePromptFile rejects undeclared or unused variables and a missing header key, naming the file and line", () => {
    assert.throws(
      () => parsePromptFile(TEMPLATE.replace("variables: a, b", "variables: a"), "t.md"),
      /t\.md:1: variables used but not declared in the header: b/,
    );
    assert.throws(
      () => parsePromptFile(TEMPLATE.replace("variables: a, b", "variables: a, b, c"), "t.md"),
      /declared but never used: c/,
    );
    assert.throws(() => parsePromptFile(TEMPLATE.replace("output: none\n", ""), "t.md"), /no "output:" line/);
    assert.throws(
      () => parsePromptFile(TEMPLATE.replace("=== system ===\n", "stray\n=== system ===\n"), "t.md"),
      (error: unknown) => error instanceof PromptFileError && /t\.md:8: text before/.test(error.message),
    );
  });

  it("renderPrompt fails on a missing variable with the variable's name, and on an unknown one", () => {
    const template = parsePromptFile(TEMPLATE, "t.md");
    assert.throws(
      () => renderPrompt(template, { a: "x" }),
      (error: unknown) =>
        error instanceof PromptRenderError && error.variable === "b" && /missing variable "b"/.test(error.message),
    );
    assert.throws(() => renderPrompt(template, { a: "x", b: "y", c: "z" }), /unknown variable "c"/);
    assert.deepEqual(renderPrompt(template, { a: "$& $1", b: "y" }), [
      { role: "system", content: "Sys $& $1" },
      { role: "user", content: "User y and $& $1" },
    ]);
  });

  it("every prompt file parses, renders without stray characters, and the rendered messages match the snapshot", () => {
    const rendered: Record<string, unknown> = {};
    for (const template of loadAllPrompts()) {
      const values = Object.fromEntries(template.variables.map((name) => [name, FIXED_VALUES[name]]));
      const messages = renderPrompt(template, values);
      for (const message of messages) {
        assert.doesNotMatch(message.content, /^["'`]/, `${template.name}: starts with a stray quote`);
        assert.doesNotMatch(message.content, /^[A-Z_ ]+ = /m, `${template.name}: a literal "NAME = " line`);
        assert.doesNotMatch(message.content, /\{\{|\}\}/, `${template.name}: an unrendered placeholder`);
      }
      rendered[template.name] = { version: template.version, messages };
    }
    if (process.env.RPW_UPDATE_SNAPSHOTS === "1") fs.writeFileSync(SNAPSHOT, `${JSON.stringify(rendered, null, 2)}\n`);
    const expected = JSON.parse(fs.readFileSync(SNAPSHOT, "utf8"));
    assert.deepEqual(
      rendered,
      expected,
      "a prompt changed: review the diff, then update with RPW_UPDATE_SNAPSHOTS=1 npm run mocha",
    );
  });

  it("buildSectionRequest pairs the master prompt with each section's prompt and output schema", () => {
    for (const section of SECTION_NAMES) {
      const request = buildSectionRequest({
        section,
        sectionValue: { entries: [] },
        jobDetails: { title: "x" },
        model: "gpt-4o",
      });
      assert.deepEqual(
        request.messages.map((message) => message.role),
        ["system", "user"],
      );
      assert.equal(request.purpose, `tailor-${section}`);
      assert.match(request.schema?.name ?? "", /^Tailored/);
      assert.match(request.promptVersions.section, /^[0-9a-f]{12}$/);
    }
  });
});
