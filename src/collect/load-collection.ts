/** Loads a collect stage's outputs back, validating every record with its schema. */
import * as fs from "node:fs";
import * as path from "node:path";
import { JobPosting } from "../schemas/job";
import { CollectProfile } from "../schemas/profile";
import { RejectRecord } from "../schemas/reject";
import { ResumeRecord } from "../schemas/resume";
import { readJsonl } from "../util/jsonl";
import type { Collection } from "./collect";

export function loadCollection(dir: string): Collection {
  const profileFile = path.join(dir, "profile.json");
  if (!fs.existsSync(profileFile)) throw new Error(`${profileFile} not found: run \`npx rpw collect --out ${dir}\` first`);
  return {
    resumes: readJsonl(path.join(dir, "resumes.jsonl"), (value) => ResumeRecord.parse(value)),
    postings: readJsonl(path.join(dir, "jobs.jsonl"), (value) => JobPosting.parse(value)),
    rejects: readJsonl(path.join(dir, "rejects.jsonl"), (value) => RejectRecord.parse(value)),
    profile: CollectProfile.parse(JSON.parse(fs.readFileSync(profileFile, "utf8"))),
  };
}
