/**
 * The loss curve of a fine-tune, one figure for both paths: OpenAI's result file and a LoRA
 * trainer's log both become loss points (src/finetune/trainer-logs.ts), drawn here as training
 * loss per step and, when present, validation loss per step. Pure: points in, spec out; trace
 * uids are fixed and the title and caption say where the numbers came from (a sample log says so).
 */
import type { LossPoint } from "../finetune/trainer-logs";
import { plural } from "../util/words";
import { axis, baseLayout, NamedFigure, OKABE_ITO } from "./figure";

export interface LossCurveOptions {
  /** Where the data came from, shown in the title and caption: "OpenAI job ftjob-abc (result file)", "sample log (hand-written, not a real run)". */
  from: string;
  /** File stem (default "loss-curve"). */
  name?: string;
}

export function lossCurveFigure(points: readonly LossPoint[], options: LossCurveOptions): NamedFigure {
  const title = `Loss per step — ${options.from}`;
  const train = points.filter((point) => point.trainLoss !== null);
  const valid = points.filter((point) => point.validLoss !== null);
  const data: Record<string, unknown>[] = [
    {
      type: "scatter",
      mode: "lines",
      name: "training loss",
      x: train.map((p) => p.step),
      y: train.map((p) => p.trainLoss),
      line: { color: OKABE_ITO[0] },
      uid: "loss-train",
    },
  ];
  if (valid.length > 0) {
    data.push({
      type: "scatter",
      mode: valid.length === 1 ? "markers" : "lines+markers",
      name: "validation loss",
      marker: { color: OKABE_ITO[1] },
      line: { color: OKABE_ITO[1] },
      x: valid.map((p) => p.step),
      y: valid.map((p) => p.validLoss),
      uid: "loss-valid",
    });
  }
  return {
    name: options.name ?? "loss-curve",
    stage: "finetune",
    title,
    caption:
      `Training loss per step${valid.length ? " and validation loss where the trainer evaluated" : ""}, from ${options.from}; ` +
      `${plural(train.length, "training point")}${valid.length ? `, ${plural(valid.length, "validation point")}` : ""}.`,
    data,
    layout: baseLayout(title, {
      xaxis: axis("Training step", { rangemode: "tozero", tickformat: ",d" }),
      yaxis: axis("Loss (cross-entropy, nats per token)", { rangemode: "tozero" }),
      legend: { x: 0.98, xanchor: "right", y: 0.98 },
      showlegend: true,
    }),
  };
}
