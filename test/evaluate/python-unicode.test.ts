import { strict as assert } from "node:assert";
import { isPythonWordChar, NEWER_UNICODE_VERSION, pythonLower } from "../../src/evaluate/python-unicode";

describe("pythonLower", () => {
  it("pythonLower lowercases KELVIN SIGN to k and U+0130 to i plus a combining dot, as str.lower()", () => {
    assert.equal(pythonLower("\u212Aelvin \u0130stanbul"), "kelvin i\u0307stanbul");
  });

  it("pythonLower writes a final sigma at the end of a Greek word, as str.lower()", () => {
    assert.equal(pythonLower("ΟΔΥΣΣΕΥΣ ΟΔΟΣ."), "οδυσσευς οδος.");
  });

  it("pythonLower keeps characters Unicode 14.0 did not assign, as Python 3.11 does", () => {
    // U+A7CB (LATIN CAPITAL LETTER RAMS HORN, Unicode 16) lowercases to U+0264 in newer tables.
    assert.equal(pythonLower("X\uA7CB\uFFFFΣ"), "x\uA7CB\uFFFFσ");
  });

  it("pythonLower leaves ß, ligatures and full-width letters as Python does", () => {
    assert.equal(pythonLower("SS ß ﬁ Ａ"), "ss ß ﬁ ａ");
  });
});

describe("isPythonWordChar", () => {
  it("isPythonWordChar accepts letters and digits of any script and the underscore", () => {
    for (const char of ["a", "é", "中", "Я", "_", "٣", "²", "Ⅻ", "𝔘"]) assert.equal(isPythonWordChar(char), true, char);
  });

  it("isPythonWordChar rejects combining marks, punctuation, spaces, symbols and emoji", () => {
    for (const char of ["\u0301", "-", "'", "\u00A0", "\u200B", "€", "😀", "\uFEFF"])
      assert.equal(isPythonWordChar(char), false, char);
  });

  it("isPythonWordChar rejects letters assigned after Unicode 14.0", () => {
    assert.equal(isPythonWordChar("\uA7CB"), false);
  });

  it("isPythonWordChar's table covers the runtime's Unicode version", function () {
    if (Number(process.versions.unicode) > Number(NEWER_UNICODE_VERSION)) {
      // Characters new in this runtime would count as word characters: regenerate the table.
      this.skip();
    }
    assert.ok(Number(process.versions.unicode) >= 14);
  });
});
