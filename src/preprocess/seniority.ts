/**
 * Seniority of a job: from the title first ("Sr. Data Engineer", "Lead Data Scientist",
 * "Director, Software Engineering"), then JobSpy's LinkedIn `job_level`, then explicit phrases
 * in the text ("entry-level", "senior-level").
 *
 * The title rules are tried from the most senior down, so "Senior Manager" is a manager and
 * "Sr. Associate" a senior. "Associate", "Graduate" and "Junior" mean entry level in titles.
 * Leaves out: inferring seniority from years of experience (a separate field, and a guess).
 */
import { Seniority } from "../schemas/job-details";

const TITLE_RULES: [Seniority, RegExp][] = [
  ["intern", /\b(?:intern|internship|co-?op)\b/i],
  ["executive", /\b(?:chief|vice president|vp|svp|evp|head of|cto|cio|cdo)\b/i],
  ["director", /\bdirector\b/i],
  ["manager", /\b(?:manager|mgr)\b/i],
  ["principal", /\bprincipal\b/i],
  ["staff", /\bstaff\b/i],
  ["lead", /\blead\b/i],
  ["senior", /\b(?:senior|sr)\b\.?/i],
  ["mid", /\b(?:mid[- ]level|intermediate)\b/i],
  ["entry", /\b(?:junior|jr|entry[- ]level|entry|graduate|new grad|associate)\b\.?/i],
];

/** LinkedIn's seniority levels as JobSpy writes them in `job_level`. */
const JOB_LEVELS: Record<string, Seniority> = {
  internship: "intern",
  "entry level": "entry",
  associate: "entry",
  "mid-senior level": "mid",
  director: "director",
  executive: "executive",
};

const TEXT_RULES: [Seniority, RegExp][] = [
  ["intern", /\b(?:this|an?) (?:paid |summer )?internship\b/i],
  ["entry", /\bentry[- ]level\b/i],
  ["mid", /\bmid[- ]level\b/i],
  ["senior", /\bsenior[- ]level\b/i],
];

/** The seniority a title names, or null. */
export function seniorityFromTitle(title: string | null): Seniority | null {
  if (!title) return null;
  for (const [level, pattern] of TITLE_RULES) if (pattern.test(title)) return level;
  return null;
}

/** Title, then JobSpy job level, then text; null when none of them says. */
export function detectSeniority(title: string | null, jobLevel: string | null, text: string): Seniority | null {
  const fromTitle = seniorityFromTitle(title);
  if (fromTitle) return fromTitle;
  const fromLevel = jobLevel ? JOB_LEVELS[jobLevel.trim().toLowerCase()] : undefined;
  if (fromLevel) return fromLevel;
  for (const [level, pattern] of TEXT_RULES) if (pattern.test(text)) return level;
  return null;
}
