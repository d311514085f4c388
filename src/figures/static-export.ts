/**
 * Static SVG/PNG export of plotly figures through headless Chromium (Debian's package) and the
 * plotly.js-dist bundle, with byte-identical output on every run.
 *
 * plotly draws random 6-hex ids into the SVG (defs, clip paths, trace uids), so by default two
 * runs differ. We replace `Math.random` in the page with a seeded PRNG (mulberry32) and reseed
 * it before every `toImage`, which makes SVG and PNG bytes depend only on the figure (see
 * RECIPES.md §4). One browser per process, started lazily, closed by `closeRenderer()`.
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

let session: Promise<{ browser: Browser; page: Page }> | null = null;

async function openSession(executablePath: string): Promise<{ browser: Browser; page: Page }> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    // No background networking: the machine has no network and Chromium would keep trying.
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>");
  await page.addScriptTag({ content: fs.readFileSync(require.resolve("plotly.js-dist"), "utf8") });
  await page.evaluate(() => {
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
  return { browser, page };
}

/** Renders one figure to SVG text and PNG bytes. Throws when no Chromium is installed. */
export async function renderStatic(figure: NamedFigure, seed = 1): Promise<StaticImages> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`no Chromium found (looked for ${CHROMIUM_CANDIDATES.join(", ")}); install it: ${CHROMIUM_INSTALL_HINT}`);
  session ??= openSession(executablePath);
  const { page } = await session;
  const { svg, png } = await page.evaluate(
    async ([spec, size, figureSeed]) => {
      const g = globalThis as any;
      const options = { width: size.width, height: size.height };
      g.__rpwReseed(figureSeed);
      const svgUrl: string = await g.Plotly.toImage(spec, { ...options, format: "svg" });
      g.__rpwReseed(figureSeed);
      const pngUrl: string = await g.Plotly.toImage(spec, { ...options, format: "png", scale: 1 });
      return { svg: svgUrl, png: pngUrl };
    },
    [{ data: figure.data, layout: figure.layout }, FIGURE_SIZE, seed] as const,
  );
  return {
    svg: decodeURIComponent(svg.replace(/^data:image\/svg\+xml,/, "")),
    png: Buffer.from(png.replace(/^data:image\/png;base64,/, ""), "base64"),
  };
}

/** Closes the shared browser (call once at the end of a run; notebooks may leave it open). */
export async function closeRenderer(): Promise<void> {
  if (!session) return;
  const { browser } = await session;
  session = null;
  await browser.close();
}
