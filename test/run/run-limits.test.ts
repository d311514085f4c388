/**
 * The run's limits hold for every model call of the run, whichever stage makes it: one client,
 * one concurrency limit and one budget, counted here on the loopback OpenAI-compatible server —
 * the LLM extractor (preprocess), the prompt matrix, the teacher (generate, Batch included) and a
 * model system under evaluation. And a run whose endpoint failed part-way is not marked done: the
 * next run sends exactly the requests that failed.
 */
import { strict as assert } from "node:assert";
import * as path from "node:path";
import { runGenerate } from "../../src/generate/run-generate";
import { ASSUMED_COMPLETION_TOKENS } from "../../src/llm/budget";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { createRunLlm } from "../../src/run/run-llm";
import { runDirs, runPipeline } from "../../src/run/run-pipeline";
import { ROOT, tempDir } from "../helpers";
import { ChatRequestBody, startMockOpenAI } from "../fixtures/openai-server";

const CONFIG = path.join(ROOT, "workbench.config.json");
const KEY_ENV = { OPENAI_API_KEY: "not-a-key-rpw-limits-test" };

/** Which stage's request this is, from the purpose the prompt files imply. */
function purposeOf(request: ChatRequestBody): string {
  const name = request.response_format?.json_schema?.name ?? "text";
  return name === "JobDetails"
    ? "extract"
    : name === "ResumeSections"
      ? "section"
      : request.model === "tuned-model"
        ? "evaluate"
        : "tailor";
}

describe("run-wide limits on the loopback server", function () {
  this.timeout(300_000);

  it("llm.concurrency bounds the in-flight requests of every stage that calls a model", async () => {
    let inFlight = 0;
    const peak = new Map<string, number>();
    const server = await startMockOpenAI({
      respond: async (request) => {
        inFlight += 1;
        const purpose = purposeOf(request);
        peak.set(purpose, Math.max(peak.get(purpose) ?? 0, inFlight));
        await new Promise((resolve) => setTimeout(resolve, 15));
        inFlight -= 1;
        return { kind: "ok" };
      },
    });
    const runsDir = tempDir();
    const config = loadWorkbenchConfig(CONFIG, [
      `runsDir=${runsDir}`,
      "llm.concurrency=3",
      "preprocess.extractor=llm",
      "teacher.resumes=3",
      "prompts.resumes=1",
      "evaluate.resumes=2",
      'evaluate.systems=["identity","llm:tuned=tuned-model"]',
      'stages=["collect","preprocess","prompts","generate","evaluate"]',
    ]);
    const llm = createRunLlm(
      config,
      { env: KEY_ENV },
      { provider: "openai-compatible", baseUrl: server.baseURL, cachePath: path.join(runsDir, "llm.sqlite") },
    );
    try {
      await runPipeline(config, { llm, log: () => undefined });
      assert.deepEqual(
        [...peak.keys()].sort(),
        ["evaluate", "extract", "section", "tailor"],
        "every model-calling stage reached the server",
      );
      for (const [purpose, most] of peak)
        assert.ok(most <= 3, `${purpose}: ${most} requests in flight with llm.concurrency 3`);
      assert.ok(Math.max(...peak.values()) === 3, "the limit is reached, so it is what bounds them");
    } finally {
      llm.close();
      await server.close();
    }
  });

  it("llm.budgetUsd is one budget for the whole run: a later stage is cut off by what earlier ones spent, and Batch is refused before upload", async () => {
    // Answers as long as the budget assumes (no request sets maxTokens), so reservations match spend.
    const server = await startMockOpenAI({
      respond: () => ({ kind: "ok", promptTokens: 100, completionTokens: ASSUMED_COMPLETION_TOKENS }),
    });
    const runsDir = tempDir();
    // One call at a time, so the budget's worst-case reservations never refuse a call that would fit.
    const sets = [`runsDir=${runsDir}`, "llm.concurrency=1", 'stages=["collect","preprocess","prompts","generate"]'];
    // What the prompt matrix and the teacher spend without a cap, measured on their own cache.
    const probe = loadWorkbenchConfig(CONFIG, [...sets, "name=probe"]);
    const probeLlm = createRunLlm(
      probe,
      { env: KEY_ENV },
      { provider: "openai", baseUrl: server.baseURL, cachePath: path.join(runsDir, "probe.sqlite") },
    );
    let promptsSpend = 0;
    await runPipeline(
      probe,
      { llm: probeLlm, log: () => undefined },
      {
        onStage: (_index, _total, outcome) => {
          if (outcome.stage === "prompts") promptsSpend = probeLlm.stats().spentUsd;
        },
      },
    );
    const totalSpend = probeLlm.stats().spentUsd;
    probeLlm.close();
    assert.ok(promptsSpend > 0 && totalSpend > promptsSpend, "the matrix's and the teacher's calls are priced");

    // Room for the prompt matrix and about half of the teacher's calls.
    const budget = Number((promptsSpend + (totalSpend - promptsSpend) / 2).toFixed(6));
    const config = loadWorkbenchConfig(CONFIG, [...sets, `llm.budgetUsd=${budget}`]);
    const llm = createRunLlm(
      config,
      { env: KEY_ENV },
      { provider: "openai", baseUrl: server.baseURL, cachePath: path.join(runsDir, "run.sqlite") },
    );
    try {
      server.reset();
      const outcomes = await runPipeline(config, { llm, log: () => undefined });
      const status = Object.fromEntries(outcomes.map((outcome) => [outcome.stage, outcome.status]));
      assert.deepEqual([status.prompts, status.generate], ["ran", "incomplete"]);
      const stats = llm.stats();
      assert.ok(stats.spentUsd <= budget, `spent $${stats.spentUsd} of a $${budget} budget`);
      assert.ok((stats.failures.budget ?? 0) > 0, "teacher calls were refused by the budget");
      const teacherCalls = server
        .chatCalls()
        .filter((call) => purposeOf(call.body as ChatRequestBody) === "tailor").length;
      assert.ok(
        teacherCalls > 0 && (stats.failures.budget ?? 0) > 0,
        `${teacherCalls} calls made, ${stats.failures.budget} refused`,
      );

      server.reset();
      await assert.rejects(
        runGenerate(config, runDirs(config), { llm, log: () => undefined }, { batch: true, pollSeconds: 0 }),
        /the batch would cost up to \$[\d.]+, past the run's budget/,
      );
      assert.equal(
        server.calls.filter((call) => call.path.includes("/files") || call.path.includes("/batches")).length,
        0,
        "nothing was uploaded",
      );
    } finally {
      llm.close();
      await server.close();
    }
  });

  it("after a run whose endpoint failed part-way, the next run sends exactly the failed requests and completes", async () => {
    let down = true;
    const failed = new Set<string>();
    const server = await startMockOpenAI({
      respond: (request, index) => {
        if (down && index % 3 === 0) {
          failed.add(JSON.stringify(request.messages));
          return { kind: "status", status: 503 };
        }
        return { kind: "ok" };
      },
    });
    const runsDir = tempDir();
    const config = loadWorkbenchConfig(CONFIG, [
      `runsDir=${runsDir}`,
      "preprocess.extractor=llm",
      'stages=["collect","preprocess"]',
    ]);
    const llm = createRunLlm(
      config,
      { env: KEY_ENV },
      {
        provider: "openai-compatible",
        baseUrl: server.baseURL,
        cachePath: path.join(runsDir, "llm.sqlite"),
        maxRetries: 0,
      },
    );
    try {
      const first = await runPipeline(config, { llm, log: () => undefined });
      const ran = (outcomes: typeof first) =>
        outcomes
          .filter((outcome) => outcome.status !== "skipped")
          .map((outcome) => `${outcome.stage}:${outcome.status}`);
      assert.deepEqual(ran(first), ["collect:ran", "preprocess:incomplete"]);
      assert.match(first[1].note, /^preprocess: \d+ of \d+ model calls failed/);
      assert.ok(failed.size > 0);

      down = false;
      server.reset();
      const second = await runPipeline(config, { llm, log: () => undefined });
      assert.deepEqual(ran(second), ["collect:reused", "preprocess:ran"]);
      const resent = server.chatCalls().map((call) => JSON.stringify((call.body as ChatRequestBody).messages));
      assert.deepEqual(new Set(resent), failed, "the second run sent exactly the requests that failed");
      assert.equal(resent.length, failed.size, "each once");
    } finally {
      llm.close();
      await server.close();
    }
  });
});
