/**
 * Figures of the collect stage, as pure functions of the collection. Every bar is labelled
 * with its count, and categories keep a fixed order (the study's role order; counts
 * descending elsewhere) so figures compare across runs.
 */
import { CollectProfile } from "../schemas/profile";
import { JobPosting, ROLE_LABELS, ROLES } from "../schemas/job";
import { ResumeRecord } from "../schemas/resume";
import { yearlySalaryMidpoint } from "../collect/profile";
import { axis, baseLayout, NamedFigure } from "./figure";

function countBar(name: string, title: string, labels: string[], counts: number[], xTitle: string, yTitle: string): NamedFigure {
  return {
    name,
    title,
    data: [{ type: "bar", x: labels, y: counts, text: counts.map(String), textposition: "outside", cliponaxis: false, uid: `${name}-bars` }],
    layout: baseLayout(title, { xaxis: axis(xTitle), yaxis: axis(yTitle, { rangemode: "tozero" }), showlegend: false }),
  };
}

/** Postings per role, in the study's role order (the study's role table). */
export function postingsByRoleFigure(profile: CollectProfile): NamedFigure {
  const counts = ROLES.map((role) => profile.jobs.byRole[role] ?? 0);
  return countBar("postings-by-role", "Job postings per role", ROLES.map((role) => ROLE_LABELS[role]), counts, "Role", "Postings");
}

export function postingsBySiteFigure(profile: CollectProfile): NamedFigure {
  const entries = Object.entries(profile.jobs.bySite);
  return countBar("postings-by-site", "Job postings per site", entries.map(([site]) => site), entries.map(([, n]) => n), "Site", "Postings");
}

/** Yearly USD salary midpoints per role as box plots (all points shown: samples are small). */
export function salaryByRoleFigure(postings: readonly JobPosting[]): NamedFigure {
  const data = ROLES.map((role) => {
    const values = postings.filter((posting) => posting.role === role).map(yearlySalaryMidpoint).filter((v): v is number => v !== null);
    return { type: "box", name: ROLE_LABELS[role], y: values, boxpoints: "all", jitter: 0, pointpos: 0, uid: `salary-${role}` };
  }).filter((trace) => trace.y.length > 0);
  return {
    name: "salary-by-role",
    title: "Advertised salary by role (yearly USD, midpoint of range)",
    data,
    layout: baseLayout("Advertised salary by role (yearly USD, midpoint of range)", {
      xaxis: axis("Role"), yaxis: axis("USD per year", { tickformat: ",.0f", rangemode: "tozero" }), showlegend: false,
    }),
  };
}

/** The most common resume labels (first label of each record), as horizontal bars. */
export function resumeLabelsFigure(profile: CollectProfile, top = 15): NamedFigure {
  const entries = Object.entries(profile.resumes.byPrimaryLabel).slice(0, top).reverse();
  const title = `Resume labels (first label, top ${Math.min(top, Object.keys(profile.resumes.byPrimaryLabel).length)})`;
  return {
    name: "resume-labels",
    title,
    data: [{ type: "bar", orientation: "h", y: entries.map(([label]) => label), x: entries.map(([, n]) => n), text: entries.map(([, n]) => String(n)), textposition: "outside", cliponaxis: false, uid: "resume-labels-bars" }],
    layout: baseLayout(title, { xaxis: axis("Resumes", { rangemode: "tozero" }), yaxis: axis("", { automargin: true }), showlegend: false, margin: { l: 230, r: 40, t: 60, b: 60 } }),
  };
}

/** Text lengths of resumes and job descriptions (characters), as overlaid histograms. */
export function textLengthsFigure(resumes: readonly ResumeRecord[], postings: readonly JobPosting[]): NamedFigure {
  const bins = { start: 0, size: 1000 };
  return {
    name: "text-lengths",
    title: "Text length (characters)",
    data: [
      { type: "histogram", name: "Resumes", x: resumes.map((resume) => resume.text.length), xbins: bins, opacity: 0.65, uid: "lengths-resumes" },
      { type: "histogram", name: "Job descriptions", x: postings.map((posting) => posting.description.length), xbins: bins, opacity: 0.65, uid: "lengths-jobs" },
    ],
    layout: baseLayout("Text length (characters)", {
      barmode: "overlay", xaxis: axis("Characters", { tickformat: ",d" }), yaxis: axis("Documents"), legend: { x: 0.98, xanchor: "right", y: 0.98 },
    }),
  };
}

/** Every collect figure, in the order the notebook and the report show them. */
export function collectFigures(collection: { profile: CollectProfile; resumes: readonly ResumeRecord[]; postings: readonly JobPosting[] }): NamedFigure[] {
  return [
    postingsByRoleFigure(collection.profile),
    postingsBySiteFigure(collection.profile),
    salaryByRoleFigure(collection.postings),
    resumeLabelsFigure(collection.profile),
    textLengthsFigure(collection.resumes, collection.postings),
  ];
}
