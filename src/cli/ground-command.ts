/** `rpw ground`: every claim of any outputs traced to their source resumes (see `rpw ground --help`). */
import { parseArgs } from "node:util";
import { groundClaims } from "../evaluate/grounding";
import { GroundCase, GroundedClaimLine } from "../schemas/claims";
import { formatJsonl, readJsonl, writeFileAtomic } from "../util/jsonl";
import { UsageError } from "./usage-error";

export const GROUND_HELP = `rpw ground — trace every claim of an output to its source resume (and the model's input, and the job ad)

Usage:
  rpw ground --in <cases.jsonl> --out <claims.jsonl>

Options:
  --in <file>    JSON Lines, one case per line:
                 {"id", "source": "<resume text>", "output": "<text>" or any JSON value,
                  "input"?: "<the model's input besides the resume>", "job"?: "<job ad text>",
                  "section"?: "<the output's section: experience, skills, ...>"}
  --out <file>   one line per claim, cases in input order, claims in order of appearance:
                 {"id", "type", "text", "span", "verdict", "inJob", "evidence"}

A claim is a number, percentage, money, date, duration, employer, title, degree, school,
certification or skill (src/evaluate/claim-trace.ts has the rules per type). Its verdict is
"supported" (the source states it), "input_only" (only the input does: inherited, not invented)
or "unsupported". A date, title or degree written under an employer or school counts only where
that employer or school stands in the source; a date elsewhere (a project, an achievement) only
next to a word of its line, and a range only as the same range; a number only with the noun it
counts. There is one claim per type, text and entry: a value repeated in another entry is
checked again there. "span" is [start, end) in the output as plain text (a JSON
output is rendered one line per entry, keys dropped); "evidence" is {quote, span, where:
"resume"|"input"|"job"} or null. A bad line stops the run with exit 1, naming the file, line and
field; nothing is written then.
With "section": "skills" (or "skill_section", the study's key) every item of the output's lines
is a skill claim, known to the skill lexicon or not ("Zoho Analytics"); without it only lexicon
skills and items after a label such as "Tools:" are. A JSON list of strings is not taken for a
skill list by itself: achievements and bullets are lists of strings too.`;

/** Section names whose output is a skill list. */
const SKILL_SECTIONS = new Set(["skills", "skill_section"]);

/** The claim lines of one case. */
export function groundCase(entry: GroundCase): GroundedClaimLine[] {
  const report = groundClaims(entry.output, entry.source, {
    ...(entry.input !== undefined ? { input: entry.input } : {}),
    ...(entry.job !== undefined ? { job: entry.job } : {}),
    skillList: entry.section !== undefined && SKILL_SECTIONS.has(entry.section.trim().toLowerCase()),
  });
  return report.claims.map((claim) => ({
    id: entry.id,
    type: claim.type,
    text: claim.text,
    span: claim.span,
    verdict: claim.verdict,
    inJob: claim.inJob,
    evidence: claim.evidence,
  }));
}

export async function groundCommand(argv: string[], log: (line: string) => void): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { in: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return log(GROUND_HELP);
  if (!values.in || !values.out)
    throw new UsageError(
      `--in <cases.jsonl> and --out <claims.jsonl> are required${values.in || values.out ? ` (missing ${values.in ? "--out" : "--in"})` : ""}`,
    );
  const cases = readJsonl(values.in, GroundCase);
  const lines = cases.flatMap(groundCase);
  writeFileAtomic(values.out, formatJsonl(lines));
  const count = (verdict: string) => lines.filter((line) => line.verdict === verdict).length;
  log(
    `ground: ${cases.length} cases, ${lines.length} claims (${count("supported")} supported, ${count("input_only")} input_only, ${count("unsupported")} unsupported) -> ${values.out}`,
  );
}
