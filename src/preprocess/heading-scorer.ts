/**
 * How much one occurrence of a heading word looks like the heading of a flattened Indeed resume,
 * judged from its neighbours only. Positive evidence: what Indeed prints after that heading
 * (a degree after "Education", "(5 years)" lists after "Skills", a URL after "Links",
 * "— Highly Proficient" after "Assessments"). Negative evidence: a colon or a lower-case word
 * right after (running text: "Skills Used", "Projects summaries"), or a modifier right before
 * ("Technical Skills", "Availability Groups", "Department of Education").
 *
 * Tuned on the study's 600 resumes and the 900-resume florex sample (see the tests' printed
 * numbers); the weights are small integers and halves so their effect can be read.
 * Leaves out: choosing between occurrences (resume-headings.ts does that).
 */

export type HeadingLabel =
  | "work_experience"
  | "education"
  | "skills"
  | "links"
  | "military_service"
  | "awards"
  | "certifications"
  | "groups"
  | "publications"
  | "patents"
  | "assessments"
  | "additional_information"
  | "projects";

/** Heading texts as Indeed prints them, with their place in Indeed's page order (null: none). */
export const HEADING_LABELS: { text: string; label: HeadingLabel; rank: number | null; base: number }[] = [
  { text: "Work Experience", label: "work_experience", rank: 0, base: 2 },
  { text: "Education", label: "education", rank: 1, base: 1 },
  { text: "Skills", label: "skills", rank: 2, base: 1 },
  { text: "Links", label: "links", rank: 3, base: 0.5 },
  { text: "Military Service", label: "military_service", rank: 4, base: 2 },
  { text: "Awards", label: "awards", rank: 5, base: 1 },
  { text: "Certifications/Licenses", label: "certifications", rank: 6, base: 2.5 },
  { text: "Groups", label: "groups", rank: 7, base: 0.5 },
  { text: "Publications", label: "publications", rank: 8, base: 1 },
  { text: "Patents", label: "patents", rank: 9, base: 1 },
  { text: "Assessments", label: "assessments", rank: 10, base: 1 },
  { text: "Additional Information", label: "additional_information", rank: 11, base: 3 },
  { text: "Projects", label: "projects", rank: null, base: 0 },
];

const MODIFIERS_BEFORE: Partial<Record<HeadingLabel, RegExp>> = {
  education:
    /(?:\b(?:of|in|and|for|&|to|continuing|higher|adult|special|physical|medical|patient|health|professional|graduate|public|technical|teacher|early|childhood|formal|further|online|distance|secondary|primary|driver|customer|consumer|financial|staff|user|nursing|clinical|community|religious|music|art|science|career)|Department|Ministry|Board|Continuing|Higher|Adult|Special|Physical|Medical|Patient|Health|Public|Technical|Early|Childhood|Formal|Further|Secondary|Primary|Clinical|Community)\s*$/,
  skills:
    /(?:\b(?:technical|soft|communication|interpersonal|key|core|computer|language|leadership|analytical|organizational|organisational|management|service|customer|professional|writing|people|social|essential|relevant|additional|other|transferable|of|and|&|with|programming|software|hard|problem[- ]solving|presentation|listening|sales|research|life|basic|strong|excellent)|Technical|Soft|Communication|Interpersonal|Key|Core|Computer|Language|Leadership|Analytical|Organizational|Management|Customer|Professional|Programming|Software|Relevant|Additional|Other|Transferable|Essential|Hard|Basic|Summary of|SUMMARY OF)\s*$/,
  groups:
    /(?:\b(?:availability|security|resource|users?|focus|distribution|file|scaling|log|consistency|protection|storage|volume|server|target|support|working|affinity|inventory|placement|parameter|option|subnet|host|computer|ad|email|mail|roles|business|it|advisory|peer|network|and|&|of|the|with|on|interest|patient|community|auto|always-?on|alwayson|disk)|[A-Z][a-z]+-On|Availability|Security|Resource|User|Users|Focus|Distribution|File|Scaling|Log|Consistency|Protection|Storage|Volume|Server|Target|Support|Working|Affinity|Inventory|Placement|Parameter|Option|Subnet|Host|Computer|AD|Email|Roles|Business|IT|Advisory|Peer|Network|Interest|Auto|Disk|Windows)\s*,?\s*$/,
  projects:
    /(?:\b(?:of|in|and|for|&|to|the|manage|handle|handled|lead|migrated|special|major|key|it|consultative|completed|infrastructure|regulatory|database|solar|views|notable|selected|academic|personal|other|multiple|various|client|these|such|on|with)|Special|Major|Key|IT|Consultative|Completed|Infrastructure|Regulatory|Database|Solar|Views|Notable|Selected|Academic|Personal|Other|Lead|Manage|Migrated|Client)\s*$/,
  publications: /(?:\b(?:special|nist|security|the|and|of|in|sports|various)|Special|NIST|Security|Sports)\s*$/,
  awards: /(?:\b(?:of|and|&|the|in|for|with|several|multiple|various|received|won)|Several|Multiple)\s*$/,
};

const DEGREE_WORD =
  /^\s*(?:[\s,.-]*)(?:bachelor|master|associate|doctor|diploma|certificate|certification|high school|ged|mba|ph\.?\s?d|b\.?\s?s\.?c?\b|b\.?\s?a\b|b\.?\s?e\b|b\.?\s?tech|m\.?\s?s\.?c?\b|m\.?\s?a\b|m\.?\s?e\b|m\.?\s?tech|a\.?\s?a\.?s?\b|a\.?\s?s\b|bba|bcom|mca|bca|btech|mtech|some college|graduat|course|coursework|college|university|institute|school|academy|secondary|general|undergraduate|post ?graduate|advanced|computer|information|business)/i;
const INSTITUTION_SOON =
  /^[^]{0,120}?\b(?:University|College|Institute|Institut|School|Academy|Polytechnic|UNIVERSITY|COLLEGE|INSTITUTE|SCHOOL|Universidad|Universit[éy]|Hogeschool)\b/;
const YEARS_LIST = /\((?:\d+\+? years?|Less than 1 year|less than 1 year)\)/;
const URL_NEXT = /^\s*(?:\[URL\]|https?:\/\/|www\.|[\w-]+\.(?:com|org|net|io|me|dev)\b)/i;
const ASSESSMENT_LEVEL = /—\s*(?:Expert|Highly Proficient|Proficient|Familiar|Completed)/;

/** Local score of the heading `label` at text[start, end). */
export function scoreHeadingCandidate(text: string, label: HeadingLabel, start: number, end: number): number {
  const spec = HEADING_LABELS.find((h) => h.label === label);
  let score = spec ? spec.base : 0;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 200);
  const nextWord = /^\s*(\S+)/.exec(after)?.[1] ?? "";

  if (/^\s*:/.test(after) && label !== "additional_information") score -= 1.5;
  if (/^[,.;)]/.test(after)) score -= 1.5; // "Education, e-Business and …", "Projects."
  const lowerNext = /^[a-z]/.test(nextWord) && !URL_NEXT.test(after);
  if (
    lowerNext &&
    !(label === "education" && (DEGREE_WORD.test(after) || INSTITUTION_SOON.test(after))) &&
    !(label === "skills" && /^[^.]{0,60},/.test(after))
  )
    score -= 1.5;
  if (/^(?:Used|Utilized|Summary|and|&|to|for|in)\b/.test(nextWord) && label !== "education") score -= 1.5;
  const modifier = MODIFIERS_BEFORE[label];
  if (modifier && modifier.test(before)) score -= 1.5;

  switch (label) {
    case "work_experience":
      if (text.lastIndexOf("Work Experience", start - 1) >= 0) score -= 1.5; // Indeed prints it once; the first one is the heading
      break;
    case "education":
      if (DEGREE_WORD.test(after)) score += 1;
      if (INSTITUTION_SOON.test(after)) score += 0.5;
      break;
    case "skills":
      if (YEARS_LIST.test(after.slice(0, 150))) score += 1;
      if (/^[^.]{0,60},/.test(after)) score += 0.5;
      break;
    case "links":
      score += URL_NEXT.test(after) ? 1.5 : -2;
      break;
    case "assessments":
      if (/Indeed\s*$/.test(before)) score -= 3;
      if (ASSESSMENT_LEVEL.test(after.slice(0, 100))) score += 1.5;
      break;
    case "groups":
    case "awards":
      if (/\b(?:19|20)\d{2}\b/.test(after.slice(0, 150))) score += 0.5;
      break;
    case "projects":
      // Not an Indeed heading in the corpus: only a list of dated or open-source projects counts.
      if (
        /^[^.]{0,100}\((?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|Present))?\)/.test(after) ||
        /^\s*(?:Open-source|Open source|Side project|Personal project|Capstone)/i.test(after)
      )
        score += 1.5;
      if (/^\s*[•·?*-]/.test(after)) score -= 1.5;
      break;
    default:
      break;
  }
  return score;
}
