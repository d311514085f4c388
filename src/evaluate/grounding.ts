// Grounded hallucination: every checkable claim of an output (claims.ts) traced to its evidence,
// with a verdict, and the share of claims the model invented, in [0, 1]. The study's
// "hallucination" (JA / UP) is unbounded and rewards copying the job ad; this counts invented
// facts instead, and keeps them apart from facts the pipeline handed the model.
//
// Verdicts, tried in order:
// - supported: the source resume states it (claim-trace.ts has the rules per type);
// - input_only: the resume does not, but the model's input does (a persona, extracted sections,
//   job details: what the pipeline gave the model, so not the model's own invention);
// - unsupported: neither does; the model's own invention.
// `inJob` says whether the job ad states the claim too (evidence then quotes the job ad when
// nothing else supports it): pasted job-ad skills are visible whatever the verdict.
// Locality: a date, a title or a degree is supported only inside the same entry. The output is
// cut into entries (claim-entries.ts) with its employers and schools as anchors; a date, title or
// degree written in an entry that names an employer or school (a degree: a school) must stand in
// the source entry (or entries) where that employer or school stands, so a real date moved to another job, a real year
// under an invented school, or the persona's "Bachelor of Science, Berkeley" beside the resume's
// own B.Sc. from another school, is not supported. In an entry without an anchor (a summary, a
// project) it may stand anywhere (dates: only in context, claim-date-context.ts). When none of
// an entry's schools or employers stands in the source and the entry holds a degree, its source
// entry is the one holding the same degree, its field of study (the entry's degree must name
// one) and every date of the entry (it must have one): a real degree written
// under the persona's school keeps its degree and dates (the school itself is input_only), while
// the persona's own degree and years match no source entry. Employers, schools and everything
// else may stand anywhere.
// Claims: one per type, key and output entry. A value repeated within an entry is one claim (a
// long bullet list cannot dilute the share); repeated in another entry it is another fact, checked
// there (the end year of an invented job, a real title under an invented employer).
// Values may be section objects, lists or strings (JSON text too): all are compared as plain
// section text (plain-text.ts). With no claims the shares are null, not 0: nothing was checked.
// Leaves out: whether a supported claim is used truthfully (a real employer with an invented
// project).

import { Claim, claimIdentity, CLAIM_TYPES, ClaimType, extractClaims } from "./claims";
import { entryAt, Span, splitEntries } from "./claim-entries";
import { contextStems, rangeOf, traceDateInContext } from "./claim-date-context";
import { findName, prepareTrace, traceIn, TraceText } from "./claim-trace";
import { findNamedClaims, nameKey, NamedMention } from "./named-claims";
import type { NumericMention } from "./numeric-claims";
import { sectionsToPlainText } from "./plain-text";
import type { Found } from "../lexicon/match-text";
import type { Evidence, Verdict } from "../schemas/claims";

export type { Evidence, Verdict } from "../schemas/claims";
export { VERDICTS } from "../schemas/claims";
type EvidenceSource = Evidence["where"];

export interface GroundedClaim {
  type: ClaimType;
  text: string;
  /** [start, end) in the output's plain text. */
  span: [number, number];
  verdict: Verdict;
  /** verdict === "supported". */
  supported: boolean;
  inJob: boolean;
  evidence: Evidence | null;
}

export interface ClaimCounts {
  claims: number;
  unsupported: number;
  /** Absent where a pooled report is rebuilt from scores that do not keep it (the figures). */
  inputOnly?: number;
}

/** The pooled shape the claim figures read. */
export interface GroundingReport {
  claims: GroundedClaim[];
  counts: ClaimCounts;
  /** Unsupported claims / claims, in [0, 1]; null when the output makes no checkable claim. */
  unsupportedShare: number | null;
  /** Counts per claim type, every type present (zeros included) in CLAIM_TYPES order. */
  byType: Record<ClaimType, ClaimCounts>;
}

/** One output's claims with verdicts and evidence. */
export interface ClaimReport extends GroundingReport {
  /** The output as plain text: what claim spans point into. */
  outputText: string;
  counts: Required<ClaimCounts>;
  /** Input-only claims / claims, in [0, 1]; null without claims. */
  inputOnlyShare: number | null;
  byType: Record<ClaimType, Required<ClaimCounts>>;
}

export interface GroundOptions {
  /** What the model was given besides the resume (persona, extracted sections, job details). */
  input?: unknown;
  /** The job ad, for `inJob`. */
  job?: unknown;
  /** Read the output as a skill list (a skills section): every item is a claim. */
  skillList?: boolean;
}

const LOCAL_TYPES: ReadonlySet<ClaimType> = new Set(["date", "title", "degree"]);
const ANCHOR_TYPES: ReadonlySet<string> = new Set(["organization", "institution"]);

/** A source text cut into entries, each indexed on first use. */
interface Source {
  whole: TraceText;
  /** Its dates (versions left out), for dates outside anchored entries. */
  contextSource: { text: string; index: TraceText["index"]; dates: NumericMention[] };
  anchors: NamedMention[];
  entries: Span[];
  parts: Map<number, TraceText>;
}

/** Traces every claim of `output` to `source` (the resume), then to the model's input and the job ad. */
export function groundClaims(output: unknown, source: unknown, options: GroundOptions = {}): ClaimReport {
  const outputText = sectionsToPlainText(output);
  const resume = preparedSource(sectionsToPlainText(source));
  const input = options.input === undefined ? null : preparedSource(sectionsToPlainText(options.input));
  const job = options.job === undefined ? null : preparedSource(sectionsToPlainText(options.job)).whole;
  const outputNamed = findNamedClaims(outputText);
  const outputAnchors = outputNamed.filter((mention) => ANCHOR_TYPES.has(mention.type));
  const outputDegrees = outputNamed.filter((mention) => mention.type === "degree");
  const outputEntries = splitEntries(outputText, outputAnchors, outputDegrees);
  const seen = new Set<string>();
  const all = extractClaims(outputText, { skillList: options.skillList ?? false, each: true });
  const dates = all.filter((claim) => claim.type === "date");
  const claims = all.flatMap((claim): GroundedClaim[] => {
    const at = entryAt(outputEntries, claim.start);
    const id = `${at}\u0000${claimIdentity(claim)}`;
    if (seen.has(id)) return [];
    seen.add(id);
    const entry = outputEntries[at];
    // A degree is local to a school only ("completed an MBA" under an employer is not that job's).
    const anchors = !LOCAL_TYPES.has(claim.type)
      ? []
      : outputAnchors.filter(
          (anchor) =>
            anchor.start >= entry.start &&
            anchor.end <= entry.end &&
            (claim.type !== "degree" || anchor.type === "institution"),
        );
    const context = claim.type === "date" && anchors.length === 0 ? dateContext(outputText, claim, dates) : null;
    const inEntry = all.filter((other) => other.start >= entry.start && other.end <= entry.end);
    const degree = anchors.length > 0 ? inEntry.find((other) => other.type === "degree" && other.field) : undefined;
    const entryDates = inEntry.filter((other) => other.type === "date");
    const swapped = degree && entryDates.length > 0 ? { degree, dates: entryDates } : null;
    const inResume = context ? traceInContext(claim, resume, context) : traceLocal(claim, resume, anchors, swapped);
    const inInput =
      inResume || !input
        ? null
        : context
          ? traceInContext(claim, input, context)
          : traceLocal(claim, input, anchors, swapped);
    const inJob = job ? traceIn(claim, job) : null;
    const verdict: Verdict = inResume ? "supported" : inInput ? "input_only" : "unsupported";
    const evidence = inResume
      ? asEvidence(inResume, "resume")
      : inInput
        ? asEvidence(inInput, "input")
        : inJob
          ? asEvidence(inJob, "job")
          : null;
    return [
      {
        type: claim.type,
        text: claim.text,
        span: [claim.start, claim.end],
        verdict,
        supported: verdict === "supported",
        inJob: inJob !== null,
        evidence,
      },
    ];
  });
  return report(outputText, claims);
}

/** The claims of `output` that `source` does not support, in order of appearance. */
export function unsupportedClaims(output: unknown, source: unknown, options: GroundOptions = {}): GroundedClaim[] {
  return groundClaims(output, source, options).claims.filter((claim) => claim.verdict === "unsupported");
}

// An evaluation checks seven sections of one resume against one job, for every system: the
// indexed resume and job ad are kept for the last few texts instead of rebuilt each time.
const RECENT = new Map<string, Source>();
const RECENT_SIZE = 8;

function preparedSource(text: string): Source {
  const kept = RECENT.get(text);
  if (kept) {
    RECENT.delete(text);
    RECENT.set(text, kept);
    return kept;
  }
  const source = prepareSource(text);
  RECENT.set(text, source);
  if (RECENT.size > RECENT_SIZE) RECENT.delete(RECENT.keys().next().value as string);
  return source;
}

function prepareSource(text: string): Source {
  const whole = prepareTrace(text);
  const anchors = whole.named.filter((mention) => ANCHOR_TYPES.has(mention.type));
  const degrees = whole.named.filter((mention) => mention.type === "degree");
  const contextSource = { text, index: whole.index, dates: whole.numeric.filter((mention) => mention.type === "date") };
  return { whole, contextSource, anchors, entries: splitEntries(text, anchors, degrees), parts: new Map() };
}

// A local claim under anchors: only in the source entries where one of the anchors stands.
function traceLocal(
  claim: Claim,
  source: Source,
  anchors: readonly NamedMention[],
  swapped: SwappedSchool | null = null,
): Found | null {
  if (anchors.length === 0) return traceIn(claim, source.whole);
  const entries = new Set<number>();
  for (const anchor of anchors) {
    for (const place of findName(nameKey(anchor.type, anchor.text), source.whole))
      entries.add(entryAt(source.entries, place.start));
  }
  if (entries.size === 0 && swapped) {
    // No anchor of the entry stands in the source: a school swapped for another (the persona's)
    // leaves the rest of a real degree entry true. The entry is then the source entry holding
    // the same degree (kind and field: a bare "Master of Science, 2011" is too common to tell)
    // and every date of the output entry.
    source.entries.forEach((_, i) => {
      const part = partOf(source, i);
      if (traceIn(swapped.degree, part) && swapped.dates.every((date) => traceIn(date, part))) entries.add(i);
    });
  }
  for (const i of [...entries].sort((a, b) => a - b)) {
    const found = traceIn(claim, partOf(source, i));
    if (found) return found;
  }
  return null;
}

/** An education entry's degree and dates, to find its source entry when its school is not there. */
interface SwappedSchool {
  degree: Claim;
  dates: Claim[];
}

/** What a date outside an anchored entry must stand with in the source (claim-date-context.ts). */
interface DateContext {
  stems: ReadonlySet<string>;
  range: { first: boolean; partner: Claim | "present" } | null;
}

function dateContext(text: string, claim: Claim, dates: readonly Claim[]): DateContext {
  const lineStart = text.lastIndexOf("\n", claim.start - 1) + 1;
  const lineEnd = text.indexOf("\n", claim.end);
  const stems = new Set(contextStems(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)));
  // A line without a content word takes the nearest line above that has one: a project's name
  // over a line holding only its dates (not only inside the entry: a date line heads an entry).
  for (let end = lineStart - 1; stems.size === 0 && end > 0;) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const above = contextStems(text.slice(start, end));
    if (above.size > 0) {
      for (const stem of above) stems.add(stem);
      break;
    }
    end = start - 1;
  }
  return { stems, range: rangeOf(text, dates, claim) };
}

function sameDate(claim: Claim): (mention: NumericMention) => boolean {
  return claim.key.includes("-")
    ? (mention) => mention.type === "date" && mention.key === claim.key
    : (mention) => mention.type === "date" && mention.value === claim.value;
}

function traceInContext(claim: Claim, source: Source, context: DateContext): Found | null {
  const { range } = context;
  const partner = range === null ? null : range.partner === "present" ? "present" : sameDate(range.partner);
  // Month and year at both ends ("February 2016 to January 2017", "May 2015 - Present"): the same
  // range in the source is no coincidence, whatever the words around it (a job recast as a project).
  const exact =
    claim.key.includes("-") && (range?.partner === "present" || (range?.partner.key.includes("-") ?? false));
  const found = traceDateInContext(
    source.contextSource,
    sameDate(claim),
    range && partner ? { first: range.first, partner, exact } : null,
    context.stems,
  );
  return found ? { ...found, text: found.text.trim() } : null;
}

function partOf(source: Source, i: number): TraceText {
  let part = source.parts.get(i);
  if (!part) {
    const { start, end } = source.entries[i];
    part = prepareTrace(source.whole.text.slice(start, end), start);
    source.parts.set(i, part);
  }
  return part;
}

function asEvidence(found: Found, where: EvidenceSource): Evidence {
  return { quote: found.text, span: [found.start, found.end], where };
}

function report(outputText: string, claims: GroundedClaim[]): ClaimReport {
  const byType = Object.fromEntries(
    CLAIM_TYPES.map((type) => [type, { claims: 0, unsupported: 0, inputOnly: 0 }]),
  ) as Record<ClaimType, Required<ClaimCounts>>;
  for (const claim of claims) {
    byType[claim.type].claims++;
    if (claim.verdict === "unsupported") byType[claim.type].unsupported++;
    if (claim.verdict === "input_only") byType[claim.type].inputOnly++;
  }
  const unsupported = claims.filter((claim) => claim.verdict === "unsupported").length;
  const inputOnly = claims.filter((claim) => claim.verdict === "input_only").length;
  return {
    outputText,
    claims,
    counts: { claims: claims.length, unsupported, inputOnly },
    unsupportedShare: claims.length === 0 ? null : unsupported / claims.length,
    inputOnlyShare: claims.length === 0 ? null : inputOnly / claims.length,
    byType,
  };
}
