/**
 * The list-like resume sections as structured entries: skills ("SQL (10+ years), Oracle
 * (8 years), OEM"), certificates ("Oracle Certified Professional (OCP) 12c June 2016 to Present"),
 * awards and achievements ("Alpha Sigma Lambda 2015-06 Honor Society"), projects ("Store
 * clustering (2022): grouped 230 stores …").
 *
 * Follows: Indeed's layouts as met in the florex corpus and the bundled sample. Years of use in
 * skills ("(5 years)") are dropped from the names (the section text keeps them). A certificate's
 * issuer is only filled when its name starts with the vendor ("Oracle Certified …", "AWS
 * Certified …"); otherwise it stays null.
 * Leaves out: skill levels, certificate ids and URLs.
 */
import { Certificate, Project } from "../schemas/resume-sections";
import { DATE, NOW, toIsoDate } from "./resume-dates";
import { skillNames } from "../lexicon/find-skills";

const YEARS_NOTE = /\s*\((?:\d+\+?\s*years?|less than 1 year|[^)]*\byears?\))\)/gi;

/** Splits on commas, semicolons, bullets and " - " outside parentheses. */
function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(") depth++;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;•·●▪|\n]/.test(char)) {
      items.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  items.push(current);
  return items.map((item) => item.trim()).filter(Boolean);
}

/** Skill names of a skills section; prose falls back to the lexicon. */
export function parseSkillList(text: string): string[] {
  const names = splitList(text.replace(YEARS_NOTE, ""))
    .map((item) => item.replace(/^[-–*?\s]+|[.\s]+$/g, "").replace(/^[A-Z][A-Za-z &/]{1,30}:\s*/, ""))
    .filter((item) => item.length > 0 && item.length <= 60 && item.split(/\s+/).length <= 6);
  const seen = new Set<string>();
  const unique = names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
  return unique.length > 0 ? unique : skillNames(text, { match: "literal" });
}

const VENDORS: [RegExp, string][] = [
  [/^Oracle\b/i, "Oracle"],
  [/^(?:Microsoft|MCSA|MCSE|MCP|MCITP|MCDBA|MCTS)\b/i, "Microsoft"],
  [/^(?:AWS|Amazon Web Services)\b/i, "Amazon Web Services"],
  [/^(?:Cisco|CCNA|CCNP|CCIE)\b/i, "Cisco"],
  [/^(?:CompTIA|A\+|Network\+|Security\+)/i, "CompTIA"],
  [/^Google\b/i, "Google"],
  [/^IBM\b/i, "IBM"],
  [/^(?:Red Hat|RHCSA|RHCE)\b/i, "Red Hat"],
  [/^VMware\b/i, "VMware"],
  [/^(?:PMP|CAPM|PMI)\b/i, "PMI"],
  [/^Salesforce\b/i, "Salesforce"],
  [/^Tableau\b/i, "Tableau"],
  [/^Snowflake\b/i, "Snowflake"],
  [/^Databricks\b/i, "Databricks"],
  [/^MongoDB\b/i, "MongoDB"],
  [/^(?:CISSP|\(ISC\)|ISC2)/i, "ISC2"],
  [/^(?:CISA|CISM|ISACA)\b/i, "ISACA"],
  [/^(?:ITIL)\b/i, "AXELOS"],
  [/^(?:HashiCorp|Terraform)\b/i, "HashiCorp"],
  [/^SAS\b/, "SAS"],
  [/^(?:Certified ScrumMaster|CSM|Scrum Alliance)\b/i, "Scrum Alliance"],
];
/**
 * A date or a date range; group 1 is the whole match, group 2 its first date. The first date is
 * taken from the match itself, never by splitting the text again on "to": a split on "to" cut
 * "October 2015 to Present" inside "Oc|to|ber" and exported the date "Oc" (9 of the study's 600
 * resumes then failed the JSON Resume schema). "to" is a whole word here; "-", "–" and "—" join
 * ranges with or without spaces.
 */
const DATED = new RegExp(String.raw`((${DATE})(?:\s*(?:\bto\b|-|–|—)\s*(?:${NOW}|${DATE}))?)`, "g");

/** Splits text after each date (range or single), keeping each piece with its first date. */
function splitAfterDates(text: string): { body: string; date: string | null }[] {
  const pieces: { body: string; date: string | null }[] = [];
  let at = 0;
  for (const match of text.matchAll(DATED)) {
    const end = (match.index ?? 0) + match[0].length;
    const body = text.slice(at, match.index).trim();
    // ", for the consolidation program" continues the piece before it.
    if (body && pieces.length > 0 && /^[,;:(]|^[a-z]/.test(body))
      pieces[pieces.length - 1].body += body.startsWith(",") ? body : ` ${body}`;
    if (body && !(pieces.length > 0 && /^[,;:(]|^[a-z]/.test(body))) pieces.push({ body, date: match[2] });
    else if (pieces.length > 0) pieces[pieces.length - 1].date ??= match[2];
    at = end;
  }
  const tail = text.slice(at).trim();
  if (tail && pieces.length > 0 && /^[,;:(]|^[a-z]/.test(tail))
    pieces[pieces.length - 1].body += tail.startsWith(",") ? tail : ` ${tail}`;
  else if (tail) pieces.push({ body: tail, date: null });
  return pieces;
}

/** Certificates of a certifications section: a name before each date. */
export function parseCertificates(text: string): Certificate[] {
  const pieces = splitAfterDates(text);
  const named = pieces.length > 1 || pieces[0]?.date ? pieces : splitList(text).map((body) => ({ body, date: null }));
  return named
    .filter((piece) => piece.body.length <= 200)
    .map((piece) => ({
      name: piece.body.replace(/^[-–•*?\s]+/, ""),
      issuer: VENDORS.find(([pattern]) => pattern.test(piece.body.replace(/^[-–•*?\s]+/, "")))?.[1] ?? null,
      date: piece.date === null ? null : (toIsoDate(piece.date) ?? piece.date),
    }));
}

/** Achievements of an awards-like text: one per dated piece, else one per bullet or sentence. */
export function parseAchievements(text: string): string[] {
  const pieces = splitAfterDates(text);
  if (pieces.some((piece) => piece.date !== null)) {
    return pieces.map((piece) => (piece.date ? `${piece.body} (${piece.date})` : piece.body));
  }
  const bullets = text
    .split(/\s*[•·●▪?]\s+|\s+-\s+(?=[A-Z])/)
    .map((part) => part.trim())
    .filter(Boolean);
  return bullets.length > 1
    ? bullets
    : text
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .map((part) => part.trim())
        .filter(Boolean);
}

const NAMED_PROJECT =
  /(?:^|(?<=[.;!?]\s+))([A-Z][^():.;]{2,80}?)\s*\(((?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2}|Present))?)\)\s*[:–-]\s*/g;

/** Projects of a projects text: "Name (2022): description" pieces, else one per sentence group. */
export function parseProjects(text: string): Project[] {
  const heads = [...text.matchAll(NAMED_PROJECT)];
  if (heads.length > 0) {
    return heads.map((head, i) => ({
      name: `${head[1].trim()} (${head[2]})`,
      description: text.slice((head.index ?? 0) + head[0].length, heads[i + 1]?.index ?? text.length).trim(),
    }));
  }
  const trimmed = text.trim();
  if (!trimmed) return [];
  const colon = /^([^:.]{2,80}):\s*/.exec(trimmed);
  if (colon) return [{ name: colon[1].trim(), description: trimmed.slice(colon[0].length).trim() }];
  const firstSentence = /^(.{2,120}?[.!?])(?:\s|$)/.exec(trimmed);
  return [
    {
      name: (firstSentence ? firstSentence[1] : trimmed.split(/\s+/).slice(0, 8).join(" ")).replace(/[.!?]$/, ""),
      description: trimmed,
    },
  ];
}
