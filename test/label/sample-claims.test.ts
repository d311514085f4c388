import { strict as assert } from "node:assert";
import { groundCase } from "../../src/label/label-cases";
import { lineAround, sampleClaims } from "../../src/label/sample-claims";
import { CASE } from "./label-kit";

describe("sampleClaims", () => {
  const reports = [groundCase(CASE)];

  it("sampleClaims draws at most perStratum claims per type × verdict, in reading order, numbered from 1", () => {
    const rows = sampleClaims([CASE], reports, { perStratum: 1, seed: 3 });
    const strata = new Set(reports[0].claims.map((claim) => `${claim.type}|${claim.verdict}`));
    assert.equal(rows.length, strata.size);
    assert.deepEqual(
      rows.map(({ row }) => row.row),
      rows.map((_, i) => String(i + 1)),
    );
    const starts = rows.map(({ row }) => row.span![0]);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    const again = sampleClaims([CASE], reports, { perStratum: 1, seed: 3 });
    assert.deepEqual(again, rows, "the same seed draws the same rows");
    assert.ok(rows.every(({ row }) => row.label === null && row.case === "c1" && row.section === "experience"));
  });

  it("lineAround gives the claim's output line, cut around the claim when the line is long", () => {
    assert.equal(lineAround("first line\nData Analyst, Acme\nlast", [11, 23]), "Data Analyst, Acme");
    const long = `${"a".repeat(300)} CLAIM ${"b".repeat(300)}`;
    const cut = lineAround(long, [301, 306], 41);
    assert.equal(cut, `…${"a".repeat(17)} CLAIM ${"b".repeat(17)}…`);
  });
});
