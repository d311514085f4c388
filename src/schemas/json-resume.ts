/**
 * JSON Resume documents checked against the official JSON Schemas (jsonresume.org, package
 * @jsonresume/schema: the resume schema and the job schema, both draft-07) with ajv.
 *
 * Why not zod: the schema is theirs and evolves there; we validate against the file they ship,
 * so "valid JSON Resume" means what their own validator means.
 * Departure: the schema uses the formats "uri" and "email", which ajv only knows through the
 * ajv-formats package; we define the two here (an absolute URI with a scheme and no spaces; a
 * local@domain.tld address) rather than add a dependency for two regular expressions.
 */
import Ajv, { ErrorObject, ValidateFunction } from "ajv";
import resumeSchema from "@jsonresume/schema/schema.json";
import jobSchema from "@jsonresume/schema/job-schema.json";

export interface JsonResumeCheck {
  valid: boolean;
  /** One line per problem: "/work/0/startDate must match pattern …". Empty when valid. */
  errors: string[];
}

let validators: { resume: ValidateFunction; job: ValidateFunction } | null = null;

/** Compiled once per process: compiling the schema costs more than validating hundreds of documents. */
function compiled(): { resume: ValidateFunction; job: ValidateFunction } {
  if (validators === null) {
    // strict: false because the schemas carry keywords ajv's strict mode does not know (e.g. "x-…" notes).
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat("uri", /^[a-z][a-z0-9+.-]*:[^\s]+$/i);
    ajv.addFormat("email", /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    validators = { resume: ajv.compile(resumeSchema), job: ajv.compile(jobSchema) };
  }
  return validators;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}

/** Checks a document against the JSON Resume resume schema. */
export function checkJsonResume(document: unknown): JsonResumeCheck {
  const validate = compiled().resume;
  const valid = validate(document) as boolean;
  return { valid, errors: valid ? [] : describe(validate.errors) };
}

/** Checks a document against the JSON Resume job schema. */
export function checkJsonResumeJob(document: unknown): JsonResumeCheck {
  const validate = compiled().job;
  const valid = validate(document) as boolean;
  return { valid, errors: valid ? [] : describe(validate.errors) };
}
