/**
 * One registry of the names a reader sees: metrics, resume sections, systems and stages, used by
 * every figure and every table so a metric is called the same thing on an axis and in a column.
 * Identifiers stay in the data (`up_plain`, `personal_information`); only the presentation maps
 * them. An identifier the registry does not know (a system a user named) is shown as it is.
 */
import type { SectionName } from "./resume-sections";
import { STAGES, StageName } from "./run-config";

export interface MetricName {
  /** Short name for axes, legends and column headers. */
  label: string;
  /** The unit or range, for axis titles ("share, 0-1"). */
  unit: string;
  /** One-sentence definition for the report's table notes. */
  definition: string;
}

/** Every evaluation metric (src/evaluate/evaluation-summary.ts EVAL_METRICS). `study` = on dumped JSON, as the study did; `plain` = on section text. */
export const METRIC_NAMES: Readonly<Record<string, MetricName>> = {
  unsupportedShare: {
    label: "Unsupported claims",
    unit: "share of claims, 0-1",
    definition:
      "share of the output's checkable claims (numbers, dates, employers, titles, degrees, skills…) that neither the original resume nor the model's input supports: the model's own invention; lower is better",
  },
  inputOnlyShare: {
    label: "Inherited claims",
    unit: "share of claims, 0-1",
    definition:
      "share of the output's checkable claims that the original resume does not hold but the model's input did (persona, extracted sections, job details): content the pipeline gave the model, not the model's invention",
  },
  up_content: {
    label: "UP (content words)",
    unit: "cosine, 0-1",
    definition:
      "user personalization on content words: TF-IDF cosine between output and original section, plain text with scikit-learn's 318 English stop words removed (src/evaluate/stop-words.ts); the headline UP",
  },
  ja_content: {
    label: "JA (content words)",
    unit: "cosine, 0-1",
    definition:
      "job alignment on content words: TF-IDF cosine between output and job details, plain text with English stop words removed; the headline JA (function words dominate the plain cosine)",
  },
  keywordCoverage: {
    label: "Job keyword coverage",
    unit: "share, 0-1",
    definition:
      "share of the job's required and preferred keywords that the output mentions (lexicon skills by alias, other keywords by stemmed words); rewards pasting the ad's skills",
  },
  groundedKeywordCoverage: {
    label: "Grounded keyword coverage",
    unit: "share, 0-1",
    definition:
      "share of the job's keywords that the output mentions and the resume also holds: coverage a model cannot earn by pasting the job ad",
  },
  echoJobAd: {
    label: "Job-ad echo",
    unit: "share, 0-1",
    definition: "share of the output's word 5-grams copied from the job ad; lower is better",
  },
  up_plain: {
    label: "UP (study formula, plain)",
    unit: "cosine, 0-1",
    definition:
      "user personalization, the study's formula (TF-IDF cosine between output and original section, every word) on plain section text",
  },
  ja_plain: {
    label: "JA (study formula, plain)",
    unit: "cosine, 0-1",
    definition:
      "job alignment, the study's formula (TF-IDF cosine between output and job details, every word) on plain section text",
  },
  hall_plain: {
    label: "Hallucination ratio (study formula, plain)",
    unit: "ratio",
    definition:
      "the study's hallucination ratio JA / UP on plain section text; unbounded and higher for copying the ad",
  },
  rougeLsum_plain: {
    label: "ROUGE-Lsum (plain)",
    unit: "F1, 0-1",
    definition:
      "ROUGE-Lsum F1 against the teacher's output, on plain section text (1.0 for the teacher itself, a tautology)",
  },
  up_study: {
    label: "UP (study formula)",
    unit: "cosine, 0-1",
    definition:
      "user personalization exactly as the study computed it, on dumped JSON; per section, on our sections and job details and other resumes, so not comparable with the published table",
  },
  ja_study: {
    label: "JA (study formula)",
    unit: "cosine, 0-1",
    definition:
      "job alignment exactly as the study computed it, on dumped JSON; not comparable with the published table (per section, our inputs)",
  },
  hall_study: {
    label: "Hallucination ratio (study formula)",
    unit: "ratio",
    definition:
      "the study's hallucination ratio JA / UP on dumped JSON; unbounded and higher for copying the ad; not comparable with the published table",
  },
  rougeLsum_study: {
    label: "ROUGE-Lsum (study formula)",
    unit: "F1, 0-1",
    definition:
      "ROUGE-Lsum as the study computed it, on single-line JSON (so it equals ROUGE-L); not comparable with the published table",
  },
};

export const SECTION_LABELS: Readonly<Record<SectionName, string>> = {
  personal_information: "Personal information",
  achievements: "Achievements",
  certificates: "Certificates",
  education: "Education",
  projects: "Projects",
  skills: "Skills",
  experience: "Experience",
};

/** The systems the workbench names itself; user-named systems keep their names. */
export const SYSTEM_LABELS: Readonly<Record<string, string>> = {
  identity: "Identity (original section)",
  rules: "Rules baseline",
  teacher: "Teacher",
};

export const STAGE_LABELS: Readonly<Record<StageName, string>> = {
  collect: "Collect",
  preprocess: "Preprocess",
  prompts: "Prompts",
  generate: "Teacher targets",
  dataset: "Fine-tune dataset",
  finetune: "Fine-tune",
  evaluate: "Evaluation",
  figures: "Figures",
};

export function metricLabel(metric: string): string {
  return METRIC_NAMES[metric]?.label ?? metric;
}

/** "UP (plain), cosine 0-1": the label with its unit, for an axis showing one metric. */
export function metricAxisTitle(metric: string): string {
  const name = METRIC_NAMES[metric];
  return name ? `${name.label} (${name.unit})` : metric;
}

export function sectionLabel(section: string): string {
  return (SECTION_LABELS as Record<string, string>)[section] ?? section;
}

export function systemLabel(system: string): string {
  return SYSTEM_LABELS[system] ?? system;
}

/**
 * Who answered, as a reader should read it: the rules baselines are named "rules (no model)" so a
 * baseline's answer is never taken for a model's. Several answerers joined with "+" each get theirs.
 */
export function answeredByLabel(answeredBy: string): string {
  return answeredBy
    .split("+")
    .map((who) => (who === "rules" || who.startsWith("rules:") ? "rules (no model)" : who))
    .join(" + ");
}

export function stageLabel(stage: string): string {
  return (STAGE_LABELS as Record<string, string>)[stage] ?? stage;
}

/** Position of a stage in the study's order (unknown stages last), for sorting figures and report sections. */
export function stageOrder(stage: string): number {
  const index = (STAGES as readonly string[]).indexOf(stage);
  return index < 0 ? STAGES.length : index;
}
