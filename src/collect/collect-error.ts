/**
 * The one error that stops collection: a whole input cannot be used (unreadable, not parsable,
 * or without a single valid row). Row-level problems never throw; they become rejects.
 */
export class CollectInputError extends Error {
  constructor(readonly file: string, reason: string, readonly line: number | null = null) {
    super(`${file}${line === null ? "" : `:${line}`}: ${reason}`);
    this.name = "CollectInputError";
  }
}
