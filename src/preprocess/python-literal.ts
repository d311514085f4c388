/**
 * Reads a Python literal as `repr()` or `str()` writes it (the study stored its GPT-4 job details
 * in a CSV as `str(dict)`), and JSON too, since JSON is nearly a subset.
 *
 * Follows: Python's literal syntax for str ('…' and "…" with backslash escapes), int, float,
 * True/False/None, list, tuple, dict, and JSON's true/false/null; nan/inf become null.
 * Leaves out: sets, bytes, complex numbers, string prefixes (r'', b'', f''), and comments.
 * Throws a SyntaxError naming the offset when the text is not a literal.
 */

export type PyValue = null | boolean | number | string | PyValue[] | { [key: string]: PyValue };

interface Reader {
  text: string;
  at: number;
}

/** Parses `text` as one Python (or JSON) literal; dict keys become strings. */
export function parsePythonLiteral(text: string): PyValue {
  const reader: Reader = { text, at: 0 };
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

function readValue(r: Reader): PyValue {
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
    return word[0] === "True" || word[0] === "true" ? true : word[0] === "False" || word[0] === "false" ? false : null;
  }
  const number = /^[-+]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][-+]?\d+)?/.exec(r.text.slice(r.at, r.at + 64));
  if (number) {
    r.at += number[0].length;
    return Number(number[0].replace(/_/g, ""));
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

const SIMPLE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', b: "\b", f: "\f", v: "\v", a: "\x07", "0": "\0", "/": "/" };

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

function readItems(r: Reader, close: string): PyValue[] {
  r.at++;
  const items: PyValue[] = [];
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

function readDict(r: Reader): { [key: string]: PyValue } {
  r.at++;
  const dict: { [key: string]: PyValue } = {};
  for (;;) {
    skipSpaces(r);
    if (r.text[r.at] === "}") {
      r.at++;
      return dict;
    }
    const key = readValue(r);
    skipSpaces(r);
    if (r.text[r.at] !== ":") fail(r, "expected :");
    r.at++;
    dict[typeof key === "string" ? key : JSON.stringify(key)] = readValue(r);
    skipSpaces(r);
    if (r.text[r.at] === ",") r.at++;
    else if (r.text[r.at] !== "}") fail(r, "expected , or }");
  }
}
