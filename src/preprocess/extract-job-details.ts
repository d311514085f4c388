/**
 * The deterministic (`rules`) job-details extractor: a JobPosting in, schema-valid JobDetails
 * and warnings out. The LLM extractor wraps the same result type.
 *
 * Facts JobSpy typed (title, company, location, remote, job types, salary) are taken from its
 * fields as they are: the salary's min, max, currency and interval exactly. Only when a field is
 * empty is the description read (posting-fields.ts, salary-text.ts). Lists come from headed
 * sections (markdown-sections.ts); skills from the lexicon, required unless only named in a
 * preferred section or a "(Preferred)" line. Missing facts stay null or empty: nothing is
 * invented, and a posting without duty/qualification headings gets its sentences classified by
 * wording, with a warning saying so (posting-blocks.ts). `keywords` are the skills, topped up
 * with frequent content words when the lexicon finds fewer than five.
 * Leaves out: prose the rules cannot place (a company blurb not starting with the company's
 * name, benefits not introduced as such); those stay only in the description.
 */
import { JobPosting } from "../schemas/job";
import { EducationRequirement, emptyJobDetails, JobDetails, JobDetailsResult, JobSalary } from "../schemas/job-details";
import { findDegreeRequirements, mergeDegreeRequirements } from "./degree-requirements";
import { skillNames } from "../lexicon/find-skills";
import { splitPostingSections, unescapeMarkdown } from "./markdown-sections";
import {
  benefitParagraphs,
  classifyByWording,
  introAbout,
  itemsOf,
  NOT_AN_ITEM,
  PREFERRED_LINE,
  TypedBlock,
  typeBlocks,
} from "./posting-blocks";
import { HeadingCategory } from "./posting-headings";
import { companyFromText, jobTypesFromText, labelledValue, remoteFromText, titleFromText } from "./posting-fields";
import { formatSalary, parseSalaryText } from "./salary-text";
import { detectSeniority } from "./seniority";
import { rankKeywords } from "./rank-keywords";
import { looksEnglish } from "./text-language";
import { findYearsOfExperience } from "./years-experience";

/** What the extractor reads: the description plus whichever JobSpy fields are known. */
export type PostingInput = Pick<JobPosting, "description"> &
  Partial<
    Pick<
      JobPosting,
      "title" | "company" | "location" | "isRemote" | "jobTypes" | "salary" | "jobLevel" | "companyDescription"
    >
  >;

/** A clause that opens with its years ("2+ years of experience …") states the requirement itself. */
const YEARS_FIRST =
  /^(?:at least |minimum (?:of )?|a minimum of |over |more than )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i;

function salaryOf(posting: PostingInput, blocks: TypedBlock[], text: string): JobSalary | null {
  const fields = posting.salary;
  if (fields && (fields.min !== null || fields.max !== null)) {
    // JobSpy's typed fields are authoritative: copied exactly, rendered as text for readers.
    const exact = { min: fields.min, max: fields.max, currency: fields.currency, interval: fields.interval };
    return { ...exact, text: formatSalary(exact) };
  }
  const payBlocks = blocks
    .filter((block) => block.effective === "compensation")
    .flatMap((block) => block.lines.map((line) => line.text));
  return parseSalaryText(payBlocks.join("\n")) ?? parseSalaryText(text);
}

/** Extracts JobDetails from a posting by rules; never throws on odd text. */
export function extractJobDetailsRules(posting: PostingInput): JobDetailsResult {
  const warnings: string[] = [];
  const text = unescapeMarkdown(posting.description ?? "");
  const blocks = typeBlocks(splitPostingSections(text));
  const details: JobDetails = emptyJobDetails();
  if (text.trim() === "") warnings.push("empty description: only the JobSpy fields were used");
  if (looksEnglish(text) === false)
    warnings.push(
      "the description does not look English: headings, skills and patterns are English-only, so little may be found",
    );

  details.title = posting.title ?? titleFromText(blocks, text);
  details.company = posting.company ?? companyFromText(blocks);
  details.location = posting.location?.text ?? labelledValue(blocks, "location");
  details.remote = posting.isRemote ?? remoteFromText(blocks, details.title, text);
  details.jobTypes =
    posting.jobTypes && posting.jobTypes.length > 0 ? [...posting.jobTypes] : jobTypesFromText(blocks, details.title);
  details.salary = salaryOf(posting, blocks, text);
  details.seniority = detectSeniority(details.title, posting.jobLevel ?? null, text);

  const ofKind = (...kinds: HeadingCategory[]) => blocks.filter((block) => kinds.includes(block.effective));
  details.responsibilities = ofKind("responsibilities").flatMap(itemsOf);
  for (const item of ofKind("required").flatMap(itemsOf)) {
    (PREFERRED_LINE.test(item) ? details.preferredQualifications : details.requiredQualifications).push(item);
  }
  details.preferredQualifications.push(...ofKind("preferred").flatMap(itemsOf));
  details.benefits = [...ofKind("benefits").flatMap(itemsOf), ...benefitParagraphs(blocks)].filter(
    (item) => !NOT_AN_ITEM.test(item),
  );
  const about = ofKind("about").flatMap((block) => block.lines.map((line) => line.text));
  details.companyOverview =
    about.length > 0 ? about.join("\n") : (introAbout(blocks, details.company) ?? posting.companyDescription ?? null);

  if (
    details.responsibilities.length === 0 &&
    details.requiredQualifications.length === 0 &&
    details.preferredQualifications.length === 0
  ) {
    classifyByWording(ofKind("other", "summary"), details);
    if (details.responsibilities.length + details.requiredQualifications.length > 0) {
      warnings.push("no duties or qualifications headings: sentences were classified by their wording");
    } else {
      warnings.push("no duties or qualifications found");
    }
  }

  // Skills, degrees and years come from every part but the company blurb, benefits and pay.
  const readable = blocks.filter(
    (block) => !["about", "benefits", "compensation", "closing"].includes(block.effective),
  );
  // Literal matching: in raw postings punctuation carries meaning (".NET", "C#"), see find-skills.ts.
  const required = new Set<string>(skillNames(details.title ?? "", { match: "literal" }));
  const preferred = new Set<string>();
  const degrees: EducationRequirement[] = [];
  for (const block of readable) {
    for (const line of block.lines) {
      const isPreferred = block.effective === "preferred" || PREFERRED_LINE.test(line.text);
      for (const skill of skillNames(line.text, { match: "literal" })) (isPreferred ? preferred : required).add(skill);
      degrees.push(...findDegreeRequirements(line.text, isPreferred));
    }
  }
  details.skills = { required: [...required], preferred: [...preferred].filter((skill) => !required.has(skill)) };
  details.education = mergeDegreeRequirements(degrees);
  details.keywords = keywordsOf(details, text);
  // A clause that opens with its years ("2+ years of experience …") states the requirement;
  // years inside another clause ("… or a bachelor's degree with 4 years") are a side condition.
  const mentions = [...ofKind("required"), ...ofKind("preferred"), ...readable].flatMap((block) =>
    block.lines.flatMap((line) => findYearsOfExperience(line.text)),
  );
  details.yearsOfExperience = mentions.find((m) => m.text !== null && YEARS_FIRST.test(m.text)) ?? mentions[0] ?? null;
  return { details: JobDetails.parse(details), warnings };
}

/**
 * Skills first; when the lexicon found fewer than five, the most frequent content words of the
 * duties and qualifications (or of the whole text when there are none) fill up to ten.
 */
function keywordsOf(details: JobDetails, text: string): string[] {
  const keywords = [...details.skills.required, ...details.skills.preferred];
  if (keywords.length >= 5) return keywords;
  const listed = [
    ...details.responsibilities,
    ...details.requiredQualifications,
    ...details.preferredQualifications,
  ].join("\n");
  const taken = new Set(keywords.map((keyword) => keyword.toLowerCase()));
  for (const word of rankKeywords(listed.trim() ? listed : text, 10)) {
    if (keywords.length >= 10) break;
    if (!taken.has(word)) keywords.push(word);
  }
  return keywords;
}
