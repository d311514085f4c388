/** Reads the preprocess and collect outputs the prompt studio pairs into cases. */
import * as path from "node:path";
import * as fs from "node:fs";
import { loadCollection } from "../collect/load-collection";
import { JobDetailsRecord, ResumeSectionsRecord } from "../schemas/preprocess";
import { readJsonl } from "../util/jsonl";
import { CaseOptions, pairCases, SectionCase } from "./study-cases";

export function loadCases(preprocessDir: string, collectDir: string, options: CaseOptions = {}): SectionCase[] {
  const sectionsFile = path.join(preprocessDir, "resumes.sections.jsonl");
  if (!fs.existsSync(sectionsFile)) throw new Error(`${sectionsFile} not found: run \`npx rpw preprocess --out ${preprocessDir}\` first`);
  const resumes = readJsonl(sectionsFile, (value) => ResumeSectionsRecord.parse(value));
  const jobs = readJsonl(path.join(preprocessDir, "jobs.details.jsonl"), (value) => JobDetailsRecord.parse(value));
  return pairCases(resumes, jobs, loadCollection(collectDir).postings, options);
}
