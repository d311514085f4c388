/**
 * The files of `rpw tailor` (the I/O edge): resume.json (JSON Resume, checked against the official
 * schema before anything is written: an invalid document is an error), resume.html, resume.pdf
 * (Chromium's print of resume.html through the figures' one launcher; without Chromium one line
 * says how to install it and the other files are still written), diff.html and tailor.json.
 * Every file names the system that answered.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CHROMIUM_INSTALL_HINT, findChromium, htmlToPdf } from "../figures/static-export";
import { buildTailoredJsonResume } from "../generate/tailored-json-resume";
import { RULES_SYSTEM_LABEL, TailoredSectionRecord, TailorProvenance } from "../schemas/tailor";
import { InputError } from "../util/input-error";
import { writeFileAtomic, writeJson } from "../util/jsonl";
import { diffPageHtml } from "./diff-html";
import { resumeHtml } from "./resume-html";
import { countVerdicts, TailorResult } from "./tailor-resume";

export interface TailorWriteOptions {
  out: string;
  resumeFile: string;
  jobFile: string | null;
  provider: string;
  model: string;
  /** The base URL a live model answers from (no credentials); null offline. */
  baseUrl: string | null;
  /** Prints HTML to PDF; null when no Chromium is installed (default: the figures' launcher). */
  printer?: ((html: string) => Promise<Buffer>) | null;
}

/** One name for who answered: "rules (no model)", "<model> at <base URL>", or several joined by " + ". */
export function systemLabel(records: readonly TailoredSectionRecord[], baseUrl: string | null): string {
  const labels = new Set<string>();
  for (const record of records) {
    if (record.status === "empty" || record.answeredBy === null) continue;
    if (record.answeredBy === "rules") labels.add(RULES_SYSTEM_LABEL);
    else if (record.cached && baseUrl === null) labels.add(`${record.model} (recorded ${record.answeredBy} answers)`);
    else labels.add(`${record.model} at ${baseUrl ?? "the OpenAI API"}`);
  }
  return labels.size ? [...labels].sort().join(" + ") : RULES_SYSTEM_LABEL;
}

const defaultPrinter = () => (findChromium() ? htmlToPdf : null);

export async function writeTailor(result: TailorResult, options: TailorWriteOptions): Promise<TailorProvenance> {
  const records = result.results.map((r) => r.record);
  const tried = records.filter((record) => record.status !== "empty");
  const failed = tried.filter((record) => record.status === "failed");
  if (tried.length > 0 && failed.length === tried.length) {
    throw new InputError(`no section could be tailored; the first failure: ${failed[0].section}: ${failed[0].error}`, {
      fix: "check the provider (rpw llm config), or run offline for the rules baseline",
    });
  }
  const system = systemLabel(records, options.baseUrl);
  const { document, check } = buildTailoredJsonResume(result.tailored, result.authors, system);
  if (!check.valid) {
    const errors = check.errors.slice(0, 3).join("; ");
    throw new InputError(`the tailored resume is not valid JSON Resume, so nothing was written: ${errors}`);
  }
  const file = (name: string) => path.join(options.out, name);
  fs.mkdirSync(options.out, { recursive: true });
  writeJson(file("resume.json"), document);
  const html = resumeHtml(document, system);
  writeFileAtomic(file("resume.html"), html);
  const jobTitle =
    [result.jobDetails.title, result.jobDetails.company].filter(Boolean).join(" at ") ||
    (options.jobFile ? path.basename(options.jobFile) : "the posting given");
  const title = `${path.basename(options.resumeFile)}: original vs tailored`;
  writeFileAtomic(file("diff.html"), diffPageHtml({ title, system, job: jobTitle, results: result.results }));
  const printer = options.printer === undefined ? defaultPrinter() : options.printer;
  let pdfSkipped: string | null = null;
  if (printer) fs.writeFileSync(file("resume.pdf"), await printer(html));
  else {
    pdfSkipped = `no Chromium found; install it: ${CHROMIUM_INSTALL_HINT}`;
    fs.rmSync(file("resume.pdf"), { force: true }); // never leave an older run's PDF beside new files
  }
  const provenance = TailorProvenance.parse({
    system,
    provider: options.provider,
    model: options.model,
    baseUrl: options.baseUrl,
    resume: {
      file: options.resumeFile,
      format: result.resume.layout,
      sectioner: result.sectioner,
      warnings: result.sectionWarnings,
    },
    job: {
      file: options.jobFile,
      extractor: result.jobExtractor,
      details: result.jobDetails,
      warnings: result.jobWarnings,
    },
    sections: records,
    claims: countVerdicts(result.results.flatMap((r) => r.claims)),
    files: {
      resumeJson: file("resume.json"),
      resumeHtml: file("resume.html"),
      resumePdf: printer ? file("resume.pdf") : null,
      diffHtml: file("diff.html"),
      tailorJson: file("tailor.json"),
    },
    pdfSkipped,
  });
  writeJson(file("tailor.json"), provenance);
  return provenance;
}
