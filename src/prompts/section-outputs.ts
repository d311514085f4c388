/**
 * The output shape a model must return for each tailored section (its structured-output
 * response format). One schema per section, named in each section prompt's header.
 *
 * The shapes mirror the sectioner's entries (src/schemas/resume-sections.ts) without their
 * source-text fields, so an output can be checked field by field against its input: every
 * field present, unknown values null, an empty section an empty list (the prompts ask for that
 * instead of invented content). `.nullable()`, never `.optional()`: OpenAI's strict mode needs it.
 */
import { z } from "zod";
import { PersonalInformation, SectionName } from "../schemas/resume-sections";

/** Contact details copied, headline and summary reworded: the sectioner's own shape. */
export const TailoredPersonalInformation = PersonalInformation;

export const TailoredAchievements = z.object({ entries: z.array(z.string()) });

export const TailoredCertificates = z.object({
  entries: z.array(z.object({ name: z.string(), issuer: z.string().nullable(), date: z.string().nullable() })),
});

export const TailoredEducation = z.object({
  entries: z.array(
    z.object({
      degree: z.string().nullable(),
      field: z.string().nullable(),
      institution: z.string().nullable(),
      location: z.string().nullable(),
      dates: z.string().nullable(),
    }),
  ),
});

export const TailoredProjects = z.object({ entries: z.array(z.object({ name: z.string(), description: z.string() })) });

export const TailoredSkills = z.object({ entries: z.array(z.string()) });

export const TailoredExperience = z.object({
  entries: z.array(
    z.object({
      title: z.string().nullable(),
      employer: z.string().nullable(),
      location: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      bullets: z.array(z.string()),
    }),
  ),
});

/** Section name → its output schema; also the schema names the prompt headers refer to. */
export const TAILORED_SECTION_SCHEMAS = {
  personal_information: { name: "TailoredPersonalInformation", schema: TailoredPersonalInformation },
  achievements: { name: "TailoredAchievements", schema: TailoredAchievements },
  certificates: { name: "TailoredCertificates", schema: TailoredCertificates },
  education: { name: "TailoredEducation", schema: TailoredEducation },
  projects: { name: "TailoredProjects", schema: TailoredProjects },
  skills: { name: "TailoredSkills", schema: TailoredSkills },
  experience: { name: "TailoredExperience", schema: TailoredExperience },
} as const satisfies Record<SectionName, { name: string; schema: z.ZodType }>;

export type TailoredSection<S extends SectionName> = z.infer<(typeof TAILORED_SECTION_SCHEMAS)[S]["schema"]>;
