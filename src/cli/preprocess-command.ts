/** `rpw preprocess`: job details, personas and the seven resume sections of the current run's collection. */
import { parseArgs } from "node:util";
import { DEFAULT_EXTRACTION_MODEL } from "../preprocess/llm-extractors";
import { runPreprocess } from "../preprocess/run-preprocess";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun, withRunDeps } from "./run-flags";
import { UsageError } from "./usage-error";

export const PREPROCESS_HELP = `rpw preprocess — job details, personas and the seven resume sections

Usage:
  rpw preprocess [--extractor rules|llm] [--in <collect-dir>] [--out <dir>] [options]

Options:
  --in <dir>            a folder written by \`rpw collect\` (default: the run's collect/)
  --out <dir>           output folder (default: the run's preprocess/)
  --extractor <name>    rules (deterministic, default) or llm (prompt files + structured output through
                        the LLM layer; offline it answers from recordings, else the labelled rules baseline)
  --model <name>        model for the llm extractor (default: ${DEFAULT_EXTRACTION_MODEL})
  --keep-contact-details  send resumes to the model as they are (default: contact details are replaced by
                        placeholders before any text leaves the machine)
  --mapping <file>      where the original-to-persona mapping goes (default: the run's private/persona-mapping.jsonl;
                        it holds personal data, so keep it out of shared folders)

${RUN_FLAGS_HELP}

The persona seed is the configuration's seed. Writes <out>/jobs.details.jsonl, resumes.sections.jsonl,
rejects.jsonl, report.json, report.md and preprocess.config.json; the original-to-persona mapping goes
to the run's private/ folder (it holds personal data). The same inputs and recordings give byte-identical files.`;

export async function preprocessCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...RUN_FLAGS,
      in: { type: "string" },
      out: { type: "string" },
      extractor: { type: "string" },
      model: { type: "string" },
      "keep-contact-details": { type: "boolean" },
      mapping: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return log(PREPROCESS_HELP);
  if (values.extractor !== undefined && values.extractor !== "rules" && values.extractor !== "llm")
    throw new UsageError(`--extractor must be rules or llm, got "${values.extractor}"`);
  const sets = [
    ...(values.extractor ? [`preprocess.extractor=${values.extractor}`] : []),
    ...(values["keep-contact-details"] ? ["preprocess.redact=false"] : []),
  ];
  const { config, dirs } = selectRun(values, sets);
  const stageDirs = { ...dirs, collect: values.in ?? dirs.collect, preprocess: values.out ?? dirs.preprocess };
  await withRunDeps(
    config,
    log,
    (deps) => runPreprocess(config, stageDirs, deps, { model: values.model, mappingFile: values.mapping }),
    "preprocess",
  );
}
