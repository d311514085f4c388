/**
 * The one error class for a user's mistake (DESIGN.md principle 5): a file that is missing,
 * unreadable or malformed, a bad configuration value, a wrong flag, an output folder that cannot
 * be written. It carries where the mistake is (file, line or row, field) and how to fix it, and
 * the command line prints it as one line: exit 1 for bad input, exit 2 for bad usage. Anything
 * else that escapes a command is a bug: exit 70 with its stack trace.
 *
 * Stage-specific errors (collect, dataset, fine-tune, metrics, LLM configuration, recordings,
 * prompt files) extend this class, so one `instanceof` decides how a failure is reported.
 */

export interface InputErrorWhere {
  file?: string | null;
  /** 1-based line (text files) or data row. */
  line?: number | null;
  field?: string | null;
  /** What the user can do about it, appended as "(fix: …)". */
  fix?: string | null;
}

export class InputError extends Error {
  readonly file: string | null;
  readonly line: number | null;
  readonly field: string | null;
  readonly fix: string | null;
  /** 1: the input is bad; 2: the command was used wrongly. */
  readonly exitCode: 1 | 2 = 1;

  constructor(message: string, where: InputErrorWhere = {}) {
    super(where.fix ? `${message} (fix: ${where.fix})` : message);
    this.name = "InputError";
    this.file = where.file ?? null;
    this.line = where.line ?? null;
    this.field = where.field ?? null;
    this.fix = where.fix ?? null;
  }
}

/** A mistake in how a command was called: printed with a pointer to --help, exit code 2. */
export class UsageError extends InputError {
  override readonly exitCode = 2 as const;

  constructor(message: string, where: InputErrorWhere = {}) {
    super(message, where);
    this.name = "UsageError";
  }
}

/** "file:line: field: " — the location prefix every input error message starts with. */
export function locate(where: InputErrorWhere): string {
  const at = where.file
    ? `${where.file}${where.line ? `:${where.line}` : ""}: `
    : where.line
      ? `line ${where.line}: `
      : "";
  return `${at}${where.field ? `${where.field}: ` : ""}`;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is a file, not a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EEXIST: "already exists",
};

/**
 * An operating-system file error (ENOENT, EACCES, …) as an InputError naming the path, or null
 * when the error is something else. The file system's errors are the user's to fix (a wrong
 * path, a read-only folder), so they are reported like any other bad input.
 */
export function fileErrorAsInput(error: unknown): InputError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (!code || !(code in FILE_ERRORS)) return null;
  const file = (error as NodeJS.ErrnoException).path ?? null;
  const verb = (error as NodeJS.ErrnoException).syscall;
  const action =
    verb === "open" || verb === "scandir" || verb === "stat" || verb === "lstat" || verb === "read"
      ? "cannot read"
      : "cannot write";
  return new InputError(`${file ? `${action} ${file}` : action}: ${FILE_ERRORS[code]}`, {
    file,
    fix: code === "ENOENT" ? "check the path (or run the stage that writes it)" : "check the path and its permissions",
  });
}
