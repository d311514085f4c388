/**
 * Dates as Indeed resume pages write them: "April 2017 to Present", "2008 to 2012",
 * "03/2019 - 06/2021", "May 2016", and award dates "2015-06"; parsed to ISO prefixes
 * ("2017-04", "2008") the way JSON Resume wants them.
 *
 * Follows: the florex corpus layout (Indeed's "Month YYYY to Month YYYY|Present") and the forms
 * of the bundled sample. "Present", "Current", "Now" and "Today" end a range as current.
 * Seasons ("Summer 2016") keep only their year.
 * Leaves out: day-level dates, which the corpus does not use.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const SEASON = String.raw`(?:Spring|Summer|Fall|Autumn|Winter)`;
/** One date: "April 2017", "Summer 2016", "2017", "03/2019", "2019-03". */
export const DATE = String.raw`(?:${MONTH}\s+${YEAR}|${SEASON}\s+${YEAR}|\d{1,2}/${YEAR}|${YEAR}-(?:0[1-9]|1[0-2])(?!\d)|${YEAR})`;
/** Words that end a range as current ("to Present"). */
export const NOW = String.raw`(?:Present|Current|Now|Today|present|current)`;
/** "April 2017 to Present", "2008 - 2012", "03/2019 – 06/2021". Groups: start, end. */
export const DATE_RANGE = String.raw`(${DATE})\s*(?:to|-|–|—|until)\s*(${NOW}|${DATE})`;

export const DATE_RANGE_RE = new RegExp(String.raw`(?<![\w/])${DATE_RANGE}(?![\w/])`, "g");
export const DATE_RE = new RegExp(String.raw`(?<![\w/])${DATE}(?![\w/])`, "g");

/** "April 2017" → "2017-04", "2017" or "Summer 2017" → "2017", "03/2019" → "2019-03", "2019-03" stays; else null. */
export function toIsoDate(text: string): string | null {
  const trimmed = text.trim().replace(new RegExp(`^${SEASON}\\s+`, "i"), "");
  let match = new RegExp(String.raw`^(${MONTH})\s+(${YEAR})$`, "i").exec(trimmed);
  if (match) return `${match[2]}-${String(MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1).padStart(2, "0")}`;
  match = new RegExp(String.raw`^(\d{1,2})/(${YEAR})$`).exec(trimmed);
  if (match && +match[1] >= 1 && +match[1] <= 12) return `${match[2]}-${match[1].padStart(2, "0")}`;
  match = new RegExp(String.raw`^(${YEAR})(?:-(0[1-9]|1[0-2]))?$`).exec(trimmed);
  if (match) return match[2] ? `${match[1]}-${match[2]}` : match[1];
  return null;
}

/**
 * A written range cut into its start and end text: "October 2015 to Present" → ["October 2015",
 * "Present"]; a single date → [date]. The separator is "to"/"until" as whole words or a dash, so
 * the "to" inside "Oc·to·ber" or "Toron·to" never cuts (it did: the study's 9 schema failures).
 * An ISO "2019-03" is one date, not a range: a range regex is tried before any split.
 */
export function splitDateRange(text: string): string[] {
  const trimmed = text.trim();
  const range = new RegExp(String.raw`^${DATE_RANGE}$`, "i").exec(trimmed);
  if (range) return [range[1], range[2]];
  const separator = /\s+(?:to|until)\s+|\s*[–—]\s*|\s+-\s+|(?<=\d)-(?=[A-Za-z]|\d{4}\b)/i;
  return trimmed
    .split(separator)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function isCurrent(text: string): boolean {
  return new RegExp(`^${NOW}$`, "i").test(text.trim());
}

export interface DateRangeMatch {
  start: number;
  end: number;
  text: string;
  startDate: string | null;
  endDate: string | null;
  current: boolean;
}

/**
 * Single dates that close an entry header ("… Northwind Analytics - Durham, NC Summer 2016"):
 * a date right after " - City, ST" (or " - City") that is not part of a range.
 */
export function findHeaderDates(text: string, ranges: DateRangeMatch[]): DateRangeMatch[] {
  return [...text.matchAll(DATE_RE)]
    .filter((match) => {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (ranges.some((r) => start < r.end && r.start < end)) return false;
      return (
        /\s[-–]\s[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w ]{1,20})?\s$/.test(text.slice(Math.max(0, start - 70), start)) &&
        !/^\s*(?:to|-|–)\s/.test(text.slice(end, end + 5))
      );
    })
    .map((match) => {
      const iso = toIsoDate(match[0]);
      const start = match.index ?? 0;
      return { start, end: start + match[0].length, text: match[0], startDate: iso, endDate: iso, current: false };
    });
}

/** Every date range in `text`, in order. */
export function findDateRanges(text: string): DateRangeMatch[] {
  return [...text.matchAll(DATE_RANGE_RE)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    text: match[0],
    startDate: toIsoDate(match[1]),
    endDate: isCurrent(match[2]) ? null : toIsoDate(match[2]),
    current: isCurrent(match[2]),
  }));
}
