/**
 * Role categorisation into the study's five roles (data analyst, data engineer, data scientist,
 * machine-learning engineer, software engineer) plus `other`.
 *
 * The rules, in order (the first that decides wins):
 * 1. **Title.** Patterns are tried most specific first, so "Machine Learning Software Engineer"
 *    is an ML engineer and "Software Engineer, Data Platform" a data engineer:
 *    ML engineer > data scientist > data engineer > data analyst > software engineer.
 * 2. **Search term** (when the export records it): the same patterns on the term the scrape used.
 * 3. **Description**, only when there is no title (description-only files, like the study's
 *    `jd_description.csv`): count
 *    each role's phrases in the text; the most frequent wins if it occurs at least twice, ties go
 *    to the earlier role in the order above.
 * 4. Otherwise `other`. A title that matches no pattern (and no search term that does) is
 *    `other` even if the description mentions a role: a "Database Administrator" ad that says
 *    "work with data scientists" is not a data-science posting.
 */
import { Role } from "../schemas/job";

interface RolePattern {
  role: Exclude<Role, "other">;
  title: RegExp;
  /** Phrases counted in descriptions (lowercase, word-bounded). */
  phrases: RegExp;
}

const ROLE_PATTERNS: RolePattern[] = [
  {
    role: "machine_learning_engineer",
    title:
      /\b(machine[- ]learning|ml|ai\/ml|ml\/ai|mlops|ai|deep[- ]learning|computer vision|nlp|llm|gen(erative)? ?ai)( ops| platform| infrastructure| research| software)? (engineer|developer|architect)\b|\bmlops\b/i,
    phrases: /\b(machine[- ]learning engineer|ml engineer|mlops engineer|ai engineer)s?\b/gi,
  },
  {
    role: "data_scientist",
    title:
      /\bdata scien(ce|tist)|\b(applied|research|decision|ml|machine learning) scientist\b|\bquantitative (analyst|researcher)\b/i,
    phrases: /\bdata scientists?\b/gi,
  },
  {
    role: "data_engineer",
    title:
      /\b(data|analytics|etl|big data|data platform|data warehouse|bi) engineer|\bengineer\b.*\bdata (platform|pipelines?|infrastructure)\b|\bdata (architect|warehouse developer)\b/i,
    phrases: /\b(data engineers?|analytics engineers?)\b/gi,
  },
  {
    role: "data_analyst",
    title:
      /\b(data|business intelligence|bi|analytics|reporting|business|product|marketing|financial|operations|insights?) analyst\b|\banalyst\b.*\b(data|analytics|reporting)\b/i,
    phrases: /\b(data analysts?|business intelligence analysts?|bi analysts?)\b/gi,
  },
  {
    role: "software_engineer",
    title:
      /\b(software|backend|back[- ]end|front[- ]?end|full[- ]?stack|web|mobile|ios|android|java|python|\.net|c\+\+|platform|application|sde)\b.*\b(engineer|developer|programmer)\b|\bsoftware development engineer\b|\bsde( i{1,3}| [1-3])?\b|\bprogrammer\b/i,
    phrases: /\b(software engineers?|software developers?|software development engineers?)\b/gi,
  },
];

export interface RoleDecision {
  role: Role;
  from: "title" | "search_term" | "description" | "none";
  matched: string | null;
}

function roleFromPhrase(text: string): { role: Role; matched: string } | null {
  for (const pattern of ROLE_PATTERNS) {
    const match = pattern.title.exec(text);
    if (match) return { role: pattern.role, matched: match[0] };
  }
  return null;
}

function roleFromDescription(description: string): { role: Role; matched: string } | null {
  let best: { role: Role; matched: string; count: number } | null = null;
  for (const pattern of ROLE_PATTERNS) {
    const hits = description.match(pattern.phrases) ?? [];
    if (hits.length >= 2 && (best === null || hits.length > best.count)) {
      best = { role: pattern.role, matched: `${String(hits[0]).toLowerCase()} ×${hits.length}`, count: hits.length };
    }
  }
  return best && { role: best.role, matched: best.matched };
}

/** Decides a posting's role from its title, search term and description (see the header). */
export function categorizeRole(posting: {
  title: string | null;
  searchTerm: string | null;
  description: string;
}): RoleDecision {
  const title = posting.title?.trim() ?? "";
  const byTitle = title ? roleFromPhrase(title) : null;
  if (byTitle) return { ...byTitle, from: "title" };
  const byTerm = posting.searchTerm ? roleFromPhrase(posting.searchTerm) : null;
  if (byTerm) return { ...byTerm, from: "search_term" };
  const byDescription = title ? null : roleFromDescription(posting.description);
  if (byDescription) return { ...byDescription, from: "description" };
  return { role: "other", from: title ? "title" : "none", matched: null };
}
