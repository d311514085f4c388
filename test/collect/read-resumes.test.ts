import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseResumeFolderEntry, parseResumeLineFile, readResumeSource } from "../../src/collect/read-resumes";
import { tempDir } from "../helpers";

describe("parseResumeLineFile", () => {
  it("parseResumeLineFile splits id, labels and text on the first two ':::' and cleans the text", () => {
    const bytes = Buffer.from(
      'C:\\scrape\\1.html#1:::DBA;Oracle; ;Sql:::Oracle <span class="hl">DBA</span> with 10:::years\n',
      "utf8",
    );
    const { records, rejects, rowsRead } = parseResumeLineFile(bytes, "data/x.txt");
    assert.equal(rowsRead, 1);
    assert.deepEqual(rejects, []);
    assert.equal(records[0].id, "x/00001");
    assert.equal(records[0].corpusId, "C:\\scrape\\1.html#1");
    assert.deepEqual(records[0].labels, ["DBA", "Oracle", "Sql"]);
    assert.equal(records[0].primaryLabel, "DBA");
    assert.equal(records[0].text, "Oracle DBA with 10:::years");
    assert.equal(records[0].originalText, 'Oracle <span class="hl">DBA</span> with 10:::years');
    assert.deepEqual(records[0].source, { file: "data/x.txt", line: 1, row: null });
  });

  it("parseResumeLineFile detects Windows-1252 and decodes its bullets and no-break spaces", () => {
    const bytes = Buffer.concat([
      Buffer.from("id:::T:::caf"),
      Buffer.from([0xe9, 0x20, 0x95, 0xa0]),
      Buffer.from("end\n"),
    ]);
    const { records } = parseResumeLineFile(bytes, "r.txt");
    assert.equal(records[0].encoding, "windows-1252");
    assert.equal(records[0].originalText, "café \u2022\u00a0end");
    assert.equal(records[0].text, "café \u2022 end");
  });

  it("parseResumeLineFile rejects a line without separators, an empty text and a bad UTF-8 line, keeping the good ones", () => {
    const good = "a:::L:::caf\u00e9 text";
    const bytes = Buffer.concat([
      Buffer.from(`${good}\nno separators here\nb:::L:::<span class="hl"> </span>\n`, "utf8"),
      Buffer.from([0x63, 0x3a, 0x3a, 0x3a, 0x4c, 0x3a, 0x3a, 0x3a, 0xff, 0xfe, 0x0a]),
      Buffer.from(`${good}\n`, "utf8"),
    ]);
    const { records, rejects, rowsRead } = parseResumeLineFile(bytes, "r.txt");
    assert.equal(rowsRead, 5);
    assert.deepEqual(
      records.map((record) => record.source.line),
      [1, 5],
    );
    assert.deepEqual(
      rejects.map((reject) => [reject.source.line, reject.field]),
      [
        [2, "labels"],
        [3, "text"],
        [4, "text"],
      ],
    );
    assert.match(rejects[2].reason, /not valid utf-8/);
  });

  it("parseResumeLineFile rejects a text over the length limit", () => {
    const { rejects } = parseResumeLineFile(Buffer.from(`a:::L:::${"x".repeat(50)}\n`), "r.txt", { maxTextChars: 10 });
    assert.equal(rejects[0].field, "text");
    assert.match(rejects[0].reason, /50 characters, more than the limit of 10/);
  });
});

describe("readResumeSource (folder layout)", () => {
  it("readResumeSource reads NNNNN.txt with its .lab labels, in file order", () => {
    const dir = path.join(tempDir(), "resumes_corpus");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "00002.txt"), "Second resume");
    fs.writeFileSync(path.join(dir, "00002.lab"), "Web_Developer\n");
    fs.writeFileSync(path.join(dir, "00001.txt"), "First resume");
    fs.writeFileSync(path.join(dir, "00001.lab"), "Java_Developer\nSoftware_Developer\n");
    fs.writeFileSync(path.join(dir, "00003.txt"), "No labels file");
    const { records, rejects } = readResumeSource(dir);
    assert.deepEqual(
      records.map((record) => [record.id, record.labels]),
      [
        ["resumes_corpus/00001", ["Java_Developer", "Software_Developer"]],
        ["resumes_corpus/00002", ["Web_Developer"]],
      ],
    );
    assert.equal(rejects.length, 1);
    assert.equal(rejects[0].field, "labels");
    assert.match(rejects[0].reason, /no 00003\.lab/);
  });

  it("parseResumeFolderEntry rejects undecodable bytes naming the text field", () => {
    const entry = parseResumeFolderEntry(Buffer.from([0x41, 0xc3]), Buffer.from("X"), "d/00001.txt", {
      encoding: "utf-8",
    });
    assert.ok("kind" in entry);
    assert.equal(entry.field, "text");
  });
});
