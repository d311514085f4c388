/**
 * `tailor.json`: the provenance `rpw tailor` writes beside a tailored resume — which system
 * answered (the labelled rules baseline or a model at a base URL), with which prompts, for which
 * job (its extracted details), what happened to each section, and how many of the output's claims
 * the resume supports, only the model's input supports, or nothing supports (groundClaims).
 */
import { z } from "zod";
import { VERDICTS } from "./claims";
import { JobDetails } from "./job-details";
import { SectionName } from "./resume-sections";

/** How every written file names the system: "rules (no model)" or "<model> at <base URL>". */
export const RULES_SYSTEM_LABEL = "rules (no model)";

const COUNT = z.number().int().nonnegative();
export const ClaimCountsByVerdict = z.object({
  supported: COUNT,
  input_only: COUNT,
  unsupported: COUNT,
} satisfies Record<(typeof VERDICTS)[number], z.ZodNumber>);
export type ClaimCountsByVerdict = z.infer<typeof ClaimCountsByVerdict>;

export const TailoredSectionRecord = z.object({
  section: SectionName,
  /** `empty`: nothing in the resume to tailor; `failed`: the call failed (the reason is in `error`). */
  status: z.enum(["tailored", "empty", "failed"]),
  /** `rules`, `openai` or `openai-compatible`; null for an empty section. */
  answeredBy: z.string().nullable(),
  model: z.string().nullable(),
  /** Answered from the response cache (a recording), not asked now. */
  cached: z.boolean(),
  /** Null where the rules baseline answered: it reads no prompt. */
  promptVersions: z.object({ master: z.string(), section: z.string() }).nullable(),
  error: z.string().nullable(),
  claims: ClaimCountsByVerdict,
});
export type TailoredSectionRecord = z.infer<typeof TailoredSectionRecord>;

export const TailorProvenance = z.object({
  /** The one-line name of the system that answered, as the HTML pages show it. */
  system: z.string(),
  provider: z.string(),
  model: z.string(),
  /** The server the model answered from (no credentials); null for rules and recordings. */
  baseUrl: z.string().nullable(),
  resume: z.object({ file: z.string(), format: z.string(), sectioner: z.string(), warnings: z.array(z.string()) }),
  job: z.object({
    /** The file read, or null when the argument was the posting's text. */
    file: z.string().nullable(),
    extractor: z.string(),
    details: JobDetails,
    warnings: z.array(z.string()),
  }),
  sections: z.array(TailoredSectionRecord),
  claims: ClaimCountsByVerdict,
  files: z.object({
    resumeJson: z.string(),
    resumeHtml: z.string(),
    resumePdf: z.string().nullable(),
    diffHtml: z.string(),
    tailorJson: z.string(),
  }),
  /** Why resume.pdf was not written (no Chromium); null when it was. */
  pdfSkipped: z.string().nullable(),
});
export type TailorProvenance = z.infer<typeof TailorProvenance>;
