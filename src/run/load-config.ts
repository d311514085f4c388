/**
 * Loading a run's configuration, one way: `--set path=value` > the config file > the schema's
 * defaults (src/schemas/run-config.ts), validated once. Every mistake is one InputError naming
 * where it came from (the file, or the `--set` that introduced it), the field's full path and,
 * for a misspelt field, the field meant.
 */
import { parseJsonText } from "../util/jsonl";
import * as fs from "node:fs";
import { z } from "zod";
import { WorkbenchConfig } from "../schemas/run-config";
import { didYouMean } from "../util/did-you-mean";
import { InputError } from "../util/input-error";

export class WorkbenchConfigError extends InputError {
  constructor(message: string, file: string | null = null, field: string | null = null) {
    super(message, { file, field });
    this.name = "WorkbenchConfigError";
  }
}

/** Sets `a.b.c` in a plain object; the value is parsed as JSON when it can be ("3", "true", "[1,2]"), else kept as text. */
export function setPath(target: Record<string, unknown>, dotted: string, raw: string): void {
  const keys = dotted.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null || Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // plain text, e.g. --set name=study
  }
  node[keys[keys.length - 1]] = value;
}

/** The field names the schema knows at a dotted path (from the defaults; nested objects only). */
function knownFields(path: readonly PropertyKey[]): string[] {
  let node: unknown = WorkbenchConfig.parse({});
  for (const key of path) node = (node as Record<PropertyKey, unknown> | null)?.[key];
  return node && typeof node === "object" && !Array.isArray(node) ? Object.keys(node) : [];
}

/** Fields that moved: an old configuration gets the new place named, not "unknown field". */
const MOVED: Readonly<Record<string, string>> = { "data.countries": "collect.countries" };

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): { field: string; message: string } {
  const at = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const [key] = issue.keys;
    const field = [...at, key].join(".");
    if (MOVED[field]) return { field, message: `"${field}" is now "${MOVED[field]}"` };
    const meant = didYouMean(key, knownFields(issue.path));
    return {
      field,
      message: `unknown field "${field}"${meant ? ` (did you mean "${[...at, meant].join(".")}"?)` : ""}`,
    };
  }
  const field = at.join(".") || "(root)";
  let got: unknown = raw;
  for (const key of issue.path) got = (got as Record<PropertyKey, unknown> | null)?.[key];
  const shown = got === undefined ? "" : `, got ${JSON.stringify(got)}`;
  return { field, message: `${field}: ${issue.message.replace(/^Invalid input: /, "")}${shown}` };
}

/** Reads the file (if any), applies `path=value` overrides, validates; errors name the file or the `--set`, and the field. */
export function loadWorkbenchConfig(file: string | null, overrides: readonly string[] = []): WorkbenchConfig {
  let raw: Record<string, unknown> = {};
  if (file) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new WorkbenchConfigError(
        `${file}: ${code === "ENOENT" ? "no such configuration file" : `cannot read the configuration (${code})`}`,
        file,
      );
    }
    const parsed = parseJsonText(text, file);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new WorkbenchConfigError(`${file}: the configuration must be a JSON object`, file);
    raw = parsed as Record<string, unknown>;
  }
  const setBy = new Map<string, string>();
  for (const override of overrides) {
    const at = override.indexOf("=");
    if (at < 1) throw new WorkbenchConfigError(`--set takes <field.path>=<value>, got "${override}"`);
    const dotted = override.slice(0, at);
    setPath(raw, dotted, override.slice(at + 1));
    setBy.set(dotted, override);
  }
  const parsed = WorkbenchConfig.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { field, message } = describeIssue(issue, raw);
  // Name the --set whose path is the field or contains it; otherwise the file (or the defaults).
  const override = [...setBy.entries()].find(
    ([dotted]) => field === dotted || field.startsWith(`${dotted}.`) || dotted.startsWith(`${field}.`),
  );
  const source = override ? `--set ${override[1]}` : (file ?? "configuration");
  throw new WorkbenchConfigError(`${source}: ${message}`, file, field);
}
