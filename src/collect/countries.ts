/**
 * The place names the location parser knows: countries by ISO 3166-1 alpha-2 code with the names
 * JobSpy and the job sites print, and for the countries the study's users scrape most (US, Canada,
 * UK, Germany, India, Australia) their regions by code and name plus a few large cities, used
 * only to settle a code that could be two things ("Berlin, BE": Berlin state, not Belgium).
 *
 * Follows: JobSpy's `Country` enum (the countries Indeed and Glassdoor serve) and the regions
 * Indeed prints (`admin1Code`: "KA", "BE", "ON", "ENG"). Leaves out: countries JobSpy does not
 * scrape, regions of the other countries (their 3-part locations still carry the country).
 */

export interface CountryInfo {
  code: string;
  /** Lower-case names and aliases, including how JobSpy prints it ("usa", "uk", "germany"). */
  names: string[];
  /** Region code (upper case) -> lower-case name(s), the first being the usual one. */
  regions?: Record<string, string[]>;
  /** Lower-case large cities, only to settle an ambiguous "City, XX". */
  cities?: string[];
}

export const COUNTRIES: CountryInfo[] = [
  {
    code: "US", names: ["us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "america"],
    regions: {
      AL: ["alabama"], AK: ["alaska"], AZ: ["arizona"], AR: ["arkansas"], CA: ["california"], CO: ["colorado"], CT: ["connecticut"],
      DE: ["delaware"], FL: ["florida"], GA: ["georgia"], HI: ["hawaii"], ID: ["idaho"], IL: ["illinois"], IN: ["indiana"], IA: ["iowa"],
      KS: ["kansas"], KY: ["kentucky"], LA: ["louisiana"], ME: ["maine"], MD: ["maryland"], MA: ["massachusetts"], MI: ["michigan"],
      MN: ["minnesota"], MS: ["mississippi"], MO: ["missouri"], MT: ["montana"], NE: ["nebraska"], NV: ["nevada"], NH: ["new hampshire"],
      NJ: ["new jersey"], NM: ["new mexico"], NY: ["new york"], NC: ["north carolina"], ND: ["north dakota"], OH: ["ohio"], OK: ["oklahoma"],
      OR: ["oregon"], PA: ["pennsylvania"], RI: ["rhode island"], SC: ["south carolina"], SD: ["south dakota"], TN: ["tennessee"],
      TX: ["texas"], UT: ["utah"], VT: ["vermont"], VA: ["virginia"], WA: ["washington"], WV: ["west virginia"], WI: ["wisconsin"],
      WY: ["wyoming"], DC: ["district of columbia", "washington dc", "washington d.c."], PR: ["puerto rico"],
    },
  },
  {
    code: "CA", names: ["canada"],
    regions: {
      AB: ["alberta"], BC: ["british columbia"], MB: ["manitoba"], NB: ["new brunswick"], NL: ["newfoundland and labrador", "newfoundland"],
      NS: ["nova scotia"], NT: ["northwest territories"], NU: ["nunavut"], ON: ["ontario"], PE: ["prince edward island"],
      QC: ["quebec", "québec"], SK: ["saskatchewan"], YT: ["yukon"],
    },
    cities: ["toronto", "montreal", "montréal", "vancouver", "calgary", "ottawa", "edmonton", "winnipeg", "waterloo", "mississauga", "halifax", "st. john's", "victoria"],
  },
  {
    code: "GB", names: ["uk", "u.k.", "united kingdom", "great britain", "britain", "gb"],
    regions: { ENG: ["england"], SCT: ["scotland"], WLS: ["wales"], NIR: ["northern ireland"] },
    cities: ["london", "manchester", "birmingham", "edinburgh", "glasgow", "leeds", "bristol", "cambridge", "oxford", "belfast", "cardiff", "reading"],
  },
  {
    code: "DE", names: ["germany", "deutschland"],
    regions: {
      BW: ["baden-württemberg", "baden-wurttemberg"], BY: ["bavaria", "bayern"], BE: ["berlin"], BB: ["brandenburg"], HB: ["bremen"],
      HH: ["hamburg"], HE: ["hesse", "hessen"], MV: ["mecklenburg-vorpommern"], NI: ["lower saxony", "niedersachsen"],
      NW: ["north rhine-westphalia", "nordrhein-westfalen"], RP: ["rhineland-palatinate", "rheinland-pfalz"], SL: ["saarland"],
      SN: ["saxony", "sachsen"], ST: ["saxony-anhalt", "sachsen-anhalt"], SH: ["schleswig-holstein"], TH: ["thuringia", "thüringen"],
    },
    cities: ["berlin", "munich", "münchen", "hamburg", "frankfurt", "frankfurt am main", "cologne", "köln", "stuttgart", "düsseldorf", "dusseldorf", "leipzig", "dresden"],
  },
  {
    code: "IN", names: ["india", "bharat"],
    regions: {
      AP: ["andhra pradesh"], AS: ["assam"], BR: ["bihar"], CH: ["chandigarh"], CT: ["chhattisgarh"], DL: ["delhi", "new delhi"], GA: ["goa"],
      GJ: ["gujarat"], HR: ["haryana"], HP: ["himachal pradesh"], JK: ["jammu and kashmir"], JH: ["jharkhand"], KA: ["karnataka"],
      KL: ["kerala"], MP: ["madhya pradesh"], MH: ["maharashtra"], OR: ["odisha", "orissa"], OD: ["odisha"], PB: ["punjab"],
      RJ: ["rajasthan"], TN: ["tamil nadu"], TG: ["telangana"], TS: ["telangana"], UP: ["uttar pradesh"], UK: ["uttarakhand"], UT: ["uttarakhand"],
      WB: ["west bengal"],
    },
    cities: ["bengaluru", "bangalore", "mumbai", "delhi", "new delhi", "hyderabad", "chennai", "pune", "kolkata", "gurugram", "gurgaon", "noida", "ahmedabad", "kochi", "jaipur"],
  },
  {
    code: "AU", names: ["australia"],
    regions: { NSW: ["new south wales"], VIC: ["victoria"], QLD: ["queensland"], WA: ["western australia"], SA: ["south australia"], TAS: ["tasmania"], ACT: ["australian capital territory"], NT: ["northern territory"] },
    cities: ["sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra"],
  },
  { code: "SG", names: ["singapore"], cities: ["singapore"] },
  ...([
    ["AR", "argentina"], ["AT", "austria", "österreich"], ["BH", "bahrain"], ["BE", "belgium", "belgique", "belgië"], ["BR", "brazil", "brasil"],
    ["CL", "chile"], ["CN", "china"], ["CO", "colombia"], ["CR", "costa rica"], ["CZ", "czech republic", "czechia"], ["DK", "denmark"],
    ["EC", "ecuador"], ["EG", "egypt"], ["FI", "finland"], ["FR", "france"], ["GR", "greece"], ["HK", "hong kong"], ["HU", "hungary"],
    ["ID", "indonesia"], ["IE", "ireland"], ["IL", "israel"], ["IT", "italy", "italia"], ["JP", "japan"], ["KW", "kuwait"],
    ["LU", "luxembourg"], ["MY", "malaysia"], ["MX", "mexico", "méxico"], ["MA", "morocco"], ["NL", "netherlands", "the netherlands", "nederland"],
    ["NZ", "new zealand"], ["NG", "nigeria"], ["NO", "norway"], ["OM", "oman"], ["PK", "pakistan"], ["PA", "panama"], ["PE", "peru"],
    ["PH", "philippines"], ["PL", "poland"], ["PT", "portugal"], ["QA", "qatar"], ["RO", "romania"], ["SA", "saudi arabia"],
    ["ZA", "south africa"], ["KR", "south korea", "korea"], ["ES", "spain", "españa"], ["SE", "sweden"], ["CH", "switzerland", "schweiz", "suisse"],
    ["TW", "taiwan"], ["TH", "thailand"], ["TR", "turkey", "türkiye"], ["UA", "ukraine"], ["AE", "united arab emirates", "uae"],
    ["UY", "uruguay"], ["VE", "venezuela"], ["VN", "vietnam"],
  ] as string[][]).map(([code, ...names]): CountryInfo => ({ code, names })),
];

export const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRIES.map((country) => country.code));
