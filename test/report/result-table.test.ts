import { strict as assert } from "node:assert";
import { latexEscape, ResultTable, tableCsv, tableLatex, tableMarkdown } from "../../src/report/result-table";
import { markdownToHtml } from "../../src/run/markdown-html";

const TABLE: ResultTable = {
  name: "demo",
  stage: "evaluate",
  title: "Demo table",
  caption: "Two systems; n = 3.",
  columns: [
    { label: "System", align: "left" },
    { label: "Score [95 % CI]", align: "right" },
    { label: "p", align: "right" },
  ],
  rows: [
    ["Rules, baseline", "0.100 [0.050, 0.150]", "< 0.001"],
    ['a_b "quoted"', "-0.020 [-0.030, -0.010]", "—"],
  ],
  notes: ["Score: a demo score; lower is better."],
};

describe("result tables", () => {
  it("tableCsv quotes cells with commas and quotes (RFC 4180) and ends every row with CRLF", () => {
    assert.equal(
      tableCsv(TABLE),
      'System,Score [95 % CI],p\r\n"Rules, baseline","0.100 [0.050, 0.150]",< 0.001\r\n"a_b ""quoted""","-0.020 [-0.030, -0.010]",—\r\n',
    );
  });

  it("tableMarkdown writes the title and caption, alignment per column, and the notes", () => {
    assert.equal(
      tableMarkdown(TABLE),
      [
        "**Demo table.** Two systems; n = 3.",
        "",
        "| System | Score [95 % CI] | p |",
        "|:---|---:|---:|",
        "| Rules, baseline | 0.100 [0.050, 0.150] | < 0.001 |",
        '| a_b "quoted" | -0.020 [-0.030, -0.010] | — |',
        "",
        "- Score: a demo score; lower is better.",
        "",
      ].join("\n"),
    );
  });

  it("tableLatex is a booktabs table with escaped text, math minus signs and the same digits", () => {
    const tex = tableLatex(TABLE);
    assert.match(tex, /\\begin\{tabular\}\{lrr\}\n\\toprule\nSystem & Score \[95 \\% CI\] & p \\\\\n\\midrule\n/);
    assert.ok(tex.includes("Rules, baseline & 0.100 [0.050, 0.150] & \\textless{} 0.001 \\\\"));
    assert.ok(tex.includes('a\\_b "quoted" & $-$0.020 [$-$0.030, $-$0.010] & --- \\\\'));
    assert.ok(tex.includes("\\bottomrule\n\\end{tabular}") && tex.includes("\\label{tab:demo}"));
  });

  it("latexEscape escapes every special character", () => {
    assert.equal(
      latexEscape("50% & $5 #1 {x} ~ ^ \\"),
      "50\\% \\& \\$5 \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("a table row with the wrong number of cells is a bug and throws", () => {
    assert.throws(() => tableCsv({ ...TABLE, rows: [["only one"]] }), /row 1 has 1 cells for 3 columns/);
  });

  it("markdownToHtml keeps the Markdown table's alignment and lets the caller draw images", () => {
    const html = markdownToHtml(
      `${tableMarkdown(TABLE, { heading: false })}\n![A figure](figures/a.svg)\n\n*Figure 1. A.* Caption.`,
      {
        image: (alt, src) => `<div data-src="${src}">${alt}</div>`,
      },
    );
    assert.ok(html.includes('<th class="num">p</th>') && html.includes("<th>System</th>"));
    assert.ok(html.includes('<div data-src="figures/a.svg">A figure</div>'));
    assert.ok(html.includes('<p class="caption"><i>Figure 1. A.</i> Caption.</p>'));
  });
});
