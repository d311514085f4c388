/**
 * Parsing JobSpy's location text ("Nashville, TN", "Remote, US", "Toronto, ON, Canada",
 * "United States") to decide the study's US filter.
 *
 * JobSpy writes `city, state[, country]`; US rows usually omit the country. A location is US
 * when its last part is a US state (code or name) or names the US; it is non-US when its last
 * part names another country (or a Canadian province); otherwise the country is unknown
 * (null) and the US filter keeps the row: we cannot tell, and the scrape itself was US-only.
 */
import { Location } from "../schemas/job";

const US_STATES: Record<string, string> = {
  AL: "alabama", AK: "alaska", AZ: "arizona", AR: "arkansas", CA: "california", CO: "colorado",
  CT: "connecticut", DE: "delaware", FL: "florida", GA: "georgia", HI: "hawaii", ID: "idaho",
  IL: "illinois", IN: "indiana", IA: "iowa", KS: "kansas", KY: "kentucky", LA: "louisiana",
  ME: "maine", MD: "maryland", MA: "massachusetts", MI: "michigan", MN: "minnesota",
  MS: "mississippi", MO: "missouri", MT: "montana", NE: "nebraska", NV: "nevada",
  NH: "new hampshire", NJ: "new jersey", NM: "new mexico", NY: "new york", NC: "north carolina",
  ND: "north dakota", OH: "ohio", OK: "oklahoma", OR: "oregon", PA: "pennsylvania",
  RI: "rhode island", SC: "south carolina", SD: "south dakota", TN: "tennessee", TX: "texas",
  UT: "utah", VT: "vermont", VA: "virginia", WA: "washington", WV: "west virginia",
  WI: "wisconsin", WY: "wyoming", DC: "district of columbia", PR: "puerto rico",
};
const STATE_BY_NAME = new Map(Object.entries(US_STATES).map(([code, name]) => [name, code]));
const US_NAMES = new Set(["us", "usa", "u.s.", "u.s.a.", "united states", "united states of america"]);
const CANADIAN_PROVINCES = new Set(["ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt"]);
const OTHER_COUNTRIES: Record<string, string> = {
  canada: "Canada", ca: "Canada", uk: "United Kingdom", "united kingdom": "United Kingdom", gb: "United Kingdom",
  england: "United Kingdom", scotland: "United Kingdom", ireland: "Ireland", ie: "Ireland", india: "India",
  in: "India", germany: "Germany", de: "Germany", france: "France", fr: "France", mexico: "Mexico", mx: "Mexico",
  australia: "Australia", au: "Australia", singapore: "Singapore", netherlands: "Netherlands",
  spain: "Spain", poland: "Poland", brazil: "Brazil", philippines: "Philippines", japan: "Japan",
};

/** Parses a location string; null for empty input. */
export function parseLocation(text: string | null): Location | null {
  const trimmed = text?.trim() ?? "";
  if (!trimmed) return null;
  const parts = trimmed.split(",").map((part) => part.trim()).filter(Boolean);
  const last = (parts[parts.length - 1] ?? "").toLowerCase();
  const city = parts.length >= 2 ? parts[0] : null;
  // "Toronto, ON, CA": with three parts the middle one is a region, and "CA" is Canada, not California.
  if (parts.length >= 3 && US_NAMES.has(last)) return { text: trimmed, city, state: stateCode(parts[1]), country: "US" };
  if (parts.length >= 3 && OTHER_COUNTRIES[last]) return { text: trimmed, city, state: null, country: OTHER_COUNTRIES[last] };
  if (US_NAMES.has(last)) return { text: trimmed, city: parts.length >= 2 ? parts[0] : null, state: null, country: "US" };
  const state = stateCode(parts[parts.length - 1]);
  if (state) return { text: trimmed, city, state, country: "US" };
  if (CANADIAN_PROVINCES.has(last) && parts.length >= 2) return { text: trimmed, city, state: null, country: "Canada" };
  if (OTHER_COUNTRIES[last] && last.length > 2) return { text: trimmed, city, state: null, country: OTHER_COUNTRIES[last] };
  return { text: trimmed, city, state: null, country: null };
}

function stateCode(part: string): string | null {
  const upper = part.trim().toUpperCase();
  if (US_STATES[upper]) return upper;
  return STATE_BY_NAME.get(part.trim().toLowerCase()) ?? null;
}

/** The study's US filter: keep US rows and rows whose country cannot be told. */
export function passesUsFilter(location: Location | null): boolean {
  return location === null || location.country === null || location.country === "US";
}
