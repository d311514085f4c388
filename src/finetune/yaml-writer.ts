/**
 * A small YAML writer for trainer configs (Axolotl, LLaMA-Factory), so the workbench needs no
 * YAML dependency. Block style only: `key: value`, nested maps indented two spaces, lists as
 * `- item` lines; sections separated by a blank line, each with an optional `# comment`.
 *
 * Written for what PyYAML (YAML 1.1, what both trainers use) reads back unchanged: a string is
 * written plain only when it cannot be read as anything else, otherwise double-quoted with JSON
 * escapes (a valid YAML double-quoted scalar); words YAML 1.1 reads as booleans or null
 * (yes/no/on/off/y/n/true/false/null/~) number- and date-like strings are quoted; a number in
 * exponent form always has a decimal point ("1.0e-05"), because PyYAML reads `1e-05` as a
 * string. Leaves out flow style, anchors, multi-line strings and key quoting beyond the same rule.
 */

export type YamlScalar = string | number | boolean | null;
export type YamlValue = YamlScalar | YamlValue[] | { [key: string]: YamlValue };
export type YamlMap = { [key: string]: YamlValue };

export interface YamlSection {
  comment?: string;
  values: YamlMap;
}

const YAML11_WORDS = /^(y|yes|n|no|true|false|on|off|null|~)$/i;
const NUMBER_LIKE =
  /^[-+]?(\.?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|\.(inf|nan)|0[xob][\da-f_]+|\d[\d_]*(:[0-5]?\d)+(\.\d*)?)$/i;
/** YAML 1.1 timestamps (2024-01-31, 2024-1-31T10:00): PyYAML would read a date. */
const DATE_LIKE = /^\d{4}-\d\d?-\d\d?/;
const PLAIN = /^[A-Za-z0-9_<./][A-Za-z0-9_<>|./+=@-]*$/;

export function yamlString(text: string): string {
  const plain = PLAIN.test(text) && !YAML11_WORDS.test(text) && !NUMBER_LIKE.test(text) && !DATE_LIKE.test(text);
  return plain ? text : JSON.stringify(text);
}

export function yamlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`YAML writer: ${value} is not a finite number`);
  const text = String(value);
  // "1e-7" -> "1.0e-7": PyYAML's YAML 1.1 float pattern needs the dot.
  return /e/i.test(text) && !text.includes(".") ? text.replace(/e/i, ".0e") : text;
}

function scalar(value: YamlScalar): string {
  if (value === null) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return yamlNumber(value);
  return yamlString(value);
}

const isMap = (value: YamlValue): value is YamlMap =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Lines of `value` under a parent key, at `indent` spaces. */
function block(value: YamlMap | YamlValue[], indent: number): string[] {
  const pad = " ".repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isMap(item) && Object.keys(item).length > 0) {
        // First key on the dash line, the rest aligned under it.
        const [first, ...rest] = block(item, indent + 2);
        return [`${pad}- ${first.slice(indent + 2)}`, ...rest];
      }
      if (Array.isArray(item) && item.length > 0) return [`${pad}-`, ...block(item, indent + 2)];
      return [`${pad}- ${inline(item)}`];
    });
  }
  return Object.entries(value).flatMap(([key, item]) => {
    const name = yamlString(key);
    if ((isMap(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0)) {
      return [`${pad}${name}:`, ...block(item as YamlMap | YamlValue[], indent + 2)];
    }
    return [`${pad}${name}: ${inline(item)}`];
  });
}

/** A scalar, or an empty list/map, on one line. */
function inline(value: YamlValue): string {
  if (Array.isArray(value)) return "[]";
  if (isMap(value)) return "{}";
  return scalar(value);
}

/** A YAML document: header comment lines, then each section (comment + keys), blank-line separated. */
export function toYaml(sections: readonly YamlSection[], header: readonly string[] = []): string {
  const parts: string[] = [];
  if (header.length > 0) parts.push(header.map((line) => (line === "" ? "#" : `# ${line}`)).join("\n"));
  for (const section of sections) {
    const lines = block(section.values, 0);
    if (section.comment) lines.unshift(`# ${section.comment}`);
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}\n`;
}
