/**
 * Table rows for notebook 05 from a built dataset (`buildDataset`): records per section and split,
 * survival shares per max length, each export's validator and round trip, OpenAI's cookbook
 * checks. Pure: results in, rows for `showTable` out.
 */
import type { DatasetResult } from "../dataset/dataset-stage";
import type { SurvivalAudit } from "../dataset/survival-audit";
import { SECTION_NAMES } from "../schemas/resume-sections";
import { SFT_SPLITS } from "../schemas/sft";
import type { TableRow } from "./html-table";

export const percent = (share: number): string => `${(100 * share).toFixed(1)} %`;

/** One row per section: records in each split and in all. */
export function sectionSplitRows(records: DatasetResult["records"]): TableRow[] {
  return SECTION_NAMES.map((section) => {
    const ofSection = records.filter((record) => record.section === section);
    return {
      section,
      ...Object.fromEntries(
        SFT_SPLITS.map((split) => [split, ofSection.filter((record) => record.split === split).length]),
      ),
      all: ofSection.length,
    };
  });
}

/** One row per audited max length: the share of examples whose completion survives, is cut, is lost. */
export function survivalRows(audit: SurvivalAudit): TableRow[] {
  return audit.atLengths.map((shares) => ({
    max_length: shares.maxLength,
    examples: shares.examples,
    survived: percent(shares.survived),
    partial: percent(shares.partial),
    lost: percent(shares.lost),
  }));
}

/** One row per group (section, split or inputs) at the audit's max length. */
export function survivalGroupRows(groups: SurvivalAudit["bySection"], label: string): TableRow[] {
  return Object.entries(groups).map(([key, shares]) => ({
    [label]: key,
    examples: shares.examples,
    survived: percent(shares.survived),
    partial: percent(shares.partial),
    lost: percent(shares.lost),
  }));
}

/** One row per exported file: its validator's verdict and whether it reads back to the records. */
export function formatCheckRows(validation: DatasetResult["validation"]): TableRow[] {
  return validation.formats.map((check) => {
    const format = check.format.endsWith("-config")
      ? undefined
      : Object.keys(validation.roundTrips).find((name) => check.format.startsWith(name));
    return {
      file: check.file,
      format: check.format,
      examples: check.examples,
      errors: check.errorCount,
      first_error: check.errors[0] ? `line ${check.errors[0].line}: ${check.errors[0].message}` : "",
      round_trip: format === undefined ? "–" : validation.roundTrips[format] ? "yes" : "NO",
    };
  });
}

/** OpenAI's cookbook checks and cost estimate, one row per file (train, validation). */
export function cookbookRows(openai: DatasetResult["validation"]["openai"]): TableRow[] {
  return Object.entries(openai).map(([file, check]) => ({
    file,
    examples: check.examples,
    format_ok: check.ok ? "yes" : "NO",
    format_errors:
      Object.entries(check.formatErrors)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${kind} ${n}`)
        .join(", ") || "none",
    median_tokens: check.tokensPerExample?.median ?? null,
    max_tokens: check.tokensPerExample?.max ?? null,
    over_limit: check.overTokenLimit,
    epochs: check.epochs,
    billed_tokens: check.billedTokens,
    cost_usd: check.cost ? Number(check.cost.usd.toFixed(4)) : null,
    cost_model: check.cost?.model ?? null,
  }));
}

/**
 * One row per section of the targets checked against their own prompts: targets stating facts the
 * prompt does not hold (invented), facts only the job details hold, persona details, and job-less
 * prompts paired with job-tailored completions.
 */
export function targetGroundingRows(grounding: DatasetResult["grounding"]): TableRow[] {
  const share = (value: number | null) => (value === null ? "—" : percent(value));
  return SECTION_NAMES.filter((section) => grounding.bySection[section]?.targets).map((section) => {
    const entry = grounding.bySection[section];
    return {
      section,
      targets: entry.targets,
      "states invented facts": `${entry.ungrounded} (${share(entry.ungroundedShare)})`,
      "facts only the job holds": `${entry.fromJob} (${share(entry.fromJobShare)})`,
      "persona details": entry.persona,
      "job-less prompt, tailored completion": `${entry.joblessTailored} of ${entry.jobless}`,
    };
  });
}
