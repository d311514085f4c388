/**
 * Parsing JobSpy's location text into city, region and ISO 3166-1 alpha-2 country, and the
 * country selection of `collect.countries`.
 *
 * JobSpy prints `city, state, country` and leaves out what it lacks: "Austin, TX" and "Austin,
 * TX, US" (Indeed's country code), "Toronto, ON, CA", "London, England, UK" (its own country
 * names), "Berlin, BE, DE", "Bengaluru, KA, IN", "Singapore, SG", "Remote, US", "United States".
 * With three parts the last is the country, so "CA" there is Canada and "IN" India. With two,
 * "City, XX" is read in order as a US state (the study's scrapes were US, and that is JobSpy's
 * commonest form), a country, then another country's region, unless the city settles it:
 * "Chennai, TN" is Tamil Nadu, "Berlin, BE" the Land Berlin, "Portland, OR" Oregon.
 * Leaves out: places not in countries.ts (their country is null, "cannot be told"), metro
 * areas ("San Francisco Bay Area"), and a lone city without region or country.
 */
import { Location } from "../schemas/job";
import { InputError } from "../util/input-error";
import { COUNTRIES, COUNTRY_CODES } from "./countries";

interface Region {
  country: string;
  code: string;
}

const COUNTRY_BY_NAME = new Map(COUNTRIES.flatMap((c) => c.names.map((name) => [name, c.code] as const)));
const REGIONS = new Map<string, Region[]>();
for (const country of COUNTRIES) {
  for (const [code, names] of Object.entries(country.regions ?? {})) {
    for (const key of [code.toLowerCase(), ...names])
      REGIONS.set(key, [...(REGIONS.get(key) ?? []), { country: country.code, code }]);
  }
}
const CITY_COUNTRY = new Map(COUNTRIES.flatMap((c) => (c.cities ?? []).map((city) => [city, c.code] as const)));
const PLACELESS = /^(?:remote|anywhere|worldwide|hybrid|on-?site|various locations|multiple locations)$/i;

/** The country a part names: a name, or (when codes are allowed) its two-letter code. */
function countryNamed(part: string, codes: boolean): string | null {
  const lower = part.toLowerCase();
  if (COUNTRY_BY_NAME.has(lower)) return COUNTRY_BY_NAME.get(lower)!;
  const upper = part.toUpperCase();
  return codes && /^[A-Z]{2}$/.test(upper) && COUNTRY_CODES.has(upper) ? upper : null;
}

/** "City, X": every reading of X, in order of preference, settled by the city when it can. */
function readPair(city: string | null, part: string): { country: string; state: string | null } | null {
  const regions = REGIONS.get(part.toLowerCase()) ?? [];
  const readings = [
    ...regions.filter((r) => r.country === "US").map((r) => ({ country: "US", state: r.code })),
    ...[countryNamed(part, true)].filter((c): c is string => c !== null).map((country) => ({ country, state: null })),
    ...regions.filter((r) => r.country !== "US").map((r) => ({ country: r.country, state: r.code })),
  ];
  if (readings.length === 0) return null;
  const byCity = city === null ? undefined : readings.find((r) => r.country === CITY_COUNTRY.get(city.toLowerCase()));
  // "Remote, CA": a placeholder city with a country is Indeed's remote posting in that country.
  const remote = city === null ? readings.find((r) => r.state === null) : undefined;
  return byCity ?? remote ?? readings[0];
}

/** Parses a location string; null for empty input. */
export function parseLocation(text: string | null): Location | null {
  const trimmed = text?.trim() ?? "";
  if (!trimmed) return null;
  const parts = trimmed
    .replace(/\((?:remote|hybrid|on-?site)\)/gi, "")
    .replace(/^(?:hybrid\s+)?remote\s+in\s+/i, "")
    .split(",")
    .map((part) => part.trim().replace(/^([A-Za-z]{2,3})\s+\d{5}(?:-\d{4})?$/, "$1")) // "TX 78701": the ZIP is not the region
    .filter(Boolean);
  const unknown: Location = { text: trimmed, city: null, state: null, country: null };
  if (parts.length === 0) return unknown;
  const city = parts.length >= 2 && !PLACELESS.test(parts[0]) ? parts[0] : null;
  const last = parts[parts.length - 1];
  if (parts.length >= 3) {
    const country = countryNamed(last, true);
    if (country !== null) {
      const region = parts[parts.length - 2];
      const known = (REGIONS.get(region.toLowerCase()) ?? []).find((r) => r.country === country);
      return { text: trimmed, city, state: known?.code ?? (PLACELESS.test(region) ? null : region), country };
    }
  }
  if (parts.length === 1) {
    if (PLACELESS.test(last)) return unknown;
    const country = countryNamed(last, false);
    if (country !== null) return { ...unknown, country };
  }
  const pair = readPair(city, last);
  return pair === null ? { ...unknown, city } : { text: trimmed, city, ...pair };
}

/**
 * Checks a `countries` setting: ISO 3166-1 alpha-2 codes the parser knows, upper-cased. Throws
 * with the fix for anything else ("UK" is "GB"), because an unknown code would silently match nothing.
 */
export function normalizeCountries(countries: readonly string[]): string[] {
  return countries.map((raw) => {
    const code = raw.trim().toUpperCase();
    if (COUNTRY_CODES.has(code)) return code;
    const named = COUNTRY_BY_NAME.get(raw.trim().toLowerCase());
    const hint = named ? `; ${JSON.stringify(raw)} is ${named}` : `; known: ${[...COUNTRY_CODES].sort().join(" ")}`;
    throw new InputError(
      `collect.countries: ${JSON.stringify(raw)} is not an ISO 3166-1 alpha-2 code the location parser knows${hint}`,
      { field: "collect.countries" },
    );
  });
}

/**
 * The country selection: `[]` keeps every posting; otherwise postings in a selected country and,
 * as the study's US filter did, those whose country cannot be told (no location, "Remote").
 */
export function inCountries(location: Location | null, countries: readonly string[]): boolean {
  return (
    countries.length === 0 || location === null || location.country === null || countries.includes(location.country)
  );
}
