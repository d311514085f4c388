/** `rpw metrics`: the study's reference metrics for text pairs, from the shell (see `rpw metrics --help`). */
import { InputError } from "../util/input-error";
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { RougeScore, scoreRouge } from "../evaluate/rouge";
import { EmptyVocabularyError, tfidfCosine } from "../evaluate/tfidf-cosine";
import { parseJsonlLines, writeFileAtomic } from "../util/jsonl";
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
A bad line (not JSON, id missing, a or b missing or not a string) stops the run with exit 1, naming
the file, line and field; nothing is written then. Blank lines are skipped.`;

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
  return { id: pair.id, tfidf_cosine: cosine, rouge1: rouge.rouge1, rouge2: rouge.rouge2, rougeL: rouge.rougeL, rougeLsum: rouge.rougeLsum };
}

/** Reads the pairs of a JSON Lines file, or throws MetricsInputError naming file, line and field. */
export function readPairs(file: string): TextPair[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new MetricsInputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const pairs: TextPair[] = [];
  parseJsonlLines(text, file, (message) => new MetricsInputError(message)).forEach(({ where, value }) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new MetricsInputError(`${where}: expected an object {"id", "a", "b"}`);
    const record = value as Record<string, unknown>;
    if (!("id" in record) || record.id === null) throw new MetricsInputError(`${where}: field "id" is missing`);
    for (const field of ["a", "b"] as const) {
      if (!(field in record)) throw new MetricsInputError(`${where}: field "${field}" is missing`);
      if (typeof record[field] !== "string") throw new MetricsInputError(`${where}: field "${field}" must be a string, got ${describe(record[field])}`);
    }
    pairs.push({ id: record.id, a: record.a as string, b: record.b as string });
  });
  return pairs;
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
  const pairs = readPairs(values.in);
  const started = performance.now();
  const lines = pairs.map((pair) => `${JSON.stringify(scorePair(pair))}\n`);
  writeFileAtomic(values.out, lines.join(""));
  log(`metrics: ${pairs.length} pairs scored in ${((performance.now() - started) / 1000).toFixed(2)} s -> ${values.out}`);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
