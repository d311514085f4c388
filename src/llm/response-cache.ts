/**
 * The response cache (record/replay): every successful model answer, stored under its request
 * key in SQLite (better-sqlite3).
 *
 * Why SQLite: each `put` is one transaction in WAL mode, so a process killed mid-run (SIGKILL)
 * leaves every committed answer readable and the file consistent; nothing half-written is ever
 * seen. `synchronous=NORMAL` with WAL is durable against process crashes (an OS crash may lose
 * the last transactions, never corrupt the file). Errors are never stored.
 *
 * Recordings move between researchers as JSON Lines (`exportJsonl` / `importJsonl`), sorted by
 * key so an export is byte-identical for the same content.
 */
import { InputError } from "../util/input-error";
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { z } from "zod";

export const CachedResponse = z.object({
  key: z.string().regex(/^[0-9a-f]{64}$/),
  purpose: z.string(),
  provider: z.enum(["openai", "openai-compatible"]),
  model: z.string(),
  /** The request as keyed (messages, params, schema name and hash); never credentials. */
  request: z.record(z.string(), z.unknown()),
  /** The answer's text as the model returned it (parsed again on replay, so schema checks rerun). */
  text: z.string(),
  usage: z.object({
    inputTokens: z.number().int(),
    outputTokens: z.number().int(),
    cachedInputTokens: z.number().int(),
  }),
  costUsd: z.number().nullable(),
  latencyMs: z.number().int(),
  /** ISO time the answer was recorded. */
  recordedAt: z.string(),
  /** "live" or "batch:<batch id>". */
  via: z.string(),
  /**
   * The base URL the answer came from (without credentials): tells a local server's or a gateway's
   * answers from OpenAI's. Null for recordings made before it was kept.
   */
  baseUrl: z.string().nullable().default(null),
});
export type CachedResponse = z.infer<typeof CachedResponse>;

/** A recordings file line that is not a recorded response (names the file and line). */
export class RecordingFormatError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "RecordingFormatError";
  }
}

export interface ManifestRow {
  purpose: string;
  provider: string;
  /** Where the answers came from (null: recorded before base URLs were kept). */
  baseUrl: string | null;
  model: string;
  date: string;
  entries: number;
  costUsd: number;
}

export class ResponseCache {
  private readonly db: Database.Database;
  private readonly getStatement: Database.Statement;
  private preparedPut: Database.Statement | null = null;
  private readonly hasBaseUrl: boolean;

  constructor(
    readonly file: string,
    { readOnly = false } = {},
  ) {
    if (!readOnly) fs.mkdirSync(path.dirname(file), { recursive: true });
    if (readOnly && !fs.existsSync(file)) {
      // A read-only cache that does not exist yet is an empty one.
      this.db = new Database(":memory:");
    } else {
      this.db = new Database(file, { readonly: readOnly, fileMustExist: readOnly });
    }
    if (!readOnly || this.db.memory) {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.exec(`CREATE TABLE IF NOT EXISTS responses (
        key TEXT PRIMARY KEY, purpose TEXT NOT NULL, provider TEXT NOT NULL, model TEXT NOT NULL,
        request TEXT NOT NULL, text TEXT NOT NULL, usage TEXT NOT NULL, cost_usd REAL,
        latency_ms INTEGER NOT NULL, recorded_at TEXT NOT NULL, via TEXT NOT NULL, base_url TEXT)`);
      // Caches made before base URLs were recorded gain the column; their old rows keep null.
      const columns = this.db.prepare("PRAGMA table_info(responses)").all() as { name: string }[];
      if (!columns.some((column) => column.name === "base_url"))
        this.db.exec("ALTER TABLE responses ADD COLUMN base_url TEXT");
    }
    // A cache from before base URLs were kept, opened read-only, has no such column to read.
    this.hasBaseUrl = (this.db.prepare("PRAGMA table_info(responses)").all() as { name: string }[]).some(
      (column) => column.name === "base_url",
    );
    this.getStatement = this.db.prepare("SELECT * FROM responses WHERE key = ?");
  }

  /** Prepared on first use: a read-only cache from before base URLs were kept could not prepare it. */
  private get putStatement(): Database.Statement {
    this.preparedPut ??= this.db.prepare(`INSERT OR REPLACE INTO responses
      (key, purpose, provider, model, request, text, usage, cost_usd, latency_ms, recorded_at, via, base_url)
      VALUES (@key, @purpose, @provider, @model, @request, @text, @usage, @costUsd, @latencyMs, @recordedAt, @via, @baseUrl)`);
    return this.preparedPut;
  }

  get(key: string): CachedResponse | null {
    const row = this.getStatement.get(key) as Record<string, unknown> | undefined;
    return row ? fromRow(row) : null;
  }

  has(key: string): boolean {
    return this.getStatement.get(key) !== undefined;
  }

  put(entry: z.input<typeof CachedResponse>): void {
    const valid = CachedResponse.parse(entry);
    this.putStatement.run({
      ...valid,
      request: JSON.stringify(valid.request),
      usage: JSON.stringify(valid.usage),
    });
  }

  count(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM responses").get() as { n: number }).n;
  }

  /** All entries, sorted by key. */
  entries(): CachedResponse[] {
    return (this.db.prepare("SELECT * FROM responses ORDER BY key").all() as Record<string, unknown>[]).map(fromRow);
  }

  /** JSON Lines of every entry (or those of one purpose), sorted by key. */
  exportJsonl(filter: { purpose?: string } = {}): string {
    return this.entries()
      .filter((entry) => !filter.purpose || entry.purpose === filter.purpose)
      .map((entry) => `${JSON.stringify(entry)}\n`)
      .join("");
  }

  /** Imports recordings; returns how many were new. A bad line throws naming its line number. */
  importJsonl(text: string, source = "import"): { added: number; skipped: number } {
    let added = 0;
    let skipped = 0;
    const entries = text.split("\n").flatMap((line, index) => {
      if (line.trim() === "") return [];
      try {
        return [CachedResponse.parse(JSON.parse(line))];
      } catch (error) {
        throw new RecordingFormatError(
          `${source}:${index + 1}: not a recorded response (${(error as Error).message.split("\n")[0]})`,
        );
      }
    });
    this.db.transaction(() => {
      for (const entry of entries) {
        if (this.has(entry.key)) skipped++;
        else {
          this.put(entry);
          added++;
        }
      }
    })();
    return { added, skipped };
  }

  /** Entries grouped by purpose, provider, base URL, model and recording date. */
  manifest(): ManifestRow[] {
    return this.db
      .prepare(
        `SELECT purpose, provider, ${this.hasBaseUrl ? "base_url" : "NULL"} AS baseUrl, model, substr(recorded_at, 1, 10) AS date,
        COUNT(*) AS entries, COALESCE(SUM(cost_usd), 0) AS costUsd
      FROM responses GROUP BY purpose, provider, baseUrl, model, date ORDER BY purpose, provider, baseUrl, model, date`,
      )
      .all() as ManifestRow[];
  }

  /** SQLite's own consistency check ("ok" when the file is sound). */
  integrityCheck(): string {
    return String(this.db.pragma("integrity_check", { simple: true }));
  }

  close(): void {
    this.db.close();
  }
}

function fromRow(row: Record<string, unknown>): CachedResponse {
  return {
    key: String(row.key),
    purpose: String(row.purpose),
    provider: row.provider as CachedResponse["provider"],
    model: String(row.model),
    request: JSON.parse(String(row.request)),
    text: String(row.text),
    usage: JSON.parse(String(row.usage)),
    costUsd: row.cost_usd === null ? null : Number(row.cost_usd),
    latencyMs: Number(row.latency_ms),
    recordedAt: String(row.recorded_at),
    via: String(row.via),
    baseUrl: row.base_url === undefined || row.base_url === null ? null : String(row.base_url),
  };
}
