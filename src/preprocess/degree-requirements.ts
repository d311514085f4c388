/**
 * Degree requirements in posting text: "Bachelor's degree in Computer Science, Statistics or a
 * related field", "BS/MS in CS", "MS or PhD preferred", "or equivalent experience".
 *
 * Ambiguous abbreviations only count in a degree context: "BS"/"BA"/"MS" need a following "in",
 * "degree", "/" or "or" (so "MS Office" is not a master's), and "Associate" needs "degree" or
 * "of Arts/Science" (so a job title "Associate" is not a degree). A degree is not required
 * when its clause says preferred / a plus / nice to have, or when the caller says the whole
 * line is in a preferred section.
 * Leaves out: certificates and licences (not degrees), GPA thresholds.
 */
import { DegreeLevel, EducationRequirement } from "../schemas/job-details";

const APOS = "['’]";
/** Patterns per level; the upper-case abbreviations (MS, MA, BS, BA) are matched case-sensitively. */
const LEVEL_PATTERNS: [DegreeLevel, RegExp][] = [
  ["doctorate", /\b(?:Ph\.?\s?D\.?s?|doctorate|doctoral degree|D\.Sc\.?)(?!\w)/gi],
  [
    "master",
    new RegExp(
      String.raw`\b(?:master${APOS}s|masters?(?=\s*(?:degree|in\b|of\b|or\b|and\b|/|,))|M\.S\.|M\.Sc\.?|MSc|MBA|M\.Eng\.?|MEng)`,
      "gi",
    ),
  ],
  ["master", /\b(?:MS|MA)(?=\s*(?:degree|in\b|\/|or\b|,))|(?<=\ban?\s)(?:MS|MA)\b/g],
  [
    "bachelor",
    new RegExp(
      String.raw`\b(?:bachelor${APOS}?s?|undergraduate degree|(?:four|4)[- ]year (?:college |university )?degree|B\.S\.|B\.A\.|B\.Sc\.?|BSc|B\.E\.|B\.Tech|BTech)`,
      "gi",
    ),
  ],
  ["bachelor", /\b(?:BS|BA)(?=\s*(?:degree|in\b|\/|or\b|,))|(?<=\ban?\s)(?:BS|BA)\b/g],
  [
    "associate",
    new RegExp(
      String.raw`\bassociate${APOS}?s?\s+(?:degree|of (?:arts|science|applied))|\bA\.A\.S?\.|\bA\.S\.(?=\s)`,
      "gi",
    ),
  ],
  ["high_school", /\bhigh school(?: diploma)?|\bGED\b/gi],
];
/** "Scrum Master or ...", "Master Data Management": the word master that is not a degree. */
const NOT_A_DEGREE_BEFORE = /(?:scrum|quiz|web|toast|grand|ring|data|post|zen|certified)\s+$/i;
const NOT_A_DEGREE_AFTER = /^\s*(?:data|class|scheduler|plan|file|node|branch|record|craftsman)/i;

/** Fields of study, longest names first so "Computer Engineering" wins over "Engineering". */
const FIELDS: [string, RegExp][] = [
  "Computer Science",
  "Computer Engineering",
  "Software Engineering",
  "Electrical Engineering",
  "Industrial Engineering",
  "Mechanical Engineering",
  "Data Science",
  "Applied Mathematics",
  "Mathematics",
  "Biostatistics",
  "Statistics",
  "Physics",
  "Econometrics",
  "Economics",
  "Operations Research",
  "Management Information Systems",
  "Information Systems",
  "Information Technology",
  "Business Administration",
  "Business Analytics",
  "Analytics",
  "Finance",
  "Accounting",
  "Machine Learning",
  "Artificial Intelligence",
  "Epidemiology",
  "Public Health",
  "Bioinformatics",
  "Computational Biology",
  "Biology",
  "Chemistry",
  "Health Informatics",
  "Informatics",
  "Cybersecurity",
  "Supply Chain",
  "Marketing",
  "Psychology",
  "Social Sciences",
  "Data Analytics",
  "Engineering",
  "Business",
  "STEM",
].map((field): [string, RegExp] => [field, new RegExp(String.raw`\b${field.replace(/ /g, "\\s+")}\b`, "i")]);
const CS_ABBREVIATION = /\bCS\b|\bComp\.?\s?Sci\b/;
const RELATED =
  /\brelated (?:technical |quantitative |scientific )?(?:field|discipline|area|major)s?|\bquantitative (?:field|discipline)s?/i;
const PREFERRED = /\b(?:prefer\w*|a plus|plus\b|nice[- ]to[- ]have|desired|desirable|ideal(?:ly)?|bonus|advantage)/i;
const EQUIVALENT =
  /equivalent (?:work |practical |professional |combination|relevant )?(?:experience|of education)|or equivalent\b|in lieu of/i;

function fieldsIn(text: string): string[] {
  const found: string[] = [];
  let rest = text;
  for (const [field, pattern] of FIELDS) {
    if (pattern.test(rest)) {
      found.push(field);
      rest = rest.replace(new RegExp(pattern.source, "gi"), " "); // "Engineering" must not re-match inside "Computer Engineering"
    }
  }
  if (CS_ABBREVIATION.test(text) && !found.includes("Computer Science")) found.unshift("Computer Science");
  const related = RELATED.exec(text);
  if (related) found.push(related[0].toLowerCase().replace(/s$/, ""));
  return found;
}

/**
 * Degree requirements stated in one clause or bullet. `preferredContext` says the line sits in
 * a preferred / nice-to-have section.
 */
export function findDegreeRequirements(line: string, preferredContext = false): EducationRequirement[] {
  const mentions: { level: DegreeLevel; index: number; end: number }[] = [];
  for (const [level, pattern] of LEVEL_PATTERNS) {
    for (const match of line.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (
        level === "master" &&
        (NOT_A_DEGREE_BEFORE.test(line.slice(Math.max(0, index - 12), index)) ||
          NOT_A_DEGREE_AFTER.test(line.slice(index + match[0].length)))
      )
        continue;
      mentions.push({ level, index: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
    }
  }
  mentions.sort((a, b) => a.index - b.index);
  const results: EducationRequirement[] = [];
  const fields = fieldsIn(line);
  // "BS/MS in CS preferred": mentions joined by "/", "or", "and" share the words after the last one.
  const CONNECTOR = /^\s*(?:\/|,|or|and|&|and\/or)?\s*(?:an?\s+)?$/i;
  mentions.forEach((mention, i) => {
    let last = i;
    while (mentions[last + 1] && CONNECTOR.test(line.slice(mentions[last].end, mentions[last + 1].index))) last++;
    // The words up to the next degree, within the same sentence ("…; Paper Mill experience is preferred" is not about it).
    const segment = line.slice(mentions[last].end, mentions[last + 1]?.index ?? line.length).split(/[.;](?:\s|$)/)[0];
    let first = i;
    while (first > 0 && CONNECTOR.test(line.slice(mentions[first - 1].end, mentions[first].index))) first--;
    const lead = first === 0 ? line.slice(0, mentions[0].index) : "";
    const required = !preferredContext && !PREFERRED.test(segment) && !PREFERRED.test(lead);
    if (results.some((r) => r.level === mention.level && r.required === required)) return;
    results.push({
      level: mention.level,
      fields,
      required,
      orEquivalentExperience: EQUIVALENT.test(line),
      text: line.replace(/\s+/g, " ").trim(),
    });
  });
  return results;
}

/** Merges requirements from several lines: one per (level, required), fields united. */
export function mergeDegreeRequirements(requirements: EducationRequirement[]): EducationRequirement[] {
  const merged: EducationRequirement[] = [];
  for (const requirement of requirements) {
    const same = merged.find((r) => r.level === requirement.level && r.required === requirement.required);
    if (!same) {
      merged.push({ ...requirement, fields: [...requirement.fields] });
      continue;
    }
    for (const field of requirement.fields) if (!same.fields.includes(field)) same.fields.push(field);
    same.orEquivalentExperience ||= requirement.orEquivalentExperience;
  }
  return merged;
}
