/**
 * An RFC 4180 CSV parser that works on bytes and reports where each record starts.
 *
 * Why bytes: the structural characters (comma, quote, CR, LF) are ASCII and never occur
 * inside a UTF-8 multi-byte sequence or as a Windows-1252 high byte, so fields can be cut
 * before decoding. Each field is then decoded on its own, and a broken byte sequence is
 * blamed on one record and one column. Records keep the 1-based physical line they start
 * on, because JobSpy descriptions span many lines.
 *
 * Follows RFC 4180 as pandas' `to_csv` writes it: quoted fields may hold commas, CR/LF and
 * doubled quotes; records end at LF or CRLF. Leaves out: other delimiters, comment lines.
 */

export interface CsvByteRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  /** The raw bytes of each field, quotes removed and doubled quotes undone. */
  fields: Uint8Array[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/** Parses every record; blank lines between records are skipped. */
export function parseCsvBytes(bytes: Uint8Array): CsvByteRecord[] {
  const records: CsvByteRecord[] = [];
  let line = 1;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    if (bytes[i] === LF || (bytes[i] === CR && bytes[i + 1] === LF)) {
      i += bytes[i] === CR ? 2 : 1; // a blank line is not a record
      line++;
      continue;
    }
    const startLine = line;
    const fields: Uint8Array[] = [];
    for (;;) {
      let field: Uint8Array;
      if (bytes[i] === QUOTE) {
        // Copy-free for the common case: a quoted field is the bytes between its quotes,
        // cut again only where a doubled quote stands for one quote.
        const segments: Uint8Array[] = [];
        i++;
        let segmentStart = i;
        for (;;) {
          const q = bytes.indexOf(QUOTE, i);
          if (q < 0) throw new CsvSyntaxError(startLine, "a quoted field is never closed");
          for (let k = i; k < q; k++) if (bytes[k] === LF) line++;
          if (bytes[q + 1] === QUOTE) {
            segments.push(bytes.subarray(segmentStart, q + 1));
            i = q + 2;
            segmentStart = i;
            continue;
          }
          segments.push(bytes.subarray(segmentStart, q));
          i = q + 1;
          break;
        }
        field = segments.length === 1 ? segments[0] : Buffer.concat(segments);
        if (i < n && bytes[i] !== COMMA && bytes[i] !== LF && bytes[i] !== CR) {
          throw new CsvSyntaxError(line, "text after a closing quote");
        }
      } else {
        const start = i;
        while (i < n && bytes[i] !== COMMA && bytes[i] !== LF && bytes[i] !== CR) i++;
        field = bytes.subarray(start, i);
      }
      fields.push(field);
      if (i < n && bytes[i] === COMMA) {
        i++;
        continue;
      }
      break;
    }
    if (i < n && bytes[i] === CR) i++;
    if (i < n && bytes[i] === LF) i++;
    line++;
    records.push({ line: startLine, fields });
  }
  return records;
}
