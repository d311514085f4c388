import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { csvRows, jsonRows, readJobFile, typeJobRows } from "../../src/collect/read-jobs";
import { CollectInputError } from "../../src/collect/collect-error";
import { tempDir } from "../helpers";

const HEADER = ",id,site,job_url,title,company,location,date_posted,job_type,interval,min_amount,max_amount,currency,is_remote,description\n";
const row = (index: number, fields: Partial<Record<string, string>> = {}) => {
  const values = {
    id: `in-${index}`, site: "indeed", job_url: `https://jobs.example.com/${index}`, title: "Data Analyst", company: "Acme",
    location: "\"Austin, TX\"", date_posted: "2026-11-20", job_type: "fulltime", interval: "yearly", min_amount: "90000.0",
    max_amount: "110000.0", currency: "USD", is_remote: "False", description: `"Analyse data ${index}.\nUse SQL, daily."`, ...fields,
  };
  return `${index},${Object.values(values).join(",")}\n`;
};

function readCsv(content: Buffer | string, name = "jobs.csv") {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return readJobFile(file);
}

describe("readJobFile (CSV)", () => {
  it("readJobFile types a JobSpy row: dates, booleans, salary and its yearly USD value", () => {
    const { postings, rejects } = readCsv(HEADER + row(0, { interval: "hourly", min_amount: "40.0", max_amount: "50.0", is_remote: "True" }));
    assert.deepEqual(rejects, []);
    const [posting] = postings;
    assert.equal(posting.id, "jobs/0");
    assert.equal(posting.datePosted, "2026-11-20");
    assert.equal(posting.isRemote, true);
    assert.deepEqual(posting.salary, { source: null, interval: "hourly", min: 40, max: 50, currency: "USD", yearlyUsdMin: 83200, yearlyUsdMax: 104000 });
    assert.deepEqual(posting.location, { text: "Austin, TX", city: "Austin", state: "TX", country: "US" });
    assert.equal(posting.role, "data_analyst");
    assert.equal(posting.description, "Analyse data 0.\nUse SQL, daily.");
    assert.deepEqual(posting.source.row, 0);
  });

  it("readJobFile sends each malformed row to rejects with its row and field and keeps the good rows", () => {
    const hugeDescription = `"${"x".repeat(5 * 1024 * 1024)}"`;
    const content = Buffer.concat([
      Buffer.from(HEADER + row(0)),
      Buffer.from("1,in-1,indeed,https://jobs.example.com/1,Data Analyst\n"), // missing columns
      Buffer.from(row(2, { min_amount: "ninety" })),
      Buffer.from(row(3, { date_posted: "2026-02-30" })),
      Buffer.from("4,in-4,indeed,https://jobs.example.com/4,Data Analyst,Acme,"), Buffer.from([0xc3, 0x28]),
      Buffer.from(",2026-11-20,fulltime,yearly,1.0,2.0,USD,False,ok\n"),
      Buffer.from(row(5, { description: '""' })),
      Buffer.from(row(6, { description: hugeDescription })),
      Buffer.from(row(7, { is_remote: "maybe" })),
      Buffer.from(row(8)),
    ]);
    const { postings, rejects, rowsRead } = readCsv(content);
    assert.equal(rowsRead, 9);
    assert.deepEqual(postings.map((posting) => posting.source.row), [0, 8]);
    assert.deepEqual(rejects.map((reject) => [reject.source.row, reject.field]), [
      [1, "company"], [2, "min_amount"], [3, "date_posted"], [4, "location"], [5, "description"], [6, "description"], [7, "is_remote"],
    ]);
    assert.match(rejects[0].reason, /5 fields, the header has 15/);
    assert.match(rejects[3].reason, /not valid UTF-8/);
    assert.match(rejects[4].reason, /empty description/);
    assert.match(rejects[5].reason, /5242880 characters, more than the limit/);
    assert.ok((rejects[5].excerpt ?? "").length <= 80, "a reject never carries the whole value");
    assert.ok(rejects.every((reject) => reject.kind === "invalid" && reject.source.file.endsWith("jobs.csv")));
  });

  it("readJobFile accepts a description-only CSV like the study's jd_description.csv", () => {
    const { postings } = readCsv('description\n"We need a data engineer. Our data engineers build pipelines."\n');
    assert.equal(postings[0].title, null);
    assert.equal(postings[0].role, "data_engineer");
    assert.equal(postings[0].roleEvidence.from, "description");
  });

  it("readJobFile ignores pandas' index column under either name and keeps unknown columns in extra", () => {
    const { postings } = readCsv("Unnamed: 0,description,company_rating\n0,Build things,4.5\n");
    assert.deepEqual(postings[0].extra, { company_rating: "4.5" });
  });

  it("readJobFile throws a CollectInputError naming the file for an unreadable or unparsable file", () => {
    assert.throws(() => readJobFile("/no/such/jobs.csv"), (error: unknown) => error instanceof CollectInputError && /\/no\/such\/jobs\.csv: cannot read \(ENOENT\)/.test(error.message));
    assert.throws(() => readCsv('description\n"never closed\n'), (error: unknown) => error instanceof CollectInputError && error.line === 2);
    assert.throws(() => readCsv(""), /empty/);
  });
});

describe("jsonRows", () => {
  it("jsonRows reads a pandas records array and JSON Lines, numbering rows", () => {
    const records = jsonRows(Buffer.from('[{"description":"a","date_posted":1732060800000},{"description":"b"}]'), "j.json");
    const typed = typeJobRows(records, "j");
    assert.deepEqual(typed.postings.map((posting) => [posting.id, posting.datePosted]), [["j/0", "2024-11-20"], ["j/1", null]]);
    const lines = typeJobRows(jsonRows(Buffer.from('{"description":"a"}\n\n[1]\n'), "j.jsonl"), "j");
    assert.equal(lines.postings.length, 1);
    assert.deepEqual([lines.rejects[0].source.line, lines.rejects[0].reason], [3, "row is not a JSON object"]);
  });
  it("csvRows reports a row with extra fields against the whole row", () => {
    const [only] = csvRows(Buffer.from("description\na,b\n"), "x.csv");
    assert.deepEqual(only.shapeProblem, { field: null, reason: "row has 2 fields, the header has 1" });
  });
});
