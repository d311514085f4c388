/**
 * Figures of the collect stage, as pure functions of the collection. Every bar is labelled
 * with its count, and categories keep a fixed order (the study's role order; counts
 * descending elsewhere) so figures compare across runs. Count axes have whole-number ticks.
 */
import { CollectProfile } from "../schemas/profile";
import { JobPosting, ROLE_LABELS, ROLES } from "../schemas/job";
import { ResumeRecord } from "../schemas/resume";
import { yearlySalaryMidpoint } from "../collect/profile";
import { plural } from "../util/words";
import { axis, baseLayout, countAxis, histogramPeak, NamedFigure, OKABE_ITO, paletteColor } from "./figure";

interface CountBar {
  name: string;
  title: string;
  caption: string;
  labels: string[];
  counts: number[];
  xTitle: string;
  yTitle: string;
}

function countBar({ name, title, caption, labels, counts, xTitle, yTitle }: CountBar): NamedFigure {
  return {
    name,
    stage: "collect",
    title,
    caption,
    data: [
      {
        type: "bar",
        x: labels,
        y: counts,
        text: counts.map(String),
        textposition: "outside",
        cliponaxis: false,
        marker: { color: OKABE_ITO[0] },
        uid: `${name}-bars`,
      },
    ],
    layout: baseLayout(title, {
      xaxis: axis(xTitle),
      yaxis: countAxis(yTitle, Math.max(0, ...counts)),
      showlegend: false,
    }),
  };
}

/** Postings per role, in the study's role order (the study's role table). */
export function postingsByRoleFigure(profile: CollectProfile): NamedFigure {
  const counts = ROLES.map((role) => profile.jobs.byRole[role] ?? 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return countBar({
    name: "postings-by-role",
    title: "Job postings per role",
    labels: ROLES.map((role) => ROLE_LABELS[role]),
    counts,
    caption: `Job postings kept after deduplication and filtering, per role, in the study's role order; n = ${plural(total, "posting")}.`,
    xTitle: "Role",
    yTitle: "Postings (count)",
  });
}

export function postingsBySiteFigure(profile: CollectProfile): NamedFigure {
  const entries = Object.entries(profile.jobs.bySite);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return countBar({
    name: "postings-by-site",
    title: "Job postings per site",
    labels: entries.map(([site]) => site),
    counts: entries.map(([, n]) => n),
    caption: `Job postings kept, per JobSpy source site; n = ${plural(total, "posting")}.`,
    xTitle: "Source site",
    yTitle: "Postings (count)",
  });
}

/** Yearly USD salary midpoints per role as box plots (all points shown: samples are small). */
export function salaryByRoleFigure(postings: readonly JobPosting[]): NamedFigure {
  const data = ROLES.map((role, r) => {
    const values = postings
      .filter((posting) => posting.role === role)
      .map(yearlySalaryMidpoint)
      .filter((v): v is number => v !== null);
    return {
      type: "box",
      name: ROLE_LABELS[role],
      y: values,
      boxpoints: "all",
      jitter: 0,
      pointpos: 0,
      marker: { color: paletteColor(r) },
      uid: `salary-${role}`,
    };
  }).filter((trace) => trace.y.length > 0);
  const n = data.reduce((sum, trace) => sum + trace.y.length, 0);
  const title = "Advertised salary by role";
  return {
    name: "salary-by-role",
    stage: "collect",
    title,
    caption:
      `Advertised yearly salary (midpoint of the posted range, converted to yearly USD) per role; ` +
      `every posting shown as a point; n = ${plural(n, "posting")} with a salary of ${plural(postings.length, "posting")}.`,
    whenEmpty: "no posting advertises a salary",
    data,
    layout: baseLayout(title, {
      xaxis: axis("Role"),
      yaxis: axis("Salary (USD per year)", { tickformat: ",.0f", rangemode: "tozero" }),
      showlegend: false,
    }),
  };
}

/** The most common resume labels (first label of each record), as horizontal bars. */
export function resumeLabelsFigure(profile: CollectProfile, top = 15): NamedFigure {
  const all = Object.entries(profile.resumes.byPrimaryLabel);
  const entries = all.slice(0, top).reverse();
  const title = `Resume labels (top ${Math.min(top, all.length)})`;
  const counts = entries.map(([, n]) => n);
  return {
    name: "resume-labels",
    stage: "collect",
    title,
    caption: `The ${plural(Math.min(top, all.length), "most common resume label", "most common resume labels")} (the first label of each record) of ${plural(
      all.reduce((sum, [, n]) => sum + n, 0),
      "resume",
    )}.`,
    data: [
      {
        type: "bar",
        orientation: "h",
        y: entries.map(([label]) => label),
        x: counts,
        text: counts.map(String),
        textposition: "outside",
        cliponaxis: false,
        marker: { color: OKABE_ITO[0] },
        uid: "resume-labels-bars",
      },
    ],
    layout: baseLayout(title, {
      xaxis: countAxis("Resumes (count)", Math.max(0, ...counts)),
      yaxis: axis("Resume label", { automargin: true }),
      showlegend: false,
    }),
  };
}

/** Text lengths of resumes and job descriptions (characters), as overlaid histograms. */
export function textLengthsFigure(resumes: readonly ResumeRecord[], postings: readonly JobPosting[]): NamedFigure {
  const bins = { start: 0, size: 1000 };
  const title = "Text length of resumes and job descriptions";
  return {
    name: "text-lengths",
    stage: "collect",
    title,
    caption: `Length in characters of each resume (n = ${resumes.length}) and each job description (n = ${postings.length}), in bins of 1,000 characters.`,
    data: [
      {
        type: "histogram",
        name: "Resumes",
        x: resumes.map((resume) => resume.text.length),
        xbins: bins,
        opacity: 0.7,
        marker: { color: OKABE_ITO[0] },
        uid: "lengths-resumes",
      },
      {
        type: "histogram",
        name: "Job descriptions",
        x: postings.map((posting) => posting.description.length),
        xbins: bins,
        opacity: 0.7,
        marker: { color: OKABE_ITO[1] },
        uid: "lengths-jobs",
      },
    ],
    layout: baseLayout(title, {
      barmode: "overlay",
      xaxis: axis("Length (characters)", { tickformat: ",d" }),
      yaxis: countAxis(
        "Documents (count)",
        histogramPeak([resumes.map((r) => r.text.length), postings.map((p) => p.description.length)], bins.size),
      ),
      legend: { x: 0.98, xanchor: "right", y: 0.98 },
    }),
  };
}

/** Every collect figure, in the order the notebook and the report show them. */
export function collectFigures(collection: {
  profile: CollectProfile;
  resumes: readonly ResumeRecord[];
  postings: readonly JobPosting[];
}): NamedFigure[] {
  return [
    postingsByRoleFigure(collection.profile),
    postingsBySiteFigure(collection.profile),
    salaryByRoleFigure(collection.postings),
    resumeLabelsFigure(collection.profile),
    textLengthsFigure(collection.resumes, collection.postings),
  ];
}
