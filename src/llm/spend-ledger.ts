/**
 * The project's spend ledger: every dollar a model call or a Batch job cost, in SQLite beside the
 * response cache (`llm.spend.sqlite` beside `llm.sqlite`), so the budget survives restarts and is shared by every process
 * of the project. A killed run loses nothing recorded: each entry is one transaction in WAL mode,
 * as in the response cache.
 *
 * Two kinds of rows: `spend` (money spent, final) and `reserve` (a submitted Batch job's worst
 * case, held until the batch is collected, so live calls in another process cannot spend the
 * same money twice). The running totals are kept in one row updated in the same transaction, so
 * reading them is O(1) however long the ledger grows.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";

export interface SpendEntry {
  purpose: string;
  model: string;
  usd: number;
  /** "live", "batch:<id>", ... */
  via: string;
}

export interface LedgerTotals {
  /** Money spent, all time. */
  spentUsd: number;
  /** Worst cases of submitted, uncollected batches. */
  reservedUsd: number;
}

export interface LedgerRow {
  model: string;
  via: string;
  entries: number;
  usd: number;
}

/** The ledger beside a response cache: `data/cache/llm.sqlite` → `data/cache/llm.spend.sqlite` (one per cache, so per project). */
export function ledgerPathFor(cachePath: string): string {
  return path.join(path.dirname(cachePath), `${path.basename(cachePath).replace(/\.sqlite$/, "")}.spend.sqlite`);
}

export class SpendLedger {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly bump: Database.Statement;
  private readonly totalsStatement: Database.Statement;

  constructor(
    readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    // Another process may be writing: wait for its transaction rather than fail.
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(`CREATE TABLE IF NOT EXISTS spend (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, purpose TEXT NOT NULL, model TEXT NOT NULL, usd REAL NOT NULL, via TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS totals (one INTEGER PRIMARY KEY CHECK (one = 1), spent_usd REAL NOT NULL, reserved_usd REAL NOT NULL);
      INSERT OR IGNORE INTO totals VALUES (1, 0, 0);`);
    this.insert = this.db.prepare("INSERT INTO spend (at, kind, purpose, model, usd, via) VALUES (?, ?, ?, ?, ?, ?)");
    this.bump = this.db.prepare(
      "UPDATE totals SET spent_usd = spent_usd + ?, reserved_usd = reserved_usd + ? WHERE one = 1",
    );
    this.totalsStatement = this.db.prepare(
      "SELECT spent_usd AS spentUsd, reserved_usd AS reservedUsd FROM totals WHERE one = 1",
    );
  }

  /** Records money spent (zero-cost calls are not written). */
  spend(entry: SpendEntry): void {
    if (!(entry.usd > 0)) return;
    this.db.transaction(() => {
      this.insert.run(this.now().toISOString(), "spend", entry.purpose, entry.model, entry.usd, entry.via);
      this.bump.run(entry.usd, 0);
    })();
  }

  /** Holds a submitted batch's worst case until `release` (same `via`). */
  reserve(entry: SpendEntry): void {
    this.db.transaction(() => {
      this.insert.run(this.now().toISOString(), "reserve", entry.purpose, entry.model, entry.usd, entry.via);
      this.bump.run(0, entry.usd);
    })();
  }

  /** Releases every reservation made under `via` (a collected batch); returns how much was held. */
  release(via: string): number {
    return this.db.transaction(() => {
      const held = (
        this.db
          .prepare("SELECT COALESCE(SUM(usd), 0) AS usd FROM spend WHERE kind = 'reserve' AND via = ?")
          .get(via) as { usd: number }
      ).usd;
      this.db.prepare("DELETE FROM spend WHERE kind = 'reserve' AND via = ?").run(via);
      this.bump.run(0, -held);
      return held;
    })();
  }

  totals(): LedgerTotals {
    return this.totalsStatement.get() as LedgerTotals;
  }

  /** Spend by model and channel, for `rpw llm spend`. */
  summary(): LedgerRow[] {
    return this.db
      .prepare(
        `SELECT model, CASE WHEN via LIKE 'batch:%' THEN 'batch' ELSE via END AS via, COUNT(*) AS entries, SUM(usd) AS usd
      FROM spend WHERE kind = 'spend' GROUP BY model, 2 ORDER BY model, 2`,
      )
      .all() as LedgerRow[];
  }

  close(): void {
    this.db.close();
  }
}
