import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { csvRows, jsonRows, readJobFile, typeJobRows } from "../../src/collect/read-jobs";
import { CollectInputError } from "../../src/collect/collect-error";
import { tempDir } from "../helpers";

const HEADER =
  ",id,site,job_url,title,company,location,date_posted,job_type,interval,min_amount,max_amount,currency,is_remote,description\n";
const row = (index: number, fields: Partial<Record<string, string>> = {}) => {
  const values = {
    id: `in-${index}`,
    site: "indeed",
    job_url: `https://jobs.example.com/${index}`,
    title: "Data Analyst",
    company: "Acme",
    location: '"Austin, TX"',
    date_posted: "2026-11-20",
    job_type: "fulltime",
    interval: "yearly",
    min_amount: "90000.0",
    max_amount: "110000.0",
    currency: "USD",
    is_remote: "False",
    description: `"Analyse data ${index}.\nUse SQL, daily."`,
    ...fields,
  };
  return `${index},${Object.values(values).join(",")}\n`;
};

function readCsv(content: Buffer | string, name = "jobs.csv") {
  return readFile(content, name);
}

function readFile(content: Buffer | string, name: string) {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return readJobFile(file);
}

describe("readJobFile (CSV)", () => {
  it("readJobFile types a JobSpy row: dates, booleans, salary and its yearly USD value", () => {
    const { postings, rejects } = readCsv(
      HEADER + row(0, { interval: "hourly", min_amount: "40.0", max_amount: "50.0", is_remote: "True" }),
    );
    assert.deepEqual(rejects, []);
    const [posting] = postings;
    assert.equal(posting.id, "jobs/0");
    assert.equal(posting.datePosted, "2026-11-20");
    assert.equal(posting.isRemote, true);
    assert.deepEqual(posting.salary, {
      source: null,
      interval: "hourly",
      min: 40,
      max: 50,
      currency: "USD",
      yearlyUsdMin: 83200,
      yearlyUsdMax: 104000,
    });
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
      Buffer.from("4,in-4,indeed,https://jobs.example.com/4,Data Analyst,Acme,"),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(",2026-11-20,fulltime,yearly,1.0,2.0,USD,False,ok\n"),
      Buffer.from(row(5, { description: '""' })),
      Buffer.from(row(6, { description: hugeDescription })),
      Buffer.from(row(7, { is_remote: "maybe" })),
      Buffer.from(row(8)),
    ]);
    const { postings, rejects, rowsRead } = readCsv(content);
    assert.equal(rowsRead, 9);
    assert.deepEqual(
      postings.map((posting) => posting.source.row),
      [0, 8],
    );
    assert.deepEqual(
      rejects.map((reject) => [reject.source.row, reject.field]),
      [
        [1, "company"],
        [2, "min_amount"],
        [3, "date_posted"],
        [4, "location"],
        [5, "description"],
        [6, "description"],
        [7, "is_remote"],
      ],
    );
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
    assert.throws(
      () => readJobFile("/no/such/jobs.csv"),
      (error: unknown) =>
        error instanceof CollectInputError && /\/no\/such\/jobs\.csv: cannot read \(ENOENT\)/.test(error.message),
    );
    assert.throws(
      () => readCsv('description\n"never closed\n'),
      (error: unknown) => error instanceof CollectInputError && error.line === 2,
    );
    assert.throws(() => readCsv(""), /empty/);
  });
});

describe("jsonRows", () => {
  it("jsonRows reads a pandas records array and JSON Lines, numbering rows", () => {
    const records = jsonRows(
      Buffer.from('[{"description":"a","date_posted":1732060800000},{"description":"b"}]'),
      "j.json",
    );
    const typed = typeJobRows(records, "j");
    assert.deepEqual(
      typed.postings.map((posting) => [posting.id, posting.datePosted]),
      [
        ["j/0", "2024-11-20"],
        ["j/1", null],
      ],
    );
    const lines = typeJobRows(jsonRows(Buffer.from('{"description":"a"}\n\n[1]\n'), "j.jsonl"), "j");
    assert.equal(lines.postings.length, 1);
    assert.deepEqual([lines.rejects[0].source.line, lines.rejects[0].reason], [3, "row is not a JSON object"]);
  });
  it("csvRows reports a row with extra fields against the whole row", () => {
    const [only] = csvRows(Buffer.from("description\na,b\n"), "x.csv");
    assert.deepEqual(only.shapeProblem, { field: null, reason: "row has 2 fields, the header has 1" });
  });
});

describe("readJobFile (pandas to_json orients)", () => {
  // One two-row DataFrame (title, description, date_posted) as pandas' to_json writes it in each orient.
  const expected = [
    ["jobs/0", "Data Analyst", "2024-11-20"],
    ["jobs/1", "Data Engineer", null],
  ];
  const ORIENTS: Record<string, string> = {
    records:
      '[{"title":"Data Analyst","description":"Analyse data.","date_posted":1732060800000},{"title":"Data Engineer","description":"Build pipelines.","date_posted":null}]',
    columns:
      '{"title":{"0":"Data Analyst","1":"Data Engineer"},"description":{"0":"Analyse data.","1":"Build pipelines."},"date_posted":{"0":1732060800000,"1":null}}',
    index:
      '{"0":{"title":"Data Analyst","description":"Analyse data.","date_posted":1732060800000},"1":{"title":"Data Engineer","description":"Build pipelines.","date_posted":null}}',
    split:
      '{"columns":["title","description","date_posted"],"index":[0,1],"data":[["Data Analyst","Analyse data.",1732060800000],["Data Engineer","Build pipelines.",null]]}',
    table:
      '{"schema":{"fields":[{"name":"index","type":"integer"},{"name":"title","type":"string"},{"name":"description","type":"string"},{"name":"date_posted","type":"datetime"}],"primaryKey":["index"],"pandas_version":"1.4.0"},' +
      '"data":[{"index":0,"title":"Data Analyst","description":"Analyse data.","date_posted":"2024-11-20T00:00:00.000"},{"index":1,"title":"Data Engineer","description":"Build pipelines.","date_posted":null}]}',
  };
  for (const [orient, json] of Object.entries(ORIENTS)) {
    it(`readJobFile reads a to_json(orient="${orient}") export as its two rows`, () => {
      const { postings, rejects, rowsRead } = readFile(json, "jobs.json");
      assert.deepEqual([rowsRead, rejects], [2, []]);
      assert.deepEqual(
        postings.map((p) => [p.id, p.title, p.datePosted]),
        expected,
      );
      assert.deepEqual(
        postings.map((p) => p.extra),
        [{}, {}],
        "the pandas index is not a column",
      );
    });
  }

  it('readJobFile reads an orient="columns" export whose labels are not integers, and one whose columns lack description', () => {
    const named = readFile(
      '{"title":{"a":"Data Analyst","b":"Data Engineer"},"description":{"a":"x","b":"y"}}',
      "jobs.json",
    );
    assert.deepEqual(
      named.postings.map((p) => p.title),
      ["Data Analyst", "Data Engineer"],
    );
    const noDescription = readFile('{"title":{"0":"Data Analyst","1":"Data Engineer"}}', "jobs.json");
    assert.deepEqual(
      [noDescription.postings.length, noDescription.rejects.map((r) => [r.source.row, r.field, r.reason])],
      [
        0,
        [
          [0, "description", "no description column"],
          [1, "description", "no description column"],
        ],
      ],
    );
  });

  it('readJobFile rejects a to_json(orient="values") export by name, with the fix', () => {
    assert.throws(
      () =>
        readFile(
          '[["Data Analyst","Analyse data.",1732060800000],["Data Engineer","Build pipelines.",null]]',
          "jobs.json",
        ),
      (error: unknown) =>
        error instanceof CollectInputError &&
        /jobs\.json: a pandas to_json\(orient="values"\) export has no column names.*df\.to_json\(orient="records"\)/.test(
          error.message,
        ),
    );
  });

  it("readJobFile sends a split row of the wrong length to rejects and keeps the others", () => {
    const { postings, rejects } = readFile(
      '{"columns":["title","description"],"index":[0,1],"data":[["A","x"],["B"]]}',
      "jobs.json",
    );
    assert.deepEqual(
      postings.map((p) => p.title),
      ["A"],
    );
    assert.deepEqual(
      rejects.map((r) => [r.source.row, r.field, r.reason]),
      [[1, null, 'row has 1 values, "columns" has 2']],
    );
  });
});

describe("readJobFile (bad JSON values, CSV headers, dates, JSON Lines)", () => {
  it("readJobFile rejects a JSON value of the wrong type, naming file, row and field, and keeps the good rows", () => {
    const { postings, rejects } = readFile(
      JSON.stringify([
        { title: "Data Analyst", description: "Good one." },
        { title: "Data Analyst", description: 12345 },
        { title: ["Data Scientist"], description: "Listed title." },
        {
          title: "Data Analyst",
          description: "Flag as text.",
          is_remote: true,
          job_type: ["fulltime", "contract"],
          min_amount: 90000,
          company_addresses: { city: "Austin" },
        },
        { title: "Data Analyst", description: "A nested company.", company: { name: "Acme" } },
        { title: "Data Analyst", description: "Numeric list.", emails: [1, 2] },
      ]),
      "jobs.json",
    );
    assert.deepEqual(
      postings.map((p) => p.source.row),
      [0, 3],
    );
    assert.deepEqual(
      [postings[1].isRemote, postings[1].jobTypes, postings[1].salary?.min, postings[1].extra],
      [true, ["fulltime", "contract"], 90000, { company_addresses: '{"city":"Austin"}' }],
    );
    assert.deepEqual(
      rejects.map((r) => [r.source.file.endsWith("jobs.json"), r.source.row, r.field, r.reason, r.excerpt]),
      [
        [true, 1, "description", "expected text, got the number 12345", "12345"],
        [true, 2, "title", "expected text, got a JSON list", '["Data Scientist"]'],
        [true, 4, "company", "expected text, got a JSON object", '{"name":"Acme"}'],
        [true, 5, "emails", "expected a list of text, got other values in the list", "[1,2]"],
      ],
    );
  });

  it("readJobFile rejects a JSON row whose keys differ only in case instead of keeping one", () => {
    const { postings, rejects } = readFile(
      '[{"Title":"A","title":"B","description":"x"},{"title":"C","description":"y"}]',
      "jobs.json",
    );
    assert.deepEqual(
      postings.map((p) => p.title),
      ["C"],
    );
    assert.deepEqual(
      rejects.map((r) => [r.source.row, r.field, r.reason]),
      [[0, "title", 'column "title" appears twice ("Title" and "title")']],
    );
  });

  it("readJobFile stops on a CSV header that names a column twice, naming the column, rather than overwrite it", () => {
    assert.throws(
      () => readCsv("title,description,Title\nA,x,B\n"),
      (error: unknown) =>
        error instanceof CollectInputError &&
        error.line === 1 &&
        /jobs\.csv:1: the header names column "title" twice \(columns 1 and 3\); rename or drop one/.test(
          error.message,
        ),
    );
    assert.equal(
      readCsv(",Unnamed: 0,description\n0,0,x\n").postings.length,
      1,
      "two pandas index columns are not a repeated column",
    );
  });

  it("readJobFile rejects an out-of-range numeric date_posted for its row only and keeps every good row", () => {
    const rows = [1732060800000, 1e20, 1732060800, -5e15, 1.7e18].map((date, i) => ({
      description: `Posting ${i}.`,
      date_posted: date,
    }));
    const { postings, rejects } = readFile(JSON.stringify(rows) + "\n", "jobs.json");
    assert.deepEqual(
      postings.map((p) => [p.source.row, p.datePosted]),
      [[0, "2024-11-20"]],
    );
    assert.deepEqual(
      rejects.map((r) => [r.source.row, r.field]),
      [
        [1, "date_posted"],
        [2, "date_posted"],
        [3, "date_posted"],
        [4, "date_posted"],
      ],
    );
    assert.equal(
      rejects[0].reason,
      '100000000000000000000 is not a date in 1990-2099 as epoch milliseconds (pandas to_json\'s default; write with date_unit="ms" or date_format="iso")',
    );
    assert.match(
      rejects[1].reason,
      /^1732060800 is not a date in 1990-2099/,
      "seconds read as milliseconds would be January 1970",
    );
    const text = readCsv("description,date_posted\nok,2024-11-20\nold,0024-11-20\n");
    assert.deepEqual([text.postings.length, text.rejects[0]?.reason], [1, "year 0024 is outside 1990-2099"]);
  });

  it("readJobFile keeps the good lines of JSON Lines and rejects a broken line with its file:line and reason", () => {
    const { postings, rejects, rowsRead } = readFile(
      '{"description":"a"}\n{"description": "b",\n\n{"description":"c"}\n',
      "jobs.jsonl",
    );
    assert.deepEqual(
      [rowsRead, postings.map((p) => [p.description, p.source.line])],
      [
        3,
        [
          ["a", 1],
          ["c", 4],
        ],
      ],
    );
    assert.equal(rejects.length, 1);
    assert.deepEqual(
      [rejects[0].source.file.endsWith("jobs.jsonl"), rejects[0].source.line, rejects[0].source.row, rejects[0].field],
      [true, 2, 1, null],
    );
    assert.match(rejects[0].reason, /^line 2 is not valid JSON \(/);
  });

  it("readJobFile stops on a file that is neither JSON nor JSON Lines, and reads a lone record object", () => {
    assert.throws(
      () => readFile("description\nnot json\n", "jobs.json"),
      (error: unknown) =>
        error instanceof CollectInputError && /jobs\.json(:\d+)?: not valid JSON or JSON Lines/.test(error.message),
    );
    assert.throws(() => readFile('[{"description":"a"},', "jobs.json"), /not valid JSON \(/);
    const lone = readFile('\n{\n  "description": "pretty-printed"\n}\n', "jobs.json");
    assert.deepEqual(
      lone.postings.map((p) => [p.description, p.source.line]),
      [["pretty-printed", 2]],
    );
  });
});

describe("jsonRows (errors)", () => {
  it("jsonRows names the line of a syntax error in a JSON array, counting leading blank lines", () => {
    assert.throws(
      () => jsonRows(Buffer.from('\n\n[{"description":"a"},\n{"description" "b"}]'), "j.json"),
      (error: unknown) => error instanceof CollectInputError && error.line === 4,
    );
  });
});
