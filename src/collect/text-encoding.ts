/**
 * Byte-level text decoding for corpus files.
 *
 * The florex corpus is Windows-1252 (the study read it as latin-1); JobSpy writes UTF-8.
 * We decode field by field with a *fatal* UTF-8 decoder so a broken byte sequence is
 * reported against the exact record and field instead of turning into U+FFFD silently.
 * `detectEncoding` decides for a whole file: valid UTF-8 stays UTF-8; a file where most
 * non-ASCII runs are invalid UTF-8 is a legacy Windows-1252 file; anything in between is
 * UTF-8 with a few broken records (those become rejects).
 */

export type TextEncodingName = "utf-8" | "windows-1252";
export type EncodingOption = TextEncodingName | "auto";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Windows-1252's 0x80–0x9F block (WHATWG table). Node's TextDecoder("windows-1252") decodes
 * these bytes as Latin-1 C1 controls, so a corpus bullet 0x95 would become U+0095 instead of
 * "•"; we map them ourselves. The five unassigned bytes keep their Latin-1 value.
 */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => String.fromCharCode(CP1252_HIGH[ch.charCodeAt(0)] ?? ch.charCodeAt(0)));
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
