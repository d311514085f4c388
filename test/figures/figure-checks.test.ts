import { strict as assert } from "node:assert";
import {
  axis,
  baseLayout,
  countStep,
  histogramPeak,
  NamedFigure,
  OKABE_ITO,
  withSource,
} from "../../src/figures/figure";
import { emptyReason, missingParts } from "../../src/figures/figure-checks";
import { pinPdfDates } from "../../src/figures/static-export";

function bars(y: number[], extra: Partial<NamedFigure> = {}): NamedFigure {
  return {
    name: "demo",
    stage: "evaluate",
    title: "Demo",
    caption: "Demo bars; n = 2.",
    data: [{ type: "bar", x: ["a", "b"], y }],
    layout: baseLayout("Demo", { xaxis: axis("Thing"), yaxis: axis("Count (count)") }),
    ...extra,
  };
}

describe("figure checks", () => {
  it("emptyReason skips a figure whose every value is 0 or that has no values, saying why in one line", () => {
    assert.equal(emptyReason(bars([1, 0])), null);
    assert.equal(emptyReason(bars([0, 0])), "nothing to show: every value is 0");
    assert.equal(
      emptyReason(bars([0, 0], { whenEmpty: "no output has an unsupported claim" })),
      "nothing to show: no output has an unsupported claim",
    );
    assert.equal(emptyReason(bars([], { data: [] })), "nothing to show: no values");
  });

  it("emptyReason ignores guide traces (hoverinfo skip) and keeps histograms of zero lengths", () => {
    const guide = { type: "scatter", mode: "lines", x: [0, 1], y: [0, 1], hoverinfo: "skip" };
    assert.equal(
      emptyReason(bars([0, 0], { data: [{ type: "scatter", mode: "markers", x: [0], y: [0] }, guide] })),
      "nothing to show: every value is 0",
    );
    assert.equal(emptyReason(bars([], { data: [{ type: "histogram", x: [0, 0] }] })), null);
  });

  it("missingParts names a missing caption, title or axis title", () => {
    assert.deepEqual(missingParts(bars([1])), []);
    assert.deepEqual(missingParts(bars([1], { caption: " " })), ["caption"]);
    assert.deepEqual(
      missingParts(bars([1], { layout: baseLayout("Demo", { xaxis: axis(""), yaxis: axis("Count") }) })),
      ["xaxis title"],
    );
    assert.deepEqual(missingParts(bars([1], { layout: baseLayout("Demo", { xaxis: axis("Thing") }) })), [
      "y-axis title",
    ]);
  });

  it("countStep gives whole-number tick steps of 1, 2 or 5 × 10^k for about five ticks", () => {
    assert.deepEqual([0, 3, 5, 8, 12, 40, 160, 2300].map(countStep), [1, 1, 1, 2, 5, 10, 50, 500]);
  });

  it("histogramPeak finds the tallest bin over overlaid series with the same bins", () => {
    assert.equal(
      histogramPeak(
        [
          [0, 10, 127, 128],
          [500, 510, 520],
        ],
        128,
      ),
      3,
    );
    assert.equal(histogramPeak([[]], 128), 0);
  });

  it("baseLayout uses the Okabe-Ito palette and withSource appends the run and seed to the caption", () => {
    assert.deepEqual(baseLayout("x").colorway, [...OKABE_ITO]);
    assert.equal(
      withSource(bars([1]), { run: "sample", seed: 7 }).caption,
      'Demo bars; n = 2. Source: run "sample", seed 7.',
    );
  });

  it("pinPdfDates replaces Chromium's timestamps by a fixed date of the same length", () => {
    const pdf = Buffer.from(
      "<</Producer (Skia/PDF m156)\n/CreationDate (D:20261204044512+00'00')\n/ModDate (D:20261204044512+00'00')>>",
      "latin1",
    );
    const pinned = pinPdfDates(pdf);
    assert.equal(pinned.length, pdf.length);
    assert.equal(
      pinned.toString("latin1"),
      "<</Producer (Skia/PDF m156)\n/CreationDate (D:20000101000000+00'00')\n/ModDate (D:20000101000000+00'00')>>",
    );
  });
});
