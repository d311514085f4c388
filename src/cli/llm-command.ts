/** `rpw llm`: inspect and move recorded LLM responses (the replay cache). */
import * as fs from "node:fs";
import { parseArgs } from "node:util";
import { describeLlmConfig, resolveLlmConfig } from "../llm/config";
import { pendingBatches } from "../llm/batch";
import { LlmClient } from "../llm/llm-client";
import { ResponseCache } from "../llm/response-cache";
import { ledgerPathFor, SpendLedger } from "../llm/spend-ledger";
import { writeFileAtomic } from "../util/jsonl";
import { UsageError } from "./usage-error";

export const LLM_HELP = `rpw llm — the LLM layer's configuration and recorded responses

Usage:
  rpw llm config                         the resolved configuration (no secrets)
  rpw llm manifest                       recordings by purpose, provider, base URL, model and date
  rpw llm export --out <file.jsonl> [--purpose <p>]
                                         recordings as JSON Lines, sorted by key (to share a run)
  rpw llm import <file.jsonl>...         add someone's recordings to the cache (replayed byte for byte)
  rpw llm batches                        Batch API jobs submitted from this cache and not yet collected
  rpw llm spend                          the project's spend ledger (beside the cache): by model and channel,
                                         the total that llm.budgetUsd caps, and what submitted batches hold

Options:
  --cache <file>   the recordings file (default: RPW_LLM_CACHE or data/cache/llm.sqlite)

Provider selection (environment): OPENAI_API_KEY -> openai; RPW_LLM_BASE_URL -> openai-compatible
(vLLM, Ollama, ...); neither -> auto (recorded responses, else the labelled rules baseline).
RPW_LLM_PROVIDER, RPW_LLM_CONCURRENCY, RPW_LLM_RPM, RPW_LLM_TPM, RPW_LLM_TIMEOUT_MS,
RPW_LLM_MAX_RETRIES, RPW_LLM_BUDGET_USD override the defaults.`;

export async function llmCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      cache: { type: "string" },
      out: { type: "string" },
      purpose: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action, ...files] = positionals;
  if (values.help || !action) return log(LLM_HELP);
  const config = resolveLlmConfig(values.cache ? { cachePath: values.cache } : {});
  switch (action) {
    case "config":
      return log(JSON.stringify(describeLlmConfig(config), null, 2));
    case "manifest": {
      const cache = new ResponseCache(config.cachePath, { readOnly: true });
      const rows = cache.manifest();
      cache.close();
      if (rows.length === 0) return log(`no recordings in ${config.cachePath}`);
      log(["purpose", "provider", "base_url", "model", "date", "entries", "cost_usd"].join("\t"));
      for (const row of rows)
        log(
          [
            row.purpose,
            row.provider,
            row.baseUrl ?? "-",
            row.model,
            row.date,
            row.entries,
            row.costUsd.toFixed(4),
          ].join("\t"),
        );
      return;
    }
    case "export": {
      if (!values.out) throw new UsageError("rpw llm export needs --out <file.jsonl>");
      const cache = new ResponseCache(config.cachePath, { readOnly: true });
      const jsonl = cache.exportJsonl({ purpose: values.purpose });
      cache.close();
      writeFileAtomic(values.out, jsonl);
      return log(`exported ${jsonl ? jsonl.trimEnd().split("\n").length : 0} recordings -> ${values.out}`);
    }
    case "import": {
      if (files.length === 0) throw new UsageError("rpw llm import needs at least one file");
      const cache = new ResponseCache(config.cachePath);
      try {
        for (const file of files) {
          if (!fs.existsSync(file)) throw new UsageError(`${file}: no such file`);
          const { added, skipped } = cache.importJsonl(fs.readFileSync(file, "utf8"), file);
          log(`${file}: ${added} recordings added, ${skipped} already present -> ${config.cachePath}`);
        }
      } finally {
        cache.close();
      }
      return;
    }
    case "batches": {
      const llm = new LlmClient({ ...config, cacheReadOnly: true });
      const pending = pendingBatches(llm);
      llm.close();
      if (pending.length === 0) return log("no pending batches");
      for (const batch of pending)
        log(`${batch.batchId}\t${batch.keys.length} requests\tsubmitted ${batch.submittedAt}`);
      return;
    }
    case "spend": {
      const file = ledgerPathFor(config.cachePath);
      if (!fs.existsSync(file)) return log(`nothing spent yet (no ledger at ${file})`);
      const ledger = new SpendLedger(file);
      try {
        log(["model", "via", "entries", "usd"].join("\t"));
        for (const row of ledger.summary()) log([row.model, row.via, row.entries, row.usd.toFixed(6)].join("\t"));
        const { spentUsd, reservedUsd } = ledger.totals();
        log(
          `total $${spentUsd.toFixed(6)} spent${reservedUsd > 0 ? `, $${reservedUsd.toFixed(6)} held for submitted batches` : ""} (${file})`,
        );
      } finally {
        ledger.close();
      }
      return;
    }
    default:
      throw new UsageError(`unknown action "${action}" (config, manifest, export, import, batches, spend)`);
  }
}
