/**
 * Figures of the evaluate stage, as pure functions of what the stage wrote: grouped bars of every
 * system's mean per metric with the 95 % bootstrap intervals of summary.json (figures never
 * resample), system x section heatmaps of the summary's section means, the paired differences
 * against the reference for every metric, the study's metric against the plain-text metric (one
 * panel per system, so identical systems do not hide each other) and unsupported claims by type.
 * Names come from the display-name registry; every trace has a fixed uid, so the same files give
 * the same spec bytes.
 */
import { CLAIM_TYPES, ClaimType } from "../evaluate/claims";
import type { EvalRecord } from "../evaluate/evaluate-systems";
import { EvaluationSummary, ScoreRecord, scoreRecords } from "../evaluate/evaluation-summary";
import { metricAxisTitle, metricLabel, sectionLabel, systemLabel } from "../schemas/display-names";
import { formatScore } from "../report/format";
import { plural } from "../util/words";
import { axis, baseLayout, GUIDE_COLOR, NamedFigure, OKABE_ITO, paletteColor } from "./figure";

export type { ScoreRecord };

/** The metrics the bar chart compares (all on a 0-1 scale). */
export const BAR_METRICS = [
  "unsupportedShare",
  "inputOnlyShare",
  "up_content",
  "ja_content",
  "keywordCoverage",
  "groundedKeywordCoverage",
  "echoJobAd",
  "rougeLsum_plain",
] as const;
/** Metrics worth a section heatmap: the grounding check and keyword coverage. */
export const HEATMAP_METRICS = ["unsupportedShare", "inputOnlyShare", "groundedKeywordCoverage"] as const;

/** Mean of each metric per system with the summary's 95 % interval by resume (the per-case one for older summaries). */
export function metricBarsFigure(summary: EvaluationSummary, metrics: readonly string[] = BAR_METRICS): NamedFigure {
  const data = summary.systems.map((system, s) => {
    const intervals = metrics.map((metric) => {
      const entry = summary.perSystem.find((item) => item.system === system && item.metric === metric);
      return entry?.clusterInterval ?? entry?.interval ?? null;
    });
    return {
      type: "bar",
      name: systemLabel(system),
      x: metrics.map(metricLabel),
      y: intervals.map((ci) => ci?.mean ?? null),
      error_y: {
        type: "data",
        symmetric: false,
        array: intervals.map((ci) => (ci ? ci.high - ci.mean : null)),
        arrayminus: intervals.map((ci) => (ci ? ci.mean - ci.low : null)),
        thickness: 1.2,
        width: 4,
        color: "#222",
      },
      marker: { color: paletteColor(s) },
      uid: `metric-bars-${slug(system)}`,
    };
  });
  const cases = Math.max(0, ...summary.perSystem.map((entry) => entry.cases));
  const title = "Mean score per metric and system";
  return {
    name: "metric-bars",
    stage: "evaluate",
    title,
    caption:
      `Mean of each metric over every case and section, per system, with its 95 % percentile bootstrap interval by resume ` +
      `(whole resumes resampled with all their sections) from summary.json; ` +
      `n = ${plural(cases, "scored section")} per system (fewer where a metric is undefined).`,
    data,
    layout: baseLayout(title, {
      barmode: "group",
      xaxis: axis("Metric"),
      yaxis: axis("Mean score (0-1)", { rangemode: "tozero" }),
      // Above the plot: below it, the legend collides with the slanted metric names at the one-column size.
      legend: { orientation: "h", x: 0, y: 1.02, yanchor: "bottom" },
      margin: { l: 70, r: 30, t: 100, b: 70 },
    }),
  };
}

/** Mean of one metric for each system (rows) and section (columns), from the summary. */
export function sectionHeatmapFigure(summary: EvaluationSummary, metric: string): NamedFigure {
  const entries = summary.sections.filter((entry) => entry.metric === metric);
  const sections = [...new Set(entries.map((entry) => entry.section))];
  const z = summary.systems.map((system) =>
    sections.map((section) => entries.find((e) => e.system === system && e.section === section)?.mean ?? null),
  );
  const title = `${metricLabel(metric)} by system and section`;
  return {
    name: `section-heatmap-${slug(metric)}`,
    stage: "evaluate",
    title,
    caption: `${metricLabel(metric)}, mean per system and resume section; n = ${plural(Math.max(0, ...entries.map((e) => e.n)), "case")} per cell at most.`,
    whenEmpty: `no system and section has a mean ${metricLabel(metric)} above 0`,
    data: [
      {
        type: "heatmap",
        x: sections.map(sectionLabel),
        y: summary.systems.map(systemLabel),
        z,
        colorscale: "Viridis",
        zmin: 0,
        zmax: 1,
        colorbar: { title: { text: metricAxisTitle(metric), side: "right" } },
        text: z.map((row) => row.map((value) => (value === null ? "" : formatScore(value)))),
        texttemplate: "%{text}",
        hoverongaps: false,
        uid: `section-heatmap-${slug(metric)}`,
      },
    ],
    layout: baseLayout(title, { xaxis: axis("Resume section"), yaxis: axis("System", { autorange: "reversed" }) }),
  };
}

/** Per case and section, `a - b` for every metric: one strip (box with every point) per metric. */
export function pairedDifferenceFigure(
  scores: readonly ScoreRecord[],
  systemA: string,
  systemB: string,
  metrics: readonly string[],
): NamedFigure {
  let pairs = 0;
  // One colour: the metric is named on the axis, and 11 metrics would cycle the palette into false pairings.
  const data = metrics.map((metric) => {
    const b = new Map(
      scores
        .filter((r) => r.system === systemB && r.metric === metric && r.value !== null)
        .map((r) => [pairKey(r), r.value as number]),
    );
    const differences = scores
      .filter((r) => r.system === systemA && r.metric === metric && r.value !== null && b.has(pairKey(r)))
      .sort((r, s) => compare(pairKey(r), pairKey(s)))
      .map((r) => (r.value as number) - (b.get(pairKey(r)) as number));
    pairs = Math.max(pairs, differences.length);
    return {
      type: "box",
      name: metricLabel(metric),
      y: differences,
      boxpoints: "all",
      jitter: 0.3,
      pointpos: 0,
      marker: { color: OKABE_ITO[0], size: 4 },
      uid: `paired-differences-${slug(metric)}`,
    };
  });
  const [a, b] = [systemLabel(systemA), systemLabel(systemB)];
  const title = `Paired differences: ${a} minus ${b}`;
  return {
    name: `paired-differences-${slug(systemA)}-vs-${slug(systemB)}`,
    stage: "evaluate",
    title,
    caption:
      `For each case and section both systems answered, ${a}'s score minus ${b}'s, per metric (one point per pair, box = quartiles); ` +
      `n = ${plural(pairs, "pair")} per metric at most.`,
    whenEmpty: `${a} and ${b} score the same on every case and metric`,
    data,
    layout: baseLayout(title, {
      xaxis: axis("Metric"),
      yaxis: axis("Score difference (system minus reference)", { zeroline: true, zerolinewidth: 2 }),
      showlegend: false,
    }),
  };
}

/** The study's metric (x) against the same metric on plain text (y), one panel per system, one point per case and section. */
export function studyVsPlainFigure(
  scores: readonly ScoreRecord[],
  systems: readonly string[],
  studyMetric: string,
  plainMetric: string,
): NamedFigure {
  const data: Record<string, unknown>[] = [];
  const layoutAxes: Record<string, unknown> = {};
  let points = 0;
  systems.forEach((system, s) => {
    const suffix = s === 0 ? "" : String(s + 1);
    const plain = new Map(
      scores
        .filter((r) => r.system === system && r.metric === plainMetric && r.value !== null)
        .map((r) => [pairKey(r), r.value as number]),
    );
    const pointsOf = scores
      .filter((r) => r.system === system && r.metric === studyMetric && r.value !== null && plain.has(pairKey(r)))
      .sort((r, q) => compare(pairKey(r), pairKey(q)));
    points += pointsOf.length;
    data.push({
      type: "scatter",
      mode: "markers",
      name: systemLabel(system),
      x: pointsOf.map((r) => r.value),
      y: pointsOf.map((r) => plain.get(pairKey(r))),
      text: pointsOf.map((r) => `${r.caseId} / ${sectionLabel(r.section)}`),
      marker: { color: paletteColor(s), size: 6, opacity: 0.8 },
      cliponaxis: false,
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
      uid: `study-vs-plain-${slug(system)}`,
    });
    data.push({
      type: "scatter",
      mode: "lines",
      name: "y = x",
      x: [0, 1],
      y: [0, 1],
      line: { color: GUIDE_COLOR, dash: "dot", width: 1 },
      hoverinfo: "skip",
      showlegend: false,
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
      uid: `study-vs-plain-diagonal-${slug(system)}`,
    });
    // Each panel's x title names its system; every panel keeps its y title so none reads as untitled.
    layoutAxes[`xaxis${suffix}`] = axis(`${systemLabel(system)}<br>${metricLabel(studyMetric)}`, { range: [0, 1] });
    layoutAxes[`yaxis${suffix}`] = axis(metricLabel(plainMetric), { range: [0, 1] });
  });
  const title = `${metricLabel(studyMetric)} against ${metricLabel(plainMetric)}`;
  return {
    name: `study-vs-plain-${slug(studyMetric)}`,
    stage: "evaluate",
    title,
    caption:
      `${metricLabel(studyMetric)} (the study's metric, on dumped JSON) against ${metricLabel(plainMetric)} (the same on plain section text), ` +
      `one panel per system, one point per case and section; points on the dotted diagonal score the same both ways; n = ${plural(points, "point")}.`,
    data,
    layout: baseLayout(title, {
      grid: { rows: 1, columns: Math.max(1, systems.length), pattern: "independent", xgap: 0.12 },
      showlegend: false,
      ...layoutAxes,
    }),
  };
}

/** Unsupported claims as a share of each system's claims, stacked by claim type (bars add up to the share). */
export function claimBreakdownFigure(records: readonly EvalRecord[], systems: readonly string[]): NamedFigure {
  const totals = systems.map((system) => pool(records, system));
  const types = CLAIM_TYPES.filter((type) => totals.some((total) => total.byType[type] > 0));
  const data = types.map((type, t) => ({
    type: "bar",
    name: type,
    x: systems.map(systemLabel),
    y: totals.map((total) => (total.claims ? total.byType[type] / total.claims : 0)),
    customdata: totals.map((total) => [total.byType[type], total.claims]),
    hovertemplate: `${type}: %{customdata[0]} of %{customdata[1]} claims<extra></extra>`,
    marker: { color: paletteColor(t) },
    uid: `claim-breakdown-${type}`,
  }));
  const title = "Unsupported claims by type";
  const claims = totals.reduce((sum, total) => sum + total.claims, 0);
  return {
    name: "claim-breakdown",
    stage: "evaluate",
    title,
    caption:
      `Claims in each system's output that the original resume does not support, by claim type, as a share of all its checkable claims; ` +
      `n = ${plural(claims, "claim")} over ${plural(systems.length, "system")}.`,
    whenEmpty: "no system's output has an unsupported claim",
    data,
    layout: baseLayout(title, {
      barmode: "stack",
      xaxis: axis("System"),
      yaxis: axis("Unsupported claims (% of the system's claims)", { rangemode: "tozero", tickformat: ".0%" }),
    }),
  };
}

function pool(records: readonly EvalRecord[], system: string): { claims: number; byType: Record<ClaimType, number> } {
  const byType = Object.fromEntries(CLAIM_TYPES.map((type) => [type, 0])) as Record<ClaimType, number>;
  let claims = 0;
  for (const record of records) {
    if (record.system !== system || record.scores === null) continue;
    const scores = record.scores;
    claims += scores.claims;
    for (const type of CLAIM_TYPES) byType[type] += scores.claimsByType[type]?.unsupported ?? 0;
  }
  return { claims, byType };
}

/** Every evaluation figure, in the order the report shows them: means, sections, differences, the study's metric, claims. */
export function evaluationFigures(records: readonly EvalRecord[], summary: EvaluationSummary): NamedFigure[] {
  const scores = scoreRecords(records);
  const metrics = [...new Set(summary.perSystem.map((entry) => entry.metric))];
  // A system identical to the reference has no differences to draw (every one is 0): the tables say why.
  const compared = new Set((summary.pairs ?? []).map((pair) => pair.a));
  const others = summary.systems.filter((system) => system !== summary.reference && compared.has(system));
  return [
    metricBarsFigure(summary),
    ...HEATMAP_METRICS.map((metric) => sectionHeatmapFigure(summary, metric)),
    ...others.map((system) => pairedDifferenceFigure(scores, system, summary.reference, metrics)),
    studyVsPlainFigure(scores, summary.systems, "up_study", "up_plain"),
    claimBreakdownFigure(records, summary.systems),
  ];
}

function pairKey(record: ScoreRecord): string {
  return `${record.caseId}\u0000${record.section}`;
}

// Code-unit order, not the locale's, so every machine sorts the same way.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}
