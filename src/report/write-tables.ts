/** Writes each result table as `<dir>/<name>.csv`, `.md` and `.tex` (the three renderings of src/report/result-table.ts). */
import * as path from "node:path";
import { writeFileAtomic } from "../util/jsonl";
import { ResultTable, tableCsv, tableLatex, tableMarkdown } from "./result-table";

export const TABLE_EXTENSIONS = ["csv", "md", "tex"] as const;

export function writeTables(tables: readonly ResultTable[], dir: string): string[] {
  const files: string[] = [];
  for (const table of tables) {
    const renderings: Record<(typeof TABLE_EXTENSIONS)[number], string> = {
      csv: tableCsv(table),
      md: tableMarkdown(table),
      tex: tableLatex(table),
    };
    for (const extension of TABLE_EXTENSIONS) {
      const file = path.join(dir, `${table.name}.${extension}`);
      writeFileAtomic(file, renderings[extension]);
      files.push(file);
    }
  }
  return files;
}
