/**
 * Reads a Python literal as `repr()` or `str()` writes it (the study stored its GPT-4 job details
 * in a CSV as `str(dict)`), and JSON too, since JSON is nearly a subset.
 *
 * Follows: Python's literal syntax for str ('…' and "…" with backslash escapes), int, float,
 * True/False/None, list, tuple, dict, and JSON's true/false/null.
 * Two forms of result (`form`):
 * - "json" (default): JSON's values, for reading records: nan/inf become null, floats plain
 *   numbers, dicts plain objects whose non-string keys become their JSON text.
 * - "python": the values Python held, for writing them back exactly (evaluate/python-json.ts):
 *   floats (1.0, 1e-05, nan, inf) as PyFloat so 1.0 stays apart from 1, dicts as Maps that keep
 *   insertion order and keys of any type.
 * Leaves out: sets, bytes, complex numbers, string prefixes (r'', b'', f''), and comments; ints
 * past 2^53 lose precision (they become JavaScript numbers).
 * Throws a SyntaxError naming the offset when the text is not a literal.
 */
import { PyFloat } from "../util/python-float";

export type PyValue = null | boolean | number | string | PyValue[] | { [key: string]: PyValue };

export type LiteralForm = "json" | "python";

interface Reader {
  text: string;
  at: number;
  python: boolean;
}

/** Parses `text` as one Python (or JSON) literal; in the default "json" form, dict keys become strings. */
export function parsePythonLiteral(text: string, options?: { form?: "json" }): PyValue;
/** In the "python" form: floats as PyFloat, dicts as Maps. */
export function parsePythonLiteral(text: string, options: { form: LiteralForm }): unknown;
export function parsePythonLiteral(text: string, { form = "json" }: { form?: LiteralForm } = {}): unknown {
  if (form !== "json" && form !== "python")
    throw new Error(`unknown literal form "${form as string}": use "json" or "python"`);
  const reader: Reader = { text, at: 0, python: form === "python" };
  const value = readValue(reader);
  skipSpaces(reader);
  if (reader.at !== text.length) fail(reader, "unexpected text after the value");
  return value;
}

function fail(r: Reader, message: string): never {
  throw new SyntaxError(`${message} at offset ${r.at}: ${JSON.stringify(r.text.slice(r.at, r.at + 20))}`);
}

function skipSpaces(r: Reader): void {
  while (r.at < r.text.length && /\s/.test(r.text[r.at])) r.at++;
}

function readValue(r: Reader): unknown {
  skipSpaces(r);
  const char = r.text[r.at];
  if (char === undefined) fail(r, "unexpected end");
  if (char === "'" || char === '"') return readStrings(r);
  if (char === "[") return readItems(r, "]");
  if (char === "(") return readItems(r, ")");
  if (char === "{") return readDict(r);
  const word = /^(?:True|False|None|true|false|null|nan|-?inf)\b/.exec(r.text.slice(r.at, r.at + 6));
  if (word) {
    r.at += word[0].length;
    if (r.python && /nan|inf/.test(word[0]))
      return new PyFloat(word[0] === "nan" ? NaN : word[0] === "inf" ? Infinity : -Infinity);
    return word[0] === "True" || word[0] === "true" ? true : word[0] === "False" || word[0] === "false" ? false : null;
  }
  const number = /^[-+]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][-+]?\d+)?/.exec(r.text.slice(r.at, r.at + 64));
  if (number) {
    r.at += number[0].length;
    const value = Number(number[0].replace(/_/g, ""));
    // Python reads a point or an exponent as a float, anything else as an int.
    return r.python && /[.eE]/.test(number[0]) ? new PyFloat(value) : value;
  }
  return fail(r, "not a Python literal");
}

/** Adjacent string literals concatenate, as in Python ('a' 'b' == 'ab'). */
function readStrings(r: Reader): string {
  let value = readString(r);
  for (;;) {
    const save = r.at;
    skipSpaces(r);
    if (r.text[r.at] !== "'" && r.text[r.at] !== '"') {
      r.at = save;
      return value;
    }
    value += readString(r);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  b: "\b",
  f: "\f",
  v: "\v",
  a: "\x07",
  "0": "\0",
  "/": "/",
};

function readString(r: Reader): string {
  const quote = r.text[r.at];
  const triple = r.text.startsWith(quote.repeat(3), r.at);
  r.at += triple ? 3 : 1;
  let out = "";
  for (;;) {
    if (r.at >= r.text.length) fail(r, "unterminated string");
    const char = r.text[r.at];
    if (triple ? r.text.startsWith(quote.repeat(3), r.at) : char === quote) {
      r.at += triple ? 3 : 1;
      return out;
    }
    if (char !== "\\") {
      out += char;
      r.at++;
      continue;
    }
    const next = r.text[r.at + 1];
    const hex = next === "x" ? 2 : next === "u" ? 4 : next === "U" ? 8 : 0;
    if (hex > 0) {
      const digits = r.text.slice(r.at + 2, r.at + 2 + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) fail(r, "bad escape");
      out += String.fromCodePoint(parseInt(digits, 16));
      r.at += 2 + hex;
    } else if (next === "\n") {
      r.at += 2; // a line continuation inside the string
    } else if (next !== undefined && SIMPLE_ESCAPES[next] !== undefined) {
      out += SIMPLE_ESCAPES[next];
      r.at += 2;
    } else {
      out += "\\"; // Python keeps unknown escapes as written
      r.at++;
    }
  }
}

function readItems(r: Reader, close: string): unknown[] {
  r.at++;
  const items: unknown[] = [];
  for (;;) {
    skipSpaces(r);
    if (r.text[r.at] === close) {
      r.at++;
      return items;
    }
    items.push(readValue(r));
    skipSpaces(r);
    if (r.text[r.at] === ",") r.at++;
    else if (r.text[r.at] !== close) fail(r, `expected , or ${close}`);
  }
}

function readDict(r: Reader): Map<unknown, unknown> | { [key: string]: unknown } {
  r.at++;
  const entries = new Map<unknown, unknown>();
  const dict: { [key: string]: unknown } = {};
  for (;;) {
    skipSpaces(r);
    if (r.text[r.at] === "}") {
      r.at++;
      return r.python ? entries : dict;
    }
    const key = readValue(r);
    skipSpaces(r);
    if (r.text[r.at] !== ":") fail(r, "expected :");
    r.at++;
    const value = readValue(r);
    if (r.python) entries.set(key, value);
    else dict[typeof key === "string" ? key : JSON.stringify(key)] = value;
    skipSpaces(r);
    if (r.text[r.at] === ",") r.at++;
    else if (r.text[r.at] !== "}") fail(r, "expected , or }");
  }
}
