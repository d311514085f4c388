// Word lists behind the named claims (named-claims.ts): certifications with their long forms,
// degrees, job-title head words, and the words that mark an organisation or an institution.
//
// Certifications: "canonical|alias|..." ("=" = case-sensitive, as in lexicon/skills.ts); any
// alias found in a text is that certification, so "PMP" and "Project Management Professional"
// are one claim. Phrases "X Certified Y", "Certified Y" and "Y Certification" are found by
// pattern besides these, and exam codes such as AZ-104.
// Leaves out: non-English titles and degrees; vendor certifications not listed (the patterns
// catch most of them by the word "Certified"/"Certification").

export const CERTIFICATION_ENTRIES: readonly string[] = [
  "pmp|=PMP|project management professional", "capm|=CAPM|certified associate in project management",
  "ocp|=OCP|oracle certified professional", "oca|=OCA|oracle certified associate", "ocm|=OCM|oracle certified master",
  "ccna|=CCNA|cisco certified network associate", "ccnp|=CCNP|cisco certified network professional",
  "ccie|=CCIE|cisco certified internetwork expert", "cissp|=CISSP|certified information systems security professional",
  "cism|=CISM|certified information security manager", "cisa|=CISA|certified information systems auditor",
  "ceh|=CEH|certified ethical hacker", "oscp|=OSCP|offensive security certified professional",
  "csm|=CSM|certified scrummaster|certified scrum master", "cspo|=CSPO|certified scrum product owner",
  "psm|=PSM|professional scrum master", "safe agilist|=SAFe|safe agilist|safe certified",
  "itil|=ITIL|itil foundation|itil v3|itil v4|itil 4", "mcsa|=MCSA|microsoft certified solutions associate",
  "mcse|=MCSE|microsoft certified solutions expert|microsoft certified systems engineer",
  "mcdba|=MCDBA|microsoft certified database administrator", "mcitp|=MCITP|microsoft certified it professional",
  "mcts|=MCTS|microsoft certified technology specialist", "mcp|=MCP|microsoft certified professional",
  "mcsd|=MCSD|microsoft certified solutions developer", "rhce|=RHCE|red hat certified engineer",
  "rhcsa|=RHCSA|red hat certified system administrator", "cka|=CKA|certified kubernetes administrator",
  "ckad|=CKAD|certified kubernetes application developer", "vcp|=VCP|vmware certified professional",
  "comptia a+|comptia a+|=A+ certified", "comptia network+|comptia network+|network+",
  "comptia security+|comptia security+|security+", "comptia linux+|comptia linux+|linux+",
  "comptia cloud+|comptia cloud+|cloud+", "comptia cysa+|comptia cysa+|cysa+", "comptia project+|comptia project+|project+",
  "six sigma green belt|six sigma green belt|lean six sigma green belt|green belt",
  "six sigma black belt|six sigma black belt|lean six sigma black belt|black belt",
  "six sigma yellow belt|six sigma yellow belt|yellow belt", "cfa|=CFA|chartered financial analyst",
  "cpa|=CPA|certified public accountant", "togaf|=TOGAF", "gsec|=GSEC", "ccsp|=CCSP",
];

/** Degree names: the long form's kind word(s) after "Bachelor/Master/Doctor of" -> a short key. */
export const DEGREE_KINDS: Record<string, Record<string, string>> = {
  bachelor: { science: "bs", arts: "ba", engineering: "be", technology: "btech", "business administration": "bba", "computer applications": "bca", commerce: "bcom", "fine arts": "bfa" },
  master: { science: "ms", arts: "ma", engineering: "me", technology: "mtech", "business administration": "mba", "computer applications": "mca", commerce: "mcom", "fine arts": "mfa" },
  doctor: { philosophy: "phd" },
  associate: { "applied science": "associate", arts: "associate", science: "associate" },
};

/** Abbreviations (normal form without dots) -> key; all count wherever they are written with dots or not. */
export const DEGREE_ABBREVIATIONS: Record<string, string> = {
  bsc: "bs", bs: "bs", ba: "ba", be: "be", btech: "btech", bcom: "bcom", bca: "bca", bba: "bba", bfa: "bfa",
  msc: "ms", ms: "ms", ma: "ma", me: "me", mtech: "mtech", mba: "mba", mca: "mca", mcom: "mcom", mfa: "mfa",
  phd: "phd", aas: "associate", aa: "associate", as: "associate",
};

/** Two-letter abbreviations that are also ordinary tokens ("MS SQL", "Boston, MA"): degrees only before a field. */
export const AMBIGUOUS_DEGREES = new Set(["bs", "ba", "be", "ms", "ma", "me", "aa", "as"]);

/** The level of each degree key, so "Bachelor's degree" and "B.S." can be compared. */
export const DEGREE_LEVEL: Record<string, string> = {
  bs: "bachelor", ba: "bachelor", be: "bachelor", btech: "bachelor", bcom: "bachelor", bca: "bachelor", bba: "bachelor", bfa: "bachelor",
  ms: "master", ma: "master", me: "master", mtech: "master", mcom: "master", mca: "master", mba: "master", mfa: "master",
  phd: "doctor", associate: "associate", bachelor: "bachelor", master: "master", doctor: "doctor",
  "high school": "high school", diploma: "diploma",
};

/** Words that start a field of study right after an ambiguous abbreviation ("BS Computer Science", "MS Math"). */
export const FIELD_WORDS = new Set([
  "computer", "information", "data", "math", "mathematics", "applied", "physics", "chemistry", "biology", "economics",
  "engineering", "electrical", "electronics", "mechanical", "civil", "chemical", "software", "business", "management",
  "statistics", "finance", "accounting", "marketing", "psychology", "education", "english", "history", "science",
  "sciences", "analytics", "it", "cs", "cybersecurity", "network", "networking", "industrial", "operations",
]);

/** Last words of a job title. */
export const TITLE_HEADS = [
  "Administrator", "Engineer", "Developer", "Analyst", "Scientist", "Manager", "Architect", "Consultant", "Specialist",
  "Director", "Officer", "Coordinator", "Designer", "Programmer", "Technician", "Intern", "Supervisor", "Lead",
  "Tester", "Trainer", "Instructor", "Strategist", "Auditor", "Accountant", "Representative", "Executive",
  "Scrum Master", "Product Owner", "Team Leader", "Vice President", "President", "Founder", "Co-Founder",
];

/** Legal suffixes that end an organisation's name; dropped before matching ("Infosys Ltd" = "Infosys"). */
export const ORG_SUFFIXES = ["Inc", "LLC", "L.L.C", "Corp", "Corporation", "Ltd", "Limited", "Co", "GmbH", "PLC", "LLP", "Pvt", "Pvt. Ltd", "Private Limited", "S.A", "AG"];

/** Last words that make a capitalised name an organisation. */
export const ORG_KEYWORDS = [
  "Technologies", "Technology", "Solutions", "Services", "Systems", "Consulting", "Consultancy", "Bank", "Group",
  "Labs", "Laboratories", "Partners", "Hospital", "Healthcare", "Health", "Insurance", "Financial", "Airlines", "Agency",
  "Foundation", "Associates", "Enterprises", "Holdings", "Industries", "Networks", "Software", "Media", "Capital",
  "Motors", "Energy", "Pharmaceuticals", "Telecom", "Communications", "Bancorp", "Company",
];

/** Words that, before an organisation word, make a kind of thing rather than a name ("Cloud Services"). */
export const GENERIC_NAME_WORDS = new Set([
  "operating", "web", "cloud", "database", "data", "distributed", "embedded", "information", "computer", "network",
  "enterprise", "legacy", "backend", "frontend", "high", "availability", "business", "management", "software", "digital",
  "tech", "it", "security", "storage", "mobile", "payment", "banking", "reporting", "integration", "analysis", "analytics",
  "monitoring", "financial", "health", "smart", "modern", "scalable", "critical", "core", "internal", "external", "client",
  "customer", "new", "existing", "multiple", "various", "several", "key", "major", "automated", "automation", "support",
]);

/** Words that make a capitalised name a school. */
export const INSTITUTION_KEYWORDS = ["University", "College", "Institute", "School", "Academy", "Polytechnic"];

/** Words that make a skill-list item a soft skill, which a source cannot show as a fact (claim-list-items.ts). */
export const SOFT_SKILL_WORDS = new Set([
  "communication", "communicator", "leadership", "teamwork", "collaboration", "collaborative", "interpersonal", "adaptability",
  "creativity", "motivated", "detail", "oriented", "organizational", "organization", "punctual", "punctuality", "patience",
  "empathy", "negotiation", "presentation", "mentoring", "mentorship", "multitasking", "flexibility", "initiative",
  "ethic", "attitude", "learner", "solving", "thinking", "listening", "verbal", "written", "soft",
]);
