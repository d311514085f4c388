/**
 * A small Markdown-to-HTML converter for the run report: headings, paragraphs, pipe tables,
 * bullet lists, fenced code and inline code/bold. Not a general Markdown parser: it covers what
 * the report writes, and escapes everything else.
 */
import { escapeHtml } from "../html/escape";

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<b>$1</b>");
}

export function markdownToHtml(markdown: string): string {
  const lines = markdown.split("\n");
  const html: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("```")) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      html.push(`<pre>${escapeHtml(code.join("\n"))}</pre>`);
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(" ");
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i].slice(1, -1).split("|").map((cell) => cell.trim()));
      i--;
      const [head, , ...body] = rows;
      html.push(`<table><tr>${head.map((cell) => `<th>${inline(cell)}</th>`).join("")}</tr>${body.map((row) => `<tr>${row.map((cell) => `<td>${inline(cell)}</td>`).join("")}</tr>`).join("")}</table>`);
    } else if (line.startsWith("- ")) {
      const items: string[] = [];
      for (; i < lines.length && lines[i].startsWith("- "); i++) items.push(`<li>${inline(lines[i].slice(2))}</li>`);
      i--;
      html.push(`<ul>${items.join("")}</ul>`);
    } else if (line.trim() !== "") {
      html.push(`<p>${inline(line)}</p>`);
    }
  }
  return html.join("\n");
}
