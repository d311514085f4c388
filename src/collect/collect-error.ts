/**
 * The one error that stops collection: a whole input cannot be used (unreadable, not parsable,
 * or without a single valid row). Row-level problems never throw; they become rejects.
 */
import { InputError } from "../util/input-error";

export class CollectInputError extends InputError {
  constructor(file: string, reason: string, line: number | null = null) {
    super(`${file}${line === null ? "" : `:${line}`}: ${reason}`, { file, line });
    this.name = "CollectInputError";
  }
}
