/**
 * Writes figures to disk: `<dir>/<name>.json` (the spec, always) and, when Chromium is
 * available, `<name>.svg` and `<name>.png`. Without a browser the specs are still written and
 * the result says exactly how to get the images.
 */
import * as path from "node:path";
import { writeFileAtomic } from "../util/jsonl";
import { NamedFigure } from "./figure";
import { CHROMIUM_INSTALL_HINT, closeRenderer, findChromium, renderStatic } from "./static-export";

export interface FigureWriteResult {
  files: string[];
  /** Null when SVG/PNG were written; otherwise why not and how to fix it. */
  staticSkipped: string | null;
}

/** The spec as written to `<name>.json`: stable key order from the builders, 2-space indent. */
export function figureSpecJson(figure: NamedFigure): string {
  return `${JSON.stringify({ name: figure.name, title: figure.title, data: figure.data, layout: figure.layout }, null, 2)}\n`;
}

export async function writeFigures(figures: readonly NamedFigure[], dir: string): Promise<FigureWriteResult> {
  const files: string[] = [];
  for (const figure of figures) {
    const file = path.join(dir, `${figure.name}.json`);
    writeFileAtomic(file, figureSpecJson(figure));
    files.push(file);
  }
  if (!findChromium()) {
    return { files, staticSkipped: `SVG/PNG not written: Chromium is not installed (run: ${CHROMIUM_INSTALL_HINT}, or set RPW_CHROMIUM)` };
  }
  try {
    for (const figure of figures) {
      const { svg, png } = await renderStatic(figure);
      writeFileAtomic(path.join(dir, `${figure.name}.svg`), svg);
      writeFileAtomic(path.join(dir, `${figure.name}.png`), png);
      files.push(path.join(dir, `${figure.name}.svg`), path.join(dir, `${figure.name}.png`));
    }
  } finally {
    await closeRenderer();
  }
  return { files, staticSkipped: null };
}
