/**
 * Static export of plotly figures through headless Chromium (Debian's package) and the
 * plotly.js-dist bundle: SVG and PNG from plotly's `toImage`, and a vector PDF printed by
 * Chromium from that same SVG — with byte-identical output on every run.
 *
 * plotly draws random 6-hex ids into the SVG (defs, clip paths, trace uids), so by default two
 * runs differ. We replace `Math.random` in the page with a seeded PRNG (mulberry32) and reseed
 * it before every `toImage`, which makes SVG and PNG bytes depend only on the figure (see
 * RECIPES.md §4). Chromium stamps each PDF with its creation and modification time; those two
 * fields are pinned (same length, so the cross-reference offsets stay valid). One browser per
 * process, started lazily, closed by `closeRenderer()`; it also prints whole HTML pages
 * (`htmlToPdf`, the tailored resume), so the workbench has one Chromium launcher.
 */
import * as fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { FIGURE_SIZE, NamedFigure } from "./figure";

export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
export const CHROMIUM_INSTALL_HINT = "apt-get install -y chromium fonts-liberation";

/** The Chromium to use: $RPW_CHROMIUM, else the first Debian path that exists, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.RPW_CHROMIUM) return fs.existsSync(env.RPW_CHROMIUM) ? env.RPW_CHROMIUM : null;
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

export interface StaticImages {
  svg: string;
  png: Buffer;
}

export interface RenderOptions {
  /** CSS pixels (default: the two-column size). */
  size?: { width: number; height: number; fontSize?: number };
  /** PNG pixel density: 2 gives a 1520×920 PNG for a 760×460 figure (default 2). */
  pngScale?: number;
  /** Seed of the page's Math.random (default 1). */
  seed?: number;
}

interface Session {
  browser: Browser;
  plotPage: Page;
  printPage: Page;
}
let session: Promise<Session> | null = null;

async function openSession(executablePath: string): Promise<Session> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // No background networking: the machine has no network and Chromium would keep trying.
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const plotPage = await browser.newPage();
  await plotPage.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>");
  await plotPage.addScriptTag({ content: fs.readFileSync(require.resolve("plotly.js-dist"), "utf8") });
  await plotPage.evaluate(() => {
    const g = globalThis as any;
    let state = 0;
    g.__rpwReseed = (seed: number) => {
      state = seed >>> 0;
    };
    g.Math.random = () => {
      state |= 0;
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  });
  const printPage = await browser.newPage();
  return { browser, plotPage, printPage };
}

async function current(): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      `no Chromium found (looked for ${CHROMIUM_CANDIDATES.join(", ")}); install it: ${CHROMIUM_INSTALL_HINT}`,
    );
  session ??= openSession(executablePath);
  return session;
}

/** The figure's layout at a size: width, height and (for a one-column figure) a smaller font. */
function sizedLayout(
  figure: NamedFigure,
  size: { width: number; height: number; fontSize?: number },
): Record<string, unknown> {
  const font = { ...(figure.layout.font as object | undefined), ...(size.fontSize ? { size: size.fontSize } : {}) };
  return { ...figure.layout, font, width: size.width, height: size.height };
}

/** Renders one figure to SVG text and PNG bytes. Throws when no Chromium is installed. */
export async function renderStatic(figure: NamedFigure, options: RenderOptions = {}): Promise<StaticImages> {
  const { size = FIGURE_SIZE, pngScale = 2, seed = 1 } = options;
  const { plotPage } = await current();
  const { svg, png } = await plotPage.evaluate(
    async ([spec, dims, scale, figureSeed]) => {
      const g = globalThis as any;
      const options = { width: dims.width, height: dims.height };
      g.__rpwReseed(figureSeed);
      const svgUrl: string = await g.Plotly.toImage(spec, { ...options, format: "svg" });
      g.__rpwReseed(figureSeed);
      const pngUrl: string = await g.Plotly.toImage(spec, { ...options, format: "png", scale });
      return { svg: svgUrl, png: pngUrl };
    },
    [
      { data: figure.data, layout: sizedLayout(figure, size) },
      { width: size.width, height: size.height },
      pngScale,
      seed,
    ] as const,
  );
  return {
    svg: decodeURIComponent(svg.replace(/^data:image\/svg\+xml,/, "")),
    png: Buffer.from(png.replace(/^data:image\/png;base64,/, ""), "base64"),
  };
}

/** The fixed timestamp every PDF carries instead of the time it was printed. */
export const PINNED_PDF_DATE = "D:20000101000000";

/** Replaces Chromium's CreationDate and ModDate by a fixed date of the same length (offsets in the xref table stay valid). */
export function pinPdfDates(pdf: Buffer): Buffer {
  const text = pdf.toString("latin1");
  const pinned = text.replace(
    /\/(CreationDate|ModDate) \((D:\d{14})([^)]*)\)/g,
    (_match, key: string, _date: string, zone: string) =>
      `/${key} (${PINNED_PDF_DATE}${"+00'00'".padEnd(zone.length, " ").slice(0, zone.length)})`,
  );
  return Buffer.from(pinned, "latin1");
}

/** Prints an SVG (as renderStatic made it) to a one-page vector PDF of the same size. */
export async function svgToPdf(svg: string, size: { width: number; height: number } = FIGURE_SIZE): Promise<Buffer> {
  const { printPage } = await current();
  await printPage.setContent(
    `<!doctype html><html><head><meta charset="utf-8"><style>@page{size:${size.width}px ${size.height}px;margin:0}html,body{margin:0;padding:0}svg{display:block}</style></head><body>${svg}</body></html>`,
  );
  const pdf = await printPage.pdf({
    width: `${size.width}px`,
    height: `${size.height}px`,
    printBackground: true,
    pageRanges: "1",
    margin: { top: "0", right: "0", bottom: "0", left: "0" },
  });
  return pinPdfDates(Buffer.from(pdf));
}

/**
 * Prints a whole HTML page (a resume: `rpw tailor`) to PDF on the same browser: Letter paper, the
 * page's own CSS margins, dates pinned. The page must be self-contained: nothing is fetched.
 */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const { printPage } = await current();
  await printPage.setContent(html, { waitUntil: "load" });
  const pdf = await printPage.pdf({ format: "Letter", printBackground: true, preferCSSPageSize: true });
  return pinPdfDates(Buffer.from(pdf));
}

/** Closes the shared browser (call once at the end of a run; notebooks may leave it open). */
export async function closeRenderer(): Promise<void> {
  if (!session) return;
  const { browser } = await session;
  session = null;
  await browser.close();
}
