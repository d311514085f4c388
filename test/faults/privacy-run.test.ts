/**
 * Privacy by default, over a whole run: with a live model (the loopback server, a key set) and
 * the LLM extractor, every request of the run is recorded; no e-mail, phone number or URL of the
 * inputs appears in any of them, and no raw contact detail reaches the training exports. The
 * bundled sample gets one more resume, written by the project, holding every kind of contact
 * detail the detector claims to cover (a header name; plain, international and obfuscated e-mails and
 * phones; URLs with and without a scheme). The persona step replaces them, and redaction backs it up.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { workbenchRulesBaselines } from "../../src/baselines/workbench-baselines";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { runPipeline } from "../../src/run/run-pipeline";
import { runDirs } from "../../src/schemas/run-config";
import { startMockOpenAI } from "../fixtures/openai-server";
import { clientFor } from "../llm/llm-test-kit";
import { ROOT, tempDir } from "../helpers";

/** Every contact detail of the added resume, as written, and the digit runs of its phone numbers. */
const CONTACTS = [
  "Jane Quill",
  "jane.quill@example.com",
  "quill [at] example [dot] org",
  "+44 20 7946 0958",
  "(614) 555-0142",
  "+91 98765 43210",
  "linkedin.com/in/jane-quill-7781",
  "www.janequill.dev",
  "https://github.com/janequill",
];
const DIGITS = ["2079460958", "6145550142", "9876543210"];

const PRIVATE_RESUME = [
  "C:\\Workspace\\rpw_privacy\\901.html#901:::Data Analyst;Sql;Python;Tableau:::Jane Quill Data Analyst - Columbus, OH",
  `Email: ${CONTACTS[1]} Alt: ${CONTACTS[2]} Phone ${CONTACTS[3]} Mobile ${CONTACTS[4]} India ${CONTACTS[5]}`,
  `Profiles: ${CONTACTS[6]} ${CONTACTS[7]} ${CONTACTS[8]}`,
  "Work Experience Data Analyst Quillfeather Analytics - Columbus, OH January 2019 to Present Built SQL reports and Tableau",
  "dashboards for 14 clinics; automated Python data checks. Education Bachelor of Science in Statistics Ohio State University",
  "2014 to 2018 Skills SQL, Python, Tableau, Excel",
].join(" ");

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .map((name) => path.join(dir, name))
    .filter((file) => fs.statSync(file).isFile());
}

function leaks(text: string): string[] {
  const digits = text.replace(/\D/g, "");
  return [...CONTACTS.filter((contact) => text.includes(contact)), ...DIGITS.filter((run) => digits.includes(run))];
}

describe("privacy by default over a whole run (live model, LLM extractor)", function () {
  this.timeout(300_000);

  it("no request carries a contact detail of the inputs, and no export holds one", async () => {
    const work = tempDir();
    const resumes = path.join(work, "resumes.txt");
    fs.writeFileSync(
      resumes,
      `${PRIVATE_RESUME}\n${fs.readFileSync(path.join(ROOT, "data", "sample", "resumes.txt"), "utf8")}`,
    );
    const server = await startMockOpenAI();
    const llm = clientFor(server, { provider: "openai" }, { rules: workbenchRulesBaselines() });
    try {
      const config = loadWorkbenchConfig(null, [
        `runsDir=${path.join(work, "runs")}`,
        `data.resumes=${JSON.stringify([resumes])}`,
        `data.jobs=${JSON.stringify([path.join(ROOT, "data", "sample", "jobs.csv")])}`,
        "preprocess.extractor=llm",
        "teacher.resumes=2",
        "evaluate.resumes=2",
        'stages=["collect","preprocess","prompts","generate","dataset","evaluate"]',
      ]);
      const outcomes = await runPipeline(config, { llm, log: () => undefined });
      assert.ok(
        outcomes.every((outcome) => outcome.status === "ran" || outcome.status === "skipped"),
        outcomes.map((o) => `${o.stage}:${o.status}`).join(" "),
      );
      const calls = server.chatCalls();
      assert.ok(
        calls.some((call) => JSON.stringify(call.body).includes("Quillfeather Analytics")),
        "the added resume was sent",
      );
      for (const call of calls)
        assert.deepEqual(leaks(JSON.stringify(call.body)), [], "a request carries a contact detail");
      const dataset = runDirs(config).dataset;
      for (const file of filesUnder(dataset))
        assert.deepEqual(
          leaks(fs.readFileSync(file, "utf8")),
          [],
          `${path.relative(work, file)} holds a contact detail`,
        );
    } finally {
      llm.close();
      await server.close();
    }
  });
});
