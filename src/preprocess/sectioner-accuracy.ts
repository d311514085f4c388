/**
 * Measures a sectioner against the hand-labelled layout fixtures (sectioner-fixtures.ts), per
 * layout. Pure: fixtures and a sectioner in, counts and misses out.
 *
 * - boundaries: labelled headings the sectioner also cut at (a produced heading span overlaps
 *   the labelled one), over all labelled headings; `extraHeadings` counts produced headings that
 *   overlap no labelled heading (cuts inside a body).
 * - characters: the labelled non-heading characters (whitespace aside) whose produced section is
 *   the labelled one.
 * - coverage: per core section, the resumes that label it where the sectioner found it, "found"
 *   meaning at least half of its labelled characters landed in that section (so a section found
 *   in the wrong place does not count).
 */
import { SectionSpan } from "../schemas/resume-sections";
import { Tally } from "./label-accuracy";
import { LayoutFixture, layoutResumes } from "./sectioner-fixtures";

export type Sectioner = (resume: { id: string; text: string }) => { spans: SectionSpan[] };
export const CORE_SECTIONS = ["experience", "education", "skills"] as const;
export type CoreSection = (typeof CORE_SECTIONS)[number];

export interface LayoutAccuracy {
  layout: string;
  resumes: number;
  boundaries: Tally;
  extraHeadings: number;
  characters: Tally;
  coverage: Record<CoreSection, Tally>;
  misses: string[];
}

const tally = (): Tally => ({ correct: 0, total: 0 });
const bump = (t: Tally, ok: boolean) => {
  t.total++;
  if (ok) t.correct++;
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Per-layout accuracy of `sectioner` on the fixtures, in fixture order. */
export function measureSectionerAccuracy(fixtures: readonly LayoutFixture[], sectioner: Sectioner): LayoutAccuracy[] {
  return fixtures.map((fixture) => {
    const row: LayoutAccuracy = {
      layout: fixture.layout,
      resumes: fixture.resumes.length,
      boundaries: tally(),
      extraHeadings: 0,
      characters: tally(),
      coverage: { experience: tally(), education: tally(), skills: tally() },
      misses: [],
    };
    for (const resume of layoutResumes(fixture)) {
      const { spans } = sectioner({ id: resume.id, text: resume.text });
      const produced = new Array<string>(resume.text.length).fill("none");
      for (const span of spans) for (let i = span.start; i < span.end; i++) produced[i] = span.section;
      const labelledHeadings = resume.segments.filter((s) => s.section === "heading");
      const producedHeadings = spans.filter((s) => s.section === "heading");
      for (const heading of labelledHeadings) {
        const found = producedHeadings.some((p) => overlaps(p, heading));
        bump(row.boundaries, found);
        if (!found)
          row.misses.push(`${resume.id}: heading "${resume.text.slice(heading.start, heading.end)}" not found`);
      }
      for (const extra of producedHeadings.filter((p) => !labelledHeadings.some((h) => overlaps(p, h)))) {
        row.extraHeadings++;
        row.misses.push(`${resume.id}: extra heading "${resume.text.slice(extra.start, extra.end)}"`);
      }
      const perSection = new Map<string, Tally>();
      for (const segment of resume.segments.filter((s) => s.section !== "heading")) {
        const sectionTally = perSection.get(segment.section) ?? tally();
        perSection.set(segment.section, sectionTally);
        for (let i = segment.start; i < segment.end; i++) {
          if (/\s/.test(resume.text[i])) continue;
          bump(row.characters, produced[i] === segment.section);
          bump(sectionTally, produced[i] === segment.section);
        }
      }
      for (const section of CORE_SECTIONS) {
        const labelled = perSection.get(section);
        if (labelled === undefined || labelled.total === 0) continue;
        const found = labelled.correct / labelled.total >= 0.5;
        bump(row.coverage[section], found);
        if (!found)
          row.misses.push(`${resume.id}: ${section} not found (${labelled.correct}/${labelled.total} characters)`);
      }
    }
    return row;
  });
}

const pct = (t: Tally) =>
  t.total === 0 ? "–" : `${((100 * t.correct) / t.total).toFixed(1)}% (${t.correct}/${t.total})`;

/** A plain-text table, one row per layout, naming what each column measures. */
export function formatAccuracyTable(
  rows: readonly LayoutAccuracy[],
  title = "rules sectioner vs hand labels (test/fixtures/resume-layouts)",
): string {
  const header = [
    "layout",
    "resumes",
    "boundaries found",
    "extra cuts",
    "characters right",
    "experience found",
    "education found",
    "skills found",
  ];
  const body = rows.map((r) => [
    r.layout,
    String(r.resumes),
    pct(r.boundaries),
    String(r.extraHeadings),
    pct(r.characters),
    pct(r.coverage.experience),
    pct(r.coverage.education),
    pct(r.coverage.skills),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [title, line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
