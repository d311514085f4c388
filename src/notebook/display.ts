/**
 * Notebook display helpers for the tslab kernel: figures as a MIME bundle, tables as HTML.
 *
 * A figure is sent as ONE display_data holding the plotly MIME type (interactive where the
 * front end has plotly's renderer, e.g. JupyterLab with the plotly extension), an SVG rendered
 * offline by our Chromium exporter (shown by every front end, and on GitHub), and a text line.
 * A figure the run's figures stage already exported (same data and layout) is shown from its
 * files, so a notebook starts no browser to redraw what the run folder holds.
 * tslab's public `display.raw` sends one MIME type per message, so we use the kernel's
 * `lastWriteDisplayData` writer directly; outside a kernel the helpers print text instead.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NamedFigure } from "../figures/figure";
import { findChromium, renderStatic } from "../figures/static-export";
import { htmlTable, TableRow } from "./html-table";
import { plotlySource } from "./plotly-source";
import { llmProgress, LlmProgress } from "../llm/progress-line";

interface DisplayMessage {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  transient: Record<string, unknown>;
}

function kernelWriter(): ((message: DisplayMessage, update: boolean) => void) | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const jupyter = require("tslab/dist/jupyter") as {
      lastWriteDisplayData?: (message: DisplayMessage, update: boolean) => void;
    };
    return jupyter.lastWriteDisplayData ?? null;
  } catch {
    return null; // not inside a tslab kernel (tests, scripts): callers fall back to text
  }
}

/** Sends a MIME bundle; returns false outside a kernel. */
export function displayBundle(data: Record<string, unknown>): boolean {
  const write = kernelWriter();
  if (!write) return false;
  write({ data, metadata: {}, transient: {} }, false);
  return true;
}

/** Shows a MIME bundle (e.g. HTML with a text fallback); prints the text outside a kernel. */
export function showBundle(data: Record<string, unknown>): void {
  if (!displayBundle({ "text/plain": "(HTML view)", ...data }))
    console.log(data["text/plain"] ?? "(HTML view: open in a notebook)");
}

let plotlyLoaded = false;
let figureCount = 0;

/**
 * The HTML part of a figure's bundle: a div holding the static SVG (what shows where scripts do
 * not run) that plotly.js replaces with the interactive chart. plotly.js itself, from the
 * installed package, goes into the first figure's HTML of each kernel only (as plotly's offline
 * notebook mode does), with AMD's `define` hidden while it loads so that the classic Notebook's
 * require.js does not capture it: one copy per notebook, no network.
 */
function figureHtml(figure: NamedFigure, svg: string | null): string {
  const id = `rpw-figure-${process.pid}-${++figureCount}`;
  const spec = JSON.stringify({ data: figure.data, layout: { ...figure.layout, autosize: true } }).replace(
    /<\//g,
    "<\\/",
  );
  const loader = plotlyLoaded
    ? ""
    : `<script>window.__rpwDefine = window.define; window.define = undefined;</script><script>${plotlySource()}</script>` +
      "<script>window.define = window.__rpwDefine;</script>";
  plotlyLoaded = true;
  return (
    `${loader}<div id="${id}" style="max-width:100%">${svg ?? ""}</div>` +
    `<script>(function () { var spec = ${spec}; var el = document.getElementById("${id}");` +
    ` if (window.Plotly && el) { el.innerHTML = ""; window.Plotly.newPlot(el, spec.data, spec.layout, { responsive: true }); } })();</script>`
  );
}

const exportedFigureDirs = new Set<string>();

/** A folder where a run's figures stage wrote its files (openRun adds its run's). */
export function useExportedFigures(dir: string): void {
  exportedFigureDirs.add(dir);
}

/** The exported SVG and PNG of this very figure (same data and layout) in any known folder, or null. */
export function exportedImages(
  figure: NamedFigure,
  dirs: Iterable<string> = exportedFigureDirs,
): { svg: string; png: Buffer } | null {
  for (const dir of dirs) {
    const images = exportedIn(figure, dir);
    if (images) return images;
  }
  return null;
}

function exportedIn(figure: NamedFigure, dir: string): { svg: string; png: Buffer } | null {
  const file = (ext: string) => path.join(dir, `${figure.name}.${ext}`);
  if (!["json", "svg", "png"].every((ext) => fs.existsSync(file(ext)))) return null;
  let written: { data?: unknown; layout?: unknown };
  try {
    written = JSON.parse(fs.readFileSync(file("json"), "utf8")) as { data?: unknown; layout?: unknown };
  } catch {
    return null; // not a spec we wrote (or half-written): draw the figure instead
  }
  const same =
    JSON.stringify({ data: written.data, layout: written.layout }) ===
    JSON.stringify({ data: figure.data, layout: figure.layout });
  return same ? { svg: fs.readFileSync(file("svg"), "utf8"), png: fs.readFileSync(file("png")) } : null;
}

/**
 * Shows a figure as one bundle that every front end can draw: plotly's MIME type (JupyterLab
 * with plotly's renderer), HTML that draws the interactive chart with the bundled plotly.js
 * (the classic Notebook of `npm run lab`, and HTML exported by nbconvert), and the static SVG
 * and PNG (GitHub, PDF export, text-only viewers).
 */
export async function showFigure(figure: NamedFigure): Promise<void> {
  const bundle: Record<string, unknown> = {
    "application/vnd.plotly.v1+json": { data: figure.data, layout: figure.layout },
    "text/plain": `${figure.title} (figure ${figure.name})`,
  };
  let svg: string | null = null;
  const exported = exportedImages(figure);
  if (exported || findChromium()) {
    const images = exported ?? (await renderStatic(figure));
    svg = images.svg;
    bundle["image/svg+xml"] = images.svg;
    bundle["image/png"] = images.png.toString("base64");
  } else {
    bundle["text/plain"] += " — install Chromium for the static view: apt-get install -y chromium fonts-liberation";
  }
  bundle["text/html"] = figureHtml(figure, svg);
  if (!displayBundle(bundle)) console.log(bundle["text/plain"]);
}

/** Shows rows as an HTML table (with a plain-text version for text-only front ends). */
export function showTable(rows: readonly TableRow[], caption?: string): void {
  const html = htmlTable(rows, caption);
  const text = rows.map((row) => Object.values(row).join("\t")).join("\n");
  if (!displayBundle({ "text/html": html, "text/plain": text })) console.log(text);
}

/**
 * A display that updates in place (one output area rewritten), e.g. for a progress line.
 * Outside a kernel, only the final text is printed.
 */
export function liveText(): (text: string, final?: boolean) => void {
  const write = kernelWriter();
  const displayId = `rpw-live-${++liveCounter}`;
  let shown = false;
  return (text, final = false) => {
    if (!write) {
      if (final) console.log(text);
      return;
    }
    write({ data: { "text/plain": text }, metadata: {}, transient: { display_id: displayId } }, shown);
    shown = true;
  };
}
let liveCounter = 0;

/**
 * A live progress line in the notebook (rate, ETA, spend, cache hits, failures), rewritten in
 * place as results arrive: the notebook counterpart of the CLI's progress bar.
 */
export function notebookProgress(total: number, label: string): LlmProgress {
  const show = liveText();
  return llmProgress(total, (line) => show(`${label} ${line}`), { intervalMs: 100 });
}

/** Shows Markdown text. */
export function showMarkdown(markdown: string): void {
  if (!displayBundle({ "text/markdown": markdown, "text/plain": markdown })) console.log(markdown);
}
