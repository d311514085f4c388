/**
 * Two checks every figure passes before it is written. `emptyReason`: a figure with nothing to
 * show (no values, or every value 0) is not drawn, and the one line saying why goes to the report
 * instead. `missingParts`: a figure is a claim, so one without a title, a caption or a titled
 * axis is a bug in its builder. Guides (a diagonal, a threshold) are traces with
 * `hoverinfo: "skip"` and do not count as data.
 */
import { NamedFigure, SkippedFigure } from "./figure";

const VALUE_KEYS = ["x", "y", "z"] as const;

/** Every number a trace plots, excluding category labels; heatmap rows are flattened. */
function traceValues(trace: Record<string, unknown>): number[] {
  const values: number[] = [];
  const horizontal = trace.orientation === "h";
  for (const key of VALUE_KEYS) {
    // A bar's category axis holds labels, a histogram's counted values are in x (or y).
    if (trace.type === "bar" && key === (horizontal ? "y" : "x")) continue;
    const raw = trace[key];
    if (!Array.isArray(raw)) continue;
    for (const item of raw.flat(2)) if (typeof item === "number" && Number.isFinite(item)) values.push(item);
  }
  return values;
}

/** Why the figure should not be drawn, or null when it has something to show. */
export function emptyReason(figure: NamedFigure): string | null {
  const traces = figure.data.filter((trace) => trace.hoverinfo !== "skip");
  const values = traces.flatMap(traceValues);
  const why = (generic: string) => `nothing to show: ${figure.whenEmpty ?? generic}`;
  if (values.length === 0) return why("no values");
  // A histogram of lengths that are all 0 still says something; bars and differences of 0 do not.
  if (traces.every((trace) => trace.type !== "histogram") && values.every((value) => value === 0))
    return why("every value is 0");
  return null;
}

export function skippedFigure(figure: NamedFigure, reason: string): SkippedFigure {
  return { name: figure.name, stage: figure.stage, title: figure.title, reason };
}

/** What a figure lacks to be a claim (empty when complete): title, caption, a title on every axis it has. */
export function missingParts(figure: NamedFigure): string[] {
  const missing: string[] = [];
  const layoutTitle = (figure.layout.title as { text?: string } | undefined)?.text;
  if (!figure.title.trim() || !layoutTitle?.trim()) missing.push("title");
  if (!figure.caption.trim()) missing.push("caption");
  const cartesian = figure.data.some((trace) => trace.type !== "pie");
  const axes = Object.keys(figure.layout).filter((key) => /^[xy]axis\d*$/.test(key));
  if (cartesian && !axes.some((key) => key.startsWith("x"))) missing.push("x-axis title");
  if (cartesian && !axes.some((key) => key.startsWith("y"))) missing.push("y-axis title");
  for (const key of axes) {
    const text = ((figure.layout[key] as { title?: { text?: string } }).title?.text ?? "").trim();
    if (!text) missing.push(`${key} title`);
  }
  return missing;
}
