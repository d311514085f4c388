import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { FINETUNE_HELP, finetuneCommand, FinetuneDeps } from "../../src/cli/finetune-command";
import { UsageError } from "../../src/cli/usage-error";
import { FineTuneError } from "../../src/finetune/finetune-error";
import { startMockOpenAI } from "../fixtures/openai-server";
import { FAKE_KEY, filesUnder, instantClock, KEY_ENV, TRAIN, VALIDATION } from "../finetune/finetune-kit";
import { tempDir } from "../helpers";

async function run(argv: string[], deps: FinetuneDeps = {}): Promise<string[]> {
  const lines: string[] = [];
  await finetuneCommand(argv, (line) => lines.push(line), { clock: instantClock(), random: () => 0.5, ...deps });
  return lines;
}

describe("rpw finetune", () => {
  it("rpw finetune launch without OPENAI_API_KEY says in one line that it is a dry run, then prints the requests and the estimate", async () => {
    const server = await startMockOpenAI();
    try {
      const lines = await run(["launch", "--train", TRAIN, "--suffix", "resume", "--base-url", server.baseURL], {
        env: {},
      });
      assert.equal(
        lines[0],
        "dry run: OPENAI_API_KEY is not set, so nothing is sent (export it to launch); the requests would be:",
      );
      assert.equal(lines[1], `POST ${server.baseURL}/files  (multipart/form-data)`);
      assert.ok(lines.includes(`POST ${server.baseURL}/fine_tuning/jobs  (application/json)`));
      assert.match(
        lines.at(-1)!,
        /^estimate: 12 examples, 985 tokens per epoch × 8 epochs \(cookbook rule for auto\) = 7,880 billed tokens .* ≈ \$0\.0236$/,
      );
      assert.equal(server.calls.length, 0);
      const forced = await run(["launch", "--train", TRAIN, "--dry-run", "--base-url", server.baseURL], {
        env: KEY_ENV,
      });
      assert.equal(forced[0], "dry run (--dry-run): nothing is sent; the requests would be:");
      assert.equal(server.calls.length, 0);
    } finally {
      await server.close();
    }
  });

  it("rpw finetune launch, status, status --watch and metrics follow a job to its tuned model, resuming from the state file, with no key on disk", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 3 });
    try {
      const stateDir = tempDir("rpw-ft-cli-");
      const out = tempDir("rpw-ft-metrics-");
      const deps = { env: KEY_ENV };
      const launched = await run(
        [
          "launch",
          "--train",
          TRAIN,
          "--validation",
          VALIDATION,
          "--suffix",
          "resume",
          "--epochs",
          "2",
          "--seed",
          "3",
          "--state-dir",
          stateDir,
          "--base-url",
          server.baseURL,
        ],
        deps,
      );
      assert.equal(launched[0], "sent:");
      assert.equal(
        launched.at(-2),
        `launched ftjob-1 (validating_files); state -> ${path.relative(process.cwd(), path.join(stateDir, "ftjob-1.json"))}`,
      );
      assert.equal(launched.at(-1), "follow it with: rpw finetune status ftjob-1 --watch");
      // Later commands know only the job id and the state folder: the base URL comes from the state file.
      const once = await run(["status", "ftjob-1", "--state-dir", stateDir], deps);
      assert.deepEqual(
        once.map((line) => line.replace(/^\S+Z /, "")),
        [
          "status: queued",
          "info  Created fine-tuning job: ftjob-1",
          "info  Validating training file: file-1",
          "info  Files validated, moving job to queued state",
          "ftjob-1 queued",
          "still queued: rpw finetune status ftjob-1 --watch",
        ],
      );
      const watched = await run(["status", "ftjob-1", "--watch", "--interval", "5", "--state-dir", stateDir], deps);
      const model = "ft:gpt-4o-mini-2024-07-18:org:resume:3c114718";
      assert.deepEqual(
        watched.map((line) => line.replace(/^\S+Z /, "")),
        [
          "status: running",
          "info  Fine-tuning job started",
          "status: succeeded",
          "info  Checkpoint created at step 12",
          "info  Checkpoint created at step 24",
          `info  New fine-tuned model created: ${model}`,
          "info  The job has successfully completed",
          `ftjob-1 succeeded: tuned model ${model} (2600 trained tokens)`,
          `tuned model for the evaluation: ${model} (system entry in ${path.join(stateDir, "ftjob-1.json")})`,
        ],
      );
      const metrics = await run(["metrics", "ftjob-1", "--out", out, "--state-dir", stateDir], deps);
      assert.match(
        metrics[0],
        /^metrics: 24 steps, 2 checkpoints -> .* \(metrics\.jsonl, checkpoints\.json, loss-curve\.json\)$/,
      );
      const rows = fs
        .readFileSync(path.join(out, "metrics.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      assert.deepEqual(rows[0], {
        step: 1,
        trainLoss: 1.78849,
        trainAccuracy: 0.2846,
        validLoss: 1.83849,
        validAccuracy: 0.2646,
      });
      const figure = JSON.parse(fs.readFileSync(path.join(out, "loss-curve.json"), "utf8"));
      assert.deepEqual(
        [figure.title, figure.data.map((trace: { uid: string }) => trace.uid)],
        ["Loss per step — OpenAI job ftjob-1 (result file)", ["loss-train", "loss-valid"]],
      );
      assert.equal(JSON.parse(fs.readFileSync(path.join(out, "checkpoints.json"), "utf8")).length, 2);
      const written = [...filesUnder(stateDir), ...filesUnder(out)];
      assert.equal(written.length, 4);
      assert.deepEqual(
        written.filter((file) => fs.readFileSync(file, "utf8").includes(FAKE_KEY)),
        [],
      );
      assert.ok(server.calls.every((call) => call.headers.authorization === `Bearer ${FAKE_KEY}`));
    } finally {
      await server.close();
    }
  });

  it("rpw finetune status --watch ends a failed job with one line giving the API's code, message and the fix", async () => {
    const error = {
      code: "invalid_training_file",
      message: "The file has fewer than 10 examples.",
      param: "training_file",
    };
    const server = await startMockOpenAI({ fineTunePollsToComplete: 1, fineTuneOutcome: { kind: "failed", error } });
    try {
      const stateDir = tempDir("rpw-ft-cli-");
      await run(["launch", "--train", TRAIN, "--state-dir", stateDir, "--base-url", server.baseURL], { env: KEY_ENV });
      await assert.rejects(
        run(["status", "ftjob-1", "--watch", "--state-dir", stateDir], { env: KEY_ENV }),
        (thrown: unknown) => {
          assert.ok(thrown instanceof FineTuneError);
          assert.equal(
            thrown.message,
            "ftjob-1 failed: invalid_training_file: The file has fewer than 10 examples. (param training_file) (fix: correct the training_file and launch again)",
          );
          return true;
        },
      );
    } finally {
      await server.close();
    }
  });

  it("rpw finetune cancel cancels a live job and says so", async () => {
    const server = await startMockOpenAI({ fineTunePollsToComplete: 5 });
    try {
      const stateDir = tempDir("rpw-ft-cli-");
      await run(["launch", "--train", TRAIN, "--state-dir", stateDir, "--base-url", server.baseURL], { env: KEY_ENV });
      assert.deepEqual(await run(["cancel", "ftjob-1", "--state-dir", stateDir], { env: KEY_ENV }), [
        "ftjob-1 cancelled",
      ]);
    } finally {
      await server.close();
    }
  });

  it("rpw finetune status without a key in the environment stops with the variable to export", async () => {
    await assert.rejects(
      run(["status", "ftjob-9", "--state-dir", tempDir()], { env: {} }),
      /^FineTuneInputError: no API key in the environment \(fix: export OPENAI_API_KEY=sk-\.\.\., or use --dry-run\)$/,
    );
  });

  it("rpw finetune recipe writes the Axolotl and LLaMA-Factory configs, serve.sh and systems.json", async () => {
    const root = tempDir();
    const dataset = path.join(root, "data.jsonl");
    fs.copyFileSync(TRAIN, dataset);
    const out = path.join(root, "recipe");
    const lines = await run([
      "recipe",
      "--dataset",
      dataset,
      "--max-length",
      "2048",
      "--out",
      out,
      "--lora-r",
      "40",
      "--adapter-name",
      "tuned",
    ]);
    assert.equal(
      lines[0],
      `recipe -> ${out}: axolotl.yml, llama-factory.yml, serve.sh, llama3-chat-template.jinja, ${path.join("generation-config", "generation_config.json")}, systems.json`,
    );
    assert.match(lines[2], /--lora-modules tuned=\.\/lora-out --max-lora-rank 64 --max-model-len 2048 /);
    const axolotl = fs.readFileSync(path.join(out, "axolotl.yml"), "utf8");
    for (const line of ["  - path: ../data.jsonl", "sequence_len: 2048", "lora_r: 40"])
      assert.ok(axolotl.includes(`\n${line}\n`), line);
  });

  it("rpw finetune reports command-line mistakes as usage errors", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["--epochs", "2"], /--epochs needs an action: launch, status, metrics, cancel or recipe/],
      [["train"], /unknown finetune command "train"/],
      [["status"], /takes one job id/],
      [["launch", "--train", TRAIN, "--out", "x"], /--out does not apply to rpw finetune launch/],
      [["launch", "--train", TRAIN, "--epochs", "two"], /--epochs must be a whole number of at least 1, got "two"/],
      [
        ["recipe", "--dataset", TRAIN, "--max-length", "512", "--out", "x", "--precision", "fp8"],
        /--precision must be bf16 or fp16/,
      ],
    ];
    for (const [argv, expected] of cases) {
      await assert.rejects(
        run(argv, { env: {} }),
        (error: unknown) => error instanceof UsageError && expected.test(error.message),
        argv.join(" "),
      );
    }
    assert.deepEqual(await run(["--help"]), [FINETUNE_HELP]);
  });
});
