/**
 * The inputs the study's teacher actually saw, where we have them: `study_example_id1.json`
 * (data README), transcribed from saved notebook outputs, holds study id 1's seven-section
 * input (`summarized_sections`) and its GPT-4 job details (`extracted_job_details`, a Python
 * dict repr string as the study's CSV stored it). The other 531 inputs are not available.
 *
 * Follows: the data README's key mapping on the input side (personal_information,
 * achievements, certificate, education, projects, skills, experience → our section names).
 * Accepts one such object or an array of them. Leaves out: `resume_combined` (the prompts carry
 * sections, not the whole resume).
 */
import { z } from "zod";
import { parsePythonLiteral } from "../preprocess/python-literal";
import { SECTION_NAMES, SectionName } from "../schemas/resume-sections";
import { DatasetInputError, parseJsonText } from "./dataset-error";

/** The study's input-side section keys → ours. */
export const STUDY_INPUT_KEYS: Record<string, SectionName> = {
  personal_information: "personal_information",
  achievements: "achievements",
  certificate: "certificates",
  certificates: "certificates",
  education: "education",
  projects: "projects",
  skills: "skills",
  experience: "experience",
};

const StudyExample = z.object({
  study_id: z.union([z.number().int(), z.string()]),
  summarized_sections: z.record(z.string(), z.unknown()),
  extracted_job_details: z.union([z.string(), z.record(z.string(), z.unknown())]).nullable(),
});

/** The teacher's input for one study id: every section's input, and the job details (null if unknown). */
export interface KnownInput {
  studyId: string;
  sections: Record<SectionName, unknown>;
  jobDetails: unknown;
}

export function parseStudyExamples(text: string, file: string): KnownInput[] {
  const parsed = parseJsonText(text, file);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, index) => {
    const where = Array.isArray(parsed) ? `item ${index}: ` : "";
    const result = StudyExample.safeParse(item);
    if (result.success === false) {
      const issue = result.error.issues[0];
      throw new DatasetInputError(file, `${where}${issue.path.join(".") || "value"}: ${issue.message}`);
    }
    const sections: Partial<Record<SectionName, unknown>> = {};
    for (const [key, value] of Object.entries(result.data.summarized_sections)) {
      const name = STUDY_INPUT_KEYS[key];
      if (!name)
        throw new DatasetInputError(
          file,
          `${where}summarized_sections has an unknown key "${key}" (known: ${Object.keys(STUDY_INPUT_KEYS).join(", ")})`,
        );
      sections[name] = value;
    }
    const missing = SECTION_NAMES.filter((name) => !(name in sections));
    if (missing.length) throw new DatasetInputError(file, `${where}summarized_sections lacks ${missing.join(", ")}`);
    const details = result.data.extracted_job_details;
    let jobDetails: unknown = details;
    if (typeof details === "string") {
      try {
        jobDetails = parsePythonLiteral(details);
      } catch (error) {
        throw new DatasetInputError(
          file,
          `${where}extracted_job_details is not a Python or JSON literal (${(error as Error).message})`,
        );
      }
    }
    return { studyId: String(result.data.study_id), sections: sections as Record<SectionName, unknown>, jobDetails };
  });
}
