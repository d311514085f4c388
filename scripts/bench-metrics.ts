/**
 * `npm run bench:metrics`: times the metric suite on the study's released targets, every
 * (study id, section) pair of the v2 and v3 GPT-4o runs (532 x 7 = 3,724 pairs), and, when
 * /usr/bin/python3 has scikit-learn, the same TF-IDF cosines in Python in the same run.
 *
 * The suite per pair: TF-IDF cosine and ROUGE-1/2/L/Lsum on the study's dumped JSON
 * (json.dumps of each section value) and again on plain section text. The JS time is one cold
 * run (JIT warm-up and the stem cache included). The Python side fits TfidfVectorizer() on each
 * dumped pair and takes cosine_similarity, as the study did; its import time is not counted.
 * Prints one line for the suite and one for the Python comparison; exits 0 without the data.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sectionToPlainText } from "../src/evaluate/plain-text";
import { pythonJsonDumps } from "../src/evaluate/python-json";
import { scoreRouge } from "../src/evaluate/rouge";
import { EmptyVocabularyError, tfidfCosine } from "../src/evaluate/tfidf-cosine";

const DATA = path.resolve(__dirname, "../../shared/data/seed-study");
const PYTHON = "/usr/bin/python3";

type Pair = [reference: string, prediction: string];

function loadSectionPairs(): { dumped: Pair[]; plain: Pair[]; serializeSeconds: number } {
  const read = (version: string) =>
    JSON.parse(fs.readFileSync(path.join(DATA, `gpt4o_targets_${version}.redacted.json`), "utf8")) as Record<
      string,
      string
    >;
  const v2 = read("v2");
  const v3 = read("v3");
  const started = performance.now();
  const dumped: Pair[] = [];
  const plain: Pair[] = [];
  for (const id of Object.keys(v2).sort((a, b) => Number(a) - Number(b))) {
    // Each value is a string holding the 7 sections as JSON; a section may be a string, list or object.
    const [before, after] = [JSON.parse(v2[id]), JSON.parse(v3[id])] as Record<string, unknown>[];
    for (const section of Object.keys(before)) {
      dumped.push([pythonJsonDumps(before[section]), pythonJsonDumps(after[section])]);
      plain.push([sectionToPlainText(before[section]), sectionToPlainText(after[section])]);
    }
  }
  return { dumped, plain, serializeSeconds: (performance.now() - started) / 1000 };
}

function cosineOrNull(a: string, b: string): number | null {
  try {
    return tfidfCosine(a, b);
  } catch (error) {
    if (error instanceof EmptyVocabularyError) return null;
    throw error;
  }
}

function runSuite(pairs: readonly Pair[]): number {
  const started = performance.now();
  for (const [a, b] of pairs) {
    cosineOrNull(a, b);
    scoreRouge(a, b, { types: ["rouge1", "rouge2", "rougeL", "rougeLsum"] });
  }
  return (performance.now() - started) / 1000;
}

const PYTHON_SNIPPET = `
import json, sys, time
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
pairs = json.load(open(sys.argv[1], encoding="utf-8"))
values = []
started = time.perf_counter()
for a, b in pairs:
    try:
        X = TfidfVectorizer().fit_transform([a, b])
        values.append(float(cosine_similarity(X[0], X[1])[0, 0]))
    except ValueError:
        values.append(None)
print(json.dumps({"seconds": time.perf_counter() - started, "values": values, "version": sklearn.__version__}))
`;

function timePython(pairs: readonly Pair[]): { seconds: number; values: (number | null)[]; version: string } | string {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} not found`;
  if (spawnSync(PYTHON, ["-c", "import sklearn"]).status !== 0)
    return `scikit-learn is not installed for ${PYTHON} (apt-get install -y python3-sklearn)`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rpw-bench-"));
  try {
    const file = path.join(dir, "pairs.json");
    fs.writeFileSync(file, JSON.stringify(pairs));
    const result = spawnSync(PYTHON, ["-c", PYTHON_SNIPPET, file], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    });
    if (result.status !== 0) return `python failed: ${result.stderr.trim().split("\n").pop()}`;
    return JSON.parse(result.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  if (!fs.existsSync(DATA)) {
    console.log(`bench:metrics: skipped, ${DATA} not present (the study's data lives outside the repo)`);
    return;
  }
  const { dumped, plain, serializeSeconds } = loadSectionPairs();
  const studySeconds = runSuite(dumped);
  const plainSeconds = runSuite(plain);
  const total = serializeSeconds + studySeconds + plainSeconds;
  const n = dumped.length;
  console.log(
    `bench:metrics: ${n} section pairs (v2 vs v3), TF-IDF + ROUGE-1/2/L/Lsum on dumped JSON and on plain text: ` +
      `${total.toFixed(3)} s, ${Math.round(n / total).toLocaleString("en-US")} pairs/s ` +
      `(serialise ${serializeSeconds.toFixed(3)} s, study mode ${studySeconds.toFixed(3)} s, plain mode ${plainSeconds.toFixed(3)} s)`,
  );

  const started = performance.now();
  const jsValues = dumped.map(([a, b]) => cosineOrNull(a, b));
  const jsSeconds = (performance.now() - started) / 1000;
  const python = timePython(dumped);
  if (typeof python === "string") {
    console.log(
      `bench:metrics: TF-IDF cosine on dumped JSON: JS ${jsSeconds.toFixed(3)} s; Python comparison skipped: ${python}`,
    );
    return;
  }
  const maxDifference = python.values.reduce<number>((max, value, i) => {
    const js = jsValues[i];
    if (value === null || js === null) return value === js ? max : Infinity;
    return Math.max(max, Math.abs(value - js));
  }, 0);
  console.log(
    `bench:metrics: TF-IDF cosine on dumped JSON: JS ${jsSeconds.toFixed(3)} s, Python scikit-learn ${python.version} ` +
      `${python.seconds.toFixed(3)} s: ${(python.seconds / jsSeconds).toFixed(1)}x faster (the whole JS suite: ` +
      `${(python.seconds / total).toFixed(1)}x), max |difference| ${maxDifference.toExponential(1)}`,
  );
}

main();
