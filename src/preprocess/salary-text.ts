/**
 * Pay from posting text: "$120,000 - $150,000 per year", "$45/hr", "120k-150k", "From $40.00 per
 * hour", "up to $95K annually"; and the JobSpy salary fields rendered as text.
 *
 * Follows: the forms JobSpy itself parses from descriptions (python-jobspy `extract_salary`:
 * `$` amounts with optional `k` and a per-hour/year/month suffix), widened to single amounts.
 * Never invents: the currency is USD only when a `$` (or "USD") is written, the interval only
 * when a per-period word is written; "120k-150k" alone gives min and max with null currency and
 * interval. Money that is plainly not pay (revenue "$25M", funding "$1 billion") is skipped.
 * Leaves out: other currencies' symbols, equity, bonuses stated as percentages.
 */
import { JobSalary } from "../schemas/job-details";
import { PayInterval } from "../schemas/job";

/** One amount; `n` names its groups (cur, int, cents, k, unit) so the two ends of a range differ. */
const amount = (n: number) =>
  String.raw`(?<cur${n}>(?:USD\s?)?\$|USD\s?)?\s?(?<int${n}>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<cents${n}>\d{1,2}))?(?:\s?(?<k${n}>[kK])\b)?(?!\d|,\d)` +
  String.raw`(?:\+?\s*(?:USD|US dollars)?\s*(?:per|an?|/|each)\s*(?<unit${n}>hour|hr|year|yr|annum|month|mo|week|wk|day)\b)?`;
const DASH = String.raw`\s*(?:-|–|—|to|and)\s*`;
/** "$45/hr", "$120,000 - $150,000 per year", "$114,000/year to $171,000/year", "$50 hourly". */
const RANGE_RE = new RegExp(
  `${amount(1)}(?:${DASH}${amount(2)})?(?:\\+?\\s*(?<adverb>hourly|annually|yearly|monthly|weekly|daily)\\b)?`,
  "g",
);
/** Words after an amount that say it is not pay. */
const NOT_PAY_AFTER =
  /^\+?\s*(?:[mMbB]\b|mm\b|million|billion|trillion|bn\b|in (?:revenue|funding|sales|assets)|(?:revenue|customers|users|employees)|(?:(?:annual|one-time|sign[- ]?on|signing|referral|relocation|tuition|education|learning|wellness|home office|professional development)\s+)?(?:bonus|stipend|reimbursement|allowance|credit|budget))/i;
/** Words before an amount that say it is pay (needed for amounts written without `$`). */
const PAY_BEFORE =
  /(?:salary|\bpay\b|compensation|\brange\b|\brate\b|wage|\bbase\b|\bearn|\bote\b|\bup to|\bfrom|starting at|between)[^.$\n]{0,40}$/i;

const INTERVAL_WORDS: Record<string, PayInterval> = {
  hour: "hourly",
  hr: "hourly",
  hourly: "hourly",
  year: "yearly",
  yr: "yearly",
  annum: "yearly",
  annually: "yearly",
  yearly: "yearly",
  month: "monthly",
  mo: "monthly",
  monthly: "monthly",
  week: "weekly",
  wk: "weekly",
  weekly: "weekly",
  day: "daily",
  daily: "daily",
};

function amountValue(whole: string, cents: string | undefined, k: string | undefined): number {
  const value = Number(whole.replace(/,/g, "")) + (cents ? Number(`0.${cents}`) : 0);
  return k ? value * 1000 : value;
}

/**
 * The pay amount or range in `text`, or null. An amount counts when it has a `$`, a `k` with a
 * range, or a pay word just before it; bare numbers ("5 years", "401(k)") never do. When several
 * count, the most pay-like wins (a range with a period over a lone "$1,000 bonus"), then the first.
 */
export function parseSalaryText(text: string): JobSalary | null {
  let best: { salary: JobSalary; score: number } | null = null;
  for (const match of text.matchAll(RANGE_RE)) {
    const whole = match[0];
    const g = match.groups ?? {};
    const start = match.index ?? 0;
    const after = text.slice(start + whole.length, start + whole.length + 40);
    if (NOT_PAY_AFTER.test(after)) continue;
    const isRange = g.int2 !== undefined;
    const hasDollar = Boolean(g.cur1 || g.cur2);
    const unit = g.unit2 ?? g.unit1;
    const adverb = g.adverb;
    const [k1, k2] = [g.k1, g.k2];
    const payContext = PAY_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    // "120k-150k" is pay-shaped on its own; a lone "120k" or "45" needs a `$` or a pay word.
    if (!hasDollar && !(isRange && (k1 || k2)) && !payContext) continue;
    if (!hasDollar && !k1 && !k2 && !unit && !adverb && !(payContext && isRange)) continue;
    let min = amountValue(g.int1, g.cents1, k1 ?? (isRange ? k2 : undefined));
    let max = isRange ? amountValue(g.int2, g.cents2, k2 ?? k1) : null;
    if (max !== null && max < min) [min, max] = [max, min];
    const interval = INTERVAL_WORDS[(unit ?? adverb ?? "").toLowerCase()] ?? null;
    if (interval === null && min < 1000 && !k1 && !k2 && !payContext) continue; // "$5 gift card", not pay
    const score = (isRange ? 2 : 0) + (interval ? 2 : 0) + (payContext ? 1 : 0) + (hasDollar ? 1 : 0);
    if (best !== null && score <= best.score) continue;
    const upTo = !isRange && /\bup to\s*$/i.test(text.slice(Math.max(0, start - 8), start));
    best = {
      score,
      salary: {
        min: upTo ? null : min,
        max: upTo ? min : max,
        currency: hasDollar ? "USD" : null,
        interval,
        text: whole.trim(),
      },
    };
  }
  return best?.salary ?? null;
}

const INTERVAL_TEXT: Record<PayInterval, string> = {
  yearly: "per year",
  monthly: "per month",
  weekly: "per week",
  daily: "per day",
  hourly: "per hour",
};

function formatAmount(value: number, currency: string | null): string {
  const digits = Number.isInteger(value)
    ? value.toLocaleString("en-US")
    : value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return currency === "USD" ? `$${digits}` : currency ? `${digits} ${currency}` : digits;
}

/** Renders a salary's numbers as text ("$95,000 - $120,000 per year"), for JobSpy-field salaries. */
export function formatSalary(salary: Pick<JobSalary, "min" | "max" | "currency" | "interval">): string | null {
  const { min, max, currency, interval } = salary;
  if (min === null && max === null) return null;
  const amounts =
    min !== null && max !== null && min !== max
      ? `${formatAmount(min, currency)} - ${formatAmount(max, currency)}`
      : formatAmount((min ?? max) as number, currency);
  return interval ? `${amounts} ${INTERVAL_TEXT[interval]}` : amounts;
}
