/**
 * Figures of the evaluate stage, as pure functions of score records: grouped bars per metric and
 * system with bootstrap intervals, a system x section heatmap, the distribution of paired
 * differences, the study's metric against the plain-text metric, and unsupported claims by type.
 * Systems, metrics and sections keep the order given in the options, else sorted by name; every
 * trace has a fixed uid and intervals a fixed seed, so the same records give the same spec bytes.
 */
import { CLAIM_TYPES, ClaimType } from "../evaluate/claims";
import { bootstrapMean, BootstrapOptions } from "../evaluate/bootstrap";
import { GroundingReport } from "../evaluate/grounding";
import { mean } from "../util/stats";
import { axis, baseLayout, NamedFigure } from "./figure";

/** One score: a metric of one system's output for one case and section (null when undefined). */
export interface ScoreRecord {
  system: string;
  caseId: string;
  section: string;
  metric: string;
  value: number | null;
}

export interface OrderOptions {
  systems?: readonly string[];
  metrics?: readonly string[];
  sections?: readonly string[];
}

const PALETTE = ["#3b6ea8", "#e07b39", "#4c9a5b", "#b5484b", "#7d62a8", "#8c6d4f", "#5b9aa9"];

/** Mean of each metric per system (all its cases and sections), with a seeded 95 % bootstrap interval. */
export function metricBarsFigure(records: readonly ScoreRecord[], options: OrderOptions & BootstrapOptions = {}): NamedFigure {
  const systems = options.systems ?? distinct(records, "system");
  const metrics = options.metrics ?? distinct(records, "metric");
  const data = systems.map((system, s) => {
    const intervals = metrics.map((metric) => bootstrapMean(valuesOf(records, { system, metric }), options));
    return {
      type: "bar", name: system, x: metrics, y: intervals.map((ci) => ci?.mean ?? null),
      error_y: { type: "data", symmetric: false, array: intervals.map((ci) => (ci ? ci.high - ci.mean : null)), arrayminus: intervals.map((ci) => (ci ? ci.mean - ci.low : null)), thickness: 1.2, width: 4 },
      marker: { color: PALETTE[s % PALETTE.length] }, uid: `metric-bars-${slug(system)}`,
    };
  });
  const title = "Mean score per metric and system (95 % bootstrap interval)";
  return { name: "metric-bars", title, data, layout: baseLayout(title, { barmode: "group", xaxis: axis("Metric"), yaxis: axis("Mean score", { rangemode: "tozero" }) }) };
}

/** Mean of one metric for each system (rows) and section (columns). */
export function sectionHeatmapFigure(records: readonly ScoreRecord[], metric: string, options: OrderOptions = {}): NamedFigure {
  const systems = options.systems ?? distinct(records, "system");
  const sections = options.sections ?? distinct(records, "section");
  const z = systems.map((system) => sections.map((section) => {
    const values = valuesOf(records, { system, section, metric });
    return values.length ? mean(values) : null;
  }));
  const title = `${metric} by system and section (mean)`;
  return {
    name: `section-heatmap-${slug(metric)}`, title,
    data: [{
      type: "heatmap", x: sections, y: systems, z, colorscale: "Viridis", zmin: 0, zmax: 1,
      text: z.map((row) => row.map((value) => (value === null ? "" : value.toFixed(3)))), texttemplate: "%{text}", hoverongaps: false, uid: `section-heatmap-${slug(metric)}`,
    }],
    layout: baseLayout(title, { xaxis: axis("Section"), yaxis: axis("System", { autorange: "reversed" }) }),
  };
}

/** Per case and section, `a - b` for each metric: one strip (box with every point) per metric. */
export function pairedDifferenceFigure(records: readonly ScoreRecord[], systemA: string, systemB: string, options: OrderOptions = {}): NamedFigure {
  const metrics = options.metrics ?? distinct(records, "metric");
  const data = metrics.map((metric, m) => {
    const b = new Map(records.filter((r) => r.system === systemB && r.metric === metric && r.value !== null).map((r) => [pairKey(r), r.value as number]));
    const differences = records.filter((r) => r.system === systemA && r.metric === metric && r.value !== null && b.has(pairKey(r)))
      .sort((r, s) => compare(pairKey(r), pairKey(s)))
      .map((r) => (r.value as number) - (b.get(pairKey(r)) as number));
    return { type: "box", name: metric, y: differences, boxpoints: "all", jitter: 0, pointpos: 0, marker: { color: PALETTE[m % PALETTE.length] }, uid: `paired-differences-${slug(metric)}` };
  });
  const title = `Paired differences, ${systemA} minus ${systemB}`;
  return {
    name: `paired-differences-${slug(systemA)}-vs-${slug(systemB)}`, title, data,
    layout: baseLayout(title, { xaxis: axis("Metric"), yaxis: axis(`${systemA} - ${systemB}`, { zeroline: true, zerolinewidth: 2 }), showlegend: false }),
  };
}

/** The study's metric (x) against the same metric on plain text (y), one point per case and section. */
export function studyVsPlainFigure(records: readonly ScoreRecord[], studyMetric: string, plainMetric: string, options: OrderOptions = {}): NamedFigure {
  const systems = options.systems ?? distinct(records, "system");
  const data: Record<string, unknown>[] = systems.map((system, s) => {
    const plain = new Map(records.filter((r) => r.system === system && r.metric === plainMetric && r.value !== null).map((r) => [pairKey(r), r.value as number]));
    const points = records.filter((r) => r.system === system && r.metric === studyMetric && r.value !== null && plain.has(pairKey(r)))
      .sort((r, q) => compare(pairKey(r), pairKey(q)));
    return {
      type: "scatter", mode: "markers", name: system, x: points.map((r) => r.value), y: points.map((r) => plain.get(pairKey(r))),
      text: points.map((r) => `${r.caseId} / ${r.section}`), marker: { color: PALETTE[s % PALETTE.length], size: 7, opacity: 0.8 }, uid: `study-vs-plain-${slug(system)}`,
    };
  });
  data.push({ type: "scatter", mode: "lines", name: "equal", x: [0, 1], y: [0, 1], line: { color: "#9e9e9e", dash: "dot", width: 1 }, hoverinfo: "skip", uid: "study-vs-plain-diagonal" });
  const title = `${studyMetric} (study: dumped JSON) vs ${plainMetric} (plain text)`;
  return {
    name: `study-vs-plain-${slug(studyMetric)}`, title, data,
    layout: baseLayout(title, { xaxis: axis("As the study computed it", { range: [0, 1] }), yaxis: axis("On plain section text", { range: [0, 1] }) }),
  };
}

/** Unsupported claims as a share of each system's claims, stacked by claim type (bars add up to the share). */
export function claimBreakdownFigure(reports: readonly { system: string; report: GroundingReport }[], options: OrderOptions = {}): NamedFigure {
  const systems = options.systems ?? [...new Set(reports.map((r) => r.system))].sort(compare);
  const totals = systems.map((system) => pool(reports, system));
  const types = CLAIM_TYPES.filter((type) => totals.some((total) => total.byType[type].unsupported > 0));
  const data = types.map((type, t) => ({
    type: "bar", name: type, x: systems,
    y: totals.map((total) => (total.claims ? total.byType[type].unsupported / total.claims : 0)),
    customdata: totals.map((total) => [total.byType[type].unsupported, total.claims]),
    hovertemplate: `${type}: %{customdata[0]} of %{customdata[1]} claims<extra></extra>`,
    marker: { color: PALETTE[t % PALETTE.length] }, uid: `claim-breakdown-${type}`,
  }));
  const title = "Unsupported claims by type (share of all claims)";
  return { name: "claim-breakdown", title, data, layout: baseLayout(title, { barmode: "stack", xaxis: axis("System"), yaxis: axis("Share of claims unsupported", { rangemode: "tozero", tickformat: ".0%" }) }) };
}

function pool(reports: readonly { system: string; report: GroundingReport }[], system: string): { claims: number; byType: Record<ClaimType, { unsupported: number }> } {
  const byType = Object.fromEntries(CLAIM_TYPES.map((type) => [type, { unsupported: 0 }])) as Record<ClaimType, { unsupported: number }>;
  let claims = 0;
  for (const { report } of reports.filter((r) => r.system === system)) {
    claims += report.counts.claims;
    for (const type of CLAIM_TYPES) byType[type].unsupported += report.byType[type].unsupported;
  }
  return { claims, byType };
}

function valuesOf(records: readonly ScoreRecord[], where: Partial<ScoreRecord>): number[] {
  return records.filter((r) => (Object.keys(where) as (keyof ScoreRecord)[]).every((key) => r[key] === where[key]) && r.value !== null)
    .map((r) => r.value as number);
}

function distinct(records: readonly ScoreRecord[], key: "system" | "metric" | "section"): string[] {
  return [...new Set(records.map((r) => r[key]))].sort(compare);
}

function pairKey(record: ScoreRecord): string {
  return `${record.caseId}\u0000${record.section}`;
}

// Code-unit order, not the locale's, so every machine sorts the same way.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}
