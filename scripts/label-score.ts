/**
 * Scores `rpw ground` against the hand labels (labels/claims-hand.csv, labels/README.md):
 * `npx tsx scripts/label-score.ts [--labels labels/claims-hand.csv] --claims runs/labels/claims.jsonl`
 * (the claims of `rpw ground` on the cases of scripts/label-cases.ts, on the current checker).
 *
 * A sheet row with a `row` id is a checker claim: it is matched to the claims file by case, type
 * and span (never by position), and a row whose claim the checker no longer makes is counted as
 * missed. A row without `row` is a fact the checker missed when the sheet was made; if the checker
 * now makes a claim with that case, type and span, its verdict is used.
 * Per claim type and overall, with Wilson 95 % intervals:
 * - "not in the resume": human input_only or invented vs checker input_only or unsupported;
 *   precision = flagged claims a person marked input_only/invented; not_a_claim flagged counts
 *   against precision; recall = human input_only/invented facts the checker flags (missed = not);
 * - invented alone: human invented vs checker unsupported;
 * - supported flagged: human-supported checker claims the checker flags (input_only/unsupported).
 */
import * as fs from "node:fs";
import { parseArgs } from "node:util";

interface Row {
  row: string;
  case: string;
  type: string;
  claim: string;
  span: string;
  label: string;
}
interface Claim {
  id: string;
  type: string;
  span: [number, number];
  verdict: string;
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function wilson(k: number, n: number): string {
  if (n === 0) return "—";
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  const pct = (x: number) => (100 * Math.min(1, Math.max(0, x))).toFixed(0);
  return `${pct(p)} % (${k}/${n}; ${pct(c - h)}–${pct(c + h)})`;
}

function main(): void {
  const { values } = parseArgs({ options: { labels: { type: "string" }, claims: { type: "string" } }, strict: true });
  if (!values.claims) throw new Error("usage: --claims <claims.jsonl> [--labels labels/claims-hand.csv]");
  const [header, ...records] = parseCsv(fs.readFileSync(values.labels ?? "labels/claims-hand.csv", "utf8"));
  const rows: Row[] = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])) as unknown as Row);
  const claims = fs
    .readFileSync(values.claims, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Claim);
  const key = (id: string, type: string, span: string) => `${id}\t${type}\t${span}`;
  const verdicts = new Map(claims.map((c) => [key(String(c.id), c.type, `${c.span[0]}-${c.span[1]}`), c.verdict]));
  const scored = rows.map((r) => ({ ...r, verdict: verdicts.get(key(r.case, r.type, r.span)) ?? "missed" }));
  const groups = [...new Set(scored.map((r) => r.type))].sort();
  const line = (name: string, set: typeof scored) => {
    const flagged = (v: string) => v === "input_only" || v === "unsupported";
    const out = (l: string) => l === "input_only" || l === "invented";
    const f = set.filter((r) => flagged(r.verdict));
    const pos = set.filter((r) => out(r.label));
    const inv = set.filter((r) => r.label === "invented");
    const u = set.filter((r) => r.verdict === "unsupported");
    const sup = set.filter((r) => r.label === "supported" && r.verdict !== "missed");
    return [
      name,
      String(set.length),
      wilson(f.filter((r) => out(r.label)).length, f.length),
      wilson(pos.filter((r) => flagged(r.verdict)).length, pos.length),
      wilson(u.filter((r) => r.label === "invented").length, u.length),
      wilson(inv.filter((r) => r.verdict === "unsupported").length, inv.length),
      wilson(sup.filter((r) => flagged(r.verdict)).length, sup.length),
    ].join(" | ");
  };
  console.log(
    "| type | facts | not in resume: precision | recall | invented: precision | recall " + "| supported flagged |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const g of groups)
    console.log(
      `| ${line(
        g,
        scored.filter((r) => r.type === g),
      )} |`,
    );
  console.log(`| ${line("all", scored)} |`);
}

main();
