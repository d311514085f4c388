/** `rpw metrics` inputs: oversize texts are rejects per pair with the reason; a BOM and CRLF are accepted; invalid UTF-8 stops with the line; nothing lost or half-written. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { metricsCommand, MetricsInputError } from "../../src/cli/metrics-command";
import { MAX_TEXT_CHARS } from "../../src/evaluate/text-size-guard";
import { readLines } from "../../src/util/line-stream";
import { tempDir } from "../helpers";

async function score(
  bytes: Buffer | string,
): Promise<{ lines: Record<string, unknown>[]; log: string[]; out: string }> {
  const dir = tempDir();
  const input = path.join(dir, "pairs.jsonl");
  const out = path.join(dir, "scores.jsonl");
  fs.writeFileSync(input, bytes);
  const log: string[] = [];
  await metricsCommand(["--in", input, "--out", out], (line) => log.push(line));
  return {
    lines: fs
      .readFileSync(out, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
    log,
    out,
  };
}

describe("faults: metrics inputs", () => {
  it("metricsCommand rejects a pair with a text over 200,000 characters, with the reason in its line, and scores the rest in order", async () => {
    const big = "word ".repeat(MAX_TEXT_CHARS / 5) + "x";
    const input = [
      { id: 1, a: "data science", b: "data engineering" },
      { id: 2, a: big, b: "short" },
      { id: 3, a: "x", b: big },
      { id: 4, a: "sql", b: "sql" },
    ];
    const { lines, log } = await score(input.map((pair) => JSON.stringify(pair)).join("\n") + "\n");
    assert.deepEqual(
      lines.map((line) => line.id),
      [1, 2, 3, 4],
    );
    assert.deepEqual(lines[1], {
      id: 2,
      rejected: 'text "a" has 200,001 characters, over the 200,000 a metric input may have',
    });
    assert.deepEqual(lines[2], {
      id: 3,
      rejected: 'text "b" has 200,001 characters, over the 200,000 a metric input may have',
    });
    assert.equal((lines[3].rouge1 as { fmeasure: number }).fmeasure, 1);
    assert.match(
      log[0],
      /^metrics: 2 pairs scored, 2 rejected \(a text over 200,000 characters; their lines say why\) in \d+\.\d\d s -> /,
    );
  });

  it("metricsCommand accepts a UTF-8 byte-order mark and CRLF line ends, as Python's utf-8-sig would", async () => {
    const { lines } = await score(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('{"id":"é","a":"café au lait","b":"café"}\r\n{"id":2,"a":"a b","b":"a b"}\r\n'),
      ]),
    );
    assert.deepEqual(
      lines.map((line) => line.id),
      ["é", 2],
    );
  });

  it("metricsCommand stops on invalid UTF-8 naming the line, and writes no output", async () => {
    const dir = tempDir();
    const input = path.join(dir, "pairs.jsonl");
    const out = path.join(dir, "scores.jsonl");
    fs.writeFileSync(
      input,
      Buffer.concat([
        Buffer.from('{"id":1,"a":"x","b":"y"}\n'),
        Buffer.from('{"id":2,"a":"caf'),
        Buffer.from([0xe9]),
        Buffer.from('","b":"y"}\n'),
      ]),
    );
    await assert.rejects(
      metricsCommand(["--in", input, "--out", out], () => undefined),
      (error: Error) =>
        error instanceof MetricsInputError && error.message === `${input}:2: not valid UTF-8 (save the file as UTF-8)`,
    );
    assert.deepEqual(fs.readdirSync(dir), ["pairs.jsonl"], "no output and no temporary file left");
  });

  it("readLines splits across its 1 MiB chunks without losing or merging a line", () => {
    const file = path.join(tempDir(), "long.txt");
    const lines = Array.from({ length: 5 }, (_, index) => `${index}:${"ab".repeat(300_000 + index)}`);
    fs.writeFileSync(file, lines.join("\n"));
    assert.deepEqual(
      [...readLines(file)].map((entry) => entry.text),
      lines,
    );
  });
});
