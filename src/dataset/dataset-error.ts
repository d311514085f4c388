/**
 * The error for an input the dataset stage cannot use: it names the file and the line (or the
 * data row) at fault and says what is wrong. It extends the collect stage's input error so the
 * `rpw` command line already reports it as one line with exit code 1, like any unreadable input.
 */
import { CollectInputError } from "../collect/collect-error";

export class DatasetInputError extends CollectInputError {
  constructor(file: string, reason: string, line: number | null = null) {
    super(file, reason, line);
    this.name = "DatasetInputError";
  }
}

/** The 1-based line of a character offset (for JSON.parse errors, which give a position). */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** JSON.parse with an error naming the file and line. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    throw new DatasetInputError(
      file,
      `not valid JSON (${message})`,
      position ? lineAtOffset(text, Number(position[1])) : null,
    );
  }
}
