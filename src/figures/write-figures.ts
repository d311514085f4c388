/**
 * Writes figures to disk for a paper: for each figure, `<name>.json` (the spec with its caption,
 * always) and, when Chromium is available, `<name>.svg`, `<name>.pdf` (vector) and `<name>.png`
 * (at `pngScale`, default 2×) at the two-column size, plus the same three at the one-column size
 * as `<name>.one-column.*`. A figure with nothing to show is not written: it comes back in
 * `skipped` with its one-line reason. A figure without title, caption or axis titles is a bug in
 * its builder and throws. Without a browser the specs are still written and the result says
 * exactly how to get the images.
 */
import * as path from "node:path";
import { stageOrder } from "../schemas/display-names";
import { writeFileAtomic } from "../util/jsonl";
import { FIGURE_SIZES, FigureSizeName, NamedFigure, SkippedFigure } from "./figure";
import { emptyReason, missingParts, skippedFigure } from "./figure-checks";
import { CHROMIUM_INSTALL_HINT, closeRenderer, findChromium, renderStatic, svgToPdf } from "./static-export";

export interface FigureExportOptions {
  /** PNG pixel density (default 2). */
  pngScale?: number;
  /** Sizes to export (default both: two-column as `<name>.*`, one-column as `<name>.one-column.*`). */
  sizes?: readonly FigureSizeName[];
}

export interface FigureWriteResult {
  files: string[];
  /** The figures written, in stage order. */
  drawn: NamedFigure[];
  /** The figures not drawn, each with why. */
  skipped: SkippedFigure[];
  /** Null when SVG/PDF/PNG were written; otherwise why not and how to fix it. */
  staticSkipped: string | null;
}

/** The spec as written to `<name>.json`: stable key order from the builders, 2-space indent. */
export function figureSpecJson(figure: NamedFigure): string {
  const { name, stage, title, caption, data, layout } = figure;
  return `${JSON.stringify({ name, stage, title, caption, data, layout }, null, 2)}\n`;
}

/** Figures in the study's stage order; within a stage, the order their builders gave. */
export function inStageOrder<T extends { stage: string }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => stageOrder(a.item.stage) - stageOrder(b.item.stage) || a.index - b.index)
    .map(({ item }) => item);
}

/** Splits figures into those to draw and those with nothing to show; throws on a figure that is not a claim. */
export function triageFigures(figures: readonly NamedFigure[]): { drawn: NamedFigure[]; skipped: SkippedFigure[] } {
  const drawn: NamedFigure[] = [];
  const skipped: SkippedFigure[] = [];
  for (const figure of inStageOrder(figures)) {
    const missing = missingParts(figure);
    if (missing.length)
      throw new Error(
        `figure ${figure.name} lacks ${missing.join(", ")}: every figure needs a title, a caption and axis titles`,
      );
    const reason = emptyReason(figure);
    if (reason) skipped.push(skippedFigure(figure, reason));
    else drawn.push(figure);
  }
  return { drawn, skipped };
}

/** The file stem of a figure at a size: the two-column figure is the plain name. */
export function sizedStem(name: string, size: FigureSizeName): string {
  return size === "two-column" ? name : `${name}.${size}`;
}

export const IMAGE_EXTENSIONS = ["svg", "pdf", "png"] as const;

export async function writeFigures(
  figures: readonly NamedFigure[],
  dir: string,
  options: FigureExportOptions = {},
): Promise<FigureWriteResult> {
  const { pngScale = 2, sizes = ["two-column", "one-column"] } = options;
  const { drawn, skipped } = triageFigures(figures);
  const files: string[] = [];
  const write = (name: string, content: string | Buffer) => {
    writeFileAtomic(path.join(dir, name), content);
    files.push(path.join(dir, name));
  };
  for (const figure of drawn) write(`${figure.name}.json`, figureSpecJson(figure));
  if (!findChromium()) {
    return {
      files,
      drawn,
      skipped,
      staticSkipped: `SVG/PDF/PNG not written: Chromium is not installed (run: ${CHROMIUM_INSTALL_HINT}, or set RPW_CHROMIUM)`,
    };
  }
  try {
    for (const figure of drawn) {
      for (const sizeName of sizes) {
        const size = FIGURE_SIZES[sizeName];
        const stem = sizedStem(figure.name, sizeName);
        const { svg, png } = await renderStatic(figure, { size, pngScale });
        write(`${stem}.svg`, svg);
        write(`${stem}.pdf`, await svgToPdf(svg, size));
        write(`${stem}.png`, png);
      }
    }
  } finally {
    await closeRenderer();
  }
  return { files, drawn, skipped, staticSkipped: null };
}
