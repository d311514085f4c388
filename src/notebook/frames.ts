/**
 * danfo DataFrames at the notebook edge: the core keeps typed records; here they become flat
 * tables for display and group-by summaries. `showFrame` renders any DataFrame as HTML.
 */
import * as dfd from "danfojs-node";
import { JobPosting, ROLE_LABELS, ROLES } from "../schemas/job";
import { RejectRecord } from "../schemas/reject";
import { ResumeRecord } from "../schemas/resume";
import { yearlySalaryMidpoint } from "../collect/profile";
import { excerpt } from "../collect/clean-text";
import { summarize } from "../util/stats";
import { showTable } from "./display";
import { TableCell, TableRow } from "./html-table";

export function resumesFrame(resumes: readonly ResumeRecord[]): dfd.DataFrame {
  return new dfd.DataFrame(
    resumes.map((resume) => ({
      id: resume.id,
      label: resume.primaryLabel ?? "",
      labels: resume.labels.length,
      chars: resume.text.length,
      encoding: resume.encoding,
      start: excerpt(resume.text, 70),
    })),
  );
}

export function postingsFrame(postings: readonly JobPosting[]): dfd.DataFrame {
  return new dfd.DataFrame(
    postings.map((posting) => ({
      id: posting.id,
      site: posting.site ?? "",
      role: posting.role,
      title: posting.title ?? "",
      company: posting.company ?? "",
      state: posting.location?.state ?? "",
      remote: posting.isRemote === null ? "" : posting.isRemote ? "yes" : "no",
      salary_usd_year: yearlySalaryMidpoint(posting) ?? NaN,
      chars: posting.description.length,
    })),
  );
}

export function rejectsFrame(rejects: readonly RejectRecord[]): dfd.DataFrame {
  return new dfd.DataFrame(
    rejects.map((reject) => ({
      kind: reject.kind,
      input: reject.input,
      file: reject.source.file,
      line: reject.source.line,
      row: reject.source.row ?? "",
      field: reject.field ?? "",
      reason: reject.reason,
    })),
  );
}

/**
 * The study's role table: postings per role (in the study's order), their share, and the
 * advertised yearly salary (how many postings give one, their median). Salaries are summarised
 * from the records because danfo's group-by does not skip NaN.
 */
export function roleTable(postings: readonly JobPosting[]): dfd.DataFrame {
  return new dfd.DataFrame(
    ROLES.map((role) => {
      const ofRole = postings.filter((posting) => posting.role === role);
      const salary = summarize(ofRole.map(yearlySalaryMidpoint).filter((value): value is number => value !== null));
      return {
        role: ROLE_LABELS[role],
        postings: ofRole.length,
        share_pct: postings.length ? Math.round((1000 * ofRole.length) / postings.length) / 10 : 0,
        with_salary: salary.count,
        median_salary_usd_year: salary.median ?? NaN,
      };
    }),
  );
}

/** Postings per site and role, counted with danfo's group-by. */
export function siteRoleCounts(postings: dfd.DataFrame): dfd.DataFrame {
  const counts = postings.groupby(["site", "role"]).agg({ chars: ["count"] }) as dfd.DataFrame;
  counts.rename({ chars_count: "postings" }, { inplace: true });
  return counts.sortValues("postings", { ascending: false }) as dfd.DataFrame;
}

/** Displays a DataFrame (the first `limit` rows) as an HTML table. */
export function showFrame(frame: dfd.DataFrame, caption?: string, limit = 20): void {
  const columns = frame.columns as string[];
  const rows: TableRow[] = (frame.values as TableCell[][]).slice(0, limit).map((values) =>
    Object.fromEntries(
      columns.map((column, i) => {
        const value = values[i];
        return [column, typeof value === "number" && Number.isNaN(value) ? null : value];
      }),
    ),
  );
  const more = frame.shape[0] > limit ? ` (first ${limit} of ${frame.shape[0]})` : "";
  showTable(rows, caption ? `${caption}${more}` : more || undefined);
}
