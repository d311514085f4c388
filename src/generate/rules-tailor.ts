/**
 * The `rules` tailoring baseline: a deterministic, non-LLM version of what the teacher does,
 * labelled `rules` wherever it appears. It reorders and tightens what the section already says
 * toward the job's keywords — entries and bullets that mention the job's skills come first,
 * matching skills are surfaced, duplicates and scrape labels are dropped — and never adds a fact:
 * every string in its output is taken from the input section.
 *
 * Scoring: a text scores 2 per required skill and 1 per preferred skill or keyword it mentions
 * (word-boundary, case-insensitive). Sorting is stable, so equal scores keep the resume's order.
 * Experience keeps its positions in the original order (as the prompts ask); only bullets move.
 */
import { RulesEntry, rulesEntry } from "../llm/rules-registry";
import { JobDetails } from "../schemas/job-details";
import { ResumeSections, SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { TAILORED_SECTION_SCHEMAS, TailoredSection } from "../prompts/section-outputs";

export const RULES_TAILOR_VERSION = "1";

export interface TailorInput<S extends SectionName = SectionName> {
  section: S;
  value: ResumeSections[S];
  jobDetails: JobDetails;
}

interface Keyword {
  pattern: RegExp;
  weight: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The job's terms with their weights; a term listed twice keeps its highest weight. */
export function jobKeywords(details: JobDetails): Keyword[] {
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => {
    const key = term.trim().toLowerCase();
    if (key.length > 1) weights.set(key, Math.max(weights.get(key) ?? 0, weight));
  };
  details.skills.required.forEach((term) => add(term, 2));
  details.skills.preferred.forEach((term) => add(term, 1));
  details.keywords.forEach((term) => add(term, 1));
  return [...weights].map(([term, weight]) => ({
    pattern: new RegExp(`(^|[^\\w])${escapeRegExp(term)}(?![\\w])`, "i"),
    weight,
  }));
}

export function relevance(text: string, keywords: readonly Keyword[]): number {
  return keywords.reduce((score, keyword) => score + (keyword.pattern.test(text) ? keyword.weight : 0), 0);
}

/** Stable sort by relevance, highest first. */
function byRelevance<T>(items: readonly T[], textOf: (item: T) => string, keywords: readonly Keyword[]): T[] {
  return items
    .map((item, index) => ({ item, index, score: relevance(textOf(item), keywords) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}

/** Tightening that changes no fact: scrape labels off, spaces folded, trailing punctuation normalised. */
export function tighten(text: string): string {
  return text
    .replace(/^\s*(?:[•·*-]\s*)?(?:responsibilities|duties|achievements?)\s*:\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
}

function unique(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (item === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Sentences of a summary (a simple split on sentence ends; the text itself is not changed). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

export function tailorSectionRules<S extends SectionName>(input: TailorInput<S>): TailoredSection<S> {
  const keywords = jobKeywords(input.jobDetails);
  const section = input.section as SectionName;
  const value = input.value as ResumeSections[SectionName];
  let output: unknown;
  switch (section) {
    case "personal_information": {
      const info = value as ResumeSections["personal_information"];
      const summary = info.summary
        ? byRelevance(sentences(info.summary), (s) => s, keywords)
            .slice(0, 3)
            .join(" ")
        : null;
      output = {
        name: info.name,
        email: info.email,
        phone: info.phone,
        location: info.location,
        links: [...info.links],
        headline: info.headline,
        summary,
      };
      break;
    }
    case "achievements":
      output = {
        entries: byRelevance(
          unique((value as ResumeSections["achievements"]).entries.map(tighten)),
          (s) => s,
          keywords,
        ),
      };
      break;
    case "certificates":
      output = {
        entries: byRelevance(
          (value as ResumeSections["certificates"]).entries.map((c) => ({ ...c })),
          (c) => c.name,
          keywords,
        ),
      };
      break;
    case "education":
      output = {
        entries: byRelevance((value as ResumeSections["education"]).entries, (e) => e.text, keywords).map((e) => ({
          degree: e.degree,
          field: e.field,
          institution: e.institution,
          location: e.location,
          dates: e.dates,
        })),
      };
      break;
    case "projects":
      output = {
        entries: byRelevance(
          (value as ResumeSections["projects"]).entries,
          (p) => `${p.name} ${p.description}`,
          keywords,
        ).map((p) => ({ name: p.name, description: tighten(p.description) })),
      };
      break;
    case "skills":
      output = {
        entries: byRelevance(
          unique((value as ResumeSections["skills"]).entries.map((skill) => skill.trim())),
          (s) => s,
          keywords,
        ),
      };
      break;
    case "experience":
      output = {
        entries: (value as ResumeSections["experience"]).entries.map((e) => ({
          title: e.title,
          employer: e.employer,
          location: e.location,
          startDate: e.startDate,
          endDate: e.endDate,
          bullets: byRelevance(unique(e.bullets.map(tighten)), (b) => b, keywords),
        })),
      };
      break;
  }
  return TAILORED_SECTION_SCHEMAS[section].schema.parse(output) as TailoredSection<S>;
}

/** The tailoring baseline of each section, under the purpose the teacher's requests use. */
export function tailorRulesEntries(): RulesEntry[] {
  return SECTION_NAMES.map((section) =>
    rulesEntry(`tailor-${section}`, {
      version: RULES_TAILOR_VERSION,
      run: (input: TailorInput) => tailorSectionRules(input),
    }),
  );
}
