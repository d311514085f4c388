/**
 * Phone numbers in free text, with their spans: formatted North American numbers ("(555)
 * 010-1234", "555.010.1234"), international ones ("+1 555 010 1234", "+91 98765 43210", "+44 20
 * 7946 0958"), national trunk-prefix ones ("020 7946 0958", "07700 900123"), a bare 10-digit
 * number that can be dialled (a valid North American number or an Indian mobile), a bare
 * 7-digit local number written with a dash or space ("555-0142"), and any 7 or 10 digits after
 * a phone label ("Tel: 5550101234").
 *
 * What keeps years, ranges, versions, salaries and ZIP codes out: digits next to other digits,
 * letters, dots or commas never start or end a number; money signs and codes before, and units
 * after ("%", "USD", "employees", "lakh"), rule a number out; a bare 10-digit number must be
 * dialable (so "1234567890", timestamps and ids such as "5550101234" are not); a bare 7-digit
 * number needs a dash or a space, and a space-separated one may not end in a year ("300 2019").
 * An international number is cut back to its country's length ("+44 20 7946 0958 2015" keeps
 * no year). Leaves out: "00" international prefixes, extensions, unlabelled 7 digits without a
 * separator ("5550142" is as likely a count), numbers with two separators between groups.
 */
import { PiiSpan } from "../schemas/persona";

/** Before a number: no digit, letter or number punctuation, no money sign or code. */
const BEFORE = String.raw`(?<![\w+$€£₹¥#/.,:-])(?<!(?:\$|€|£|₹|Rs\.?|INR|USD|EUR|GBP|CTC|ISBN(?:-1[03])?:?)\s?)`;
/** After a number: no more digits or word, no decimal part, no unit or currency. */
const AFTER = String.raw`(?![\w%/-]|[.,]\d)(?!\s*(?:%|\+|[kKmM]\b|USD|INR|EUR|GBP|dollars|rupees|lakhs?|crores?|million|billion|per\b|employees|people|users|customers|members|hours|hrs|records|rows|units|students|patients|servers|nodes|transactions|tickets|calls|sq))`;

const FORMATTED = new RegExp(
  String.raw`(?<![\w+/-])(?:1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])`,
  "g",
);
const INTERNATIONAL = /(?<![\w+])\+(?:\d{1,3}|\(\d{1,3}\))(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\w])/g;
const NATIONAL = new RegExp(`${BEFORE}0\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}${AFTER}`, "g");
const BARE_TEN = new RegExp(`${BEFORE}\\d{10}${AFTER}`, "g");
const BARE_SEVEN = new RegExp(
  `${BEFORE}(?<!\\d[\\s-])[2-9]\\d{2}(?:-\\d{4}|\\s(?!19\\d\\d|20\\d\\d)\\d{4})${AFTER}(?![\\s-]\\d)`,
  "g",
);
const LABELLED =
  /(?<=\b(?:tel|phone|cell|mobile|mob|ph|contact)\.?\s*(?:no\.?|number|#)?\s*[:\-]?\s*)\d{7}(?:\d{3})?(?!\d)/gi;

/** Digits a full international number has, by country code (E.164 allows up to 15). */
const INTERNATIONAL_DIGITS: Record<string, number> = {
  "1": 11,
  "44": 12,
  "91": 12,
  "65": 10,
  "61": 11,
  "33": 11,
  "49": 13,
  "86": 13,
  "81": 12,
};

/** A North American number (area and exchange codes start 2-9) or an Indian mobile (starts 6-9). */
function dialable(digits: string): boolean {
  return /^[2-9]\d{2}[2-9]\d{6}$/.test(digits) || /^[6-9]\d{9}$/.test(digits);
}

/** "+44 20 7946 0958 2015": cut trailing digit groups past the country's length. */
function trimInternational(value: string): string | null {
  const groups = [...value.matchAll(/\d+/g)];
  const digits = groups.map((g) => g[0]).join("");
  const code = Object.keys(INTERNATIONAL_DIGITS).find((c) => digits.startsWith(c) && groups[0][0].length === c.length);
  const max = code ? INTERNATIONAL_DIGITS[code] : 15;
  let count = digits.length;
  let last = groups.length - 1;
  while (count > max && last > 0) count -= groups[last--][0].length;
  if (count < 8) return null;
  return value.slice(0, groups[last].index! + groups[last][0].length);
}

export function detectPhones(text: string): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const add = (start: number, value: string) =>
    spans.push({ type: "phone", kind: "PHONE", start, end: start + value.length, text: value });
  for (const match of text.matchAll(INTERNATIONAL)) {
    const value = trimInternational(match[0]);
    if (value !== null) add(match.index!, value);
  }
  for (const regex of [FORMATTED, LABELLED, BARE_SEVEN]) {
    for (const match of text.matchAll(regex)) add(match.index!, match[0]);
  }
  for (const match of text.matchAll(NATIONAL)) {
    const digits = match[0].replace(/\D/g, "").length;
    if (digits === 10 || digits === 11) add(match.index!, match[0]);
  }
  for (const match of text.matchAll(BARE_TEN)) if (dialable(match[0])) add(match.index!, match[0]);
  return spans;
}
