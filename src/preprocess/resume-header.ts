/**
 * Personal information from the header of an Indeed resume (the text before "Work Experience"):
 * "Oracle Database Administrator Oracle Database Administrator - Bramblewood Health Columbus, OH
 * Oracle DBA with 9 years of experience … Authorized to work in the US for any employer".
 *
 * Indeed prints the resume title, then the title again (the search highlighter's copy), then
 * "current title - employer", then "City, ST", then the summary. The headline is the repeated
 * prefix; the location the first "City, ST" with a US state code (or a known "City, Country");
 * the summary what follows it. E-mail, phone and links come from the contact-detail finder over
 * the whole resume; a name only when two or three capitalised words stand right before an
 * e-mail or phone ("Casey Lindqvist · casey@…"), since the corpus otherwise has none.
 * A header that keeps its lines (every other format) is read line by line (parseLineHeader).
 * Leaves out: guessing names anywhere else.
 */
import { PersonalInformation } from "../schemas/resume-sections";
import { detectPii } from "./pii";

const STATES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split(
    " ",
  ),
);
const CITY_STATE = /\b([A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3}),\s+([A-Z]{2})\b/g;
/** Words that make a city name two words long: "New York", "San Diego", "Iowa City", "Palm Beach". */
const CITY_FIRST_WORDS = new Set(
  "New San Los Las Santa St. Saint Fort Ft. Palm Grand Salt Lake North South East West El Baton Little Cedar Des Sioux Colorado Silver Ann Coral Long Oklahoma Kansas Virginia Corpus Overland Mount Mt. Glen Port Rancho Redwood Menlo Culver Daly Foster Bowling Cherry Boca Pompano Winston High Chapel Elk Oak Bay Green Pleasant Round Sugar College Jersey Newport Falls Carson Rock Bloomfield".split(
    " ",
  ),
);
const CITY_LAST_WORDS =
  /^(?:City|Beach|Park|Falls|Springs|Heights|Hills|Rapids|Valley|Creek|Grove|Harbor|Island|Junction|Station|Village|Rock|Lake|Bluffs|Point)$/;
const NAME_BEFORE = /(?:^|[\s·|,•])((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’.-]+){1,2})\s*[·|,•:-]?\s*$/;
const NOT_NAME_WORDS =
  /\b(?:Email|E-mail|Phone|Mobile|Cell|Contact|Address|Tel|Administrator|Engineer|Developer|Analyst|Manager|Scientist|Specialist|Consultant|Database|Data|Senior|Junior|Lead|Work|Authorized|Inc|LLC)\b/;

/** The longest prefix of 1-12 words that is immediately repeated. */
function repeatedPrefix(words: string[]): number {
  for (let length = Math.min(12, Math.floor(words.length / 2)); length >= 1; length--) {
    if (words.slice(0, length).join(" ") === words.slice(length, 2 * length).join(" ")) return length;
  }
  return 0;
}

/** A line of contact details or links only: no headline, name or summary in it. */
const CONTACT_LINE = /@|https?:\/\/|www\.|\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/;
const NAME_LINE = /^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$/u;
const LOCATION_LINE = /^[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,3},\s+[A-Z]{2}$/;

/**
 * A header kept line by line (every format but florex's: a resume builder's, a PDF's, a JSON
 * Resume's): the name is a first line of two to four capitalised words, the headline a short
 * line right after it, the location a "City, ST" line, the summary the other lines that are not
 * contact details or links. Contacts come from the finder, as in the Indeed header.
 */
function parseLineHeader(header: string, resumeText: string, links: string[]): PersonalInformation {
  const lines = header
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  let next = 0;
  const first = lines[0] ?? "";
  const name = NAME_LINE.test(first) && !NOT_NAME_WORDS.test(first) && !CONTACT_LINE.test(first) ? lines[next++] : null;
  const candidate = lines[next] ?? "";
  const short = candidate !== "" && candidate.split(/\s+/).length <= 8 && !/[.!?]$/.test(candidate);
  const headline = short && !CONTACT_LINE.test(candidate) && !LOCATION_LINE.test(candidate) ? lines[next++] : null;
  const rest = lines.slice(next);
  const location = rest.find((line) => LOCATION_LINE.test(line) && STATES.has(line.slice(-2))) ?? null;
  const summary = rest.filter((line) => line !== location && !CONTACT_LINE.test(line)).join(" ");
  const contacts = parseResumeHeader(header.replace(/\n/g, " "), resumeText, links, false);
  return {
    ...contacts,
    name: name ?? contacts.name,
    headline,
    location: location ?? contacts.location,
    summary: summary || null,
  };
}

/** Parses a header; `resumeText` is searched for contact details, `links` come from a Links section. */
export function parseResumeHeader(
  header: string,
  resumeText: string,
  links: string[] = [],
  byLine = true,
): PersonalInformation {
  if (byLine && header.trim().includes("\n")) return parseLineHeader(header, resumeText, links);
  const words = header.split(/\s+/).filter(Boolean);
  const repeat = repeatedPrefix(words);
  const headline = repeat > 0 ? words.slice(0, repeat).join(" ") : null;
  let location: string | null = null;
  let summaryStart = 0;
  for (const match of header.matchAll(CITY_STATE)) {
    if (!STATES.has(match[2])) continue;
    // "… - Bramblewood Health Columbus, OH": the city is the last word, or two or three for "Salt Lake City".
    const cityWords = match[1].split(/\s+/);
    let take = 1;
    while (
      take < Math.min(3, cityWords.length) &&
      (CITY_FIRST_WORDS.has(cityWords[cityWords.length - take - 1]) ||
        CITY_LAST_WORDS.test(cityWords[cityWords.length - take]))
    )
      take++;
    const city = cityWords.slice(-take).join(" ");
    location = `${city}, ${match[2]}`;
    summaryStart = (match.index ?? 0) + match[0].length;
    break;
  }
  if (location === null && repeat > 0) {
    // No location: the summary starts after the title and its highlighted copy.
    summaryStart = [...header.matchAll(/\S+/g)][2 * repeat]?.index ?? header.length;
  }
  const summary = header.slice(summaryStart).trim();
  const spans = detectPii(resumeText);
  const email = spans.find((span) => span.type === "email") ?? null;
  const phone = spans.find((span) => span.type === "phone") ?? null;
  const urls = spans
    .filter((span) => span.type === "url" || (span.type === "placeholder" && span.kind === "URL"))
    .map((span) => span.text);
  let name: string | null = null;
  for (const contact of [email, phone]) {
    if (!contact) continue;
    const candidate = NAME_BEFORE.exec(resumeText.slice(Math.max(0, contact.start - 50), contact.start))?.[1] ?? null;
    if (candidate && !NOT_NAME_WORDS.test(candidate)) {
      name = candidate;
      break;
    }
  }
  return {
    name,
    email: email?.text ?? null,
    phone: phone?.text ?? null,
    location,
    links: [...new Set([...links, ...urls])],
    headline,
    summary: summary || null,
  };
}
