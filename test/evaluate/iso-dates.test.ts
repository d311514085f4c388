import { strict as assert } from "node:assert";
import { findNumericMentions } from "../../src/evaluate/numeric-claims";
import { groundClaims } from "../../src/evaluate/grounding";

describe("ISO dates in claims", () => {
  it("findNumericMentions reads 2016-06 and 2016-06-01 as the date 2016-06, not as the numbers 2016 and 06", () => {
    assert.deepEqual(
      findNumericMentions("2016-06 and 2019-12-31").map((m) => [m.type, m.key]),
      [
        ["date", "2016-06"],
        ["date", "2019-12"],
      ],
    );
    assert.deepEqual(
      findNumericMentions("2016-2019").map((m) => [m.type, m.key]),
      [
        ["date", "2016"],
        ["date", "2019"],
      ],
    );
  });
  it("groundClaims supports an ISO start date by the resume's 'June 2016'", () => {
    const report = groundClaims(
      "Database Administrator, 2016-06 to 2019-12",
      "Database Administrator Acme - Columbus, OH June 2016 to December 2019",
    );
    assert.equal(report.unsupportedShare, 0);
  });
});

describe("certification names in claims", () => {
  it("groundClaims supports a certification whose words stand in the resume even when a heading is glued to them", () => {
    const source =
      "Certifications/Licenses Microsoft Certified: Azure Database Administrator Associate August 2021 to August 2025";
    assert.equal(
      groundClaims("Microsoft Certified: Azure Database Administrator Associate", source).unsupportedShare,
      0,
    );
    assert.equal(groundClaims("Microsoft Certified: Azure Solutions Architect Expert", source).unsupportedShare, 1);
  });
});
