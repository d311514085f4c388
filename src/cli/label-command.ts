/** `rpw label`: the checker measured against people — export a sheet, import filled sheets, an optional LLM judge. */
import { parseArgs } from "node:util";
import { createRunLlm } from "../run/run-llm";
import { casesFileOf, exportSheet, runSheetPath } from "../label/export-sheet";
import { importSheets } from "../label/import-sheets";
import { judgeSheet } from "../label/judge";
import { casesFromRun, outputTextOf, readCases } from "../label/label-cases";
import { formatKappa, formatTable, reportRows } from "../label/label-report";
import { formatSheet, HUMAN_LABELS, readSheet } from "../label/sheet";
import { CLAIM_TYPES } from "../schemas/claims";
import { writeFileAtomic, writeJson } from "../util/jsonl";
import { UsageError } from "./usage-error";
import { RUN_FLAGS, RUN_FLAGS_HELP, selectRun } from "./run-flags";

export const LABEL_HELP = `rpw label — measure the claim checker against people

Usage:
  rpw label export [--cases <cases.jsonl>] [--per-stratum <n>] [--seed <n>] [--out <sheet.csv>]
  rpw label import <sheet.csv> [<second-sheet.csv>] [--cases <cases.jsonl>] [--json <out.json>]
  rpw label judge <sheet.csv> --out <judged.csv> [--cases <cases.jsonl>] [--model <name>]

export   Grounds cases with the current checker and writes a stratified, seeded sample of its claims
         (up to --per-stratum per claim type × verdict, default 10; --seed, default the run's seed) as a
         sheet to label, with the verdict hidden. Cases: --cases (the \`rpw ground --in\` format), or
         else every evaluated output of the run (identity left out, repeats once). Writes <sheet>.csv
         (default runs/<run>/labels/sheet.csv), <sheet>.cases.jsonl (the cases, ground format) and
         <sheet>.cases.html (the reading page: each output with the sampled claims marked by row,
         the resume, the model's input and the job ad; offline).
import   Reruns the checker on the cases (default <sheet>.cases.jsonl), matches each labelled row to
         the checker claim of its case whose span overlaps it (no overlap: a fact the checker missed)
         and prints, per claim type and overall, with 95 % Wilson intervals:
           facts          rows labelled supported, input_only or invented; missed: no checker claim
           not-in-resume  the checker flags a fact (verdict input_only or unsupported); people say
                          input_only or invented. P = flagged facts people call not in the resume /
                          flagged facts; R = flagged / facts people call not in the resume (a missed
                          fact counts as not flagged)
           invented       the same for verdict unsupported against label invented
           supported flagged   facts labelled supported that the checker flags / facts labelled supported
           not_a_claim    rows with a checker claim labelled not_a_claim / labelled rows with a checker claim
         Unlabelled rows are counted. The sample is stratified, so the figures describe the sheet's rows.
         With a second sheet (another annotator, or a judged sheet): Cohen's κ between the two on the
         rows both labelled (by row, an added row by case and span), with its confusion table, and
         each sheet's κ with the checker (unsupported read as invented). --json writes the numbers.
judge    Labels every row of the sheet with an LLM through the run's client (configured provider,
         response cache; default model: the run's teacher.model); note "judge:<model>". Offline with
         nothing recorded it stops with one line: there is no rules judge.

Sheet (CSV, RFC 4180, UTF-8), header row exactly: row,case,section,type,claim,span,context,label,note
  row      export's id; empty on a fact you add because the checker missed it
  type     ${CLAIM_TYPES.join(", ")}
  span     start-end in the output's plain text; may be empty on an added row (first occurrence is used)
  label    ${HUMAN_LABELS.join(" | ")}; empty = not labelled yet
A bad row stops the command with one line naming the file, line and column.

${RUN_FLAGS_HELP}`;

const wholeNumber = (flag: string, value: string | undefined, min: number): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new UsageError(`--${flag} must be a whole number >= ${min}, got "${value}"`);
  }
  return Number(value);
};

export async function labelCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const [action, ...rest] = argv;
  if (!action || action === "--help" || action === "-h") return log(LABEL_HELP);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      ...RUN_FLAGS,
      cases: { type: "string" },
      out: { type: "string" },
      json: { type: "string" },
      "per-stratum": { type: "string" },
      seed: { type: "string" },
      model: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return log(LABEL_HELP);
  switch (action) {
    case "export": {
      if (positionals.length) {
        throw new UsageError(`label export takes no file arguments (got ${positionals.join(" ")}); use --out`);
      }
      const perStratum = wholeNumber("per-stratum", values["per-stratum"], 1);
      const seed = wholeNumber("seed", values.seed, 0);
      const { config, dirs } = selectRun(values);
      const cases = values.cases ? readCases(values.cases) : casesFromRun(dirs);
      const out = values.out ?? runSheetPath(dirs);
      const sheet = exportSheet(cases, out, { perStratum, seed: seed ?? config.seed });
      const v = sheet.byVerdict;
      const verdicts = `${v.supported} supported, ${v.input_only} input_only, ${v.unsupported} unsupported`;
      log(
        `label export: ${sheet.rows.length} claims sampled from ${sheet.claims} in ${cases.length} cases ` +
          `(checker: ${verdicts}; hidden in the sheet) -> ${out}, ${sheet.casesFile}, ${sheet.htmlFile}`,
      );
      return;
    }
    case "import": {
      if (positionals.length < 1 || positionals.length > 2) {
        throw new UsageError(`label import takes one or two sheets, got ${positionals.length}`);
      }
      const sheets = positionals as [string] | [string, string];
      const { report } = importSheets(sheets, values.cases ?? casesFileOf(sheets[0]));
      const labelled = report.rows - report.unlabelled;
      log(`label import: ${report.rows} rows, ${labelled} labelled, ${report.unlabelled} unlabelled (${sheets[0]})`);
      for (const line of formatTable(reportRows(report))) log(line);
      log("P/R: precision/recall of the checker's flag; a cell: share [95 % Wilson interval] k/n (rpw label --help)");
      if (report.agreement) {
        const annotators = `annotators (${sheets[0]} × ${sheets[1]})`;
        for (const line of formatKappa(annotators, report.agreement.annotators)) log(line);
        for (const line of formatKappa(`checker × ${sheets[0]}`, report.agreement.checkerFirst)) log(line);
        for (const line of formatKappa(`checker × ${sheets[1]}`, report.agreement.checkerSecond)) log(line);
      }
      if (values.json) {
        writeJson(values.json, { sheets, cases: values.cases ?? casesFileOf(sheets[0]), ...report });
        log(`label import: numbers -> ${values.json}`);
      }
      return;
    }
    case "judge": {
      if (positionals.length !== 1) throw new UsageError(`label judge takes one sheet, got ${positionals.length}`);
      if (!values.out) throw new UsageError("--out <judged.csv> is required");
      const file = positionals[0];
      const rows = readSheet(file);
      const cases = readCases(values.cases ?? casesFileOf(file));
      const outputs = new Map(cases.map((entry) => [String(entry.id), outputTextOf(entry)]));
      const { config } = selectRun(values);
      const llm = createRunLlm(config);
      try {
        const byId = new Map(cases.map((entry) => [String(entry.id), entry]));
        const model = values.model ?? config.teacher.model;
        const judged = await judgeSheet(rows, llm, { model, outputs, cases: byId, file });
        writeFileAtomic(values.out, formatSheet(judged));
        const answeredBy = judged[0]?.note.replace(/^judge:/, "") ?? model;
        log(`label judge: ${judged.length} rows labelled by ${answeredBy} -> ${values.out}`);
      } finally {
        llm.close();
      }
      return;
    }
    default:
      throw new UsageError(`unknown label action "${action}" (export, import, judge)`);
  }
}
