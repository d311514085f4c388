/**
 * Figures of the dataset stage, as pure functions of the audited token lengths
 * (src/dataset/survival-audit.ts): how many completions survive whole, partly or not at all at
 * several max lengths — the study's 512 among them — and the distribution of prompt and
 * completion lengths. Shares are of examples; bars keep the survived/partial/lost order.
 */
import { AUDIT_LENGTHS, ExampleLength, sharesAt } from "../dataset/survival-audit";
import { axis, baseLayout, NamedFigure } from "./figure";

const STATUS = [
  { key: "survived", label: "Completion intact", color: "#4c9a5b" },
  { key: "partial", label: "Completion cut", color: "#e07b39" },
  { key: "lost", label: "Completion lost", color: "#b5484b" },
] as const;

/** Stacked bars: at each max length, the share of examples whose completion survives, is cut, is lost. */
export function survivalByLengthFigure(lengths: readonly Pick<ExampleLength, "prompt" | "total">[], maxLengths: readonly number[] = AUDIT_LENGTHS, tokenizer = "llama3"): NamedFigure {
  const shares = maxLengths.map((maxLength) => sharesAt(lengths, maxLength));
  const x = maxLengths.map(String);
  const title = `Completion survival by max length (${lengths.length} examples, ${tokenizer} tokens)`;
  return {
    name: "dataset-survival",
    title,
    data: STATUS.map(({ key, label, color }) => ({
      type: "bar", name: label, x, y: shares.map((share) => 100 * share[key]),
      text: shares.map((share) => `${(100 * share[key]).toFixed(1)} %`), textposition: "inside", insidetextanchor: "middle",
      marker: { color }, uid: `dataset-survival-${key}`,
    })),
    layout: baseLayout(title, {
      barmode: "stack", xaxis: axis("max_length (tokens)", { type: "category" }), yaxis: axis("Examples (%)", { range: [0, 100] }),
      legend: { orientation: "h", x: 0, y: -0.2 },
    }),
  };
}

/** Overlaid histograms of prompt and completion lengths (tokens). */
export function tokenLengthsFigure(lengths: readonly Pick<ExampleLength, "prompt" | "completion">[], tokenizer = "llama3"): NamedFigure {
  const title = `Prompt and completion length (${tokenizer} tokens)`;
  const bins = { start: 0, size: 128 };
  return {
    name: "dataset-token-lengths",
    title,
    data: [
      { type: "histogram", name: "Prompts", x: lengths.map((length) => length.prompt), xbins: bins, opacity: 0.65, uid: "dataset-lengths-prompts" },
      { type: "histogram", name: "Completions", x: lengths.map((length) => length.completion), xbins: bins, opacity: 0.65, uid: "dataset-lengths-completions" },
    ],
    layout: baseLayout(title, {
      barmode: "overlay", xaxis: axis("Tokens", { tickformat: ",d" }), yaxis: axis("Examples"), legend: { x: 0.98, xanchor: "right", y: 0.98 },
    }),
  };
}

/** Every dataset figure, in the order the notebook shows them. */
export function datasetFigures(lengths: readonly ExampleLength[], tokenizer = "llama3"): NamedFigure[] {
  return [survivalByLengthFigure(lengths, AUDIT_LENGTHS, tokenizer), tokenLengthsFigure(lengths, tokenizer)];
}
