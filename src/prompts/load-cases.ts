/** Reads the preprocess and collect outputs a stage pairs into (resume section, job) cases. */
import * as path from "node:path";
import * as fs from "node:fs";
import { loadCollection } from "../collect/load-collection";
import { JobDetailsRecord, ResumeSectionsRecord } from "../schemas/preprocess";
import { InputError } from "../util/input-error";
import { readJsonl } from "../util/jsonl";
import { CaseOptions, pairCases, SectionCase } from "./study-cases";

export function loadCases(preprocessDir: string, collectDir: string, options: CaseOptions = {}): SectionCase[] {
  const sectionsFile = path.join(preprocessDir, "resumes.sections.jsonl");
  if (!fs.existsSync(sectionsFile))
    throw new InputError(`${sectionsFile} not found`, {
      file: sectionsFile,
      fix: "run `npx rpw preprocess` (or `npm start`) first",
    });
  const resumes = readJsonl(sectionsFile, ResumeSectionsRecord);
  const jobs = readJsonl(path.join(preprocessDir, "jobs.details.jsonl"), JobDetailsRecord);
  return pairCases(resumes, jobs, loadCollection(collectDir).postings, options);
}
