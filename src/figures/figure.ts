/**
 * The figure type every spec builder returns: a plotly.js figure (data + layout) plus the
 * name its files get. Specs are plain JSON, so the `.json` file *is* the figure and anyone can
 * re-render it with plotly in any language.
 */

// plotly's own types would pull in the DOM library; the figure is JSON, so JSON types suffice.
export type PlotlyTrace = Record<string, unknown>;
export type PlotlyLayout = Record<string, unknown>;

export interface NamedFigure {
  /** File stem under figures/: lowercase words joined by '-'. */
  name: string;
  title: string;
  data: PlotlyTrace[];
  layout: PlotlyLayout;
}

/** Size every static export uses; the notebook view is responsive. */
export const FIGURE_SIZE = { width: 760, height: 460 } as const;

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
    colorway: ["#3b6ea8", "#e07b39", "#4c9a5b", "#b5484b", "#7d62a8", "#8c6d4f", "#5b9aa9"],
    ...extra,
  };
}

export function axis(title: string, extra: PlotlyLayout = {}): PlotlyLayout {
  return { title: { text: title }, gridcolor: "#e6e6e6", zerolinecolor: "#bdbdbd", automargin: true, ...extra };
}
