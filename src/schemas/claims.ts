/**
 * Claims with provenance: every checkable fact of an evaluated output, its verdict and the text
 * that supports it (evaluate/grounding.ts), as `evaluate/claims.jsonl` writes it and as
 * `rpw ground` reads and writes cases. Every figure of the claims can be recomputed from these.
 */
import { z } from "zod";

export const CLAIM_TYPES = [
  "number",
  "percent",
  "money",
  "date",
  "duration",
  "organization",
  "title",
  "degree",
  "institution",
  "certification",
  "skill",
] as const;
export const ClaimType = z.enum(CLAIM_TYPES);
export type ClaimType = z.infer<typeof ClaimType>;

/** supported: in the resume; input_only: not in the resume but in the model's input; unsupported: neither. */
export const VERDICTS = ["supported", "input_only", "unsupported"] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

/** [start, end) character offsets. */
export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const Evidence = z
  .object({
    quote: z.string(),
    /** In the plain text of the resume, the model's input or the job ad (`where`). */
    span: Span,
    where: z.enum(["resume", "input", "job"]),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/** What every claim carries, wherever it is written. */
const ClaimFields = z.object({
  type: ClaimType,
  text: z.string(),
  /** In the output's plain text. */
  span: Span,
  verdict: Verdict,
  /** The job ad states it too. */
  inJob: z.boolean(),
  /** Null when nothing states it. */
  evidence: Evidence.nullable(),
});

/** One claim as `rpw ground` writes it. */
export const GroundedClaimLine = z
  .object({
    /** The case's id. */
    id: z.union([z.string(), z.number()]),
    ...ClaimFields.shape,
  })
  .strict();
export type GroundedClaimLine = z.infer<typeof GroundedClaimLine>;

/** One claim of one evaluated output, as `evaluate/claims.jsonl` holds it. */
export const ClaimRecord = z
  .object({
    /** `<case id>#<n>`: the case and the claim's place among its claims (from 0). */
    id: z.string(),
    system: z.string(),
    section: z.string(),
    ...ClaimFields.shape,
  })
  .strict();
export type ClaimRecord = z.infer<typeof ClaimRecord>;

/** One line of `rpw ground --in`: a source resume and an output to check against it. */
export const GroundCase = z
  .object({
    id: z.union([z.string(), z.number()]),
    /** The resume text the output should be true to. */
    source: z.string(),
    /** The output: text, or any JSON value (sections, lists, entries), read as plain section text. */
    output: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
    /** The model's input besides the resume (persona, extracted sections, job details). */
    input: z.string().optional(),
    /** The job ad. */
    job: z.string().optional(),
    /**
     * The output's section ("experience", "skills", ...; the study's "skill_section" too): a skills
     * section is read as a skill list, every item a claim (`groundClaims`' `skillList`).
     */
    section: z.string().optional(),
  })
  .strict();
export type GroundCase = z.infer<typeof GroundCase>;
