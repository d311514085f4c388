/**
 * Distributes Indeed's free-form "Additional Information" text over the sections: resume writers
 * put their own sub-headings there ("TECHNICAL SKILLS: …", "Awards: …", "Certifications: …").
 *
 * A sub-heading counts when it is followed by a colon or dash, or written in capitals, or opens
 * the text. Skills-like headings go to skills, award-like ones to achievements, certification
 * and project headings to their sections; anything else (languages, interests, unlabelled notes
 * such as "Available for on-call rotation") goes to `other`, except unlabelled text that reads
 * like an award ("Employee of the Year 2019"), which goes to achievements; prose after a skills
 * list ("… Jira, Git. Comfortable with on-call support.") goes to other. Nothing is dropped:
 * the pieces cover the whole text.
 * Leaves out: splitting a skills paragraph into sub-kinds (operating systems, databases …).
 */
import { SectionName } from "../schemas/resume-sections";

export type Destination = SectionName | "other";

const LABELS: [Destination, string[]][] = [
  [
    "skills",
    [
      "technical skills",
      "skills summary",
      "summary of skills",
      "key skills",
      "core skills",
      "skill set",
      "skills & expertise",
      "skills and expertise",
      "skills and abilities",
      "technical expertise",
      "technical proficiencies",
      "technical proficiency",
      "technical summary",
      "technical background",
      "technical environment",
      "core competencies",
      "areas of expertise",
      "competencies",
      "expertise",
      "programming languages",
      "operating systems",
      "databases",
      "tools",
      "technologies",
      "software",
      "skills",
    ],
  ],
  [
    "achievements",
    [
      "awards and recognition",
      "awards & recognition",
      "awards and honors",
      "awards & honors",
      "honors and awards",
      "key achievements",
      "achievements",
      "accomplishments",
      "awards",
      "honors",
      "honours",
      "recognitions",
      "recognition",
      "publications",
      "patents",
    ],
  ],
  [
    "certificates",
    [
      "professional certifications",
      "training and certifications",
      "certifications",
      "certification",
      "certificates",
      "licenses",
    ],
  ],
  [
    "projects",
    ["academic projects", "personal projects", "key projects", "project highlights", "project experience", "projects"],
  ],
  [
    "other",
    [
      "languages",
      "interests",
      "hobbies",
      "volunteer work",
      "volunteering",
      "references",
      "professional affiliations",
      "affiliations",
      "memberships",
      "training",
    ],
  ],
];
const ALL = LABELS.flatMap(([destination, labels]) => labels.map((label) => ({ label, destination }))).sort(
  (a, b) => b.label.length - a.label.length,
);
const LABEL_RE = new RegExp(
  `(?<![\\w&])(${ALL.map((a) => a.label.replace(/[&]/g, "\\&").replace(/ /g, "\\s+")).join("|")})(?![\\w&])(\\s*[:\\-–])?`,
  "gi",
);
const AWARD_LIKE =
  /\b(?:award(?:ed)?|honou?r(?:s|ed)?|recogni[sz](?:ed|tion)|dean'?s list|employee of the (?:month|year)|scholarship|medal|prize|winner|won)\b/i;

export interface InfoPiece {
  destination: Destination;
  /** Offsets into the text given to `splitAdditionalInformation`. */
  start: number;
  end: number;
}

/** Splits Additional Information text into pieces with their destination section. */
export function splitAdditionalInformation(text: string): InfoPiece[] {
  const cuts: { at: number; destination: Destination }[] = [];
  for (const match of text.matchAll(LABEL_RE)) {
    const at = match.index ?? 0;
    const word = match[1];
    const shouted = word === word.toUpperCase() && /[A-Z]{4}/.test(word);
    const atStart = text.slice(0, at).trim() === "";
    if (!match[2] && !shouted && !(atStart && /^[A-Z]/.test(word))) continue;
    const destination = ALL.find((a) => a.label === word.toLowerCase().replace(/\s+/g, " "))?.destination ?? "other";
    cuts.push({ at, destination });
  }
  const pieces: InfoPiece[] = [];
  const lead = cuts.length > 0 ? cuts[0].at : text.length;
  if (text.slice(0, lead).trim()) {
    pieces.push({ destination: AWARD_LIKE.test(text.slice(0, lead)) ? "achievements" : "other", start: 0, end: lead });
  } else if (cuts.length > 0) {
    cuts[0].at = 0; // leading spaces belong to the first labelled piece, so the pieces tile the text
  }
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.at ?? text.length;
    // Consecutive labels of one kind ("SKILLS Operating Systems: …") stay one piece.
    if (
      pieces.length > 0 &&
      pieces[pieces.length - 1].destination === cut.destination &&
      pieces[pieces.length - 1].end === cut.at
    ) {
      pieces[pieces.length - 1].end = end;
    } else {
      pieces.push({ destination: cut.destination, start: cut.at, end });
    }
  });
  return pieces.flatMap((piece) => (piece.destination === "skills" ? splitTrailingProse(text, piece) : [piece]));
}

/** A text mostly of lower-case words ("Comfortable with on-call support and …") is prose, not a list. */
function isProse(text: string): boolean {
  const words = text.match(/[A-Za-z][\w'-]*/g) ?? [];
  return words.length >= 6 && words.filter((word) => /^[a-z]/.test(word)).length / words.length >= 0.5;
}

/** "Technical environment: Oracle, RMAN, Git. Comfortable with 24x7 on-call." → the list, then the prose as other. */
function splitTrailingProse(text: string, piece: InfoPiece): InfoPiece[] {
  const body = text.slice(piece.start, piece.end);
  for (const boundary of body.matchAll(/[.!?]\s+(?=[A-Z])/g)) {
    const cut = (boundary.index ?? 0) + 1;
    if (!isProse(body.slice(cut))) continue;
    const rest = body.slice(cut);
    return [
      { destination: piece.destination, start: piece.start, end: piece.start + cut },
      { destination: AWARD_LIKE.test(rest) ? "achievements" : "other", start: piece.start + cut, end: piece.end },
    ];
  }
  return [piece];
}
