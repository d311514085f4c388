import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles } from "../../src/collect/collect";
import { collectFigures, postingsByRoleFigure } from "../../src/figures/collect-figures";
import { figureSpecJson, writeFigures } from "../../src/figures/write-figures";
import { findChromium } from "../../src/figures/static-export";
import { ROOT, tempDir } from "../helpers";

const sample = () =>
  collectFromFiles({
    resumes: [path.join(ROOT, "data/sample/resumes.txt")],
    jobs: [path.join(ROOT, "data/sample/jobs.csv")],
  });

describe("collect figures", () => {
  it("collectFigures builds the same specs from the same data, with unique names and fixed trace ids", () => {
    const first = collectFigures(sample()).map(figureSpecJson);
    const second = collectFigures(sample()).map(figureSpecJson);
    assert.deepEqual(first, second);
    const figures = collectFigures(sample());
    assert.deepEqual(
      figures.map((figure) => figure.name),
      ["postings-by-role", "postings-by-site", "salary-by-role", "resume-labels", "text-lengths"],
    );
    for (const figure of figures) {
      assert.ok(figure.data.length > 0, figure.name);
      assert.ok(
        figure.data.every((trace) => typeof trace.uid === "string"),
        `${figure.name}: every trace has a fixed uid`,
      );
      assert.equal((figure.layout.font as { family: string }).family, "Liberation Sans");
    }
  });

  it("postingsByRoleFigure shows all six roles in the study's order with their counts", () => {
    const collection = sample();
    const figure = postingsByRoleFigure(collection.profile);
    const trace = figure.data[0] as { x: string[]; y: number[] };
    assert.deepEqual(trace.x, [
      "Data analyst",
      "Data engineer",
      "Data scientist",
      "ML engineer",
      "Software engineer",
      "Other",
    ]);
    assert.equal(
      trace.y.reduce((a, b) => a + b, 0),
      collection.postings.length,
    );
  });

  it("writeFigures still writes the JSON specs without a browser and says how to get the images", async () => {
    const saved = process.env.RPW_CHROMIUM;
    process.env.RPW_CHROMIUM = "/nonexistent/chromium";
    try {
      const out = tempDir();
      const result = await writeFigures(collectFigures(sample()), out);
      assert.deepEqual(fs.readdirSync(out).sort(), [
        "postings-by-role.json",
        "postings-by-site.json",
        "resume-labels.json",
        "salary-by-role.json",
        "text-lengths.json",
      ]);
      assert.match(
        result.staticSkipped ?? "",
        /Chromium is not installed \(run: apt-get install -y chromium fonts-liberation/,
      );
    } finally {
      if (saved === undefined) delete process.env.RPW_CHROMIUM;
      else process.env.RPW_CHROMIUM = saved;
    }
  });

  it("rpw figures writes byte-identical JSON, SVG, PDF and PNG files in two separate runs", function () {
    if (!findChromium()) {
      console.log("      skipped: Chromium is not installed (apt-get install -y chromium fonts-liberation)");
      this.skip();
    }
    this.timeout(180_000);
    const runsDir = tempDir();
    const rpw = (args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, "bin/rpw.js"), ...args, "--set", `runsDir=${runsDir}`], {
        cwd: ROOT,
        encoding: "utf8",
      });
    assert.equal(rpw(["collect"]).status, 0);
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const result = rpw(["figures", "--out", out]);
      assert.equal(result.status, 0, result.stderr);
    }
    const files = fs.readdirSync(a).sort();
    // 5 figures × (spec + SVG, PDF, PNG at two sizes) + index.json + index.md.
    assert.equal(files.length, 5 * 7 + 2);
    assert.deepEqual(fs.readdirSync(b).sort(), files);
    for (const name of files)
      assert.ok(
        fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))),
        `${name} differs between runs`,
      );
    assert.match(fs.readFileSync(path.join(a, "postings-by-role.svg"), "utf8"), /^<svg/);
    const png = fs.readFileSync(path.join(a, "postings-by-role.png"));
    assert.ok(png.subarray(1, 4).equals(Buffer.from("PNG")));
    // PNG at scale 2: the 760×460 figure is 1520×920 pixels (IHDR width and height, big-endian).
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1520, 920]);
    assert.equal(fs.readFileSync(path.join(a, "postings-by-role.pdf")).subarray(0, 5).toString(), "%PDF-");
  });
});
