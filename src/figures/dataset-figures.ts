/**
 * Figures of the dataset stage, as pure functions of the audited token lengths
 * (src/dataset/survival-audit.ts): how many completions survive whole, partly or not at all at
 * several max lengths — the study's 512 among them — and the distribution of prompt and
 * completion lengths. Shares are of examples; bars keep the survived/partial/lost order.
 */
import { AUDIT_LENGTHS, ExampleLength, sharesAt } from "../dataset/survival-audit";
import { plural } from "../util/words";
import { axis, baseLayout, countAxis, histogramPeak, NamedFigure, OKABE_ITO } from "./figure";

// Blue / orange / vermillion: ordered from good to bad and apart for every colour-vision deficiency.
const STATUS = [
  { key: "survived", label: "Completion intact", color: OKABE_ITO[0] },
  { key: "partial", label: "Completion cut", color: OKABE_ITO[1] },
  { key: "lost", label: "Completion lost", color: OKABE_ITO[3] },
] as const;

/** Stacked bars: at each max length, the share of examples whose completion survives, is cut, is lost. */
export function survivalByLengthFigure(
  lengths: readonly Pick<ExampleLength, "prompt" | "total">[],
  maxLengths: readonly number[] = AUDIT_LENGTHS,
  tokenizer = "llama3",
): NamedFigure {
  const shares = maxLengths.map((maxLength) => sharesAt(lengths, maxLength));
  const x = maxLengths.map(String);
  const title = "Completion survival by maximum sequence length";
  return {
    name: "dataset-survival",
    stage: "dataset",
    title,
    caption:
      `Share of fine-tuning examples whose completion survives truncation whole, is cut, or is lost entirely, at each max_length ` +
      `(${tokenizer} tokens; the study used 512); n = ${plural(lengths.length, "example")}.`,
    data: STATUS.map(({ key, label, color }) => ({
      type: "bar",
      name: label,
      x,
      y: shares.map((share) => 100 * share[key]),
      text: shares.map((share) => `${(100 * share[key]).toFixed(1)} %`),
      textposition: "inside",
      insidetextanchor: "middle",
      marker: { color },
      uid: `dataset-survival-${key}`,
    })),
    layout: baseLayout(title, {
      barmode: "stack",
      xaxis: axis(`max_length (${tokenizer} tokens)`, { type: "category" }),
      yaxis: axis("Examples (%)", { range: [0, 100] }),
      legend: { orientation: "h", x: 0, y: -0.2 },
    }),
  };
}

/** Overlaid histograms of prompt and completion lengths (tokens). */
export function tokenLengthsFigure(
  lengths: readonly Pick<ExampleLength, "prompt" | "completion">[],
  tokenizer = "llama3",
): NamedFigure {
  const title = "Prompt and completion length";
  const bins = { start: 0, size: 128 };
  const prompts = lengths.map((length) => length.prompt);
  const completions = lengths.map((length) => length.completion);
  return {
    name: "dataset-token-lengths",
    stage: "dataset",
    title,
    caption: `Length of each fine-tuning example's prompt and completion in ${tokenizer} tokens, in bins of 128; n = ${plural(lengths.length, "example")}.`,
    data: [
      {
        type: "histogram",
        name: "Prompts",
        x: prompts,
        xbins: bins,
        opacity: 0.7,
        marker: { color: OKABE_ITO[0] },
        uid: "dataset-lengths-prompts",
      },
      {
        type: "histogram",
        name: "Completions",
        x: completions,
        xbins: bins,
        opacity: 0.7,
        marker: { color: OKABE_ITO[1] },
        uid: "dataset-lengths-completions",
      },
    ],
    layout: baseLayout(title, {
      barmode: "overlay",
      xaxis: axis(`Length (${tokenizer} tokens)`, { tickformat: ",d" }),
      yaxis: countAxis("Examples (count)", histogramPeak([prompts, completions], bins.size)),
      legend: { x: 0.98, xanchor: "right", y: 0.98 },
    }),
  };
}

/** Every dataset figure, in the order the notebook shows them. */
export function datasetFigures(lengths: readonly ExampleLength[], tokenizer = "llama3"): NamedFigure[] {
  return [survivalByLengthFigure(lengths, AUDIT_LENGTHS, tokenizer), tokenLengthsFigure(lengths, tokenizer)];
}
