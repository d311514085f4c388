/**
 * Cleaning of scraped resume text (florex corpus, scraped from Indeed).
 *
 * The corpus keeps the search highlighter's `<span class="hl">…</span>` tags and a few HTML
 * entities; Windows-1252 no-break spaces (0xA0) are everywhere. We remove tags (keeping their
 * text), decode entities, turn every Unicode space into a plain space and collapse runs.
 * The scrape has no line structure left (one line per resume), so nothing else is inferred here;
 * sectioning happens in preprocessing.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "\u2013",
  mdash: "\u2014",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  bull: "\u2022",
  middot: "\u00b7",
  hellip: "\u2026",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  eacute: "\u00e9",
  egrave: "\u00e8",
  aacute: "\u00e1",
  oacute: "\u00f3",
  uuml: "\u00fc",
  ntilde: "\u00f1",
  deg: "\u00b0",
  frac12: "\u00bd",
  times: "\u00d7",
};

/** Decodes `&name;`, `&#123;` and `&#x7B;`; unknown names are left as they are. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Removes HTML tags, keeping the text between them (the highlighter wraps search terms). */
export function stripHtmlTags(text: string): string {
  return text.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, "");
}

/** Folds every Unicode space separator, tab and line break into single spaces; trims the ends. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g, " ").trim();
}

/** The full cleaning: tags, then entities (so `&lt;b&gt;` stays literal text), then spaces. */
export function cleanScrapedText(text: string): string {
  return normalizeWhitespace(decodeHtmlEntities(stripHtmlTags(text)));
}

/** A short single-line excerpt for error messages, never the whole value. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
