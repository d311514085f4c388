/**
 * Grounded training targets (issue 12, item 8): every target completion checked against ITS OWN
 * PROMPT, because the prompt is all the fine-tuned model will see. A fact in the completion that
 * the prompt does not hold is a fact the model is taught to invent.
 *
 * What counts as source (prompt-parts.ts reads it out of the rendered user message):
 * - the prompt's `<section>` block is the person's own material: a claim found there is grounded
 *   (the claim checker's `supported`, with the section as its "resume");
 * - the prompt's `<job_details>` block is the job, given to the checker as the model's input: a
 *   claim found only there (`input_only`) is "from the job". The model can see it, so it is not
 *   invented from nothing, but it is the job's fact, not the person's: for a skill it is pasting
 *   the ad into the résumé. Reported apart (`from_job`), never dropped;
 * - anything else (`unsupported`) is "invented": the prompt does not hold it at all;
 * - identity facts the checker has no type for (a persona's name, email, phone or city where the
 *   prompt has none: persona-claims.ts) are invented too.
 * A job-less prompt (no job block content, or the missing-job placeholder) paired with a
 * job-tailored completion is reported per section: tailored means the completion states a skill
 * or a title its section does not hold; with no job in the prompt, that can only come from a
 * job the model never sees.
 * A target is "ungrounded" when it states at least one invented fact; `dataset.targets:
 * drop-ungrounded` leaves exactly those out. The checker, its claim types and its rules are
 * evaluate/grounding.ts's, unchanged (one checker for evaluation and training data).
 * Pure; `checkTargets` memoises by the (completion, section, job) text, so duplicated records
 * are checked once.
 * Leaves out: the system message (instructions, not facts about the person), whether a grounded
 * fact is used truthfully, and what the checker itself misses (its limits are in its header).
 */
import { createHash } from "node:crypto";
import { groundClaims } from "../evaluate/grounding";
import { sectionToPlainText } from "../evaluate/plain-text";
import { CLAIM_TYPES, ClaimType } from "../schemas/claims";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import type { TargetMode } from "../schemas/run-config";
import type { SftRecord } from "../schemas/sft";
import { PERSONA_TYPES, personaClaims, PersonaType } from "./persona-claims";
import { promptParts } from "./prompt-parts";

export type TargetClaimType = ClaimType | PersonaType;
export const TARGET_CLAIM_TYPES: readonly TargetClaimType[] = [...CLAIM_TYPES, ...PERSONA_TYPES];

export interface TargetClaim {
  type: TargetClaimType;
  text: string;
  /** [start, end) in the completion's plain text (evaluate/plain-text.ts `sectionToPlainText`). */
  span: [number, number];
  /** invented: the prompt does not hold it; from_job: only the prompt's job details do. */
  verdict: "invented" | "from_job";
}

export interface TargetCheck {
  id: string;
  section: SectionName;
  /** The prompt has no job (empty, or the missing-job placeholder). */
  jobless: boolean;
  /** Job-less prompt, and the completion states a skill or title its section does not hold. */
  jobTailored: boolean;
  /** At least one invented claim. */
  ungrounded: boolean;
  /** Invented and from-job claims, in order of appearance. */
  claims: TargetClaim[];
}

const TAILORING_TYPES: ReadonlySet<TargetClaimType> = new Set(["skill", "title"]);

/** The check of one record's completion against its own prompt. */
export function checkTarget(record: Pick<SftRecord, "id" | "section" | "messages">): TargetCheck {
  const parts = promptParts(record);
  const completion = parseCompletion(record.messages[record.messages.length - 1].content);
  const output = sectionToPlainText(completion);
  const source = parts.section === "" ? "" : sectionToPlainText(parts.section);
  const job = parts.job === null ? {} : { input: parts.job };
  const grounded = groundClaims(output, source, { ...job, skillList: record.section === "skills" });
  const claims: TargetClaim[] = grounded.claims
    .filter((claim) => claim.verdict !== "supported")
    .map((claim) => ({
      type: claim.type,
      text: claim.text,
      span: claim.span,
      verdict: claim.verdict === "input_only" ? "from_job" : "invented",
    }));
  for (const persona of personaClaims(completion, output, parts.section, record.section)) {
    claims.push({ ...persona, verdict: "invented" });
  }
  const typeOrder = (claim: TargetClaim) => TARGET_CLAIM_TYPES.indexOf(claim.type);
  claims.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || typeOrder(a) - typeOrder(b));
  const invented = claims.filter((claim) => claim.verdict === "invented");
  return {
    id: record.id,
    section: record.section,
    jobless: parts.jobless,
    jobTailored: parts.jobless && invented.some((claim) => TAILORING_TYPES.has(claim.type)),
    ungrounded: invented.length > 0,
    claims,
  };
}

/** Every record checked, in record order; identical (completion, prompt) pairs are checked once. */
export function checkTargets(records: readonly Pick<SftRecord, "id" | "section" | "messages">[]): TargetCheck[] {
  const memo = new Map<string, Omit<TargetCheck, "id">>();
  return records.map((record) => {
    const contents = record.messages.slice(1).map((message) => message.content);
    const key = createHash("sha256")
      .update(JSON.stringify([record.section, contents]))
      .digest("hex");
    let check = memo.get(key);
    if (!check) {
      const { id: _id, ...rest } = checkTarget(record);
      check = rest;
      memo.set(key, check);
    }
    return { id: record.id, ...check };
  });
}

/** The assistant message is compact JSON (sft-records.ts); anything else is read as text. */
function parseCompletion(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch {
    return content;
  }
}

export interface SectionGrounding {
  targets: number;
  /** Targets stating ≥ 1 invented fact, and their share of `targets` (null without targets). */
  ungrounded: number;
  ungroundedShare: number | null;
  /** Targets stating ≥ 1 fact only the prompt's job details hold. */
  fromJob: number;
  fromJobShare: number | null;
  /** Of those, targets with no invented fact (what drop-ungrounded keeps in the exports). */
  fromJobKept: number;
  /** Targets carrying a name, email, phone or city the prompt does not hold. */
  persona: number;
  /** Job-less prompts, and those paired with a job-tailored completion. */
  jobless: number;
  joblessTailored: number;
  joblessTailoredShare: number | null;
  /** Per claim type: invented / from-job claims, and targets with ≥ 1 invented claim of the type. */
  byType: Partial<Record<TargetClaimType, { invented: number; fromJob: number; targetsInvented: number }>>;
}

export interface TargetGroundingReport {
  mode: TargetMode;
  /** What was checked: the completion against its own prompt (section = source, job details = from the job). */
  checked: string;
  targets: number;
  ungrounded: number;
  fromJob: number;
  joblessTailored: number;
  /** Records left out of every export (drop-ungrounded only). */
  dropped: number;
  bySection: Record<SectionName, SectionGrounding>;
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const isPersona = (type: TargetClaimType) => (PERSONA_TYPES as readonly string[]).includes(type);

/** Per-section figures of the checks, claim types in TARGET_CLAIM_TYPES order (only types that occur). */
export function summarizeTargetChecks(checks: readonly TargetCheck[], mode: TargetMode): TargetGroundingReport {
  const bySection = Object.fromEntries(
    SECTION_NAMES.map((section) => {
      const of = checks.filter((check) => check.section === section);
      const count = (test: (check: TargetCheck) => boolean) => of.filter(test).length;
      const ungrounded = count((check) => check.ungrounded);
      const fromJob = count((check) => check.claims.some((claim) => claim.verdict === "from_job"));
      const jobless = count((check) => check.jobless);
      const joblessTailored = count((check) => check.jobTailored);
      const byType: SectionGrounding["byType"] = {};
      const claimsOf = (type: TargetClaimType, verdict: TargetClaim["verdict"]) =>
        of.reduce((sum, check) => sum + check.claims.filter((c) => c.type === type && c.verdict === verdict).length, 0);
      for (const type of TARGET_CLAIM_TYPES) {
        const invented = claimsOf(type, "invented");
        const fromJobClaims = claimsOf(type, "from_job");
        const targetsInvented = count((check) => check.claims.some((c) => c.type === type && c.verdict === "invented"));
        if (invented + fromJobClaims > 0) byType[type] = { invented, fromJob: fromJobClaims, targetsInvented };
      }
      const grounding: SectionGrounding = {
        targets: of.length,
        ungrounded,
        ungroundedShare: share(ungrounded, of.length),
        fromJob,
        fromJobShare: share(fromJob, of.length),
        fromJobKept: count((check) => !check.ungrounded && check.claims.some((claim) => claim.verdict === "from_job")),
        persona: count((check) => check.claims.some((claim) => isPersona(claim.type))),
        jobless,
        joblessTailored,
        joblessTailoredShare: share(joblessTailored, jobless),
        byType,
      };
      return [section, grounding];
    }),
  ) as Record<SectionName, SectionGrounding>;
  return {
    mode,
    checked:
      "each target completion against its own prompt: the <section> block is the source (supported), " +
      "the <job_details> block is the job (from_job); a claim in neither, or a name/contact the section lacks, " +
      "is invented",
    targets: checks.length,
    ungrounded: checks.filter((check) => check.ungrounded).length,
    fromJob: checks.filter((check) => check.claims.some((claim) => claim.verdict === "from_job")).length,
    joblessTailored: checks.filter((check) => check.jobTailored).length,
    dropped: mode === "drop-ungrounded" ? checks.filter((check) => check.ungrounded).length : 0,
    bySection,
  };
}

/** `ungrounded.jsonl`'s lines: every target with an invented or from-job claim, in record order. */
export function ungroundedLines(checks: readonly TargetCheck[], mode: TargetMode) {
  return checks
    .filter((check) => check.claims.length > 0 || check.jobTailored)
    .map((check) => ({
      id: check.id,
      section: check.section,
      jobless: check.jobless,
      jobTailored: check.jobTailored,
      ungrounded: check.ungrounded,
      dropped: mode === "drop-ungrounded" && check.ungrounded,
      claims: check.claims,
    }));
}
