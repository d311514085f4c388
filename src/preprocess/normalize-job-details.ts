/**
 * Free-form job-detail JSON (the study's GPT-4 "key details", whose keys drift from row to row)
 * onto the fixed JobDetails schema, with a record of how every key was mapped (the drift report
 * over many inputs is in job-details-drift.ts).
 *
 * Input may be an object, a JSON string, or a Python dict repr string (the study's CSV stored
 * `str(dict)`: single quotes, True/False/None). Keys are mapped by the synonym table
 * (job-details-synonyms.ts); values are coerced to the field's shape (job-details-values.ts;
 * degrees from the education text). A key the table does not know is reported as "unmapped" and its
 * value kept in `other`, so nothing is lost. Never throws: unparsable input gives empty details
 * and a warning.
 * Leaves out: merging near-duplicate list items.
 */
import { emptyJobDetails, JobDetails } from "../schemas/job-details";
import { findDegreeRequirements, mergeDegreeRequirements } from "./degree-requirements";
import { toList, toRemote, toSalary, toText, toYears } from "./job-details-values";
import { childTarget, isGroupTarget, normalizeKey, Target, targetOf } from "./job-details-synonyms";
import { jobTypesIn } from "./posting-fields";
import { parsePythonLiteral } from "./python-literal";
import { seniorityFromTitle } from "./seniority";
import { findYearsOfExperience } from "./years-experience";

export interface KeyMapping {
  /** The key as met; children of groups as "Parent.Child". */
  key: string;
  normalizedKey: string;
  mappedTo: Target | "unmapped";
}

export interface NormalizedJobDetails {
  details: JobDetails;
  mappings: KeyMapping[];
  warnings: string[];
}

/** Puts one value into its field; returns false when the value did not fit the field. */
function assign(details: JobDetails, target: Target, value: unknown): boolean {
  const text = toText(value);
  switch (target) {
    case "title":
    case "company":
    case "location":
    case "companyOverview":
      if (text) details[target] = details[target] ? `${details[target]}; ${text}` : text;
      return true;
    case "remote":
      details.remote = toRemote(value);
      return true;
    case "jobTypes":
      details.jobTypes = [...new Set([...details.jobTypes, ...jobTypesIn(text)])];
      return true;
    case "salary":
      details.salary = toSalary(value) ?? details.salary;
      return true;
    case "seniority": {
      const level = seniorityFromTitle(text);
      if (level) details.seniority = level;
      else if (toYears(value)) details.yearsOfExperience ??= toYears(value);
      return level !== null || toYears(value) !== null;
    }
    case "yearsOfExperience": {
      const years = toYears(value);
      if (years) details.yearsOfExperience ??= years;
      if (!years || Array.isArray(value)) details.requiredQualifications.push(...toList(value));
      return true;
    }
    case "education": {
      const items = toList(value);
      const found = items.flatMap((item) => findDegreeRequirements(item));
      details.education = mergeDegreeRequirements([...details.education, ...found]);
      if (found.length === 0) details.requiredQualifications.push(...items);
      return true;
    }
    case "skills.required":
    case "skills.preferred":
    case "keywords": {
      const list = toList(value, true);
      const into =
        target === "keywords"
          ? details.keywords
          : target === "skills.required"
            ? details.skills.required
            : details.skills.preferred;
      for (const item of list) if (!into.includes(item)) into.push(item);
      return true;
    }
    default:
      details[target].push(...toList(value));
      return true;
  }
}

function parseInput(input: unknown): { value: unknown; error: string | null } {
  if (typeof input !== "string") return { value: input, error: null };
  try {
    return { value: JSON.parse(input), error: null };
  } catch {
    try {
      return { value: parsePythonLiteral(input.trim()), error: null };
    } catch (error) {
      return { value: null, error: (error as Error).message };
    }
  }
}

/** Maps one free-form job-detail value (object, JSON text or Python dict repr) onto JobDetails. */
export function normalizeJobDetails(input: unknown): NormalizedJobDetails {
  const details = emptyJobDetails();
  const mappings: KeyMapping[] = [];
  const warnings: string[] = [];
  const { value, error } = parseInput(input);
  if (error !== null || value === null || typeof value !== "object" || Array.isArray(value)) {
    warnings.push(
      error !== null
        ? `not JSON or a Python literal (${error}): kept whole in other`
        : "not an object: kept whole in other",
    );
    if (toText(input)) details.other.push({ key: "(input)", value: toText(input) });
    return { details: JobDetails.parse(details), mappings, warnings };
  }
  const visit = (key: string, path: string, entry: unknown, parent: Target | null) => {
    const target = parent === null ? targetOf(key) : childTarget(parent, key);
    const isGroup = entry !== null && typeof entry === "object" && !Array.isArray(entry) && isGroupTarget(target);
    if (isGroup && target !== null) {
      // A group is reported as mapped to itself, then its children one by one.
      mappings.push({ key: path, normalizedKey: normalizeKey(key), mappedTo: target });
      for (const [childKey, childValue] of Object.entries(entry as object))
        visit(childKey, `${path}.${childKey}`, childValue, target);
      return;
    }
    const fitted = target !== null && assign(details, target, entry);
    mappings.push({
      key: path,
      normalizedKey: normalizeKey(key),
      mappedTo: fitted && target !== null ? target : "unmapped",
    });
    if (!fitted && toText(entry)) details.other.push({ key: path, value: toText(entry) });
  };
  for (const [key, entry] of Object.entries(value as object)) visit(key, key, entry, null);
  // Facts stated inside other fields: "Location: Remote", a degree or years inside a qualification.
  if (details.remote === null && details.location !== null && toRemote(details.location) === true)
    details.remote = true;
  const qualifications = [
    ...details.requiredQualifications.map((q) => ({ q, preferred: false })),
    ...details.preferredQualifications.map((q) => ({ q, preferred: true })),
  ];
  if (details.education.length === 0)
    details.education = mergeDegreeRequirements(
      qualifications.flatMap(({ q, preferred }) => findDegreeRequirements(q, preferred)),
    );
  details.yearsOfExperience ??= qualifications.flatMap(({ q }) => findYearsOfExperience(q))[0] ?? null;
  return { details: JobDetails.parse(details), mappings, warnings };
}
