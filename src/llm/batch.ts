/**
 * Running requests through OpenAI's Batch API (half price, 24-hour window; ENGINES.md §4), so
 * that a batch run and a live run are interchangeable: batch answers go into the same response
 * cache under the same keys, and `llm.complete` then answers from it.
 *
 * Steps: write the batch JSONL (`custom_id` = request key; recorded requests are left out),
 * upload, create, poll, download the output and error files, check each answer against its
 * request's schema, record the good ones (`via: "batch:<id>"`, cost at the batch price).
 * The batch id and its keys are stored in `<cache dir>/batches/<id>.json` at submission, so
 * `collectBatch` can resume after a restart. A batch has no repair turn: answers that fail the
 * schema are reported and left unrecorded (a live `complete` retries them with repair).
 */
import { InputError } from "../util/input-error";
import * as fs from "node:fs";
import * as path from "node:path";
import { toFile } from "openai";
import type OpenAI from "openai";
import { baseUrlUsed } from "./config";
import { LlmClient } from "./llm-client";
import { answerOf, chatBody, openaiClient } from "./openai-chat";
import { costOf } from "./pricing";
import { requestKeyParts } from "./request-key";
import { parseStructured } from "./structured-output";
import { SYSTEM_CLOCK, Clock } from "./throttle";
import type { LlmRequest } from "./types";

/** OpenAI's limit on requests per batch. */
export const MAX_BATCH_REQUESTS = 50_000;
const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);

export interface BatchState {
  batchId: string;
  inputFileId: string;
  keys: string[];
  submittedAt: string;
}

export interface BatchCollectResult {
  batchId: string;
  status: string;
  recorded: number;
  /** Requests whose answer was missing, an error, a refusal or did not fit the schema. */
  failed: { key: string; reason: string }[];
}

export interface BatchOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  pollIntervalMs?: number;
  /** Called after every poll with the batch's status and counts. */
  onPoll?: (batch: OpenAI.Batches.Batch) => void;
}

function stateDir(llm: LlmClient): string {
  return path.join(path.dirname(llm.config.cachePath), "batches");
}

function clientOf(llm: LlmClient, env: NodeJS.ProcessEnv): OpenAI {
  if (llm.config.provider !== "openai") {
    throw new Error(`the Batch API needs provider "openai" (configured: ${llm.config.provider})`);
  }
  return openaiClient({
    kind: "openai",
    apiKey: env[llm.config.apiKeyEnv] ?? "",
    baseUrl: baseUrlUsed(llm.config),
    timeoutMs: llm.config.timeoutMs,
  });
}

/** The batch input file: one line per distinct, not yet recorded request. */
export function batchLines(llm: LlmClient, requests: readonly LlmRequest[]): { keys: string[]; jsonl: string } {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const request of requests) {
    const key = llm.keyOf(request);
    if (seen.has(key) || llm.cache.has(key)) continue;
    seen.add(key);
    lines.push(
      JSON.stringify({
        custom_id: key,
        method: "POST",
        url: "/v1/chat/completions",
        body: chatBody(request, request.messages, "openai"),
      }),
    );
  }
  return { keys: [...seen], jsonl: lines.map((line) => `${line}\n`).join("") };
}

/** Uploads and creates a batch for the unrecorded requests; null when everything is recorded. */
export async function submitBatch(
  llm: LlmClient,
  requests: readonly LlmRequest[],
  options: BatchOptions = {},
): Promise<BatchState | null> {
  const { keys, jsonl } = batchLines(llm, requests);
  if (keys.length === 0) return null;
  if (keys.length > MAX_BATCH_REQUESTS)
    throw new InputError(`${keys.length} requests exceed the Batch API's ${MAX_BATCH_REQUESTS} per batch`, {
      fix: "generate fewer resumes per run (teacher.resumes)",
    });
  // Batch is half the live price; its worst case must fit the run's budget before anything is uploaded.
  const live = llm.estimate(requests).costUsd;
  const worstCase = live === null ? null : live / 2;
  if (!llm.canSpend(worstCase)) {
    throw new InputError(
      `the batch would cost up to ${worstCase === null ? "an unknown amount (no price for this model)" : `$${worstCase.toFixed(4)}`}, past the run's budget of $${llm.config.budgetUsd} (${llm.spendLine()}); nothing was submitted`,
      { field: "llm.budgetUsd", fix: "raise llm.budgetUsd or generate fewer resumes" },
    );
  }
  const client = clientOf(llm, options.env ?? process.env);
  const file = await client.files.create({
    file: await toFile(Buffer.from(jsonl), "rpw-batch.jsonl"),
    purpose: "batch",
  });
  const batch = await client.batches.create({
    input_file_id: file.id,
    endpoint: "/v1/chat/completions",
    completion_window: "24h",
  });
  const state: BatchState = { batchId: batch.id, inputFileId: file.id, keys, submittedAt: new Date().toISOString() };
  // The worst case is held in the ledger until the batch is collected, so no other call spends it meanwhile.
  if (worstCase !== null && worstCase > 0)
    llm.ledger.reserve({ purpose: "batch", model: requests[0]?.model ?? "", usd: worstCase, via: `batch:${batch.id}` });
  fs.mkdirSync(stateDir(llm), { recursive: true });
  fs.writeFileSync(path.join(stateDir(llm), `${batch.id}.json`), `${JSON.stringify(state, null, 2)}\n`);
  return state;
}

/** Batches submitted from this cache and not yet collected. */
export function pendingBatches(llm: LlmClient): BatchState[] {
  const dir = stateDir(llm);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".collected.json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as BatchState);
}

/** Polls until the batch ends, then records its answers. `requests` supplies purposes and schemas. */
export async function collectBatch(
  llm: LlmClient,
  batchId: string,
  requests: readonly LlmRequest[],
  options: BatchOptions = {},
): Promise<BatchCollectResult> {
  const client = clientOf(llm, options.env ?? process.env);
  const clock = options.clock ?? SYSTEM_CLOCK;
  let batch = await client.batches.retrieve(batchId);
  options.onPoll?.(batch);
  while (!TERMINAL.has(batch.status)) {
    await clock.sleep(options.pollIntervalMs ?? 30_000);
    batch = await client.batches.retrieve(batchId);
    options.onPoll?.(batch);
  }
  const byKey = new Map(requests.map((request) => [llm.keyOf(request), request]));
  const statePath = path.join(stateDir(llm), `${batchId}.json`);
  const expected: string[] = fs.existsSync(statePath)
    ? (JSON.parse(fs.readFileSync(statePath, "utf8")) as BatchState).keys
    : [...byKey.keys()];
  const result: BatchCollectResult = { batchId, status: batch.status, recorded: 0, failed: [] };
  const answered = new Set<string>();
  // Expired and cancelled batches still return (and charge) what completed.
  for (const fileId of [batch.output_file_id, batch.error_file_id]) {
    if (!fileId) continue;
    const text = await (await client.files.content(fileId)).text();
    for (const line of text.split("\n").filter((entry) => entry.trim())) {
      const item = JSON.parse(line) as {
        custom_id: string;
        response: { status_code: number; body: unknown } | null;
        error: { message: string } | null;
      };
      answered.add(item.custom_id);
      const request = byKey.get(item.custom_id);
      const reason = recordBatchAnswer(llm, batchId, item, request);
      if (reason === null) result.recorded++;
      else result.failed.push({ key: item.custom_id, reason });
    }
  }
  for (const key of expected)
    if (!answered.has(key)) result.failed.push({ key, reason: `no answer (batch ${batch.status})` });
  // What it really cost is now in the ledger, answer by answer; the held worst case goes.
  llm.ledger.release(`batch:${batchId}`);
  if (fs.existsSync(statePath)) fs.renameSync(statePath, statePath.replace(/\.json$/, ".collected.json"));
  return result;
}

/** Records one batch result line; returns null when recorded, else why not. */
function recordBatchAnswer(
  llm: LlmClient,
  batchId: string,
  item: {
    custom_id: string;
    response: { status_code: number; body: unknown } | null;
    error: { message: string } | null;
  },
  request: LlmRequest | undefined,
): string | null {
  if (!request) return "not among the requests given to collect (pass the same requests that were submitted)";
  if (item.error || !item.response) return `error: ${item.error?.message ?? "no response"}`;
  if (item.response.status_code !== 200) return `HTTP ${item.response.status_code}`;
  const outcome = answerOf(item.response.body as OpenAI.Chat.Completions.ChatCompletion, request.messages);
  if (outcome.ok === false) return outcome.error.message;
  const { text, refusal, usage } = outcome.answer;
  if (refusal) return `refusal: ${refusal}`;
  if (request.schema) {
    const parsed = parseStructured(text, request.schema.schema);
    if (parsed.ok === false) return `schema: ${parsed.issues}`;
  }
  const costUsd = costOf(request.model, usage, { batch: true });
  llm.chargeSpend(costUsd, { purpose: request.purpose, model: request.model, via: `batch:${batchId}` });
  llm.cache.put({
    key: item.custom_id,
    purpose: request.purpose,
    provider: "openai",
    model: request.model,
    request: requestKeyParts(request, "openai"),
    text,
    usage,
    costUsd,
    latencyMs: 0,
    recordedAt: new Date().toISOString(),
    via: `batch:${batchId}`,
    baseUrl: llm.recordedBaseUrl(),
  });
  return null;
}
