/**
 * Byte-level text decoding for corpus files.
 *
 * The florex corpus is Windows-1252 (the study read it as latin-1); JobSpy writes UTF-8.
 * We decode field by field with a *fatal* UTF-8 decoder so a broken byte sequence is
 * reported against the exact record and field instead of turning into U+FFFD silently.
 * `detectEncoding` decides for a whole file: valid UTF-8 stays UTF-8; a file where most
 * non-ASCII runs are invalid UTF-8 is a legacy Windows-1252 file; anything in between is
 * UTF-8 with a few broken records (those become rejects).
 *
 * Files that mix both (a resume pasted together from two editors, a corpus appended to by
 * two tools) are decoded line by line: `decodeLine` reads a valid UTF-8 line as UTF-8 and
 * any other line as Windows-1252 in a Windows-1252 file; in a UTF-8 file it reads each
 * well-formed UTF-8 sequence as UTF-8 and each remaining high byte as Windows-1252, but only
 * when those bytes look like Western text (accented letters, quotes, dashes, bullets, spaces),
 * so a stray UTF-16 mark or binary run is still reported instead of becoming "ÿþ".
 */

export type TextEncodingName = "utf-8" | "windows-1252";
/** What a line-by-line decode found: one encoding throughout, or both. */
export type DecodedEncoding = TextEncodingName | "mixed";
export type EncodingOption = TextEncodingName | "auto";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Windows-1252's 0x80–0x9F block (WHATWG table). Node's TextDecoder("windows-1252") decodes
 * these bytes as Latin-1 C1 controls, so a corpus bullet 0x95 would become U+0095 instead of
 * "•"; we map them ourselves. The five unassigned bytes keep their Latin-1 value.
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (ch) =>
    String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0)] ?? ch.charCodeAt(0)),
  );
}

/** Decodes bytes; throws a TypeError on invalid UTF-8 when the encoding is utf-8. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string {
  return encoding === "utf-8" ? strictUtf8.decode(bytes) : decodeWindows1252(bytes);
}

/** Decodes bytes, or returns null when they are not valid in that encoding. */
export function tryDecodeBytes(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return decodeBytes(bytes, encoding);
  } catch {
    return null; // caller turns this into a reject naming the record and field
  }
}

/**
 * Splits a buffer into maximal runs of non-ASCII bytes and counts how many of them are
 * valid UTF-8. A run is the unit that a legacy encoding and UTF-8 disagree on.
 */
function countNonAsciiRuns(bytes: Uint8Array): { runs: number; validUtf8: number } {
  let runs = 0;
  let validUtf8 = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && bytes[j] >= 0x80) j++;
    runs++;
    if (tryDecodeBytes(bytes.subarray(i, j), "utf-8") !== null) validUtf8++;
    i = j;
  }
  return { runs, validUtf8 };
}

/** Chooses the encoding of a whole file (see the header for the rule). */
export function detectEncoding(bytes: Uint8Array, option: EncodingOption = "auto"): TextEncodingName {
  if (option !== "auto") return option;
  if (tryDecodeBytes(bytes, "utf-8") !== null) return "utf-8";
  const { runs, validUtf8 } = countNonAsciiRuns(bytes);
  return validUtf8 * 2 < runs ? "windows-1252" : "utf-8";
}

/** Strips a UTF-8 byte-order mark, which Excel and some exporters prepend. */
export function stripUtf8Bom(bytes: Uint8Array): Uint8Array {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Windows-1252 bytes that do not occur in Western resume text: the five unassigned ones, and
 * Ð ð Þ þ ÿ (Icelandic letters and ÿ, whose bytes 0xFE 0xFF open UTF-16 files). A byte run
 * containing one is not guessed as Windows-1252.
 */
const IMPLAUSIBLE_CP1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xd0, 0xde, 0xf0, 0xfe, 0xff]);

/** Length of the well-formed UTF-8 sequence (RFC 3629) starting at `i`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i];
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  return tryDecodeBytes(bytes.subarray(i, i + length), "utf-8") === null ? 0 : length;
}

/**
 * UTF-8 sequences as UTF-8, every other high byte as Windows-1252; null when such a byte is one
 * Western text never has (see IMPLAUSIBLE_CP1252). `legacy` tells whether any byte was read as
 * Windows-1252 and `utf8` whether any multi-byte sequence was read as UTF-8.
 */
function decodeUtf8WithCp1252Fallback(bytes: Uint8Array): { text: string; legacy: boolean; utf8: boolean } | null {
  let text = "";
  let legacy = false;
  let utf8 = false;
  let asciiStart = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    text += decodeWindows1252(bytes.subarray(asciiStart, i)); // ASCII: any decoder gives the same
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      text += decodeBytes(bytes.subarray(i, i + length), "utf-8");
      utf8 = true;
      i += length;
    } else {
      if (IMPLAUSIBLE_CP1252.has(bytes[i])) return null;
      text += decodeWindows1252(bytes.subarray(i, i + 1));
      legacy = true;
      i++;
    }
    asciiStart = i;
  }
  text += decodeWindows1252(bytes.subarray(asciiStart));
  return { text, legacy, utf8 };
}

/**
 * Decodes one line (or one field) of a file whose overall encoding is `fileEncoding` (from
 * `detectEncoding`). With an explicit `option` only that encoding is tried, as before. With
 * "auto": a valid UTF-8 line is UTF-8 (pure-ASCII lines keep the file's encoding name); in a
 * Windows-1252 file any other line is Windows-1252; in a UTF-8 file the fallback above.
 * Returns null when the bytes cannot be read that way (the caller rejects the record).
 */
export function decodeLine(
  bytes: Uint8Array,
  fileEncoding: TextEncodingName,
  option: EncodingOption = "auto",
): { text: string; encoding: DecodedEncoding } | null {
  if (option !== "auto") {
    const text = tryDecodeBytes(bytes, option);
    return text === null ? null : { text, encoding: option };
  }
  const utf8 = tryDecodeBytes(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: bytes.some((byte) => byte >= 0x80) ? "utf-8" : fileEncoding };
  if (fileEncoding === "windows-1252") return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  const mixed = decodeUtf8WithCp1252Fallback(bytes);
  if (mixed === null) return null;
  return { text: mixed.text, encoding: mixed.utf8 ? "mixed" : "windows-1252" };
}

/**
 * Decodes a whole text file line by line (see `decodeLine`), keeping its line breaks. Returns
 * the 1-based line that cannot be decoded instead when there is one.
 */
export function decodeTextFile(
  bytes: Uint8Array,
  option: EncodingOption = "auto",
): { text: string; encoding: DecodedEncoding } | { badLine: number } {
  const body = stripUtf8Bom(bytes);
  const fileEncoding = detectEncoding(body, option);
  const lines: string[] = [];
  const seen = new Set<DecodedEncoding>();
  let start = 0;
  let lineNumber = 1;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== 0x0a) continue;
    const decoded = decodeLine(body.subarray(start, i), fileEncoding, option);
    if (decoded === null) return { badLine: lineNumber };
    lines.push(decoded.text);
    if (body.subarray(start, i).some((byte) => byte >= 0x80)) seen.add(decoded.encoding);
    start = i + 1;
    lineNumber++;
  }
  const encoding: DecodedEncoding = seen.size === 0 ? fileEncoding : seen.size === 1 ? [...seen][0] : "mixed";
  return { text: lines.join("\n"), encoding };
}
