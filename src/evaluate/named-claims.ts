// The named claims of a text: certifications, degrees, institutions, job titles and
// organisations, each with a key for comparison (its normalised words; for a certification or
// degree the canonical short name, so "PMP" = "Project Management Professional", "B.S." =
// "Bachelor of Science").
//
// Found in that order, and a character belongs to one mention only: once "Certified Kubernetes
// Administrator" is a certification it cannot also be a title, and a title or school taken out
// of "Data Engineer at Acme Corp" leaves "Acme Corp" alone for the organisation patterns.
// Organisations need a cue: a legal suffix (Inc, LLC, Corp, Ltd...), an organisation word at the
// end after a non-generic word (Tata Consultancy Services, not Cloud Services), "Bank/Department/
// City of X", or "at X". A title that is wholly a tool's name (Oracle Enterprise Manager) is not one.
// An entry's head line (a title and a date) names its employer without a cue too:
// "Software Engineer, Tech Innovators, 2019 - 2021" (claim-employers.ts).
// Departure: other bare capitalised names are not claims; in GPT's title-case resume text they
// are mostly headings, skills and project names, and would flood the review list.
// Degrees are read in any case ("BACHELOR OF ...", "bsc in computer science").
// Leaves out: people's names and places (personal info is the persona's), project names.

import {
  AMBIGUOUS_DEGREES,
  CERTIFICATION_ENTRIES,
  DEGREE_ABBREVIATIONS,
  DEGREE_KINDS,
  FIELD_WORDS,
  GENERIC_NAME_WORDS,
  INSTITUTION_KEYWORDS,
  ORG_KEYWORDS,
  ORG_SUFFIXES,
  TITLE_HEADS,
} from "./claim-lexicons";
import { headLineEmployers } from "./claim-employers";
import { findSkills } from "../lexicon/find-skills";
import { phraseNorms } from "../lexicon/match-text";
import { buildPhraseMatcher } from "../lexicon/phrase-matcher";

export type NamedType = "certification" | "degree" | "institution" | "title" | "organization";

export interface NamedMention {
  type: NamedType;
  text: string;
  start: number;
  end: number;
  key: string;
  /** A degree's field of study ("computer science"), when given. */
  field?: string;
}

const CERTIFICATIONS = buildPhraseMatcher(
  CERTIFICATION_ENTRIES.flatMap((line) => {
    const [key, ...aliases] = line.split("|");
    return aliases.map((alias) => ({ key, text: alias.replace(/^=/, ""), caseSensitive: alias.startsWith("=") }));
  }),
);

const CAP = String.raw`[A-Z](?:[\p{L}\p{N}'’&+#-]|\.(?=\p{L}))*`;
const NAME = String.raw`${CAP}(?:[ \t]+(?:${CAP}|of|and|&|the|de))*`;
const words = (list: readonly string[]) => list.map((word) => word.replace(/[.]/g, "\\.")).join("|");
// A field of study stops where a school's name begins ("B.E. in Electronics University of Mumbai").
const FIELD_CAP = String.raw`(?!(?:${words(INSTITUTION_KEYWORDS)})\b)${CAP}`;
const re = (source: string) => new RegExp(source, "gud");

const CERT_PATTERNS = [
  re(String.raw`\b(?:AZ|DP|AI|PL|SC|MS|MB|SAA|SOA|DVA)-[A-Z]?\d{2,3}\b`),
  re(String.raw`(?:${CAP}[ \t]+){0,3}Certified:?(?:[ \t]+(?:${CAP}|in|of|and|&|[–-](?=[ \t]+[A-Z]))){1,6}`),
  re(String.raw`(?:${CAP}[ \t]+){1,5}(?:Certification|Certificate)\b`),
];
// Degree words in any case ("BACHELOR OF INFORMATION TECHNOLOGY", "bachelor's in computer science"):
// a capitalised field runs over capitalised words, a lower-case one stops at a preposition.
const anyCase = (word: string) =>
  [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join("");
const FIELD_LOWER = String.raw`(?!(?:from|at|with|where|while|for|to|on|in|and|of|the|a|an|university|college|institute|school)\b)[a-z]+`;
const LOWER_FIELD = String.raw`${FIELD_LOWER}(?:[ \t]+(?:and[ \t]+)?${FIELD_LOWER}){0,3}`;
const DEGREE_LONG = re(
  String.raw`(?<!Scrum[ \t]+)\b(${anyCase("bachelor")}|${anyCase("master")}|${anyCase("doctor")}|` +
    String.raw`${anyCase("associate")})(['’]?[sS])?([ \t]+${anyCase("degree")})?` +
    String.raw`(?:[ \t]+(?:${anyCase("of")}|${anyCase("in")})[ \t]+(?:the[ \t]+)?(${FIELD_CAP}(?:[ \t]+(?:${FIELD_CAP}|and|&|of|in|AND|OF|IN))*|${LOWER_FIELD}))?|\b${anyCase("doctorate")}\b`,
);
// Any case ("bsc", "BSC", "B.Sc"); a lower-case one is a degree only before "in <field>" (readShortDegree).
const DEGREE_SHORT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(B\.?[ ]?S\.?c|M\.?[ ]?S\.?c|[BM]\.?[ ]?Tech|[BM]\.?[ ]?Com|[BM]\.?[ ]?[SAE]|BCA|BBA|BFA|MBA|MCA|MFA|Ph\.?[ ]?D|A\.?A\.?S|A\.?[AS])\.?(?![\p{L}\p{N}])`,
  "giud",
);
// Schooling below a degree: "High School Diploma", "GED", "Diploma in Cybersecurity".
const DIPLOMA = re(
  String.raw`\b(?:${anyCase("high")}[ \t]+${anyCase("school")}[ \t]+${anyCase("diploma")}|GED)\b|` +
    String.raw`\b${anyCase("diploma")}[ \t]+(?:in|of)[ \t]+(${FIELD_CAP}(?:[ \t]+(?:${FIELD_CAP}|and|&))*)`,
);
const LOWER_FIELD_AFTER = new RegExp(String.raw`^[ \t]+in[ \t]+(${LOWER_FIELD})`, "u");
const FIELD_AFTER = new RegExp(
  String.raw`^(?:[ \t]+in[ \t]+|,?[ \t]+)(${FIELD_CAP}(?:[ \t]+(?:${FIELD_CAP}|and|&))*)`,
  "u",
);
const INSTITUTION_PATTERNS = [
  re(String.raw`\bUniversity of ${CAP}(?:[ \t]+(?:${CAP}|and|&))*(?:[ \t]+at[ \t]+${CAP}(?:[ \t]+${CAP})*)?`),
  re(
    String.raw`(?:${CAP}[ \t]+(?:(?:of|and|&)[ \t]+)?){1,4}(?:${words(INSTITUTION_KEYWORDS)})\b(?:[ \t]+(?:of|for)[ \t]+${CAP}(?:[ \t]+(?:${CAP}|and|&))*)?|\b(?:${words(INSTITUTION_KEYWORDS)})[ \t]+(?:of|for)[ \t]+${CAP}(?:[ \t]+(?:${CAP}|and|&))*`,
  ),
];
// A full stop inside a title only ends an abbreviation ("Sr. Engineer"), not a sentence ("Procedures. Oracle DBA").
const TITLE_PATTERN = re(
  String.raw`(?:${CAP}(?:(?<=(?<![\p{L}])\p{Lu}\p{Ll}{0,3})\.)?[ \t]+){1,3}(?:${words(TITLE_HEADS)})\b|\bDBA\b`,
);
const ORG_BY_KEYWORD = re(String.raw`(?:${CAP}[ \t]+(?:(?:of|&|the)[ \t]+)?){1,4}(?:${words(ORG_KEYWORDS)})\b`);
const ORG_PATTERNS = [
  re(String.raw`${NAME},?[ \t]+(?:${words(ORG_SUFFIXES)})\.?(?![\p{L}])`),
  re(
    String.raw`\b(?:Bank|Department|Ministry|Bureau|Government|State|City|County)[ \t]+of[ \t]+(?:the[ \t]+)?${CAP}(?:[ \t]+${CAP})*`,
  ),
  ORG_BY_KEYWORD,
  re(String.raw`(?<![\p{L}])(?:at|@)[ \t]+(?:the[ \t]+)?(${NAME})`),
];
const NOT_AN_EMPLOYER = /^(?:present|current|now|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const LEGAL_SUFFIX_NORMS = new Set(ORG_SUFFIXES.flatMap(phraseNorms));

/** Every named claim of a text, in order of position. */
export function findNamedClaims(text: string): NamedMention[] {
  const found: NamedMention[] = [];
  let masked = text;
  const take = (mention: NamedMention) => {
    found.push(mention);
    masked = masked.slice(0, mention.start) + "\u0001".repeat(mention.end - mention.start) + masked.slice(mention.end);
  };
  for (const m of CERTIFICATIONS.find(text))
    take({ type: "certification", text: m.text, start: m.start, end: m.end, key: m.key });
  for (const pattern of CERT_PATTERNS)
    for (const m of matches(pattern, masked)) take(named("certification", text, m.start, m.end));
  for (const m of matches(DEGREE_LONG, masked)) {
    const degree = readLongDegree(m.groups);
    if (degree) take({ ...named("degree", text, m.start, m.end), ...degree });
  }
  for (const m of matches(DIPLOMA, masked)) {
    const field = m.groups[0];
    const kind = field ? { key: "diploma", field: phraseNorms(field).join(" ") } : { key: "high school" };
    take({ ...named("degree", text, m.start, m.end), ...kind });
  }
  for (const m of matches(DEGREE_SHORT, masked)) {
    const degree = readShortDegree(m.groups[0] ?? "", masked.slice(m.end));
    if (degree)
      take({
        ...named("degree", text, m.start, m.end + degree.extra),
        key: degree.key,
        ...(degree.field ? { field: degree.field } : {}),
      });
  }
  for (const pattern of INSTITUTION_PATTERNS)
    for (const m of matches(pattern, masked)) take(named("institution", text, m.start, m.end));
  // A tool named like a title ("Oracle Enterprise Manager") is a skill claim, not a title.
  const skills = findSkills(text);
  const inSkill = (start: number, end: number) => skills.some((skill) => skill.start <= start && end <= skill.end);
  for (const m of matches(TITLE_PATTERN, masked))
    if (!inSkill(m.start, m.end)) take(named("title", text, m.start, m.end));
  const titles = found.filter((mention) => mention.type === "title");
  for (const pattern of ORG_PATTERNS) {
    for (const m of matches(pattern, masked)) {
      const [start, end] = m.groupSpans[0] ?? [m.start, m.end]; // "at X": the name only
      if (NOT_AN_EMPLOYER.test(text.slice(start, end))) continue;
      const name = named("organization", text, start, end);
      if (name.key === "") continue; // "at The" before a school already taken: an article is no name
      if (pattern !== ORG_BY_KEYWORD || !isGenericName(text, name.start, name.end, inSkill)) take(name);
    }
  }
  const employers = found.filter((mention) => mention.type === "organization" || mention.type === "institution");
  for (const span of headLineEmployers(text, masked, titles, employers)) {
    if (!inSkill(span.start, span.end)) take(named("organization", text, span.start, span.end));
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Operating Systems", "Cloud Services", "SQL Server Reporting Services": an organisation word
// after nothing but generic or skill words names a kind of thing, not an employer.
function isGenericName(
  text: string,
  start: number,
  end: number,
  inSkill: (start: number, end: number) => boolean,
): boolean {
  const words = [...text.slice(start, end).matchAll(/[\p{L}\p{N}&+#-]+/gu)].slice(0, -1); // all but the organisation word
  return words.every((word) => {
    const at = start + (word.index as number);
    return (
      inSkill(at, at + word[0].length) ||
      GENERIC_NAME_WORDS.has(word[0].toLowerCase()) ||
      ["of", "&", "the"].includes(word[0])
    );
  });
}

/** The words compared for a name: normal forms without a leading "the" or a trailing legal suffix. */
export function nameKey(type: NamedType, text: string): string[] {
  const norms = phraseNorms(text);
  if (norms[0] === "the") norms.shift();
  if (type === "organization") while (norms.length > 1 && LEGAL_SUFFIX_NORMS.has(norms[norms.length - 1])) norms.pop();
  return norms;
}

// Capitalised verbs that open a sentence before a name ("Joined Acme Corp") are not the name.
const LEADING_VERBS = new RegExp(
  String.raw`^(?:Worked|Joined|Served|Led|Managed|Consulted|Interned|Employed|Hired|Promoted|` +
    String.raw`Supported|Developed|Built|Designed|Implemented|Created|Delivered|Partnered|Collaborated|Contracted|Volunteered|` +
    String.raw`Founded|Co-founded|Upgraded|Deployed|Migrated|Maintained|Administered|Configured|Installed|Automated|` +
    String.raw`Optimi[sz]ed|Monitored|Integrated|Established|Launched|Coordinated|Oversaw|Used|Utili[sz]ed|Leveraged)[ 	]+`,
);

// Any capitalised past-tense word opening a sentence ("Tuned Operating Systems") is a verb too.
const PAST_TENSE = /^[A-Z][a-z]+ed[ \t]+(?=\S)/;

function named(type: NamedType, text: string, rawStart: number, rawEnd: number): NamedMention {
  let end = rawEnd;
  while (end > rawStart && /[\s,;:–-]/.test(text[end - 1])) end--; // trailing separators are not the name
  const atSentenceStart = /(?:^|[.!?;:\n•*-])[ \t]*$/.test(text.slice(Math.max(0, rawStart - 40), rawStart));
  const verb =
    LEADING_VERBS.exec(text.slice(rawStart, end)) ??
    (atSentenceStart ? PAST_TENSE.exec(text.slice(rawStart, end)) : null);
  const start = rawStart + (verb?.[0].length ?? 0);
  const value = text.slice(start, end);
  return { type, text: value, start, end, key: nameKey(type, value).join(" ") };
}

function readLongDegree(groups: (string | undefined)[]): { key: string; field?: string } | null {
  const [level, possessive, degreeWord, named] = groups;
  if (!level) return { key: "phd" }; // "Doctorate"
  const lower = level.toLowerCase();
  const norms = named ? phraseNorms(named) : [];
  for (const [kind, key] of Object.entries(DEGREE_KINDS[lower]).sort((a, b) => b[0].length - a[0].length)) {
    const kindNorms = kind.split(" ");
    if (kindNorms.every((word, i) => norms[i] === word)) {
      const rest = norms.slice(kindNorms.length);
      if (rest[0] === "in") rest.shift();
      return rest.length > 0 ? { key, field: rest.join(" ") } : { key };
    }
  }
  if (norms.length > 0) return { key: lower, field: norms.join(" ") };
  // Alone, "Bachelor", "Bachelor's" and "Master's" are degrees ("Master's, Computer Science, ...");
  // a bare "Master", "Doctor" or "Associate" is a title or a word.
  const alone =
    lower === "bachelor" || ((lower === "master" || lower === "associate") && /^['’]/.test(possessive ?? ""));
  return degreeWord || alone ? { key: lower } : null;
}

function readShortDegree(written: string, after: string): { key: string; field?: string; extra: number } | null {
  const key = DEGREE_ABBREVIATIONS[written.replace(/[.\s]/g, "").toLowerCase()];
  if (!key) return null;
  if (written === written.toLowerCase()) {
    // "bsc in computer science": lower case is a degree only before "in" and a field word.
    const lower = LOWER_FIELD_AFTER.exec(after) ?? (/^[ \t]+in[ \t]/.test(after) ? FIELD_AFTER.exec(after) : null);
    const norms = lower ? phraseNorms(lower[1]) : [];
    return lower && FIELD_WORDS.has(norms[0] ?? "") ? { key, field: norms.join(" "), extra: lower[0].length } : null;
  }
  const field = FIELD_AFTER.exec(after);
  const fieldNorms = field ? phraseNorms(field[1]) : [];
  const explicit = field !== null && /^[ \t]+in[ \t]/.test(after);
  const fieldLike = explicit || FIELD_WORDS.has(fieldNorms[0] ?? "");
  // "MS", "MA", "BE"... without dots are degrees only when a field of study follows.
  if (AMBIGUOUS_DEGREES.has(written.toLowerCase()) && !fieldLike) return null;
  return fieldLike && field ? { key, field: fieldNorms.join(" "), extra: field[0].length } : { key, extra: 0 };
}

interface Match {
  start: number;
  end: number;
  groups: (string | undefined)[];
  groupSpans: ([number, number] | undefined)[];
}

function matches(pattern: RegExp, text: string): Match[] {
  return [...text.matchAll(pattern)].map((m) => ({
    start: m.index as number,
    end: (m.index as number) + m[0].length,
    groups: m.slice(1),
    groupSpans: (m.indices ?? []).slice(1).map((span) => (span ? [span[0], span[1]] : undefined)),
  }));
}
