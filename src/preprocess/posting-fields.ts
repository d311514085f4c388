/**
 * The posting facts JobSpy may leave empty, read from the description instead: title, company,
 * location, remote, job types. Each reader returns null (or []) when the text does not say.
 *
 * Follows: the forms met in the study's JobSpy descriptions: labelled lines ("Job Title: …",
 * "**Role: Business Analyst**", "Work Location: Remote", "Job Type: Full-time, Contract"),
 * a "Job Title" heading with the title on the next line, an "About <Company>" heading, a short
 * first line naming a role, and "We are looking for a Data Analyst to join …".
 * Leaves out: guessing a company from prose ("At Cargill, we …"): too often wrong.
 */
import { PostingBlock } from "./markdown-sections";

const ROLE_WORDS =
  "engineer|analyst|scientist|developer|manager|administrator|architect|specialist|consultant|designer|lead|intern|programmer|dba|researcher|statistician|technician|technologist|director|modeler|steward|coordinator|officer|associate|representative|assistant|writer|strategist";
const ROLE_NOUN = new RegExp(`\\b(?:${ROLE_WORDS})s?\\b`, "i");

const LABELS = {
  title:
    /^(?:job title|position title|title|position|role|job role|job position|position name|job name|opening|specialty)\s*[:–-]?\s*(.{2,100})$/i,
  company: /^(?:company|company name|employer|client|organization|hiring company)\s*:\s*(.{2,80})$/i,
  location:
    /^(?:location|work location|job location|office location|locations|location type|work site)\s*:\s*(.{2,100})$/i,
  jobType:
    /^(?:job types?|employment type|type of work|position type|type of employment|work type|employment)\s*:\s*(.{2,100})$/i,
};

function allLines(blocks: PostingBlock[]): string[] {
  return blocks.flatMap((block) => block.lines.map((line) => line.text));
}

/** The value of the first "Label: value" line for `label`, or null. */
export function labelledValue(blocks: PostingBlock[], label: keyof typeof LABELS): string | null {
  for (const line of allLines(blocks)) {
    const match = LABELS[label].exec(line);
    if (match) return match[1].replace(/[*_]+/g, "").replace(/\.$/, "").trim() || null;
  }
  return null;
}

/** A title from the text: a label, a "Job Title" heading, a short role-naming first line, or "looking for a …". */
export function titleFromText(blocks: PostingBlock[], text: string): string | null {
  const labelled = labelledValue(blocks, "title");
  if (labelled && ROLE_NOUN.test(labelled)) return labelled;
  const headed = blocks.find(
    (block) => block.heading !== null && /^(?:job title|title|position|role)$/i.test(block.heading),
  );
  if (headed && headed.lines[0] && headed.lines[0].text.split(" ").length <= 12) return headed.lines[0].text;
  const first = blocks[0]?.heading ?? blocks[0]?.lines[0]?.text ?? "";
  if (first && first.split(" ").length <= 12 && ROLE_NOUN.test(first) && !/[.!?]$/.test(first)) return first;
  const lead = String.raw`\b(?:looking for|on the lookout for|seeking|hiring|searching for|recruiting|are you|join (?:us|our team) as)\s+(?:an?\s+|the\s+|our next\s+)?`;
  const adjectives = String.raw`(?:(?:talented|motivated|experienced|skilled|passionate|dedicated|driven|curious|dynamic|seasoned|highly[- ]\w+)\s+)*`;
  const phrase =
    new RegExp(String.raw`${lead}${adjectives}([\w/&+.\- ]{2,60}?\b(?:${ROLE_WORDS})s?)\b`, "i").exec(text) ??
    new RegExp(
      String.raw`\bThe ((?:[A-Z][\w&/-]*\s+){0,5}(?:${ROLE_WORDS.replace(/\|/g, "|")
        .split("|")
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join("|")}))\s+(?:will|is responsible|position|role)\b`,
    ).exec(text);
  return phrase ? phrase[1].trim() : labelled;
}

/** The company named by an "About <Company>" heading or a "Company:" label. */
export function companyFromText(blocks: PostingBlock[]): string | null {
  const labelled = labelledValue(blocks, "company");
  if (labelled) return labelled;
  for (const block of blocks) {
    const match = block.heading === null ? null : /^about\s+(.{2,60})$/i.exec(block.heading);
    if (!match) continue;
    const name = match[1].replace(/[?:!.]+$/, "").trim();
    if (/^(?:us|the |this |our |you|the$)/i.test(name) || name.split(" ").length > 6 || !/^[A-Z0-9]/.test(name))
      continue;
    return name;
  }
  return null;
}

const REMOTE_TRUE =
  /\b(?:fully|100%|completely|entirely) remote\b|\bremote[- ](?:first|position|role|opportunity|job|work)\b|\bwork from (?:home|anywhere)\b|\b(?:this|the) (?:is an?|position is|role is|job is) (?:fully )?remote\b|\btype of work:\s*remote\b/i;
const REMOTE_FALSE =
  /\b(?:this|the) (?:is an?|role is|position is|job is) (?:a )?(?:hybrid|on-?site|in[- ]office|in[- ]person)\b|\bhybrid (?:role|position|schedule|work(?:place)?)\b|\b(?:on-?site|in[- ]office) (?:role|position)\b|\bhybrid:/i;

/** Remote from the location label, the title or explicit phrases; null when nothing says. */
export function remoteFromText(blocks: PostingBlock[], title: string | null, text: string): boolean | null {
  const where = `${labelledValue(blocks, "location") ?? ""} ${title ?? ""}`;
  if (/\bremote\b/i.test(where) && !/\bhybrid\b/i.test(where)) return true;
  if (/\b(?:hybrid|on-?site|in[- ]person|in[- ]office)\b/i.test(where)) return false;
  if (REMOTE_TRUE.test(text)) return true;
  if (REMOTE_FALSE.test(text)) return false;
  return null;
}

const JOB_TYPES: [string, RegExp][] = [
  ["fulltime", /\b(?:full[- ]?time|permanent)\b/i],
  ["parttime", /\bpart[- ]?time\b/i],
  ["contract", /\b(?:contract(?:or)?|contract[- ]to[- ]hire|c2h|temp[- ]to[- ]hire|freelance)\b/i],
  ["internship", /\bintern(?:ship)?\b/i],
  ["temporary", /\b(?:temporary|seasonal)\b/i],
];

/** JobSpy's job-type words named in a short text ("Full-time, Contract" → fulltime, contract). */
export function jobTypesIn(text: string): string[] {
  return JOB_TYPES.filter(([, pattern]) => pattern.test(text)).map(([type]) => type);
}

/** JobSpy job-type words from a "Job Type:" label or a parenthesised title suffix ("(Contract)"). */
export function jobTypesFromText(blocks: PostingBlock[], title: string | null): string[] {
  return jobTypesIn([labelledValue(blocks, "jobType") ?? "", /\(([^)]*)\)/.exec(title ?? "")?.[1] ?? ""].join(" "));
}
