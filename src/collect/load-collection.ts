/** Loads a collect stage's outputs back, validating every record with its schema. */
import * as fs from "node:fs";
import * as path from "node:path";
import { JobPosting } from "../schemas/job";
import { CollectProfile } from "../schemas/profile";
import { RejectRecord } from "../schemas/reject";
import { ResumeRecord } from "../schemas/resume";
import { InputError } from "../util/input-error";
import { readJsonFile, readJsonl } from "../util/jsonl";
import type { Collection } from "./collect";

export function loadCollection(dir: string): Collection {
  const profileFile = path.join(dir, "profile.json");
  if (!fs.existsSync(profileFile))
    throw new InputError(`${profileFile} not found`, {
      file: profileFile,
      fix: "run `npx rpw collect` (or `npm start`) first",
    });
  return {
    resumes: readJsonl(path.join(dir, "resumes.jsonl"), ResumeRecord),
    postings: readJsonl(path.join(dir, "jobs.jsonl"), JobPosting),
    rejects: readJsonl(path.join(dir, "rejects.jsonl"), RejectRecord),
    profile: readJsonFile(profileFile, CollectProfile),
  };
}
