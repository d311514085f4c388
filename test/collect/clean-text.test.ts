import { strict as assert } from "node:assert";
import { cleanScrapedText, decodeHtmlEntities, excerpt } from "../../src/collect/clean-text";

describe("cleanScrapedText", () => {
  it("cleanScrapedText removes the highlighter's spans but keeps their words", () => {
    assert.equal(
      cleanScrapedText('Oracle <span class="hl">Database</span> <span class="hl">Administrator</span> - Acme'),
      "Oracle Database Administrator - Acme",
    );
  });
  it("cleanScrapedText decodes entities after removing tags, so escaped markup stays text", () => {
    assert.equal(cleanScrapedText("R&amp;D &lt;b&gt; it&#39;s&nbsp;ok &#x2022; done"), "R&D <b> it's ok • done");
  });
  it("cleanScrapedText folds no-break spaces, tabs and newlines into single spaces", () => {
    assert.equal(cleanScrapedText("  a\u00a0\u00a0b\t\nc\u2003d  "), "a b c d");
  });
  it("decodeHtmlEntities leaves unknown entities and invalid code points as they are", () => {
    assert.equal(decodeHtmlEntities("&bogus; &#xD800; &#0;"), "&bogus; &#xD800; &#0;");
  });
  it("excerpt shortens long text to one line with an ellipsis", () => {
    assert.equal(excerpt("a\nb ".repeat(50), 10), "a b a b a…");
  });
});
