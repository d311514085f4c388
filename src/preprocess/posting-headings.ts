/**
 * What a posting's section heading announces: duties, required or preferred qualifications,
 * benefits, pay, the company, a summary of the role, or a sub-topic of the requirements.
 *
 * Follows: the headings met in the study's 558 JobSpy descriptions ("Responsibilities", "What
 * you'll do", "Minimum qualifications", "What you bring", "Nice to have", "Perks", "What we
 * offer", "About us", "Who we are", ...). Preferred is tested before required, so "Preferred
 * Qualifications" is preferred; "About the role" is a summary, not duties; "Education:",
 * "Skills:" and "Experience:" are sub-topics that keep the surrounding requirement kind.
 * "closing" headings (Contact, How to apply, Location, Details, EEO) end the section before them.
 * Leaves out: deciding from the lines under a heading (that is the extractor's fallback).
 */

export type HeadingCategory =
  | "responsibilities"
  | "required"
  | "preferred"
  | "benefits"
  | "compensation"
  | "about"
  | "summary"
  | "topic"
  | "closing"
  | "other";

const RULES: [HeadingCategory, RegExp][] = [
  [
    "preferred",
    /\b(?:preferred|prefer|nice[- ]to[- ]haves?|bonus (?:points|if|skills|qualifications)|pluses|(?:is |are |would be )?a plus|desired|desirable|ideally|good[- ]to[- ]have|extra credit|would be great|additional (?:skills|qualifications)|not required)\b|^bonus:?$/,
  ],
  [
    "compensation",
    /\b(?:compensation|salary|pay(?: range| rate| transparency| disclosure)?|wage|base pay|hourly rate)\b(?! and benefits)/,
  ],
  [
    "benefits",
    /\b(?:benefits?|perks|what we offer|we offer|our offer|why (?:join|work|you'll love)|what you(?:'ll| will) (?:get|love|receive|gain)|in it for you|total rewards|rewards|you can expect from us|time off|wellness|why \w+ ?\??$)/,
  ],
  [
    "responsibilities",
    /\b(?:responsibilit\w*|duties|what you(?:'ll| will)(?: be)? (?:do|doing|work on|build|own|tackle|accomplish)|you will\b|you'll\b|your (?:role|impact|mission|day|job)\b|in this role|key (?:accountabilities|activities|tasks)|essential (?:functions|job functions|duties)|day[- ]to[- ]day|job functions|accountabilities|tasks|how you(?:'ll| will) (?:make an impact|contribute)|what the job involves|the work)\b/,
  ],
  [
    "required",
    /\b(?:qualifications?|requirements?|required|must[- ]haves?|must have|what you (?:bring|need|have)|what you(?:'ll| will) need|who you are|about you|you have\b|you bring|looking for|ideal candidate|competenc\w+|knowledge,? skills|minimum|basic qualif\w*|your (?:background|experience|profile|skills)|to be successful|(?:skills|experience) (?:and|&) (?:experience|skills|qualifications|abilities)|candidate profile|the candidate|who we(?:'re| are) looking for|need to succeed|you should have|what it takes)\b/,
  ],
  [
    "topic",
    /^(?:education(?:al)?(?: requirements?| background)?|experience|skills?|technical skills?|tools|tech(?:nology)? stack|certifications?|licen[cs]es?(?: and certifications)?|languages?|knowledge|abilities|core skills|soft skills)$/,
  ],
  [
    "closing",
    /^(?:contact(?: us| information| details)?|questions\??|how to apply|to apply|application (?:process|instructions)|equal (?:employment )?opportunity(?: employer| statement)?|eeo(?: statement)?|location|schedule|work (?:location|environment|schedule|arrangement|model)|travel(?: requirements)?|physical (?:requirements|demands)|(?:contract|position|job|role) details|details|additional (?:information|details)|disclaimer|accommodations?|notes?|next steps|timeline|hours|working hours|shift)$/,
  ],
  [
    "about",
    /^(?:about\b(?! (?:the |this )?(?:role|job|position|opportunity|you)\b)|who we are|our (?:company|story|mission|team|culture)|company (?:overview|description|profile|information)|the company|life at|why \w+$)/,
  ],
  [
    "summary",
    /\b(?:summary|overview|job description|description|the (?:role|opportunity|position)|about (?:the |this )?(?:role|job|position|opportunity)|position (?:details|information)|purpose|introduction)\b/,
  ],
];

/** Normalises heading text: markdown marks, trailing colon and punctuation gone; lower case. */
export function normalizeHeading(text: string): string {
  return text
    .replace(/[*_#`]+/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[\s:.\-–—…]+$/, "")
    .trim()
    .toLowerCase();
}

/** The category a heading announces, or "other". */
export function classifyHeading(text: string): HeadingCategory {
  const heading = normalizeHeading(text);
  if (heading === "" || heading.length > 90) return "other";
  for (const [category, pattern] of RULES) if (pattern.test(heading)) return category;
  return "other";
}
