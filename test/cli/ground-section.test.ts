/** A ground case may name its section: a skills section is read as a list (every item a claim), as evaluate does. */
import { strict as assert } from "node:assert";
import { groundCase } from "../../src/cli/ground-command";
import { groundCase as groundLabelCase } from "../../src/label/label-cases";

describe("rpw ground cases with a section", () => {
  const base = { id: 1, source: "SQL and Python", output: "Calculus\nZoho Analytics\nSQL" };

  it("groundCase reads a skills section as a list: every item is a claim", () => {
    assert.deepEqual(
      groundCase(base).map((claim) => claim.text),
      ["SQL"],
    );
    const listed = groundCase({ ...base, section: "skills" });
    const verdicts = listed.map((claim) => `${claim.text}:${claim.verdict}`);
    assert.deepEqual(verdicts, ["Calculus:unsupported", "Zoho Analytics:unsupported", "SQL:supported"]);
    const label = groundLabelCase({ ...base, section: "skills" }).claims;
    const same = "rpw label grounds a case as rpw ground does";
    assert.deepEqual(
      label.map((claim) => claim.span),
      listed.map((claim) => claim.span),
      same,
    );
  });
});
