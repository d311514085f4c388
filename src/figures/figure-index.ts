/**
 * The index of a figures folder: `index.json` (read by the run report) and `index.md` (for a
 * person), listing every figure and table with its caption and files, in stage order, and every
 * figure not drawn with the one line saying why. Pure: entries in, text out.
 */
import { z } from "zod";
import { stageLabel } from "../schemas/display-names";
import { STAGES } from "../schemas/run-config";

const Entry = z.object({
  name: z.string(),
  stage: z.enum(STAGES),
  title: z.string(),
  caption: z.string(),
  files: z.array(z.string()),
});

export const FigureIndex = z.object({
  run: z.string(),
  seed: z.number(),
  figures: z.array(Entry),
  tables: z.array(Entry),
  skipped: z.array(z.object({ name: z.string(), stage: z.enum(STAGES), title: z.string(), reason: z.string() })),
  /** Why no SVG/PDF/PNG were written (no Chromium), or null. */
  staticSkipped: z.string().nullable(),
});
export type FigureIndex = z.infer<typeof FigureIndex>;

export const INDEX_FILES = ["index.json", "index.md"] as const;

export function figureIndexMarkdown(index: FigureIndex): string {
  const lines = [
    `# Figures and tables: run "${index.run}"`,
    "",
    `Seed ${index.seed}. Every figure as its plotly spec (.json), SVG, PDF and PNG (two-column size; ` +
      "`.one-column.*` the one-column size); every table as CSV, Markdown and LaTeX (booktabs), under `tables/`.",
    "",
  ];
  if (index.staticSkipped) lines.push(`> ${index.staticSkipped}`, "");
  for (const stage of STAGES) {
    const figures = index.figures.filter((entry) => entry.stage === stage);
    const tables = index.tables.filter((entry) => entry.stage === stage);
    const skipped = index.skipped.filter((entry) => entry.stage === stage);
    if (!figures.length && !tables.length && !skipped.length) continue;
    lines.push(`## ${stageLabel(stage)}`, "");
    for (const entry of [...figures, ...tables]) {
      lines.push(
        `- **${entry.title}** — ${entry.caption}`,
        `  Files: ${entry.files.map((file) => `[${file}](${file})`).join(", ")}`,
      );
    }
    for (const entry of skipped) lines.push(`- Not drawn: **${entry.title}** (\`${entry.name}\`): ${entry.reason}.`);
    lines.push("");
  }
  return lines.join("\n");
}
