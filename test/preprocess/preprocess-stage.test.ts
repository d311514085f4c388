import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { collectFromFiles } from "../../src/collect/collect";
import { preprocessCommand } from "../../src/cli/preprocess-command";
import { writeCollection } from "../../src/collect/collect";
import { emptyJobDetails } from "../../src/schemas/job-details";
import { preprocess } from "../../src/preprocess/preprocess-stage";
import { startMockOpenAI } from "../fixtures/openai-server";
import { ROOT, tempDir } from "../helpers";
import { clientFor } from "../llm/llm-test-kit";

const sample = () =>
  collectFromFiles({
    resumes: [path.join(ROOT, "data/sample/resumes.txt")],
    jobs: [path.join(ROOT, "data/sample/jobs.csv")],
  });

describe("preprocess stage", () => {
  it("preprocess with rules gives one record per posting and resume, personas instead of contact details", async () => {
    const { postings, resumes } = sample();
    const output = await preprocess(postings, resumes, { extractor: "rules", personaSeed: "7", redact: false });
    assert.equal(output.jobs.length, postings.length);
    assert.equal(output.resumes.length, resumes.length);
    assert.deepEqual(output.rejects, []);
    const withContacts = output.resumes.filter((record) => record.replacedContactDetails > 0);
    assert.ok(withContacts.length >= 5, "the sample has fictitious contact details in at least five resumes");
    for (const record of withContacts) {
      const emails = record.text.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [];
      assert.ok(
        emails.every((email) => email === record.persona.email),
        `${record.resumeId}: ${emails.join(", ")}`,
      );
      assert.ok(!JSON.stringify(record).includes("original"), "the mapping is not in the record");
    }
    assert.ok(output.resumes.every((record) => record.provenance.answeredBy === "rules" && record.coverage > 0.9));
  });

  it("preprocess with the llm extractor offline falls back to the rules baseline and labels it rules", async () => {
    const { postings, resumes } = sample();
    const server = await startMockOpenAI();
    const llm = clientFor(server, { provider: "auto" }, { rules: workbenchRulesBaselines() });
    try {
      const output = await preprocess(postings.slice(0, 3), resumes.slice(0, 2), {
        extractor: "llm",
        llm,
        personaSeed: "7",
        redact: false,
      });
      assert.deepEqual(
        new Set(output.jobs.map((job) => job.provenance.model)),
        new Set(["rules:extract-job-details@1"]),
      );
      assert.ok(
        [...output.jobs, ...output.resumes].every(
          (record) => record.provenance.answeredBy === "rules" && record.provenance.promptVersion === null,
        ),
      );
      assert.equal(server.chatCalls().length, 0);
    } finally {
      llm.close();
      await server.close();
    }
  });

  it("preprocess with a live model records its answers, turns schema failures into rejects and redacts before sending", async () => {
    const { postings, resumes } = sample();
    const server = await startMockOpenAI({
      respond: (request) => {
        const prompt = JSON.stringify(request.messages);
        if (prompt.includes("<posting>")) {
          return prompt.includes(postings[1].description.slice(0, 30))
            ? { kind: "ok", content: "{}" }
            : { kind: "ok", json: { ...emptyJobDetails(), title: "From the model" } };
        }
        return { kind: "ok" }; // the mock answers the sections schema with a schema-valid example
      },
    });
    const llm = clientFor(server);
    try {
      const withEmail = resumes.find((resume) => /@example\.(com|org)/.test(resume.text));
      assert.ok(withEmail);
      const output = await preprocess(postings.slice(0, 3), [withEmail], {
        extractor: "llm",
        llm,
        personaSeed: "7",
        redact: true,
      });
      assert.deepEqual(
        output.jobs.map((job) => [job.jobId, job.details.title, job.provenance.answeredBy]),
        [
          [postings[0].id, "From the model", "openai"],
          [postings[2].id, "From the model", "openai"],
        ],
      );
      assert.match(output.jobs[0].provenance.promptVersion ?? "", /^[0-9a-f]{12}$/);
      assert.equal(output.rejects.length, 1);
      assert.deepEqual([output.rejects[0].kind, output.rejects[0].source.row], ["failed", postings[1].source.row]);
      assert.match(output.rejects[0].reason, /schema/);
      assert.equal(output.resumes[0].provenance.answeredBy, "openai");
      assert.deepEqual(output.resumes[0].spans, []);
      const sentResume =
        server
          .chatCalls()
          .map((call) => JSON.stringify(call.body))
          .find((body) => body.includes("<resume>")) ?? "";
      assert.doesNotMatch(sentResume, /@example\.(com|org)/, "contact details are redacted before the call");
      assert.match(sentResume, /\[EMAIL\]/);
    } finally {
      llm.close();
      await server.close();
    }
  });

  it("rpw preprocess writes its files, keeps the persona mapping apart, and reruns byte-identically", async () => {
    const collectDir = tempDir();
    const collection = sample();
    writeCollection(collection, collectDir, { resumes: [], jobs: [] });
    const [a, b] = [tempDir(), tempDir()];
    const mapping = path.join(tempDir(), "private", "mapping.jsonl");
    for (const out of [a, b])
      await preprocessCommand(["--in", collectDir, "--out", out, "--mapping", mapping], () => undefined);
    const files = fs.readdirSync(a).sort();
    assert.deepEqual(files, [
      "jobs.details.jsonl",
      "preprocess.config.json",
      "rejects.jsonl",
      "report.json",
      "report.md",
      "resumes.sections.jsonl",
    ]);
    // The config names its own output folder; everything else must match to the byte.
    for (const name of files.filter((file) => file !== "preprocess.config.json"))
      assert.ok(fs.readFileSync(path.join(a, name)).equals(fs.readFileSync(path.join(b, name))), name);
    assert.ok(fs.readFileSync(mapping, "utf8").includes("@example."), "the mapping holds the replaced originals");
    assert.ok(files.every((name) => !fs.readFileSync(path.join(a, name), "utf8").includes('"original"')));
  });
});
