/**
 * The study's linkage table (`study_id_map.csv`, data README "Linkage"): for each study id, the
 * line of the resume in `first_600_resumes*.txt` and the 0-based row of its job description in
 * `jd_description.csv` — empty for ids the snapshot cannot pair (275–532).
 *
 * Follows: the columns as the data README documents them; only `study_id`, `first600_line`
 * and `jd_description_row` are needed, `florex_corpus_file` and `resume_link_check` are kept
 * for the report. Leaves out: the florex label columns (collect reads labels from the corpus).
 * A missing column, a bad number or a repeated id is an error naming the file and line.
 */
import { csvRows } from "../collect/read-jobs";
import { DatasetInputError } from "./dataset-error";

export interface StudyLink {
  studyId: string;
  /** 1-based line in the resume line file. */
  resumeLine: number;
  /** 0-based data row in the job description file, or null when the pairing is not recoverable. */
  jobRow: number | null;
  corpusFile: string | null;
  linkCheck: string | null;
}

const REQUIRED = ["study_id", "first600_line", "jd_description_row"] as const;

export function parseStudyIdMap(bytes: Uint8Array, file: string): StudyLink[] {
  const rows = csvRows(bytes, file);
  const links: StudyLink[] = [];
  const seen = new Map<string, number>();
  if (rows.length === 0) throw new DatasetInputError(file, "no data rows (expected one row per study id)");
  for (const column of REQUIRED) {
    if (!rows[0].row.has(column))
      throw new DatasetInputError(file, `no "${column}" column (needs ${REQUIRED.join(", ")})`, 1);
  }
  for (const { row, source, shapeProblem } of rows) {
    if (shapeProblem) throw new DatasetInputError(file, `row ${source.row}: ${shapeProblem.reason}`, source.line);
    const cell = (column: string): string => {
      const value = row.get(column);
      if (value !== null && typeof value === "object")
        throw new DatasetInputError(file, `row ${source.row}: ${column} has invalid bytes`, source.line);
      return value === undefined || value === null ? "" : String(value).trim();
    };
    const whole = (column: string, min: number): number => {
      const text = cell(column);
      if (!/^\d+$/.test(text) || Number(text) < min) {
        throw new DatasetInputError(
          file,
          `row ${source.row}: ${column} must be a whole number ≥ ${min}, got "${text}"`,
          source.line,
        );
      }
      return Number(text);
    };
    const studyId = String(whole("study_id", 1));
    if (seen.has(studyId))
      throw new DatasetInputError(
        file,
        `row ${source.row}: study_id ${studyId} repeats line ${seen.get(studyId)}`,
        source.line,
      );
    seen.set(studyId, source.line);
    links.push({
      studyId,
      resumeLine: whole("first600_line", 1),
      jobRow: cell("jd_description_row") === "" ? null : whole("jd_description_row", 0),
      corpusFile: cell("florex_corpus_file") || null,
      linkCheck: cell("resume_link_check") || null,
    });
  }
  return links;
}
