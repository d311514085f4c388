/**
 * The run report as one offline HTML file under 5 MB: the Markdown rendered, and each figure
 * drawn interactively where the Markdown shows its image. plotly.js (10 MB as shipped) is
 * embedded once, gzip-compressed and base64-encoded (about 1.5 MB), and unpacked in the page by
 * the browser's own DecompressionStream before the figures are drawn: no network, one shared
 * script. gzip from node:zlib writes no timestamp, so the file is the same bytes on every run.
 */
import * as fs from "node:fs";
import * as zlib from "node:zlib";
import { markdownToHtml } from "./markdown-html";

export interface ReportFigure {
  name: string;
  data: unknown;
  layout: unknown;
}

let plotlyPacked: string | null = null;

/** plotly.js-dist, gzip level 9, base64: computed once per process. */
export function packedPlotly(): string {
  plotlyPacked ??= zlib.gzipSync(fs.readFileSync(require.resolve("plotly.js-dist")), { level: 9 }).toString("base64");
  return plotlyPacked;
}

// Safe inside <script>: JSON cannot close the element or open a comment.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** `markdown`'s images of `figures/<name>.svg` become interactive plots of the matching spec; other images stay images. */
export function reportHtml(markdown: string, figures: readonly ReportFigure[], title = "Run report"): string {
  const byName = new Map(figures.map((figure) => [figure.name, figure]));
  const drawn: ReportFigure[] = [];
  const body = markdownToHtml(markdown, {
    image: (alt, src) => {
      const name = /^figures\/([^/]+)\.svg$/.exec(src)?.[1];
      const figure = name ? byName.get(name) : undefined;
      if (!figure) return null;
      drawn.push(figure);
      return `<div class="figure" id="figure-${figure.name}" role="img" aria-label="${alt.replace(/"/g, "&quot;")}"></div>`;
    },
  });
  const specs = drawn.map((figure) => ({
    id: `figure-${figure.name}`,
    data: figure.data,
    layout: { ...(figure.layout as object), autosize: true },
  }));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:"Liberation Sans",Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:0.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left}td.num,th.num{text-align:right}
pre{background:#f6f6f6;padding:0.8em;overflow-x:auto;font-size:12px}.figure{width:100%;height:480px;margin:1em 0 0.2em}p.caption{font-size:13px;color:#444;margin-top:0}</style>
</head>
<body>
${body}
<script id="plotly-gzip-base64" type="application/octet-stream">${packedPlotly()}</script>
<script id="figure-specs" type="application/json">${scriptJson(specs)}</script>
<script>
(async function () {
  var packed = document.getElementById("plotly-gzip-base64").textContent;
  var bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
  var source = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  var script = document.createElement("script");
  script.textContent = source;
  document.head.appendChild(script);
  var specs = JSON.parse(document.getElementById("figure-specs").textContent);
  for (var i = 0; i < specs.length; i++) {
    await Plotly.newPlot(specs[i].id, specs[i].data, specs[i].layout, { responsive: true, displaylogo: false });
  }
  document.body.setAttribute("data-figures-drawn", String(specs.length));
})();
</script>
</body></html>
`;
}
