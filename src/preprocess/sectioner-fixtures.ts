/**
 * The hand-labelled resume-layout fixtures (test/fixtures/resume-layouts/*.json): project-written
 * resumes in layouts other than florex, each written as labelled segments, so the resume text
 * and the expected section of every character come from the same file. A segment is
 * `[section, text]` or `[section, text, "glue"]` (no joiner before it: "24 monthsCompany Details").
 * Files named `*.holdout.json` were written after the rules were set and never used to change
 * them; the others were looked at while tuning.
 * `flattenLayout` gives the same resumes on one line with single spaces — the florex one-line
 * form that CSV datasets are converted to — so line-structured layouts are measured both ways.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";

export const LAYOUT_FIXTURE_DIR = path.resolve(__dirname, "../../test/fixtures/resume-layouts");

const Section = z.enum([
  "heading",
  "personal_information",
  "achievements",
  "certificates",
  "education",
  "projects",
  "skills",
  "experience",
  "other",
]);
const Segment = z.union([
  z.tuple([Section, z.string().min(1)]),
  z.tuple([Section, z.string().min(1), z.literal("glue")]),
]);
export const LayoutFixture = z.object({
  layout: z.string().min(1),
  description: z.string(),
  joiner: z.string(),
  resumes: z.array(z.object({ id: z.string().min(1), segments: z.array(Segment).min(1) })).min(1),
});
export type LayoutFixture = z.infer<typeof LayoutFixture>;
export type LabelledSection = z.infer<typeof Section>;

export interface LabelledResume {
  id: string;
  text: string;
  /** The labelled segments' offsets in `text`, in order. */
  segments: { section: LabelledSection; start: number; end: number }[];
}

/** Builds one resume's text and the offsets of its labelled segments. */
export function assembleResume(
  id: string,
  segments: LayoutFixture["resumes"][number]["segments"],
  joiner: string,
): LabelledResume {
  let text = "";
  const spans: LabelledResume["segments"] = [];
  segments.forEach(([section, body, glue], i) => {
    if (i > 0 && glue !== "glue") text += joiner;
    spans.push({ section, start: text.length, end: text.length + body.length });
    text += body;
  });
  return { id, text, segments: spans };
}

export function layoutResumes(fixture: LayoutFixture): LabelledResume[] {
  return fixture.resumes.map((resume) => assembleResume(resume.id, resume.segments, fixture.joiner));
}

/** The same fixture on one line: every run of whitespace one space, named "<layout> (one line)". */
export function flattenLayout(fixture: LayoutFixture): LayoutFixture {
  const flat = (text: string) => text.replace(/\s+/g, " ").trim();
  return {
    ...fixture,
    layout: `${fixture.layout} (one line)`,
    joiner: " ",
    resumes: fixture.resumes.map((resume) => ({
      id: resume.id,
      segments: resume.segments.map(
        ([section, body, glue]) =>
          (glue
            ? [section, flat(body), glue]
            : [section, flat(body)]) as LayoutFixture["resumes"][number]["segments"][number],
      ),
    })),
  };
}

/** Every fixture file in `dir`, validated: the tuning files by name, then the held-out ones (`*.holdout.json`) by name. */
export function loadLayoutFixtures(dir = LAYOUT_FIXTURE_DIR): LayoutFixture[] {
  const holdout = (name: string) => name.endsWith(".holdout.json");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort((a, b) => Number(holdout(a)) - Number(holdout(b)) || a.localeCompare(b))
    .map((name) => LayoutFixture.parse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8"))));
}
