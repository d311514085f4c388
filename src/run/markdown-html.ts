/**
 * A small Markdown-to-HTML converter for the run report: headings, paragraphs, pipe tables (with
 * their column alignment), bullet lists (one level of nesting), images on their own line,
 * fenced code and inline code/bold/italic. Not a general Markdown parser: it covers what the
 * report writes, and escapes everything else. An `image` hook lets the caller draw an image
 * another way (the report draws a figure interactively where its SVG would be).
 */
import { escapeHtml } from "../html/escape";

export interface MarkdownHtmlOptions {
  /** HTML for an image line `![alt](src)`, or null for a plain <img>. */
  image?: (alt: string, src: string) => string | null;
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<b>$1</b>")
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, "$1<i>$2</i>");
}

function table(rows: string[][]): string {
  const [head, separator, ...body] = rows;
  const right = separator.map((cell) => /^-+:$/.test(cell));
  const cell = (tag: string, text: string, c: number) =>
    `<${tag}${right[c] ? ' class="num"' : ""}>${inline(text)}</${tag}>`;
  return `<table><tr>${head.map((text, c) => cell("th", text, c)).join("")}</tr>${body.map((row) => `<tr>${row.map((text, c) => cell("td", text, c)).join("")}</tr>`).join("")}</table>`;
}

const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;

export function markdownToHtml(markdown: string, options: MarkdownHtmlOptions = {}): string {
  const lines = markdown.split("\n");
  const html: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const image = IMAGE.exec(line.trim());
    if (line.startsWith("```")) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      html.push(`<pre>${escapeHtml(code.join("\n"))}</pre>`);
    } else if (image) {
      html.push(
        options.image?.(image[1], image[2]) ??
          `<p><img src="${escapeHtml(image[2])}" alt="${escapeHtml(image[1])}"></p>`,
      );
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(" ");
      html.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
    } else if (line.startsWith("|")) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++)
        rows.push(
          lines[i]
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/\\\|/g, "|")),
        );
      i--;
      html.push(table(rows));
    } else if (line.startsWith("- ")) {
      const items: string[] = [];
      for (; i < lines.length && (lines[i].startsWith("- ") || lines[i].startsWith("  - ")); i++) {
        if (lines[i].startsWith("  - ")) {
          const nested: string[] = [];
          for (; i < lines.length && lines[i].startsWith("  - "); i++)
            nested.push(`<li>${inline(lines[i].slice(4))}</li>`);
          i--;
          items[items.length - 1] = items[items.length - 1].replace(/<\/li>$/, `<ul>${nested.join("")}</ul></li>`);
        } else {
          items.push(`<li>${inline(lines[i].slice(2))}</li>`);
        }
      }
      i--;
      html.push(`<ul>${items.join("")}</ul>`);
    } else if (line.trim() !== "") {
      const caption = line.startsWith("*Figure ");
      html.push(`<p${caption ? ' class="caption"' : ""}>${inline(line)}</p>`);
    }
  }
  return html.join("\n");
}
