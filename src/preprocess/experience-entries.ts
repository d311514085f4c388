/**
 * Experience entries from the flattened "Work Experience" section of an Indeed resume:
 * "Senior Oracle DBA Bramblewood Health - Columbus, OH March 2019 to Present • Administer …".
 *
 * Every date range (or a single date right after " - City, ST") opens an entry; its header is the run of capitalised words just before the
 * range (walking back stops at a lower-case word, sentence punctuation or a bullet), split as
 * "Title Employer - Location". Title and employer have no separator in the scrape, so the title
 * ends at the last job-title noun ("Administrator", "Engineer", "DBA", …) of the run; with no
 * such noun the whole run is the title. What follows the range up to the next header is the
 * entry's description, split into bullets.
 * A range in parentheses ("(2016 to 2022)") is a detail inside a bullet, not an entry's dates.
 * Leaves out: entries without any date (their text stays in the section text) and Indeed's
 * "several positions at one employer" grouping (each position becomes its own entry).
 */
import { ExperienceEntry } from "../schemas/resume-sections";
import { findDateRanges, findHeaderDates } from "./resume-dates";

const TITLE_NOUNS = new Set(
  `
administrator admin engineer developer analyst architect consultant manager director lead specialist technician tech
coordinator assistant associate officer supervisor programmer scientist designer intern internship trainee owner president
vp ceo cto cio cfo coo founder co-founder partner representative rep agent clerk operator instructor teacher professor tutor
lecturer advisor adviser accountant auditor controller executive head chief member volunteer contractor freelancer worker
mechanic electrician driver cashier server receptionist secretary nurse sergeant soldier apprentice fellow researcher
student leader planner scheduler buyer editor writer librarian examiner investigator inspector estimator dispatcher guard
attendant aide helper handler expert master steward liaison generalist recruiter strategist evangelist principal dba dbas
sme coach trainer facilitator superintendent foreman captain commander manager/dba administrator/developer architect/dba
`
    .split(/\s+/)
    .filter(Boolean),
);
/** Tokens that end a sentence rather than an abbreviation ("Sr.", "Inc.", "B.V." do not). */
const ABBREVIATION =
  /^(?:[A-Z]\.|[A-Z][a-z]{0,2}\.|(?:[A-Z]\.){2,}|Inc\.|Corp\.|Ltd\.|Co\.|LLC\.|L\.L\.C\.|St\.|Dept\.|Jr\.|Sr\.|U\.S\.)$/;
const CONNECTORS = new Set([
  "of",
  "and",
  "&",
  "for",
  "the",
  "at",
  "in",
  "de",
  "du",
  "la",
  "del",
  "y",
  "-",
  "–",
  "/",
  "on",
  "to",
]);
const BULLET_SPLIT = /\s*(?:[•·●▪➢✓◦]|\s\?\s|\s\*\s|\s-\s(?=[A-Z])|\s\d{1,2}\.\s(?=[A-Z]))\s*/;
const MAX_HEADER_TOKENS = 18;

const isBullet = (token: string) => /^[•·●▪➢✓◦?*]$/.test(token);
const endsSentence = (token: string) => /[.!?;:]$/.test(token) && !ABBREVIATION.test(token);
const isLower = (token: string) => /^[a-z]/.test(token) && !CONNECTORS.has(token.toLowerCase());

function isTitleNoun(token: string): boolean {
  const bare = token.replace(/[(),]/g, "").toLowerCase();
  return TITLE_NOUNS.has(bare) || bare.split("/").some((part) => TITLE_NOUNS.has(part));
}

/**
 * Start offset of the entry header that ends at `end`, walking back no further than `floor`.
 * The first header of the section starts at the section start when that run is header-shaped.
 * Walking back, employer names may hold up to two lower-case words ("United Health group"), but
 * once a title noun is passed a lower-case word ends the header; so does a list comma left of
 * the " - " before the location ("TKPROF, EXPLAIN PLAN Oracle DBA …").
 */
function headerStart(text: string, floor: number, end: number, first: boolean): number {
  const tokens = [...text.slice(floor, end).matchAll(/\S+/g)].map((m) => ({ text: m[0], at: floor + (m.index ?? 0) }));
  let from = tokens.length;
  if (first && tokens.length <= MAX_HEADER_TOKENS && !tokens.some((t) => isBullet(t.text) || endsSentence(t.text))) {
    from = 0;
  } else {
    let seenNoun = false;
    let passedDash = false;
    let lowerBudget = 2;
    while (from > 0 && tokens.length - from < MAX_HEADER_TOKENS) {
      const token = tokens[from - 1].text;
      if (isBullet(token) || endsSentence(token)) break;
      const companySuffix =
        from < tokens.length &&
        /^(?:Inc|LLC|L\.L\.C|Ltd|Corp|Co|LLP|PLC|LP|N\.A|S\.A|GmbH|AG|BV|B\.V|Pvt)\.?,?$/i.test(tokens[from].text);
      if (/,$/.test(token) && (passedDash || seenNoun) && !isTitleNoun(token) && !companySuffix) break;
      if (isLower(token)) {
        if (seenNoun || lowerBudget === 0) break;
        lowerBudget--;
      } else if (!CONNECTORS.has(token.toLowerCase()) && !/^(?:[A-Z0-9(["'&]|\.[A-Z])/.test(token)) {
        break;
      }
      if (token === "-" || token === "–") passedDash = true;
      if (isTitleNoun(token)) seenNoun = true;
      from--;
    }
  }
  // A header does not begin with a connector or a lower-case word ("and Senior DBA …").
  while (from < tokens.length && (CONNECTORS.has(tokens[from].text.toLowerCase()) || isLower(tokens[from].text)))
    from++;
  return from < tokens.length ? tokens[from].at : end;
}

/** "Senior Oracle DBA Bramblewood Health - Columbus, OH" → title, employer, location. */
export function splitEntryHeader(header: string): Pick<ExperienceEntry, "title" | "employer" | "location"> {
  const dash = header.lastIndexOf(" - ");
  const main = (dash >= 0 ? header.slice(0, dash) : header).trim();
  const location = dash >= 0 ? header.slice(dash + 3).trim() || null : null;
  const tokens = main.split(/\s+/).filter(Boolean);
  let cut = -1;
  tokens.forEach((token, i) => {
    if (isTitleNoun(token)) cut = i;
  });
  // The title runs on over a level or qualifier right after the noun: "Engineer II", "Administrator (SQL)".
  while (
    cut >= 0 &&
    cut + 1 < tokens.length &&
    /^(?:I{1,3}|IV|V|\d|\(.*\)|\([^)]*|[^(]*\)|Sr\.?|Jr\.?)$/.test(tokens[cut + 1])
  )
    cut++;
  if (tokens.length === 0) return { title: null, employer: null, location };
  if (cut < 0) return { title: main, employer: null, location };
  const employer = tokens
    .slice(cut + 1)
    .join(" ")
    .replace(/^[,\-–\s]+/, "");
  return {
    title: tokens
      .slice(0, cut + 1)
      .join(" ")
      .replace(/[,\s]+$/, ""),
    employer: employer || null,
    location,
  };
}

/** Splits a description into bullets: by bullet marks when it has them, else by sentences. */
export function splitBullets(description: string): string[] {
  const trimmed = description.trim();
  if (trimmed === "") return [];
  const parts = trimmed
    .split(BULLET_SPLIT)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1) return parts;
  // A lone bullet keeps no glyph: "• Forecast demand" is the bullet "Forecast demand", as when there are several.
  return trimmed
    .replace(/^[•▪◦‣·]\s*/, "")
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Experience entries of a Work Experience section body. */
export function parseExperienceEntries(body: string): ExperienceEntry[] {
  // "(2016 to 2022)" inside a bullet is a detail, not an entry's dates.
  const found = findDateRanges(body).filter(
    (range) => !/\(\s*$/.test(body.slice(Math.max(0, range.start - 2), range.start)) && body[range.end] !== ")",
  );
  const ranges = [...found, ...findHeaderDates(body, found)].sort((a, b) => a.start - b.start);
  const headers = ranges.map((range, i) => headerStart(body, i === 0 ? 0 : ranges[i - 1].end, range.start, i === 0));
  return ranges.map((range, i) => {
    const header = body.slice(headers[i], range.start).trim();
    const descriptionEnd = i + 1 < ranges.length ? headers[i + 1] : body.length;
    const description = body.slice(range.end, descriptionEnd);
    return {
      ...splitEntryHeader(header),
      startDate: range.startDate,
      endDate: range.endDate,
      current: range.current,
      bullets: splitBullets(description),
      text: body.slice(headers[i], descriptionEnd).trim(),
    };
  });
}
