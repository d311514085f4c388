/**
 * The figure type every spec builder returns: a plotly.js figure (data + layout) plus what a
 * reader needs to cite it — the stage it belongs to, a title and a caption (what it shows, n,
 * and, once the figures stage adds them, the source run and seed). Specs are plain JSON, so the
 * `.json` file *is* the figure and anyone can re-render it with plotly in any language.
 */
import type { StageName } from "../schemas/run-config";

// plotly's own types would pull in the DOM library; the figure is JSON, so JSON types suffice.
export type PlotlyTrace = Record<string, unknown>;
export type PlotlyLayout = Record<string, unknown>;

export interface NamedFigure {
  /** File stem under figures/: lowercase words joined by '-'. */
  name: string;
  /** The stage whose outputs it shows: figures follow the study's stage order. */
  stage: StageName;
  title: string;
  /** What it shows and over how many items; the figures stage appends the run and seed (withSource). */
  caption: string;
  /** What an empty figure would mean, said when it is not drawn ("no output has an unsupported claim"). */
  whenEmpty?: string;
  data: PlotlyTrace[];
  layout: PlotlyLayout;
}

/** A figure not drawn, with the one line the report shows for it. */
export interface SkippedFigure {
  name: string;
  stage: StageName;
  title: string;
  reason: string;
}

/**
 * Okabe & Ito's colour-blind-safe palette (Okabe and Ito 2008, "Color Universal Design"), in the
 * order that keeps the first pairs distinguishable in every common colour-vision deficiency.
 * Black is left out: it reads as an axis or a guide line.
 */
export const OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"] as const;

export const paletteColor = (index: number): string => OKABE_ITO[index % OKABE_ITO.length];

/** Colour of a guide (diagonal, threshold): grey, apart from the data colours. */
export const GUIDE_COLOR = "#7f7f7f";

/** Two static sizes: a two-column (full-width) figure and a one-column figure, in CSS pixels at 96 dpi. */
export const FIGURE_SIZES = {
  "two-column": { width: 760, height: 460, fontSize: 13 },
  "one-column": { width: 400, height: 320, fontSize: 9 },
} as const;
export type FigureSizeName = keyof typeof FIGURE_SIZES;

/** The default static size (the report and the notebooks). */
export const FIGURE_SIZE = FIGURE_SIZES["two-column"];

/**
 * The house style. The font is pinned (and installed by the setup) because text layout
 * depends on it: plotly's default "Open Sans" stack resolves differently on each machine.
 */
export function baseLayout(title: string, extra: PlotlyLayout = {}): PlotlyLayout {
  return {
    title: { text: title, x: 0.02, xanchor: "left" },
    font: { family: "Liberation Sans", size: 13, color: "#222" },
    paper_bgcolor: "#ffffff",
    plot_bgcolor: "#ffffff",
    margin: { l: 70, r: 30, t: 60, b: 70 },
    colorway: [...OKABE_ITO],
    ...extra,
  };
}

export function axis(title: string, extra: PlotlyLayout = {}): PlotlyLayout {
  return { title: { text: title }, gridcolor: "#e6e6e6", zerolinecolor: "#bdbdbd", automargin: true, ...extra };
}

/**
 * An axis of counts: whole-number ticks only (plotly would otherwise put ticks at 0.5 when the
 * largest count is small), at a step of 1, 2 or 5 × 10^k giving about five ticks.
 */
export function countAxis(title: string, maxCount: number, extra: PlotlyLayout = {}): PlotlyLayout {
  return axis(title, { tickformat: ",d", dtick: countStep(maxCount), tick0: 0, rangemode: "tozero", ...extra });
}

export function countStep(maxCount: number): number {
  const rough = Math.max(1, maxCount / 5);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  return Math.max(1, Math.round(step));
}

/** The tallest bin of several overlaid histograms with the same bins (for the count axis' tick step). */
export function histogramPeak(series: readonly (readonly number[])[], binSize: number): number {
  let peak = 0;
  for (const values of series) {
    const bins = new Map<number, number>();
    for (const value of values) bins.set(Math.floor(value / binSize), (bins.get(Math.floor(value / binSize)) ?? 0) + 1);
    peak = Math.max(peak, ...bins.values());
  }
  return peak;
}

/** The caption completed with where the numbers came from: the run and its seed. */
export function withSource(figure: NamedFigure, source: { run: string; seed: number }): NamedFigure {
  return { ...figure, caption: `${figure.caption.trim()} Source: run "${source.run}", seed ${source.seed}.` };
}
