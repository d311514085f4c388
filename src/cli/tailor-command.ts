/** `rpw tailor`: one resume tailored to one posting, written as JSON Resume, HTML, PDF and a diff (see --help). */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { closeRenderer } from "../figures/static-export";
import { LlmConfigInput, PROVIDER_KINDS } from "../llm/config";
import { createRunLlm } from "../run/run-llm";
import { readOneJob, readOneResume } from "../tailor/read-inputs";
import { tailorResume } from "../tailor/tailor-resume";
import { writeTailor } from "../tailor/write-tailor";
import { selectRun } from "./run-flags";
import { UsageError } from "./usage-error";

export const TAILOR_HELP = `rpw tailor — one resume tailored to one job posting, out as a resume

Usage:
  rpw tailor --resume <file> --job <file|text> --out <dir> [--provider <kind>] [--model <name>] [--base-url <url>]

Options:
  --resume <file>     one resume: text, Markdown, PDF (with a text layer), DOCX, JSON Resume or HTML
  --job <file|text>   the posting: a text or Markdown file, a JobSpy JSON object (or a one-row CSV/JSON
                      export), or the posting's text itself when the argument is not a file
  --out <dir>         where the files go (created)
  --provider <kind>   ${PROVIDER_KINDS.join(", ")} (default: from the environment: OPENAI_API_KEY,
                      RPW_LLM_BASE_URL, else offline — recorded answers, else the labelled rules baseline)
  --model <name>      the model that tailors (default: the configuration's teacher.model)
  --base-url <url>    an OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1 (vLLM, Ollama)
  --config <file>, --set a.b=value   the workbench configuration (preprocess.extractor and .redact, llm limits)

The resume is sectioned and the job's details extracted as \`rpw preprocess\` does, then every non-empty
section is tailored through the configured provider with the teacher's prompts. Contact details are copied,
never tailored: a model sees placeholders for them (preprocess.redact, default true). Writes into <out>:
  resume.json   the tailored resume as JSON Resume (checked against its schema; invalid is an error)
  resume.html   one clean printable page (no network)
  resume.pdf    Chromium's print of resume.html (without Chromium: one line says how to install it)
  diff.html     original vs tailored per section: word diffs, claims the resume does not state marked
  tailor.json   who answered (rules or model + base URL), prompt versions, job details, claims per verdict`;

export async function tailorCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      resume: { type: "string" },
      job: { type: "string" },
      out: { type: "string" },
      provider: { type: "string" },
      model: { type: "string" },
      "base-url": { type: "string" },
      config: { type: "string" },
      set: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(TAILOR_HELP);
  const missing = (["resume", "job", "out"] as const).filter((name) => values[name] === undefined);
  if (missing.length) {
    const flags = missing.map((name) => `--${name}`).join(", ");
    throw new UsageError(`${flags} ${missing.length === 1 ? "is" : "are"} required`);
  }
  if (values.provider !== undefined && !(PROVIDER_KINDS as readonly string[]).includes(values.provider)) {
    throw new UsageError(`--provider must be one of ${PROVIDER_KINDS.join(", ")}, got "${values.provider}"`);
  }
  const resume = readOneResume(values.resume as string);
  const job = readOneJob(values.job as string);
  const { config } = selectRun({ config: values.config, set: values.set });
  const explicit: LlmConfigInput = {
    ...(values.provider ? { provider: values.provider as LlmConfigInput["provider"] } : {}),
    ...(values["base-url"] ? { baseUrl: values["base-url"] } : {}),
  };
  const model = values.model ?? config.teacher.model;
  const llm = createRunLlm(config, {}, explicit);
  try {
    const params = { temperature: config.teacher.temperature };
    const { extractor, redact } = config.preprocess;
    const result = await tailorResume(resume, job.posting, { llm, model, params, extractor, redact });
    const out = path.resolve(values.out as string);
    const written = await writeTailor(result, {
      out,
      resumeFile: values.resume as string,
      jobFile: job.file,
      provider: llm.config.provider,
      model,
      baseUrl: llm.recordedBaseUrl(),
    });
    const tailored = written.sections.filter((s) => s.status === "tailored").length;
    const failed = written.sections.filter((s) => s.status === "failed");
    const { supported, input_only: inputOnly, unsupported } = written.claims;
    const names = failed.map((s) => s.section).join(", ");
    const failures = failed.length ? `, ${failed.length} failed (${names}; see tailor.json)` : "";
    log(
      `tailor: ${tailored} sections tailored by ${written.system}${failures}; ` +
        `claims: ${supported} supported, ${inputOnly} input_only, ${unsupported} unsupported -> ${path.join(out, "")}`,
    );
    if (written.pdfSkipped) log(`tailor: resume.pdf not written: ${written.pdfSkipped}`);
  } finally {
    llm.close();
    await closeRenderer();
  }
}
