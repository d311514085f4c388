import { strict as assert } from "node:assert";
import { CsvSyntaxError, parseCsvBytes } from "../../src/collect/csv-bytes";

const bytes = (text: string) => Buffer.from(text, "utf8");
const decoded = (text: string) =>
  parseCsvBytes(bytes(text)).map((record) => ({
    line: record.line,
    fields: record.fields.map((f) => Buffer.from(f).toString("utf8")),
  }));

describe("parseCsvBytes", () => {
  it("parseCsvBytes splits plain records and numbers their lines", () => {
    assert.deepEqual(decoded("a,b\n1,2\n"), [
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
    ]);
  });
  it("parseCsvBytes keeps commas, doubled quotes and newlines inside quoted fields", () => {
    assert.deepEqual(decoded('h\n"x, ""y""\nz"\nnext\n'), [
      { line: 1, fields: ["h"] },
      { line: 2, fields: ['x, "y"\nz'] },
      { line: 4, fields: ["next"] },
    ]);
  });
  it("parseCsvBytes accepts CRLF, a missing final newline, empty fields and skips blank lines", () => {
    assert.deepEqual(decoded("a,b\r\n\r\n,\r\nx,y"), [
      { line: 1, fields: ["a", "b"] },
      { line: 3, fields: ["", ""] },
      { line: 4, fields: ["x", "y"] },
    ]);
  });
  it("parseCsvBytes leaves multi-byte characters whole", () => {
    assert.deepEqual(decoded('café,"naïve, ok"\n'), [{ line: 1, fields: ["café", "naïve, ok"] }]);
  });
  it("parseCsvBytes throws a CsvSyntaxError with the line of an unclosed quote", () => {
    assert.throws(
      () => parseCsvBytes(bytes('a\n"open\nmore\n')),
      (error: unknown) => error instanceof CsvSyntaxError && error.line === 2,
    );
  });
});
