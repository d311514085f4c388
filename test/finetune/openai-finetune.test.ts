import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import { FineTuneApiError, FineTuneInputError } from "../../src/finetune/finetune-error";
import { readState } from "../../src/finetune/job-state";
import { formatLaunchPlan } from "../../src/finetune/launch-plan";
import {
  cancelFineTune,
  describeJob,
  fetchFineTuneMetrics,
  FineTuneEvent,
  formatEvent,
  launchOpenAIFineTune,
  pollFineTune,
} from "../../src/finetune/openai-finetune";
import { startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { against, FAKE_KEY, filesUnder, instantClock, KEY_ENV, TRAIN, VALIDATION } from "./finetune-kit";

const SUCCEEDED_EVENTS = [
  "Created fine-tuning job: ftjob-1",
  "Validating training file: file-1",
  "Files validated, moving job to queued state",
  "Fine-tuning job started",
  "Checkpoint created at step 12",
  "Checkpoint created at step 24",
  "New fine-tuned model created: ft:gpt-4o-mini-2024-07-18:org:resume:3c114718",
  "The job has successfully completed",
];

/** A fetch that answers the n-th matching request with a scripted status, else passes it on. */
function failingFetch(
  match: (method: string, url: string) => boolean,
  statuses: number[],
  seen: string[] = [],
): typeof fetch {
  let matched = 0;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const method = init?.method ?? "GET";
    if (match(method, url)) {
      seen.push(`${method} ${new URL(url).pathname}`);
      const status = statuses[matched++];
      if (status !== undefined) {
        return new Response(
          JSON.stringify({ error: { message: `scripted ${status}`, type: "server_error", param: null, code: null } }),
          {
            status,
            headers: { "content-type": "application/json", ...(status === 429 ? { "retry-after-ms": "5" } : {}) },
          },
        );
      }
    }
    return fetch(input, init);
  }) as typeof fetch;
}

describe("OpenAI fine-tuning", () => {
  it("launchOpenAIFineTune uploads both files for fine-tune, creates the job with the exact body and stores its state", async () => {
    const server = await startMockOpenAI();
    try {
      const options = against(server);
      const result = await launchOpenAIFineTune({
        ...options,
        trainFile: TRAIN,
        validationFile: VALIDATION,
        suffix: "resume",
        nEpochs: 2,
        seed: 7,
      });
      assert.equal(result.dryRun, false);
      if (result.dryRun !== false) return;
      const uploads = server.calls.filter((call) => call.path === "/v1/files");
      assert.equal(uploads.length, 2);
      for (const [call, file, name] of [
        [uploads[0], TRAIN, "train.jsonl"],
        [uploads[1], VALIDATION, "validation.jsonl"],
      ] as const) {
        const body = String(call.body);
        assert.match(body, /name="purpose"\r\n\r\nfine-tune\r\n/);
        assert.match(body, new RegExp(`filename="${name.replace(".", "\\.")}"`));
        assert.ok(body.includes(fs.readFileSync(file, "utf8")), `${name} is uploaded whole`);
      }
      const expected = {
        model: "gpt-4o-mini-2024-07-18",
        training_file: "file-1",
        validation_file: "file-2",
        suffix: "resume",
        seed: 7,
        method: {
          type: "supervised",
          supervised: { hyperparameters: { n_epochs: 2, batch_size: "auto", learning_rate_multiplier: "auto" } },
        },
      };
      const create = server.calls.filter((call) => call.path === "/v1/fine_tuning/jobs");
      assert.deepEqual(
        create.map((call) => [call.method, call.body]),
        [["POST", expected]],
      );
      assert.deepEqual(result.body, expected);
      assert.equal(result.jobId, "ftjob-1");
      const state = readState("ftjob-1", options.stateDir);
      assert.equal(result.statePath, `${options.stateDir}/ftjob-1.json`);
      assert.deepEqual(state?.request, expected);
      assert.deepEqual(
        state?.uploads.map((upload) => [upload.role, upload.fileId, upload.examples]),
        [
          ["training", "file-1", 12],
          ["validation", "file-2", 3],
        ],
      );
      assert.deepEqual(
        [state?.status, state?.baseUrl, state?.apiKeyEnv, state?.createdAt],
        ["validating_files", server.baseURL, "OPENAI_API_KEY", "2026-01-15T12:00:00.000Z"],
      );
    } finally {
      await server.close();
    }
  });

  it("pollFineTune follows the job to succeeded, shows each event once, and stores the tuned model and its evaluation system", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 3 });
    try {
      const options = against(server);
      const launched = await launchOpenAIFineTune({
        ...options,
        trainFile: TRAIN,
        validationFile: VALIDATION,
        suffix: "resume",
        nEpochs: 2,
      });
      assert.equal(launched.dryRun, false);
      const events: FineTuneEvent[] = [];
      const statuses: string[] = [];
      const result = await pollFineTune("ftjob-1", {
        ...options,
        onEvent: (event) => events.push(event),
        onStatus: (job) => statuses.push(job.status),
      });
      assert.deepEqual(statuses, ["queued", "running", "succeeded"]);
      assert.deepEqual(
        events.map((event) => event.message),
        SUCCEEDED_EVENTS,
      );
      assert.equal(new Set(events.map((event) => event.id)).size, events.length);
      assert.equal(formatEvent(events[0]), "2023-11-14T22:13:24Z info  Created fine-tuning job: ftjob-1");
      assert.deepEqual(options.clock.sleeps, [1000, 1000]);
      const model = "ft:gpt-4o-mini-2024-07-18:org:resume:3c114718";
      assert.deepEqual([result.done, result.fineTunedModel, result.error], [true, model, null]);
      assert.equal(
        describeJob(result.job),
        `ftjob-1 succeeded: tuned model ${model} (${result.job.trained_tokens} trained tokens)`,
      );
      const state = readState("ftjob-1", options.stateDir);
      assert.deepEqual(
        [state?.status, state?.fineTunedModel, state?.lastEventId],
        ["succeeded", model, events.at(-1)?.id],
      );
      assert.deepEqual(state?.system, {
        name: "openai-fine-tuned",
        kind: "llm",
        model,
        llm: { provider: "openai", baseUrl: null, apiKeyEnv: "OPENAI_API_KEY" },
      });
    } finally {
      await server.close();
    }
  });

  it("pollFineTune reports a failed job's code, message and parameter, in its result, its state and its line", async () => {
    const error = {
      code: "invalid_training_file",
      message: "Training file has too few examples.",
      param: "training_file",
    };
    const server = await startMockOpenAI({ fineTunePollsToComplete: 2, fineTuneOutcome: { kind: "failed", error } });
    try {
      const options = against(server);
      await launchOpenAIFineTune({ ...options, trainFile: TRAIN });
      const events: FineTuneEvent[] = [];
      const result = await pollFineTune("ftjob-1", { ...options, onEvent: (event) => events.push(event) });
      assert.deepEqual([result.done, result.job.status, result.fineTunedModel], [true, "failed", null]);
      assert.deepEqual(result.error, error);
      assert.deepEqual(readState("ftjob-1", options.stateDir)?.error, error);
      assert.equal(
        describeJob(result.job),
        "ftjob-1 failed: invalid_training_file: Training file has too few examples. (param training_file)",
      );
      assert.deepEqual(events.at(-1), {
        id: events.at(-1)?.id,
        createdAt: events.at(-1)?.createdAt,
        level: "error",
        message: "Training file has too few examples.",
      });
    } finally {
      await server.close();
    }
  });

  it("cancelFineTune cancels a live job, polling then ends as cancelled, and a second cancel is refused with the fix", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 5 });
    try {
      const options = against(server);
      await launchOpenAIFineTune({ ...options, trainFile: TRAIN });
      const first = await pollFineTune("ftjob-1", { ...options, maxPolls: 1 });
      assert.deepEqual([first.done, first.job.status], [false, "queued"]);
      const cancelled = await cancelFineTune("ftjob-1", options);
      assert.equal(cancelled.status, "cancelled");
      assert.equal(readState("ftjob-1", options.stateDir)?.status, "cancelled");
      const events: string[] = [];
      const result = await pollFineTune("ftjob-1", { ...options, onEvent: (event) => events.push(event.message) });
      assert.deepEqual(
        [result.done, result.job.status, describeJob(result.job)],
        [true, "cancelled", "ftjob-1 cancelled"],
      );
      assert.deepEqual(events, ["Fine-tuning job cancelled"]); // the earlier events were shown by the first poll
      await assert.rejects(cancelFineTune("ftjob-1", options), (error: unknown) => {
        assert.ok(error instanceof FineTuneApiError);
        assert.deepEqual([error.status, error.retryable], [400, false]);
        assert.match(
          error.message,
          /^cancelling job ftjob-1 failed: HTTP 400: .*cannot be cancelled.* \(fix: the API rejected the request/,
        );
        return true;
      });
    } finally {
      await server.close();
    }
  });

  it("pollFineTune resumes after a restart from the state file alone and shows only the events not shown before", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 3 });
    try {
      const stateDir = tempDir("rpw-ft-");
      const firstRun = { ...against(server, stateDir) };
      const launched = await launchOpenAIFineTune({
        ...firstRun,
        trainFile: TRAIN,
        validationFile: VALIDATION,
        suffix: "resume",
        nEpochs: 2,
      });
      assert.equal(launched.dryRun, false);
      const before: string[] = [];
      const partial = await pollFineTune("ftjob-1", {
        ...firstRun,
        maxPolls: 2,
        onEvent: (event) => before.push(event.message),
      });
      assert.deepEqual([partial.done, partial.job.status], [false, "running"]);
      // A new process: no base URL, no client, no memory — only the state folder, the job id and the key in the environment.
      const callsBefore = server.calls.length;
      const after: string[] = [];
      const resumed = await pollFineTune("ftjob-1", {
        stateDir,
        env: KEY_ENV,
        clock: instantClock(),
        intervalMs: 1000,
        onEvent: (event) => after.push(event.message),
      });
      assert.equal(resumed.job.status, "succeeded");
      assert.deepEqual(before, SUCCEEDED_EVENTS.slice(0, 4));
      assert.deepEqual(after, SUCCEEDED_EVENTS.slice(4));
      assert.deepEqual([...before, ...after], SUCCEEDED_EVENTS);
      const paths = new Set(server.calls.slice(callsBefore).map((call) => call.path));
      assert.deepEqual([...paths].sort(), ["/v1/fine_tuning/jobs/ftjob-1", "/v1/fine_tuning/jobs/ftjob-1/events"]);
      assert.equal(readState("ftjob-1", stateDir)?.fineTunedModel, "ft:gpt-4o-mini-2024-07-18:org:resume:3c114718");
    } finally {
      await server.close();
    }
  });

  it("pollFineTune keeps monitoring through 429 and 5xx answers, retrying by the policy and then at the next poll", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 2 });
    try {
      const options = against(server);
      await launchOpenAIFineTune({ ...options, trainFile: TRAIN });
      const seen: string[] = [];
      const notices: string[] = [];
      const flaky = failingFetch(
        (method, url) => method === "GET" && url.endsWith("/fine_tuning/jobs/ftjob-1"),
        [429, 503, 502],
        seen,
      );
      const result = await pollFineTune("ftjob-1", {
        ...options,
        fetch: flaky,
        onNotice: (line) => notices.push(line),
        retryPolicy: { maxRetries: 1, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 60_000 },
      });
      assert.equal(result.job.status, "succeeded");
      assert.equal(seen.length, 5); // 429, retry 503 (poll given up), 502, retry ok, next poll ok
      assert.deepEqual(notices, [
        "retrieving job ftjob-1: HTTP 429: 429 scripted 429; retry 1 of 1 in 5 ms",
        "retrieving job ftjob-1 failed: HTTP 503: 503 scripted 503 (fix: the API is failing; try again later); still monitoring",
        "retrieving job ftjob-1: HTTP 502: 502 scripted 502; retry 1 of 1 in 75 ms",
      ]);
      // Retry-After honoured (5 ms), the poll interval kept (1000 ms), backoff 100 ms × (0.5 + 0.5 × random 0.5) = 75 ms.
      assert.deepEqual(options.clock.sleeps, [5, 1000, 75, 1000]);
    } finally {
      await server.close();
    }
  });

  it("pollFineTune stops at once on a refused key, saying which variable to check", async () => {
    const server = await startMockOpenAI();
    try {
      const options = against(server);
      await launchOpenAIFineTune({ ...options, trainFile: TRAIN });
      const refused = failingFetch((method, url) => url.includes("/fine_tuning/jobs/"), [401]);
      await assert.rejects(pollFineTune("ftjob-1", { ...options, fetch: refused }), (error: unknown) => {
        assert.ok(error instanceof FineTuneApiError && !error.retryable);
        assert.match(
          error.message,
          /^retrieving job ftjob-1 failed: HTTP 401: .* \(fix: check the key in OPENAI_API_KEY \(it was refused\)\)$/,
        );
        return true;
      });
    } finally {
      await server.close();
    }
  });

  it("launchOpenAIFineTune retries job creation only on 429, never on a 5xx that may have created a job", async () => {
    const server = await startMockOpenAI();
    try {
      const options = against(server);
      const seen: string[] = [];
      const create = (method: string, url: string) => method === "POST" && url.endsWith("/fine_tuning/jobs");
      await assert.rejects(
        launchOpenAIFineTune({ ...options, trainFile: TRAIN, fetch: failingFetch(create, [500], seen) }),
        FineTuneApiError,
      );
      assert.deepEqual(seen, ["POST /v1/fine_tuning/jobs"]);
      const retried: string[] = [];
      const result = await launchOpenAIFineTune({
        ...options,
        trainFile: TRAIN,
        fetch: failingFetch(create, [429], retried),
      });
      assert.deepEqual([result.dryRun, retried.length], [false, 2]);
    } finally {
      await server.close();
    }
  });

  it("fetchFineTuneMetrics parses the result CSV per step and lists the checkpoints oldest first", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 3 });
    try {
      const options = against(server);
      await launchOpenAIFineTune({
        ...options,
        trainFile: TRAIN,
        validationFile: VALIDATION,
        suffix: "resume",
        nEpochs: 2,
      });
      const early = await fetchFineTuneMetrics("ftjob-1", options);
      assert.deepEqual([early.status, early.metrics, early.resultFiles], ["queued", [], []]);
      await pollFineTune("ftjob-1", options);
      const result = await fetchFineTuneMetrics("ftjob-1", options);
      assert.equal(result.metrics.length, 24); // 12 examples × 2 epochs, batch 1
      // The mock's curve: train = 0.2 + 1.8·exp(−3s/24), valid = train + 0.05, accuracy = 1 − loss/2.5.
      assert.deepEqual(result.metrics[0], {
        step: 1,
        trainLoss: 1.78849,
        trainAccuracy: 0.2846,
        validLoss: 1.83849,
        validAccuracy: 0.2646,
      });
      assert.deepEqual(result.metrics[23], {
        step: 24,
        trainLoss: 0.28962,
        trainAccuracy: 0.88415,
        validLoss: 0.33962,
        validAccuracy: 0.86415,
      });
      assert.deepEqual(
        result.checkpoints.map((checkpoint) => [checkpoint.step, checkpoint.model, checkpoint.validLoss]),
        [
          [12, "ft:gpt-4o-mini-2024-07-18:org:resume:3c114718:ckpt-step-12", 0.65163],
          [24, "ft:gpt-4o-mini-2024-07-18:org:resume:3c114718", 0.33962],
        ],
      );
    } finally {
      await server.close();
    }
  });

  it("launchOpenAIFineTune without a key is a dry run: zero HTTP calls, the exact requests and the cost estimate", async () => {
    const server = await startMockOpenAI();
    try {
      const options = { ...against(server), env: {} };
      const result = await launchOpenAIFineTune({
        ...options,
        trainFile: TRAIN,
        validationFile: VALIDATION,
        suffix: "resume",
      });
      assert.deepEqual([result.dryRun, result.dryRun === true && result.reason], [true, "no API key"]);
      const asked = await launchOpenAIFineTune({ ...options, env: KEY_ENV, trainFile: TRAIN, dryRun: true });
      assert.deepEqual([asked.dryRun, asked.dryRun === true && asked.reason], [true, "asked"]);
      assert.equal(server.calls.length, 0);
      assert.deepEqual(filesUnder(options.stateDir), []);
      const lines = formatLaunchPlan(result.plan);
      assert.equal(lines[0], `POST ${server.baseURL}/files  (multipart/form-data)`);
      assert.equal(lines[1], "  purpose=fine-tune");
      assert.match(
        lines[2],
        /^ {2}file=@.*train\.jsonl {2}\(training; 5199 bytes; 12 examples; 985 tokens; sha256 [0-9a-f]{12}\)$/,
      );
      assert.equal(lines[6], `POST ${server.baseURL}/fine_tuning/jobs  (application/json)`);
      assert.deepEqual(JSON.parse(lines.slice(7, -1).join("\n")), {
        model: "gpt-4o-mini-2024-07-18",
        training_file: "<file id of train.jsonl>",
        validation_file: "<file id of validation.jsonl>",
        suffix: "resume",
        seed: 42,
        method: {
          type: "supervised",
          supervised: { hyperparameters: { n_epochs: "auto", batch_size: "auto", learning_rate_multiplier: "auto" } },
        },
      });
      // 12 examples: 12 × 3 < 100, so min(25, 100 // 12) = 8 epochs; 8 × 985 tokens × $3/M.
      assert.equal(
        lines.at(-1),
        "estimate: 12 examples, 985 tokens per epoch × 8 epochs (cookbook rule for auto) = 7,880 billed tokens × $3.00/M (gpt-4o-mini-2024-07-18 training, prices as of 2025-06) ≈ $0.0236",
      );
      assert.equal(result.plan.estimate.costUsd, (7880 * 3) / 1_000_000);
    } finally {
      await server.close();
    }
  });

  it("launchOpenAIFineTune refuses a suffix over 64 characters and a base URL with credentials before any call", async () => {
    const long = "x".repeat(65);
    await assert.rejects(
      launchOpenAIFineTune({ trainFile: TRAIN, suffix: long, dryRun: true }),
      (error: unknown) =>
        error instanceof FineTuneInputError &&
        error.message === "invalid fine-tune option suffix: suffix must be at most 64 characters",
    );
    const ok = await launchOpenAIFineTune({ trainFile: TRAIN, suffix: "x".repeat(64), dryRun: true });
    assert.equal(ok.plan.body.suffix, "x".repeat(64));
    await assert.rejects(
      launchOpenAIFineTune({ trainFile: TRAIN, baseUrl: "https://user:pw@example.com/v1", dryRun: true }),
      /carries credentials/,
    );
  });

  it("launchOpenAIFineTune, pollFineTune, fetchFineTuneMetrics and cancelFineTune write no file that contains the API key", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 2 });
    try {
      const options = against(server);
      await launchOpenAIFineTune({ ...options, trainFile: TRAIN, validationFile: VALIDATION });
      await pollFineTune("ftjob-1", options);
      await fetchFineTuneMetrics("ftjob-1", options);
      await launchOpenAIFineTune({ ...options, trainFile: TRAIN });
      await cancelFineTune("ftjob-2", options);
      assert.ok(
        server.calls.length > 0 && server.calls.every((call) => call.headers.authorization === `Bearer ${FAKE_KEY}`),
      );
      const written = filesUnder(options.stateDir);
      assert.equal(written.length, 2);
      assert.deepEqual(
        written.filter((file) => fs.readFileSync(file, "utf8").includes(FAKE_KEY)),
        [],
      );
      assert.deepEqual(
        written.filter((file) => fs.readFileSync(file, "utf8").includes("FAKE")),
        [],
      );
    } finally {
      await server.close();
    }
  });
});
