import { strict as assert } from "node:assert";
import { groundCase, outputTextOf } from "../../src/label/label-cases";
import { formatProportion, labelReport } from "../../src/label/label-report";
import { matchRows } from "../../src/label/match-rows";
import { parseSheet } from "../../src/label/sheet";
import { CASE, HEADER } from "./label-kit";

// The checker on CASE (pinned in the first test): title "Data Analyst" 0-12 supported, "June 2019"
// 25-34 supported, skill "Tableau" 68-75 unsupported, "25%" 96-99 unsupported, "2017" 143-147
// input_only (the persona line), certification "AWS Certified Solutions Architect" 148-181 unsupported.
const SHEET = [
  HEADER,
  "1,c1,experience,title,Data Analyst,0-12,,supported,",
  "2,c1,experience,date,June 2019,25-34,,supported,",
  "3,c1,experience,skill,Tableau,68-75,,invented,",
  "4,c1,experience,percent,25%,96-99,,not_a_claim,",
  "5,c1,experience,date,2017,143-147,,input_only,",
  "6,c1,experience,certification,AWS Certified Solutions Architect,148-181,,supported,",
  ",c1,experience,skill,revenue,,,invented,added: the checker missed it",
  "8,c1,experience,skill,SQL,53-56,,,",
].join("\n");

describe("label report: the checker against a hand-built sheet", () => {
  const reports = [groundCase(CASE)];
  const rows = matchRows(parseSheet(SHEET, "hand.csv"), [CASE], reports, "hand.csv");

  it("groundCase finds the claims the sheet is built on", () => {
    const found = reports[0].claims.map((claim) => `${claim.span[0]}-${claim.span[1]} ${claim.verdict}`);
    const expected = [
      "0-12 supported",
      "68-75 unsupported",
      "96-99 unsupported",
      "143-147 input_only",
      "148-181 unsupported",
    ];
    for (const claim of expected) assert.ok(found.includes(claim), claim);
    assert.equal(outputTextOf(CASE), reports[0].outputText, "outputTextOf is the text the spans point into");
  });

  it("matchRows places an added row at the claim's first occurrence and finds no checker claim there", () => {
    const added = rows[6];
    assert.equal(added.row, null);
    assert.deepEqual(added.span, [85, 92]);
    assert.equal(added.checker, null);
  });

  it("labelReport counts precision and recall by hand", () => {
    const report = labelReport(rows);
    assert.equal(report.rows, 8);
    assert.equal(report.unlabelled, 1);
    const all = report.overall;
    // Facts: rows 1, 2, 3, 5, 6 and the added one (row 4 is not_a_claim); missed: the added one.
    assert.equal(all.facts, 6);
    assert.equal(all.missed, 1);
    // Flagged facts 3, 5, 6; people say 3 and 5 are not in the resume: P = 2/3.
    assert.deepEqual([all.notInResumePrecision.k, all.notInResumePrecision.n], [2, 3]);
    // Not in the resume by people: 3, 5, added; flagged 3 and 5: R = 2/3 (the missed fact is a false negative).
    assert.deepEqual([all.notInResumeRecall.k, all.notInResumeRecall.n], [2, 3]);
    // Unsupported facts 3, 6; invented 3: P = 1/2. Invented: 3, added; unsupported 3: R = 1/2.
    assert.deepEqual([all.inventedPrecision.k, all.inventedPrecision.n], [1, 2]);
    assert.deepEqual([all.inventedRecall.k, all.inventedRecall.n], [1, 2]);
    // Supported: 1, 2, 6; flagged: 6.
    assert.deepEqual([all.supportedFlagged.k, all.supportedFlagged.n], [1, 3]);
    // Labelled rows with a checker claim: 1-6; not_a_claim: 4.
    assert.deepEqual([all.notAClaim.k, all.notAClaim.n], [1, 6]);
    assert.deepEqual(Object.keys(report.byType), ["percent", "date", "title", "certification", "skill"]);
    assert.equal(report.byType.skill?.missed, 1);
    assert.equal(formatProportion(all.inventedRecall), "0.50 [0.09, 0.91] 1/2");
  });

  it("labelReport with a second sheet gives κ between the annotators on the rows both labelled", () => {
    const aws = "6,c1,experience,certification,AWS Certified Solutions Architect,148-181,,";
    const other = parseSheet(SHEET.replace(`${aws}supported,`, `${aws}invented,`), "other.csv");
    const second = matchRows(other, [CASE], reports, "other.csv");
    const kappa = labelReport(rows, second).agreement!.annotators;
    // 7 rows both labelled, 6 agree. First: supported 3, invented 2, input_only 1, not_a_claim 1;
    // second: supported 2, invented 3, input_only 1, not_a_claim 1. p_o = 6/7;
    // p_e = (3·2 + 1·1 + 2·3 + 1·1)/49 = 14/49; κ = (6/7 − 14/49)/(1 − 14/49) = 28/35 = 0.8.
    assert.equal(kappa.n, 7);
    assert.equal(Number(kappa.kappa?.toFixed(4)), 0.8);
  });
});
