/** Where a record came from: every collected record and every reject points back to its input. */
import { z } from "zod";

export const SourceRef = z.object({
  /** Path of the input file as given (relative paths stay relative, so outputs are portable). */
  file: z.string(),
  /** 1-based line (line-per-record files) or CSV record's first physical line; 0 for whole files. */
  line: z.number().int().nonnegative(),
  /** 0-based data row for tables (header excluded); null for line files and folders. */
  row: z.number().int().nonnegative().nullable(),
});
export type SourceRef = z.infer<typeof SourceRef>;
