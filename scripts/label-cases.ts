/**
 * Builds the `rpw ground` cases of the hand-labelled claim set (labels/claims-hand.csv,
 * labels/README.md): `npx tsx scripts/label-cases.ts --out runs/labels/cases.jsonl`.
 *
 * Deterministic: a fixed list of (study id, section) pairs, all ids above 274 (ids 1–274 are the
 * ones the checker was developed on), plus a few cases of the bundled sample run.
 *
 * Study cases (`study:<id>:<section>`), read at run time from ../shared/data/seed-study (never
 * copied into the repository; research only, non-commercial, see that folder's README):
 * - source: the resume text of the id's line in first_600_resumes.redacted.txt (study_id_map.csv),
 *   cleaned as `rpw collect` cleans it (highlight tags removed; redaction placeholders kept);
 * - output: the section's value in gpt4o_targets_v3.redacted.json, as the file holds it;
 * - input: what GPT-4o was given besides the resume, AS FAR AS THE DATA SHOWS IT. The study's
 *   persona header (Name / Email / Location / Education, study_example_id1.json) is released for
 *   id 1 only; for ids above 274 it is NOT in the data. What is known: (a) the target's own
 *   personal_info, which copies the persona's name, email and city; (b) the persona education line
 *   comes first in the input's education, and the two runs (v2, v3) were given the same input
 *   and copy it word for word (STUDY.md, mistakes). So the input is rebuilt as
 *   "Name: <v3 personal_info>" and "Education: <every v3 education item that v2's education
 *   also holds word for word, joined by '; '>" (items from the resume itself are harmless: the
 *   resume supports them first); no education line when v2 and v3 share none. The extracted
 *   7-section input (DATA_chunk.csv)
 *   and the GPT-4 job details are absent for every id above 1, so they are not part of `input`;
 * - job: none. The job ad of an id above 274 cannot be recovered from the snapshot (data README,
 *   "Linkage"), so no `job` is given and `inJob` is false for these cases;
 * - section: our name of the section (as in the id), so `rpw ground` reads a skills section as a
 *   skill list.
 * Sample cases (`sample:<system>:<resume>:<job>:<section>`): outputs of the bundled sample run
 * (runs/sample/evaluate/records.jsonl after `npm start`), the resume and job ad from
 * runs/sample/collect; no `input`.
 * Without ../shared/data it exits 1 with one line; without the sample run, likewise.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { parseResumeLineFile } from "../src/collect/readers/florex";
import { parseStudyIdMap } from "../src/dataset/study-id-map";
import { sectionToPlainText } from "../src/evaluate/plain-text";

const ROOT = path.resolve(__dirname, "..");
const SEED = path.resolve(ROOT, "../shared/data/seed-study");
const SAMPLE_RUN = path.join(ROOT, "runs/sample");

/** Study output keys by our section names. */
const KEYS: Record<string, string> = {
  experience: "work_experience",
  skills: "skill_section",
  education: "education",
  projects: "projects",
  certificates: "certifications",
  achievements: "achievements",
};

/**
 * The labelled (study id, sections): ids spread over 275–532, each section in several ids; the
 * experience sections of 314, 348, 371 and 408 were added because they name an employer the
 * resume lacks (enough invented employers and titles to measure).
 */
const STUDY_CASES: Array<[number, string[]]> = [
  [277, ["experience", "education", "certificates"]],
  [285, ["skills", "projects", "achievements"]],
  [300, ["education", "certificates", "experience"]],
  [309, ["achievements", "education", "experience", "certificates"]],
  [314, ["experience", "education", "certificates"]],
  [318, ["projects", "skills"]],
  [331, ["achievements", "education", "experience", "certificates"]],
  [348, ["experience", "certificates"]],
  [350, ["achievements", "education", "experience", "certificates"]],
  [367, ["certificates", "projects"]],
  [371, ["experience", "education", "certificates"]],
  [376, ["certificates", "achievements", "education"]],
  [384, ["education", "experience"]],
  [402, ["achievements", "skills", "education"]],
  [408, ["experience", "certificates"]],
  [420, ["projects", "education", "experience"]],
  [441, ["certificates", "skills", "education"]],
  [455, ["education", "achievements", "projects"]],
  [463, ["experience", "projects", "achievements"]],
  [488, ["education", "certificates", "skills"]],
  [505, ["projects", "experience", "education"]],
  [518, ["certificates", "experience", "education"]],
  [529, ["achievements", "skills", "education", "certificates"]],
];

/** A few sample-run outputs: [system, case id of the run]. */
const SAMPLE_CASES: Array<[string, string]> = [
  ["rules", "resumes/00006|jobs/5|experience"],
  ["rules", "resumes/00012|jobs/11|skills"],
  ["rules", "resumes/00006|jobs/5|education"],
  ["rules", "resumes/00019|jobs/19|projects"],
  ["rules", "resumes/00008|jobs/7|achievements"],
];

interface Case {
  id: string;
  section: string;
  source: string;
  output: unknown;
  input?: string;
  job?: string;
}

function fail(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

const normalized = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Items of an education value: list items, or a string's ";"-separated parts. */
function educationItems(value: unknown): string[] {
  const parsed = typeof value === "string" && /^\s*[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  if (Array.isArray(parsed)) return parsed.map((item) => sectionToPlainText(item).replace(/\n/g, ", "));
  if (typeof parsed === "string")
    return parsed
      .split(/;|\n/)
      .map((part) => part.trim())
      .filter(Boolean);
  return [sectionToPlainText(parsed).replace(/\n/g, ", ")];
}

/** The persona header as far as the data shows it (see the file header). */
function personaInput(v3: Record<string, unknown>, v2: Record<string, unknown>): string {
  const lines = [`Name: ${sectionToPlainText(v3.personal_info).replace(/\n/g, ", ")}`];
  const v2Education = normalized(educationItems(v2.education).join(" ; "));
  const shared = educationItems(v3.education).filter(
    (item) => normalized(item).length > 0 && v2Education.includes(normalized(item)),
  );
  if (shared.length > 0) lines.push(`Education: ${shared.join("; ")}`);
  return lines.join("\n");
}

function studyCases(): Case[] {
  const file = (name: string) => path.join(SEED, name);
  const read = (name: string) => fs.readFileSync(file(name));
  const links = new Map(parseStudyIdMap(read("study_id_map.csv"), "study_id_map.csv").map((l) => [l.studyId, l]));
  const resumeFile = "first_600_resumes.redacted.txt";
  const resumes = parseResumeLineFile(read(resumeFile), resumeFile);
  const byLine = new Map(resumes.records.map((record) => [record.source.line, record.text]));
  const targets = (version: string) =>
    JSON.parse(read(`gpt4o_targets_${version}.redacted.json`).toString("utf8")) as Record<string, string>;
  const v3All = targets("v3");
  const v2All = targets("v2");
  const cases: Case[] = [];
  for (const [studyId, sections] of STUDY_CASES) {
    const link = links.get(String(studyId));
    const source = link ? byLine.get(link.resumeLine) : undefined;
    if (!link || source === undefined) fail(`label-cases: study id ${studyId} has no resume line in ${SEED}`);
    const v3 = JSON.parse(v3All[String(studyId)]) as Record<string, unknown>;
    const v2 = JSON.parse(v2All[String(studyId)]) as Record<string, unknown>;
    const input = personaInput(v3, v2);
    for (const section of sections) {
      cases.push({
        id: `study:${studyId}:${section}`,
        section,
        source,
        output: v3[KEYS[section]] as Case["output"],
        input,
      });
    }
  }
  return cases;
}

function sampleCases(): Case[] {
  const records = path.join(SAMPLE_RUN, "evaluate/records.jsonl");
  if (!fs.existsSync(records)) fail(`label-cases: ${records} is missing; run \`npm start\` in this worktree first`);
  const lines = (file: string) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  const collected = (name: string, field: string) =>
    new Map(lines(path.join(SAMPLE_RUN, "collect", name)).map((r) => [r.id as string, r[field] as string]));
  const resumes = collected("resumes.jsonl", "text");
  const jobs = collected("jobs.jsonl", "description");
  const outputs = new Map(lines(records).map((r) => [`${r.system as string} ${r.caseId as string}`, r]));
  return SAMPLE_CASES.map(([system, caseId]) => {
    const record = outputs.get(`${system} ${caseId}`);
    if (!record) fail(`label-cases: no ${system} record ${caseId} in ${records}`);
    const source = resumes.get(record.resumeId as string);
    const job = jobs.get(record.jobId as string);
    if (source === undefined || job === undefined) {
      fail(`label-cases: ${caseId}: no resume or job in runs/sample/collect`);
    }
    const [resume, jobId, section] = caseId.split("|");
    const id = `sample:${system}:${resume.replace("resumes/", "")}:${jobId.replace("jobs/", "")}:${section}`;
    return { id, section, source, output: record.output as Case["output"], job };
  });
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
  if (!values.out) fail("usage: npx tsx scripts/label-cases.ts --out <cases.jsonl>");
  if (!fs.existsSync(SEED)) fail(`label-cases: ${SEED} is absent (needs the research-only data pack)`);
  const cases = [...studyCases(), ...sampleCases()];
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, cases.map((c) => `${JSON.stringify(c)}\n`).join(""));
  process.stdout.write(`label-cases: ${cases.length} cases -> ${values.out}\n`);
}

main();
