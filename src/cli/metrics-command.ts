/**
 * `rpw metrics`: the study's reference metrics for text pairs, from the shell (see `rpw metrics --help`).
 *
 * Streams: pairs are read a line at a time (util/line-stream.ts), scored and written as they come,
 * so memory stays flat however many pairs there are (scripts/bench-metrics-memory.ts measures it).
 * A text over the size guard (evaluate/text-size-guard.ts) is a reject for its pair, written in
 * its place with the reason; a malformed line stops the run, and nothing is written then.
 */
import { InputError } from "../util/input-error";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { RougeScore, scoreRouge } from "../evaluate/rouge";
import { EmptyVocabularyError, tfidfCosine } from "../evaluate/tfidf-cosine";
import { MAX_TEXT_CHARS, textTooLong } from "../evaluate/text-size-guard";
import { InvalidUtf8Error, readLines } from "../util/line-stream";
import { UsageError } from "./usage-error";

export const METRICS_HELP = `rpw metrics — TF-IDF cosine and ROUGE-1/2/L/Lsum for text pairs, as scikit-learn and rouge_score compute them

Usage:
  rpw metrics --in <pairs.jsonl> --out <scores.jsonl>

Options:
  --in <file>    JSON Lines, one pair per line: {"id": ..., "a": "<reference>", "b": "<prediction>"}
  --out <file>   where the scores go, one line per pair in input order:
                 {"id", "tfidf_cosine", "rouge1", "rouge2", "rougeL", "rougeLsum"}

Texts are used as given (no json.dumps). tfidf_cosine is TfidfVectorizer() fitted on the pair, null
when neither text has a token (where scikit-learn raises "empty vocabulary"). Each ROUGE field is
{precision, recall, fmeasure} of RougeScorer(use_stemmer=True).score(target=a, prediction=b).
A text over ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters is not scored: its line is {"id", "rejected": "<reason>"}.
A bad line (not JSON, not UTF-8, id missing, a or b missing or not a string) stops the run with exit 1,
naming the file, line and field; nothing is written then. Blank lines are skipped; a UTF-8 BOM is
allowed. Pairs are streamed (memory stays flat); a progress line goes to stderr.`;

/** A bad input line: printed as one line (file:line: what is wrong), exit code 1. */
export class MetricsInputError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "MetricsInputError";
  }
}

export interface TextPair {
  id: unknown;
  a: string;
  b: string;
}

export interface PairScores {
  id: unknown;
  tfidf_cosine: number | null;
  rouge1: RougeScore;
  rouge2: RougeScore;
  rougeL: RougeScore;
  rougeLsum: RougeScore;
}

export interface PairReject {
  id: unknown;
  rejected: string;
}

/** The scores of one pair, keys in the output's order. */
export function scorePair(pair: TextPair): PairScores {
  let cosine: number | null;
  try {
    cosine = tfidfCosine(pair.a, pair.b);
  } catch (error) {
    if (!(error instanceof EmptyVocabularyError)) throw error;
    cosine = null;
  }
  const rouge = scoreRouge(pair.a, pair.b, { types: ["rouge1", "rouge2", "rougeL", "rougeLsum"] });
  return {
    id: pair.id,
    tfidf_cosine: cosine,
    rouge1: rouge.rouge1,
    rouge2: rouge.rouge2,
    rougeL: rouge.rougeL,
    rougeLsum: rouge.rougeLsum,
  };
}

/** Scores a pair, or rejects it with the reason when a text is over the size guard. */
export function scoreOrReject(pair: TextPair): PairScores | PairReject {
  const problem = textTooLong(pair.a, 'text "a"') ?? textTooLong(pair.b, 'text "b"');
  return problem === null ? scorePair(pair) : { id: pair.id, rejected: problem };
}

/** A parsed line as a pair, or throws MetricsInputError naming file, line and field. */
export function pairOf(value: unknown, where: string): TextPair {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new MetricsInputError(`${where}: expected an object {"id", "a", "b"}`);
  const record = value as Record<string, unknown>;
  if (!("id" in record) || record.id === null) throw new MetricsInputError(`${where}: field "id" is missing`);
  for (const field of ["a", "b"] as const) {
    if (!(field in record)) throw new MetricsInputError(`${where}: field "${field}" is missing`);
    if (typeof record[field] !== "string")
      throw new MetricsInputError(`${where}: field "${field}" must be a string, got ${describe(record[field])}`);
  }
  return { id: record.id, a: record.a as string, b: record.b as string };
}

/** The pairs of a JSON Lines file, one at a time, with how much of the file is read. */
export function* streamPairs(file: string): Generator<{ pair: TextPair; bytesRead: number }> {
  let lines: Generator<{ line: number; text: string; bytesRead: number }>;
  try {
    lines = readLines(file);
    for (const { line, text, bytesRead } of lines) {
      if (text.trim() === "") continue;
      const where = `${file}:${line}`;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new MetricsInputError(`${where}: not JSON (${(error as Error).message})`);
      }
      yield { pair: pairOf(value, where), bytesRead };
    }
  } catch (error) {
    if (error instanceof InvalidUtf8Error)
      throw new MetricsInputError(`${file}:${error.line}: not valid UTF-8 (save the file as UTF-8)`);
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !(error instanceof InputError)) throw new MetricsInputError(`cannot read ${file}: ${code}`);
    throw error;
  }
}

/** Reads every pair of a JSON Lines file (for small inputs and tests), or throws MetricsInputError. */
export function readPairs(file: string): TextPair[] {
  return [...streamPairs(file)].map(({ pair }) => pair);
}

/** A progress line on stderr: redrawn on a terminal, one line every 10 s in a log. */
function progressLine(totalBytes: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  let last = started;
  const tty = Boolean(stream.isTTY);
  const text = (pairs: number, bytesRead: number) => {
    const seconds = (performance.now() - started) / 1000;
    return `metrics: ${pairs.toLocaleString("en-US")} pairs (${totalBytes ? Math.floor((100 * bytesRead) / totalBytes) : 100} % of the input) ${(pairs / Math.max(seconds, 1e-9)).toFixed(0)} pairs/s`;
  };
  return {
    tick(pairs: number, bytesRead: number) {
      const now = performance.now();
      if (now - last < (tty ? 250 : 10_000)) return;
      last = now;
      stream.write(tty ? `\r${text(pairs, bytesRead)}` : `${text(pairs, bytesRead)}\n`);
    },
    finish() {
      if (tty && last !== started) stream.write("\n");
    },
  };
}

export async function metricsCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { in: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(METRICS_HELP);
  if (!values.in) throw new UsageError("--in <pairs.jsonl> is required");
  if (!values.out) throw new UsageError("--out <scores.jsonl> is required");
  const input = values.in;
  const out = values.out;
  let totalBytes = 0;
  try {
    totalBytes = fs.statSync(input).size;
  } catch (error) {
    throw new MetricsInputError(
      `cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const started = performance.now();
  // Written beside the output and renamed at the end: a bad line leaves no half-written scores.
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const temporary = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  const descriptor = fs.openSync(temporary, "w");
  const progress = progressLine(totalBytes);
  let scored = 0;
  let rejected = 0;
  let buffered: string[] = [];
  const flush = () => {
    if (buffered.length) fs.writeSync(descriptor, buffered.join(""));
    buffered = [];
  };
  try {
    for (const { pair, bytesRead } of streamPairs(input)) {
      const result = scoreOrReject(pair);
      if ("rejected" in result) rejected++;
      else scored++;
      buffered.push(`${JSON.stringify(result)}\n`);
      if (buffered.length >= 256) flush();
      progress.tick(scored + rejected, bytesRead);
    }
    flush();
    fs.closeSync(descriptor);
    fs.renameSync(temporary, out);
  } catch (error) {
    try {
      fs.closeSync(descriptor);
    } catch {
      // Already closed (the rename failed): the temporary file is removed below either way.
    }
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    progress.finish();
  }
  log(
    `metrics: ${scored} pairs scored${rejected ? `, ${rejected} rejected (a text over ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters; their lines say why)` : ""} in ${((performance.now() - started) / 1000).toFixed(2)} s -> ${out}`,
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
