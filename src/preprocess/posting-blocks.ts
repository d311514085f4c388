/**
 * Reading a posting's blocks beyond their headings: sub-topic headings ("Education:") take the
 * requirement kind around them; unheaded prose gives the company overview (a line starting with
 * the company's name), benefit paragraphs ("We offer …"), and, for postings with no duty or
 * requirement headings at all, duties and qualifications classified by their wording.
 *
 * Follows: the layouts met in the study's JobSpy descriptions and the bundled sample.
 * Leaves out: semantic classification (the LLM extractor's job); wording rules are English-only.
 */
import { JobDetails } from "../schemas/job-details";
import { PostingBlock } from "./markdown-sections";
import { HeadingCategory } from "./posting-headings";

/** A line a reader would file under "preferred" ("(Preferred)", "… is a plus"). */
export const PREFERRED_LINE =
  /\((?:preferred|desired|nice to have|a plus|optional)\)|\b(?:is |are |would be )?(?:a (?:big |huge )?plus|preferred|nice[- ]to[- ]have|desired|a bonus)\W*$/i;
/** Contact and application lines that trail a section without a heading of their own. */
export const NOT_AN_ITEM =
  /^(?:questions\b|please\b|to apply\b|apply\b|email\b|contact\b|for (?:more information|questions)\b)/i;
/** Unheaded paragraphs that list benefits ("We offer …", "Benefits include …"). */
const BENEFIT_PARAGRAPH =
  /^(?:we offer|we provide|our benefits|benefits include|perks include|you(?:'ll| will) (?:get|receive|enjoy))\b/i;
const DUTY_VERB =
  /^(?:build|design|develop|create|manage|lead|work|collaborate|partner|analy[sz]e|maintain|implement|support|drive|own|write|conduct|perform|provide|ensure|monitor|deploy|define|identify|deliver|participate|communicate|present|prepare|research|evaluate|optimi[sz]e|troubleshoot|document|mentor|assist|coordinate|review|test|improve|extract|clean|train|apply|administer|install|configure|automate|architect|integrate|translate|establish|oversee|serve|act|help|use|report)\b/i;
const QUALIFICATION_WORDING =
  /\b(?:experience (?:with|in|using)|years of|degree|proficien\w+|knowledge of|familiar(?:ity)? with|understanding of|ability to|skills? (?:in|with)|must have|required|expertise (?:in|with)|background in|certification|fluen\w+)\b/i;
const DUTY_WORDING =
  /\b(?:you will|you'll|responsible for|responsibilities include|will be responsible|your role will)\b/i;

export interface TypedBlock extends PostingBlock {
  /** The category after sub-topics ("Education:") took their surrounding requirement kind. */
  effective: HeadingCategory;
}

/** "Skills:" after "Preferred qualifications" is preferred; a sub-topic elsewhere is required. */
export function typeBlocks(blocks: PostingBlock[]): TypedBlock[] {
  let requirementKind: "required" | "preferred" = "required";
  return blocks.map((block) => {
    if (block.category === "required" || block.category === "preferred") requirementKind = block.category;
    else if (block.category !== "topic" && block.category !== "other") requirementKind = "required";
    return { ...block, effective: block.category === "topic" ? requirementKind : block.category };
  });
}

/** Sentences of a paragraph (a capital or bullet after the stop starts the next). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z•])/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** A block's list items: its bullets, or its lines when it has none (long lines split into sentences). */
export function itemsOf(block: PostingBlock): string[] {
  const bullets = block.lines.filter((line) => line.bullet);
  const lines = bullets.length > 0 ? bullets : block.lines;
  return lines.flatMap((line) => (line.text.length > 300 ? splitSentences(line.text) : [line.text]));
}

/** Unheaded benefit paragraphs outside the benefits and about blocks. */
export function benefitParagraphs(blocks: TypedBlock[]): string[] {
  return blocks
    .filter((block) => block.effective !== "benefits" && block.effective !== "about")
    .flatMap((block) =>
      block.lines.filter((line) => !line.bullet && BENEFIT_PARAGRAPH.test(line.text)).map((line) => line.text),
    );
}

/**
 * Postings often open with an unheaded (or "Overview"/"Introduction") paragraph about the
 * employer: the first such line that starts with the company's name is the company overview.
 */
export function introAbout(blocks: TypedBlock[], company: string | null): string | null {
  if (!company || company.length < 3) return null;
  for (const block of blocks) {
    if (!["other", "summary"].includes(block.effective)) break;
    const line = block.lines.find((l) => l.text.startsWith(company));
    if (line) return line.text;
  }
  return null;
}

/** The fallback for postings without duty/qualification headings: sentence wording decides. */
export function classifyByWording(blocks: TypedBlock[], details: JobDetails): void {
  for (const item of blocks.flatMap((block) =>
    block.lines.flatMap((line) => (line.bullet ? [line.text] : splitSentences(line.text))),
  )) {
    if (QUALIFICATION_WORDING.test(item)) {
      (PREFERRED_LINE.test(item) ? details.preferredQualifications : details.requiredQualifications).push(item);
    } else if (DUTY_WORDING.test(item) || DUTY_VERB.test(item)) {
      details.responsibilities.push(item);
    }
  }
}
