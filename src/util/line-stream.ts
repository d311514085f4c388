/**
 * Reading a text file line by line in fixed-size chunks, so a 10,000-pair metrics input or a
 * multi-gigabyte export is never held in memory whole. Each line is decoded as strict UTF-8 on its
 * own, so invalid bytes are reported with their line number (as Python's `open(...).readlines()`
 * would fail on them) instead of turning into U+FFFD; a UTF-8 byte-order mark at the start of the
 * file is skipped (Python's "utf-8-sig"), and a CR before the LF is dropped.
 */
import * as fs from "node:fs";

export interface TextLine {
  /** 1-based. */
  line: number;
  text: string;
  /** Bytes of the file read so far (for progress). */
  bytesRead: number;
}

export class InvalidUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is not valid UTF-8`);
    this.name = "InvalidUtf8Error";
  }
}

const CHUNK_BYTES = 1 << 20;

/** The lines of `file`, in order, lazily. Throws InvalidUtf8Error naming the first bad line. */
export function* readLines(file: string): Generator<TextLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const descriptor = fs.openSync(file, "r");
  try {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    let pending: Buffer[] = [];
    let line = 0;
    let bytesRead = 0;
    const decode = (bytes: Buffer): TextLine => {
      line++;
      let body = bytes;
      if (line === 1 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
      if (body[body.length - 1] === 0x0d) body = body.subarray(0, body.length - 1);
      try {
        return { line, text: decoder.decode(body), bytesRead };
      } catch {
        throw new InvalidUtf8Error(line);
      }
    };
    for (;;) {
      const read = fs.readSync(descriptor, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      bytesRead += read;
      let start = 0;
      for (
        let newline = chunk.indexOf(0x0a, 0);
        newline !== -1 && newline < read;
        newline = chunk.indexOf(0x0a, start)
      ) {
        pending.push(chunk.subarray(start, newline));
        const bytes = Buffer.concat(pending);
        pending = [];
        start = newline + 1;
        yield decode(bytes);
      }
      // The chunk buffer is reused: keep a copy of the unfinished line.
      if (start < read) pending.push(Buffer.from(chunk.subarray(start, read)));
    }
    if (pending.length) yield decode(Buffer.concat(pending));
  } finally {
    fs.closeSync(descriptor);
  }
}
