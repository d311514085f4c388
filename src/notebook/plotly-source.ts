/** plotly.js from the installed package, read once per process (it is several megabytes). */
import * as fs from "node:fs";

let source: string | null = null;

export function plotlySource(): string {
  // A closing script tag inside the bundle would end the inline <script> early.
  source ??= fs.readFileSync(require.resolve("plotly.js-dist"), "utf8").replace(/<\/script/gi, "<\\/script");
  return source;
}
