/**
 * `rpw label` end to end, in-process through `main`: export → fill → import round-trips (labels
 * kept, spans holding their claims), and every bad sheet is one line naming the file, the line and
 * the column, exit 1.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { importSheets } from "../../src/label/import-sheets";
import { groundCase } from "../../src/label/label-cases";
import { formatSheet, HUMAN_LABELS, readSheet } from "../../src/label/sheet";
import { formatJsonl } from "../../src/util/jsonl";
import { tempDir } from "../helpers";
import { CASE, HEADER } from "./label-kit";

async function rpw(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

function assertOneLine(outcome: { code: number; err: string[] }, pattern: RegExp): void {
  assert.equal(outcome.code, 1, outcome.err.join("\n"));
  assert.equal(outcome.err.length, 1, outcome.err.join("\n"));
  assert.ok(!outcome.err[0].includes("internal error"), outcome.err[0]);
  assert.match(outcome.err[0], pattern);
}

describe("rpw label", () => {
  const dir = tempDir();
  const casesIn = path.join(dir, "cases.jsonl");
  const second = { ...CASE, id: "c2", output: "Senior Data Analyst, Initech LLC, 2015 to 2018\nLed a team of 6" };
  fs.writeFileSync(casesIn, formatJsonl([CASE, second]));
  const sheet = path.join(dir, "sheet.csv");

  it("label export writes the sheet, its cases and the reading page; importing it filled keeps labels", async () => {
    const exportTo = (out: string) =>
      rpw("label", "export", "--cases", casesIn, "--per-stratum", "2", "--seed", "7", "--out", out);
    const exported = await exportTo(sheet);
    assert.equal(exported.code, 0, exported.err.join("\n"));
    assert.equal(fs.readFileSync(sheet, "utf8").split("\r\n")[0], HEADER);
    const tails = fs
      .readFileSync(sheet, "utf8")
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",").slice(7).join());
    assert.ok(!/unsupported|input_only/.test(tails.join()), "no verdict in the sheet");
    const html = fs.readFileSync(path.join(dir, "sheet.cases.html"), "utf8");
    assert.match(html, /<mark id="row-1">/);
    assert.doesNotMatch(html, /<script|https?:\/\//);
    const rows = readSheet(sheet);
    assert.ok(rows.length >= 4, `${rows.length} rows`);
    const texts = new Map([CASE, second].map((entry) => [String(entry.id), groundCase(entry).outputText]));
    for (const row of rows) {
      const held = texts.get(row.case)!.slice(row.span![0], row.span![1]);
      assert.equal(held, row.claim, `row ${row.row}: span holds the claim`);
    }
    // Same seed, same sheet; another seed may draw other claims but the same strata sizes.
    await exportTo(path.join(dir, "again.csv"));
    assert.equal(fs.readFileSync(path.join(dir, "again.csv"), "utf8"), fs.readFileSync(sheet, "utf8"));
    const note = 'a "quoted", multi\nline note';
    const filled = rows.map(({ line: _line, ...row }, i) => ({
      ...row,
      label: HUMAN_LABELS[i % 4],
      note: i === 0 ? note : "",
    }));
    fs.writeFileSync(sheet, formatSheet(filled));
    const { first } = importSheets([sheet], path.join(dir, "sheet.cases.jsonl"));
    assert.deepEqual(
      first.map((row) => row.label),
      filled.map((row) => row.label),
    );
    assert.deepEqual(
      first.map((row) => row.span),
      filled.map((row) => row.span),
    );
    assert.equal(readSheet(sheet)[0].note, note);
    const imported = await rpw("label", "import", sheet, "--json", path.join(dir, "numbers.json"));
    assert.equal(imported.code, 0, imported.err.join("\n"));
    assert.match(imported.out.join("\n"), /^all\s+\d+/m);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, "numbers.json"), "utf8")).rows, rows.length);
  });

  it("label import: a bad sheet is one line naming the file, the line and the column", async () => {
    const cases = path.join(dir, "sheet.cases.jsonl");
    const good = "1,c1,experience,title,Data Analyst,0-12,,supported,";
    const cases_: [string, string, RegExp][] = [
      ["header", "row,case,type,claim,span,context,label,note\n", /header\.csv:1: header: missing column section/],
      [
        "label",
        `${HEADER}\n${good}\n${good.replace("supported", "supportd")}\n`,
        /label\.csv:3: label: unknown label "supportd"/,
      ],
      ["type", `${HEADER}\n${good.replace("title", "job")}\n`, /type\.csv:2: type: unknown type "job"/],
      ["span", `${HEADER}\n${good.replace("0-12", "12-0")}\n`, /span\.csv:2: span: "12-0" is not start-end/],
      [
        "spantext",
        `${HEADER}\n${good.replace("0-12", "1-12")}\n`,
        /spantext\.csv:2: span: 1-12 holds "ata Analyst", not the claim/,
      ],
      ["past", `${HEADER}\n${good.replace("0-12", "500-512")}\n`, /past\.csv:2: span: 500-512 is past the end/],
      ["caseid", `${HEADER}\n${good.replace("c1", "c9")}\n`, /caseid\.csv:2: case: unknown case "c9"/],
      [
        "missing",
        `${HEADER}\n,c1,experience,skill,Kubernetes,,,invented,\n`,
        /missing\.csv:2: claim: "Kubernetes" does not occur/,
      ],
      ["fields", `${HEADER}\n1,c1,experience\n`, /fields\.csv:2: 3 fields, the header has 9/],
      ["twice", `${HEADER}\n${good}\n${good}\n`, /twice\.csv:3: row: 1 is already on line 2/],
    ];
    for (const [name, text, pattern] of cases_) {
      const file = path.join(dir, `${name}.csv`);
      fs.writeFileSync(file, text);
      assertOneLine(await rpw("label", "import", file, "--cases", cases), pattern);
    }
    assertOneLine(await rpw("label", "import", path.join(dir, "none.csv")), /none\.csv/);
    const usage = await rpw("label", "export", "--per-stratum", "0");
    assert.equal(usage.code, 2);
    assert.match(usage.err.join("\n"), /--per-stratum must be a whole number >= 1, got "0"/);
  });
});
