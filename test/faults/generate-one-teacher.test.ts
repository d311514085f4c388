/** A killed `rpw generate` resumed with another teacher refuses with one line; the targets file never mixes teachers. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { teacherDifferences, TeacherIdentity } from "../../src/generate/teacher-checkpoint";
import { startMockOpenAI } from "../fixtures/openai-server";
import { tempDir } from "../helpers";
import { cleanEnv, prepareSample, rpw } from "./fault-kit";

const teacher = (extra: Partial<TeacherIdentity> = {}): TeacherIdentity => ({
  provider: "openai-compatible",
  baseUrl: "http://127.0.0.1:8000/v1",
  model: "a",
  params: { temperature: 0 },
  prompts: { master: "m1", sections: { skills: "s1" } },
  ...extra,
});

describe("faults: one teacher per targets file", () => {
  it("teacherDifferences names each changed field and ignores sections asked in only one run", () => {
    assert.deepEqual(teacherDifferences(teacher(), teacher()), []);
    assert.deepEqual(
      teacherDifferences(
        teacher(),
        teacher({ prompts: { master: "m1", sections: { skills: "s1", education: "e1" } } }),
      ),
      [],
    );
    assert.deepEqual(
      teacherDifferences(
        teacher(),
        teacher({ model: "b", params: { temperature: 0.7 }, prompts: { master: "m2", sections: { skills: "s2" } } }),
      ),
      [
        "model a → b",
        'params {"temperature":0} → {"temperature":0.7}',
        "master prompt version m1 → m2",
        "skills prompt version s1 → s2",
      ],
    );
    assert.deepEqual(teacherDifferences(teacher(), teacher({ baseUrl: null, provider: "auto" })), [
      "provider openai-compatible → auto",
      "baseUrl http://127.0.0.1:8000/v1 → null",
    ]);
  });

  it("rpw generate killed with SIGKILL and rerun with another model or temperature refuses with one line; the same teacher then finishes one-teacher targets", async function () {
    this.timeout(120_000);
    const work = tempDir();
    const { collectDir, preprocessDir } = await prepareSample(work);
    const server = await startMockOpenAI({ latencyMs: 20, respond: () => ({ kind: "ok" }) });
    const env = cleanEnv({
      RPW_LLM_BASE_URL: server.baseURL,
      RPW_LLM_CACHE: path.join(work, "cache.sqlite"),
      RPW_LLM_CONCURRENCY: "4",
    });
    const out = path.join(work, "generate");
    const args = (model: string, ...more: string[]) => [
      "generate",
      "--from",
      preprocessDir,
      "--collect",
      collectDir,
      "--out",
      out,
      "--model",
      model,
      ...more,
    ];
    try {
      const first = rpw(args("teacher-a"), env);
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (server.chatCalls().length >= 30) {
            clearInterval(timer);
            first.child.kill("SIGKILL");
            resolve();
          }
        }, 2);
        first.child.once("exit", () => reject(new Error("generate finished before it could be killed")));
      });
      await first.done;
      const checkpoint = path.join(out, "checkpoint.jsonl");
      const before = fs.readFileSync(checkpoint, "utf8");
      assert.ok(before.split("\n").filter(Boolean).length > 1, "the killed run checkpointed finished cases");

      for (const [more, change] of [
        [["teacher-b"], "model teacher-a → teacher-b"],
        [["teacher-a", "--temperature", "0.7"], 'params {"temperature":0} → {"temperature":0.7}'],
      ] as const) {
        const calls = server.chatCalls().length;
        const refused = rpw(args(more[0], ...more.slice(1)), env);
        assert.equal(await refused.done, 1, refused.output().stderr);
        const lines = refused
          .output()
          .stderr.trim()
          .split("\n")
          .filter((line) => line.startsWith("rpw "));
        assert.equal(lines.length, 1, refused.output().stderr);
        assert.ok(lines[0].startsWith(`rpw generate: ${checkpoint} holds `) && lines[0].includes(change), lines[0]);
        assert.equal(server.chatCalls().length, calls, "a refused run makes no model call");
        assert.equal(fs.readFileSync(checkpoint, "utf8"), before, "a refused run leaves the checkpoint as it was");
        assert.ok(!fs.existsSync(path.join(out, "targets.jsonl")), "no targets file is written by a refused run");
      }

      const finish = rpw(args("teacher-a"), env);
      assert.equal(await finish.done, 0, finish.output().stderr);
      const targets = fs
        .readFileSync(path.join(out, "targets.jsonl"), "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line));
      assert.ok(targets.length > 30);
      assert.deepEqual(
        [...new Set(targets.map((target) => `${target.teacher.answeredBy}:${target.teacher.model}`))],
        ["openai-compatible:teacher-a"],
      );

      // Another --out is a separate checkpoint: another teacher may run there.
      const separate = rpw(
        [
          "generate",
          "--from",
          preprocessDir,
          "--collect",
          collectDir,
          "--out",
          path.join(work, "generate-b"),
          "--model",
          "teacher-b",
          "--resumes",
          "1",
        ],
        env,
      );
      assert.equal(await separate.done, 0, separate.output().stderr);
    } finally {
      await server.close();
    }
  });
});
