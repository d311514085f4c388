// Python's `json.dumps(value)` with its defaults, byte for byte: the serialization the study ran
// before every metric, so the TF-IDF and ROUGE numbers depend on it (STUDY.md, "The metrics").
//
// Follows: CPython 3.11 `json/encoder.py`. ensure_ascii: every character outside " ".."~" becomes
// \uXXXX in lowercase hex (DEL, non-ASCII, astral characters as their surrogate pair, lone
// surrogates as themselves), except \" \\ \n \r \t \b \f; separators ", " and ": "; keys in
// insertion order; int keys, float keys, true/false/null keys turned into strings; floats as
// Python's repr (1.0, 1e-05, 1e+16) and NaN/Infinity/-Infinity (allow_nan=True); ints exact.
// JavaScript cannot tell 1 from 1.0, so: a number with a fraction (or NaN, ±Infinity) is a float,
// an integral number is an int, and `pyFloat(1)` (util/python-float.ts) marks a float that Python
// would hold as 1.0.
// Plain objects keep JavaScript's key order, which puts integer-like keys ("1", "10") first;
// pass a Map to keep any insertion order and to use non-string keys.
// Leaves out: indent, sort_keys, skipkeys, default= and the other options; tuples (use arrays).

import { PyFloat } from "../util/python-float";

/** Serializes `value` exactly as Python's `json.dumps(value)` with default arguments. */
export function pythonJsonDumps(value: unknown): string {
  return encodeValue(value, new Set());
}

/** Python's `repr(float)`: the shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  // toExponential() without an argument gives the same shortest round-trip digits as Python.
  const [mantissa, exponentText] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const point = exponent + 1; // digits[0..point) come before the decimal point
  if (point <= -4 || point > 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${head}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (digits.length <= point) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function encodeValue(value: unknown, path: Set<object>): string {
  if (value === null) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (typeof value === "string") return encodeString(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isInteger(value) ? BigInt(value).toString() : encodeFloat(value);
  if (value instanceof PyFloat) return encodeFloat(value.value);
  if (typeof value !== "object") throw notSerializable(value);
  if (path.has(value)) throw new Error("Circular reference detected");
  path.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((item) => encodeValue(item, path)).join(", ")}]`;
  } else if (value instanceof Map) {
    const items = [...value].map(([key, item]) => `${encodeKey(key)}: ${encodeValue(item, path)}`);
    text = `{${items.join(", ")}}`;
  } else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    const items = Object.entries(value).map(([key, item]) => `${encodeString(key)}: ${encodeValue(item, path)}`);
    text = `{${items.join(", ")}}`;
  } else {
    throw notSerializable(value);
  }
  path.delete(value);
  return text;
}

// json.dumps writes floats with float.__repr__ but spells the non-finite ones as JavaScript does.
function encodeFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  return pythonFloatRepr(x);
}

// Python turns float, bool, None and int keys into strings, in that order of checks.
function encodeKey(key: unknown): string {
  if (typeof key === "string") return encodeString(key);
  if (key instanceof PyFloat) return encodeString(encodeFloat(key.value));
  if (key === true || key === false || key === null) return encodeString(String(key));
  if (typeof key === "bigint") return encodeString(key.toString());
  if (typeof key === "number") {
    return encodeString(Number.isInteger(key) ? BigInt(key).toString() : encodeFloat(key));
  }
  throw new TypeError(`keys must be str, int, float, bool or None, not ${typeName(key)}`);
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

// Matches UTF-16 code units, so an astral character becomes its two \u escapes, as in Python.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\uffff]/g;

function encodeString(text: string): string {
  const escaped = text.replace(
    NEEDS_ESCAPE,
    (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${escaped}"`;
}

function notSerializable(value: unknown): TypeError {
  const hint = value === undefined ? " (Python has no undefined: use null or leave the key out)" : "";
  return new TypeError(`Object of type ${typeName(value)} is not JSON serializable${hint}`);
}

function typeName(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "object" && value !== null) return value.constructor?.name ?? "Object";
  return typeof value;
}
