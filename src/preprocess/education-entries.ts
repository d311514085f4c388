/**
 * Education entries from the flattened "Education" section of an Indeed resume:
 * "Bachelor of Science in Information Systems Millbrook State University - Athens, OH 2008 to
 * 2012 Associate in Information Technology Community College of Baltimore County 2010 to 2013".
 *
 * An entry ends at its dates (a range, a single date, or "Present"); without dates a new degree
 * word after an institution starts the next entry. Within an entry: the degree is the leading
 * degree phrase up to " in ", the institution is the name around "University/College/Institute/
 * School…" (walking back over capitalised words that are not field-of-study words), the field
 * sits between them, the location follows " - ".
 * Leaves out: GPA, honours and coursework lines (they stay in the entry's text).
 */
import { EducationEntry } from "../schemas/resume-sections";
import { DATE, splitDateRange, toIsoDate } from "./resume-dates";

const DEGREE_SUBJECT = String.raw`(?:Business Administration|Computer Applications|Computer Science|Information Technology|Information Systems|Library and Information Science|Public Health|Public Administration|Applied Science|Fine Arts|Social Work|Health Administration|Health Management Systems|Professional Studies|Liberal Arts|Science|Arts|Engineering|Technology|Education|Laws|Commerce|Health|Nursing|Philosophy|Music|Architecture|Medicine|Pharmacy|Management|[A-Z][a-z]+)`;
const DEGREE_START = new RegExp(
  String.raw`^(?:(?:bachelor|master|associate|doctor|doctorate)(?:['’]?s)?\b(?:\s+(?:degree|of\s+${DEGREE_SUBJECT}\b))?|(?:B|M|A)\.?\s?(?:S|A|E|Sc|Tech|Com|Eng|Ed|BA|CA|FA|PH)\.?(?=[\s,]|$)|MBA|BBA|MCA|BCA|BSc|MSc|BTech|MTech|Ph\.?\s?D\.?|Ed\.?D\.?|J\.?D\.?|LLM|LLB|MPH|MPA|MFA|MEd|High school(?: diploma| or equivalent)?|GED|(?:Post[- ]?graduate |Graduate |Advanced )?(?:Diploma|Certificate|Certification)|Some college)`,
  "i",
);
const DEGREE_ANYWHERE = new RegExp(`(?<=\\s)(?=${DEGREE_START.source.slice(1)})`, "gi");
const INSTITUTION_WORD =
  /\b(?:University|College|Institute|Institut|School|Academy|Polytechnic|Universidad|Université|Universität|Hogeschool|Seminary|Conservatory|Center|Centre)\b/i;
/** Words of fields of study: walking back from "University", these belong to the field, not the name. */
const FIELD_WORDS = new Set(
  `
science sciences systems system engineering technology technologies management administration business information
computer computing studies arts art health education mathematics math statistics economics finance accounting biology
chemistry physics psychology nursing marketing design development communications communication networking security
analytics data software electrical electronics mechanical civil industrial general applications application programming
history english literature political sociology law criminal justice environmental sciences medicine pharmacy public
policy international relations languages language humanities philosophy geography geology agriculture architecture assurance media interactive digital graphic game games visual journalism film
theatre culinary hospitality kinesiology criminology anthropology linguistics biochemistry microbiology neuroscience
astronomy aerospace chemical biomedical nutrition dental veterinary forestry marine care operations supply chain logistics
human resources religious studies cyber multimedia animation telecommunications instrumentation
`
    .split(/\s+/)
    .filter(Boolean),
);
const DATES_AT_END = new RegExp(
  String.raw`\s*((?:${DATE})\s*(?:to|-|–)\s*(?:Present|Current|${DATE})|${DATE}(?:,\s*${DATE})*|Present)\s*$`,
);
const DATE_BOUNDARY = new RegExp(
  String.raw`(?:${DATE})\s*(?:to|-|–)\s*(?:Present|Current|${DATE})|${DATE}|\bPresent\b`,
  "g",
);

/** Splits a section body into entry texts: after each date, and before a degree that follows an institution. */
export function splitEducationEntries(body: string): string[] {
  const cuts = new Set<number>([0, body.length]);
  for (const match of body.matchAll(DATE_BOUNDARY)) cuts.add((match.index ?? 0) + match[0].length);
  const pieces = [...cuts]
    .sort((a, b) => a - b)
    .map((at, i, all) => body.slice(at, all[i + 1] ?? at))
    .filter((p) => p.trim());
  const entries: string[] = [];
  for (const piece of pieces) {
    // Without dates between them, "Master's … University of Trento Master's … University" are two entries.
    let start = 0;
    for (const match of piece.matchAll(DEGREE_ANYWHERE)) {
      const at = match.index ?? 0;
      const head = piece.slice(start, at).trim();
      const degreeAtHead = DEGREE_START.exec(head);
      if (INSTITUTION_WORD.test(degreeAtHead ? head.slice(degreeAtHead[0].length) : head)) {
        entries.push(piece.slice(start, at));
        start = at;
      }
    }
    entries.push(piece.slice(start));
  }
  // A lone date piece ("2010") belongs to the entry before it.
  const merged: string[] = [];
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    if (merged.length > 0 && new RegExp(`^(?:${DATE}|Present)$`).test(entry)) merged[merged.length - 1] += ` ${entry}`;
    else merged.push(entry);
  }
  return merged;
}

const isAllCaps = (token: string) => /^[A-Z&.]{2,}$/.test(token.replace(/\W/g, ""));
/** A long upper-case word next to a mixed-case name is a field written in capitals ("INFORMATION ASSURANCE University"). */
const isShouting = (token: string) => /^[A-Z]{5,}$/.test(token.replace(/\W/g, ""));

function institutionSpan(text: string): { start: number; end: number } | null {
  const tokens = [...text.matchAll(/\S+/g)];
  const keyword = INSTITUTION_WORD.exec(text);
  if (!keyword) {
    // "Business Administration UNLV": a trailing acronym after mixed-case words names the school.
    const last = tokens[tokens.length - 1];
    return last && tokens.length > 1 && /^[A-Z]{3,}$/.test(last[0]) && !isAllCaps(tokens[tokens.length - 2][0])
      ? { start: last.index ?? 0, end: (last.index ?? 0) + last[0].length }
      : null;
  }
  let k = tokens.findIndex((t) => (t.index ?? 0) + t[0].length > keyword.index);
  if (k < 0) return null;
  const caps = isAllCaps(tokens[k][0]);
  let first = k;
  while (first > 0) {
    const token = tokens[first - 1][0];
    if (/^(?:The|the|THE)$/.test(token)) {
      first--;
      break;
    }
    // Walk back over the name: capitalised, not a field-of-study word, same letter case as the keyword;
    // a field word right before the keyword still belongs to the name when a non-field name word
    // precedes it ("Seacliff Arts University", "Harvard Business School").
    const fieldWord = (t: string) => FIELD_WORDS.has(t.toLowerCase().replace(/\W/g, ""));
    const namePart =
      first === k &&
      fieldWord(token) &&
      first - 2 >= 0 &&
      /^[A-Z]/.test(tokens[first - 2][0]) &&
      !fieldWord(tokens[first - 2][0]);
    if (
      !/^[A-Z&"'(]/.test(token) ||
      (fieldWord(token) && !namePart) ||
      /[,;:]$/.test(token) ||
      (!caps && isShouting(token))
    )
      break;
    first--;
  }
  // "University of Maryland University College", "Institute of Technology", "University Of Nigeria"
  while (k + 2 < tokens.length && /^(?:of|at|for|and|&)$/i.test(tokens[k + 1][0]) && /^[A-Z]/.test(tokens[k + 2][0])) {
    k += 2;
    while (k + 1 < tokens.length && /^[A-Z]/.test(tokens[k + 1][0])) k++;
  }
  return { start: tokens[first].index ?? 0, end: (tokens[k].index ?? 0) + tokens[k][0].length };
}

/** One entry's text → degree, field, institution, location, dates. */
export function parseEducationEntry(text: string): EducationEntry {
  const datesMatch = DATES_AT_END.exec(text);
  const dates = datesMatch ? datesMatch[1].trim() : null;
  let rest = datesMatch ? text.slice(0, datesMatch.index) : text;
  let location: string | null = null;
  const dash = rest.lastIndexOf(" - ");
  if ((dash >= 0 && INSTITUTION_WORD.test(rest.slice(0, dash))) || (dash >= 0 && !INSTITUTION_WORD.test(rest))) {
    location = rest.slice(dash + 3).trim() || null;
    rest = rest.slice(0, dash);
  }
  const degreeMatch = DEGREE_START.exec(rest.trim());
  const degree = degreeMatch ? degreeMatch[0].trim() : null;
  let remainder = degreeMatch ? rest.trim().slice(degreeMatch[0].length) : rest.trim();
  remainder = remainder.replace(/^\s*(?:in|of)\s+/i, "");
  const span = institutionSpan(remainder);
  const institution = span ? remainder.slice(span.start, span.end).trim() : null;
  const fieldText = (span ? remainder.slice(0, span.start) : remainder)
    .replace(/\s+in\s+.*$/i, "")
    .replace(/[,\s-]+$/, "")
    .trim();
  const [startText, endText] = dates ? splitDateRange(dates) : [];
  return {
    degree,
    field: fieldText || null,
    institution,
    location,
    dates,
    startDate: startText && endText ? toIsoDate(startText) : null,
    endDate: endText ? toIsoDate(endText) : startText ? toIsoDate(startText) : null,
    text,
  };
}

/** Education entries of an Education section body. */
export function parseEducationEntries(body: string): EducationEntry[] {
  return splitEducationEntries(body).map(parseEducationEntry);
}
