// The numeric claims of a text (money, percentages, dates, durations, other numbers), each with
// a key that ignores how it was written: "1,000", "1000" and "1k" are all 1000; "Jan 2020",
// "January, 2020", "01/2020" and "2020-01" are all 2020-01; "4 months", "four-month" are "4 month".
//
// Kinds are found in that order and a character belongs to one mention only, so the 2020 of
// "January 2020" is a date, not also a number. Years are 1950-2039 standing alone. Not numbers:
// digits inside words (EC2, 2008R2), "24/7" and "24x7", and list markers ("1." at a line's start).
// Leaves out: spelled-out numbers except in durations, ranges as one claim ("2007-2011" is two
// years), currencies told apart ($40 and EUR 40 are both 40), relative dates ("last year").

export type NumericType = "money" | "percent" | "date" | "duration" | "number";

export interface NumericMention {
  type: NumericType;
  text: string;
  start: number;
  end: number;
  /** Comparable form: the value ("1000"), "2020-01" / "2020" for dates, "4 month" for durations. */
  key: string;
  /** The number itself (the year for dates), to support a bare number claim. */
  value: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORDS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const UNITS: Record<string, string> = {
  year: "year",
  yr: "year",
  month: "month",
  mo: "month",
  week: "week",
  wk: "week",
  day: "day",
  hour: "hour",
  hr: "hour",
};
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  x: 1,
};

const AMOUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}.,/])`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}]|[.,/]\d)`;
const PATTERNS: { type: NumericType; pattern: RegExp }[] = [
  {
    type: "money",
    pattern: new RegExp(
      String.raw`(?:[$€£]|\b(?:USD|EUR|GBP)\s?)\s?${AMOUNT}(?:\s?(k|mm|m|bn|b|thousand|million|billion)\b)?\+?`,
      "giu",
    ),
  },
  { type: "percent", pattern: new RegExp(String.raw`${NOT_AFTER}${AMOUNT}\s?(?:%|percent\b|per cent\b)`, "giu") },
  {
    type: "date",
    // A month is a whole word or its abbreviation: "Marketing, 2019" is no March, "Novell 2008" no November.
    pattern: new RegExp(
      String.raw`\b(${MONTH_WORDS})\b\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b` +
        String.raw`|${NOT_AFTER}(0?[1-9]|1[0-2])[/.-]((?:19|20)\d\d)${NOT_BEFORE}` +
        // ISO 8601 ("2016-06", "2016-06-01"): how structured outputs (and JSON Resume) write dates.
        String.raw`|${NOT_AFTER}((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?${NOT_BEFORE}` +
        String.raw`|${NOT_AFTER}((?:19[5-9]|20[0-3])\d)(?![\p{L}\p{N}%]|[.,]\d)`,
      "giu",
    ),
  },
  {
    type: "duration",
    pattern: new RegExp(
      String.raw`${NOT_AFTER}(\d+(?:\.\d+)?|${NUMBER_WORDS.join("|")})\+?(?:\s+plus)?[\s-]*(year|yr|month|mo|week|wk|day|hour|hr)s?\b`,
      "giu",
    ),
  },
  {
    type: "number",
    pattern: new RegExp(
      String.raw`${NOT_AFTER}${AMOUNT}\+?(?:\s?(k|mm|m|bn|million|billion|thousand)\b|(x)\b)?${NOT_BEFORE}`,
      "giu",
    ),
  },
];

/** Every numeric mention of a text, in order of position. */
export function findNumericMentions(text: string): NumericMention[] {
  const taken = new Uint8Array(text.length);
  const mentions: NumericMention[] = [];
  for (const { type, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index as number;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((flag) => flag === 1)) continue;
      const mention = readMention(type, match, text, start);
      if (!mention) continue;
      taken.fill(1, start, end);
      mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function readMention(type: NumericType, match: RegExpMatchArray, text: string, start: number): NumericMention | null {
  const base = { type, text: match[0].trim(), start, end: start + match[0].length };
  if (type === "date") {
    const [, month, year, monthNumber, yearOfNumber, isoYear, isoMonth, bareYear] = match;
    if (bareYear) return { ...base, key: bareYear, value: Number(bareYear) };
    const y = year ?? yearOfNumber ?? isoYear;
    const m = month ? MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1 : Number(monthNumber ?? isoMonth);
    return { ...base, key: `${y}-${String(m).padStart(2, "0")}`, value: Number(y) };
  }
  if (type === "duration") {
    const [, amount, unit] = match;
    const word = NUMBER_WORDS.indexOf(amount.toLowerCase());
    const value = word >= 0 ? word : Number(amount);
    return { ...base, key: `${value} ${UNITS[unit.toLowerCase()]}`, value };
  }
  const [, whole, fraction, scale, times] = match;
  // "1." or "2)" opening a line is a list marker, not a claim.
  if (type === "number" && /^[ \t]*$/.test(lineBefore(text, start)) && /^[.)]/.test(text.slice(base.end))) return null;
  const value = readAmount(whole, fraction, scale ?? times);
  return { ...base, key: String(value), value };
}

function readAmount(whole: string, fraction: string | undefined, scale: string | undefined): number {
  const number = Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`);
  // Rounded to 12 significant digits so 1.1k and 1100 compare equal despite binary fractions.
  return Number((number * (scale ? SCALE[scale.toLowerCase()] : 1)).toPrecision(12));
}

function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
}
