/** A teacher that answered nothing is not named as if it had: the report says "rules (no model)". */
import { strict as assert } from "node:assert";
import { teacherLine } from "../../src/report/run-opening";

describe("the report's teacher line", () => {
  it("names no model when every target came from the rules baseline", () => {
    const line = teacherLine("gpt-4o-2024-08-06", { "rules:tailor-skills@1": 30, "rules:tailor-education@1": 20 });
    assert.match(line, /^- \*\*Teacher\*\*: rules \(no model\)\. Every target \(50\)/);
    assert.ok(!line.includes("gpt-4o"), line);
  });

  it("counts a model's answers and the rules fallback apart when both wrote targets", () => {
    const line = teacherLine("gpt-4o-2024-08-06", { "openai:gpt-4o-2024-08-06": 40, "rules:tailor-skills@1": 2 });
    assert.equal(
      line,
      "- **Teacher** (as configured): gpt-4o-2024-08-06; 40 targets answered by openai:gpt-4o-2024-08-06 (40); " +
        "2 targets are the labelled rules baseline's (rules:tailor-skills@1 (2)).",
    );
  });
});
