/**
 * The synonym table of the job-details normaliser: which JobDetails field a free-form key
 * ("Job Title", "job_title", "Position", "Skills Required", "Key Responsibilities") fills.
 *
 * Keys are compared after `normalizeKey` (camelCase split, lower case, non-alphanumerics to
 * "_"), so "Job Title", "job-title" and "jobTitle" are one key. Group keys ("Qualifications",
 * "Requirements", "Skills", "Salary") may hold objects; their children are read in the group's
 * context (`childTarget`): "Qualifications.Preferred" → preferred qualifications.
 * Maintained by hand: add a key when the drift report lists it as unmapped.
 * Leaves out: keys with no JobDetails field (job summary, application steps, contact): they
 * are reported as unmapped and kept in `other`.
 */

export type Target =
  | "title"
  | "company"
  | "location"
  | "remote"
  | "jobTypes"
  | "salary"
  | "seniority"
  | "yearsOfExperience"
  | "education"
  | "skills.required"
  | "skills.preferred"
  | "keywords"
  | "responsibilities"
  | "requiredQualifications"
  | "preferredQualifications"
  | "benefits"
  | "companyOverview";

const TABLE: Record<Target, string> = {
  title: "title job_title position position_title role job_role job_name job_position designation job",
  company: "company company_name employer organization organisation hiring_company client employer_name",
  location: "location job_location work_location locations office_location city place",
  remote:
    "remote is_remote remote_work work_arrangement work_mode workplace_type remote_status work_setting remote_option",
  jobTypes:
    "job_type job_types employment_type type contract_type schedule work_schedule employment position_type type_of_employment",
  salary:
    "salary salary_range compensation pay pay_range wage base_salary salary_information compensation_range hourly_rate rate pay_rate salary_and_compensation",
  seniority: "seniority seniority_level level experience_level career_level job_level",
  yearsOfExperience:
    "years_of_experience experience_required required_experience experience minimum_experience years_experience experience_years work_experience",
  education:
    "education education_requirements educational_requirements degree degree_requirements education_level required_education academic_requirements educational_background degree_required",
  "skills.required":
    "skills required_skills skills_required technical_skills key_skills hard_skills skill_requirements must_have_skills core_skills tools technologies tech_stack programming_languages skills_and_tools soft_skills competencies skill_set skillset",
  "skills.preferred":
    "preferred_skills nice_to_have_skills desired_skills bonus_skills optional_skills additional_skills skills_preferred",
  keywords: "keywords key_words tags key_terms",
  responsibilities:
    "responsibilities job_responsibilities key_responsibilities duties job_duties job_duties_and_responsibilities duties_and_responsibilities responsibilities_and_duties what_you_will_do what_you_ll_do role_responsibilities tasks essential_functions essential_duties day_to_day primary_responsibilities main_responsibilities accountabilities job_functions",
  requiredQualifications:
    "qualifications required_qualifications requirements minimum_qualifications basic_qualifications must_have must_haves job_requirements key_qualifications qualifications_required what_you_bring what_we_re_looking_for who_you_are candidate_requirements eligibility key_requirements requirements_and_qualifications qualifications_and_requirements",
  preferredQualifications:
    "preferred_qualifications nice_to_have nice_to_haves preferred desired_qualifications bonus bonus_qualifications additional_qualifications preferred_requirements pluses preferred_experience desired",
  benefits:
    "benefits perks perks_and_benefits benefits_and_perks what_we_offer compensation_and_benefits why_join_us we_offer",
  companyOverview:
    "company_overview about_us about_the_company company_description company_info about who_we_are company_background",
};

const BY_KEY = new Map<string, Target>();
for (const [target, keys] of Object.entries(TABLE) as [Target, string][])
  for (const key of keys.split(" ")) BY_KEY.set(key, target);

/** "Job Title", "job-title", "jobTitle" → "job_title". */
export function normalizeKey(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/['’]/g, "_")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** The field a top-level key fills, or null when the table does not know it. */
export function targetOf(key: string): Target | null {
  return BY_KEY.get(normalizeKey(key)) ?? null;
}

/** Keys whose object values are groups read child by child. */
export function isGroupTarget(target: Target | null): boolean {
  return target === "requiredQualifications" || target === "skills.required" || target === "preferredQualifications";
}

const PREFERRED_WORD = /prefer|nice|desired|bonus|plus|optional|additional/;
const REQUIRED_WORD = /requir|minimum|basic|must|mandatory|essential|core|technical|hard|soft/;

/** The field a child key fills inside a group ("Qualifications" → {"Preferred": …}). */
export function childTarget(parent: Target, childKey: string): Target | null {
  const key = normalizeKey(childKey);
  const own = BY_KEY.get(key);
  if (parent === "skills.required" || parent === "skills.preferred") {
    if (PREFERRED_WORD.test(key)) return "skills.preferred";
    return own === undefined || own.startsWith("skills") || own === "requiredQualifications" ? "skills.required" : own;
  }
  if (own === "skills.required" && parent === "preferredQualifications") return "skills.preferred";
  if (own !== undefined && own !== "requiredQualifications") return own;
  if (PREFERRED_WORD.test(key)) return "preferredQualifications";
  if (REQUIRED_WORD.test(key) || own === "requiredQualifications")
    return parent === "preferredQualifications" ? "preferredQualifications" : "requiredQualifications";
  return null;
}
