// Test helper: reads the `python_repr` of python-json-dumps.jsonl back into the values Python
// held, so the tests can tell 1 from 1.0 and keep a dict's key order and non-string keys.
//
// Follows: the literals Python's repr() writes for str, int, float, bool, None, list and dict.
// Gives floats as PyFloat, dicts as Map (insertion order, keys of any type), ints as numbers.
// Leaves out: tuples, sets, bytes, complex numbers, string prefixes and implicit concatenation.

import { PyFloat } from "../../src/evaluate/python-json";

/** Parses one Python literal as repr() writes it. */
export function parsePythonLiteral(text: string): unknown {
  const reader = { text, at: 0 };
  const value = readValue(reader);
  skipSpaces(reader);
  if (reader.at !== text.length) throw new SyntaxError(`unexpected ${text.slice(reader.at, reader.at + 10)}`);
  return value;
}

interface Reader {
  text: string;
  at: number;
}

function readValue(r: Reader): unknown {
  skipSpaces(r);
  const char = r.text[r.at];
  if (char === "'" || char === '"') return readString(r);
  if (char === "[") return readItems(r, "]", () => readValue(r));
  if (char === "{") {
    const entries = readItems(r, "}", () => {
      const key = readValue(r);
      skipSpaces(r);
      expect(r, ":");
      return [key, readValue(r)] as [unknown, unknown];
    });
    return new Map(entries);
  }
  const word = /^(None|True|False|-?inf|nan|-?[0-9][0-9_]*(\.[0-9]*)?(e[-+]?[0-9]+)?)/.exec(r.text.slice(r.at));
  if (!word) throw new SyntaxError(`unexpected ${r.text.slice(r.at, r.at + 10)}`);
  r.at += word[0].length;
  const literal = word[0];
  if (literal === "None") return null;
  if (literal === "True" || literal === "False") return literal === "True";
  if (/inf|nan|[.e]/.test(literal)) return new PyFloat(literal.includes("nan") ? NaN : Number(literal.replace("inf", "Infinity")));
  return Number(literal);
}

function readItems<T>(r: Reader, close: string, readItem: () => T): T[] {
  const items: T[] = [];
  r.at++; // the opening bracket
  for (;;) {
    skipSpaces(r);
    if (r.text[r.at] === close) {
      r.at++;
      return items;
    }
    items.push(readItem());
    skipSpaces(r);
    if (r.text[r.at] === ",") r.at++;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t", a: "\x07", b: "\b", f: "\f", v: "\v", "0": "\0",
};

function readString(r: Reader): string {
  const quote = r.text[r.at++];
  let out = "";
  while (r.text[r.at] !== quote) {
    if (r.at >= r.text.length) throw new SyntaxError("unterminated string");
    const char = r.text[r.at++];
    if (char !== "\\") {
      out += char;
      continue;
    }
    const kind = r.text[r.at++];
    const digits = kind === "x" ? 2 : kind === "u" ? 4 : kind === "U" ? 8 : 0;
    if (digits > 0) {
      // \ud800 stays a lone surrogate, as in Python; \U0001f680 becomes a surrogate pair.
      const code = parseInt(r.text.slice(r.at, r.at + digits), 16);
      out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
      r.at += digits;
    } else if (kind in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[kind];
    } else {
      out += "\\" + kind;
    }
  }
  r.at++;
  return out;
}

function skipSpaces(r: Reader): void {
  while (r.text[r.at] === " ") r.at++;
}

function expect(r: Reader, char: string): void {
  if (r.text[r.at] !== char) throw new SyntaxError(`expected ${char} at ${r.at}`);
  r.at++;
}
