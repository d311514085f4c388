/** The collection profile (`profile.json`): what was read, kept and rejected, and the data's shape. */
import { z } from "zod";

const Summary = z.object({
  count: z.number().int(),
  min: z.number().nullable(),
  p25: z.number().nullable(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  p75: z.number().nullable(),
  max: z.number().nullable(),
});
const Counts = z.record(z.string(), z.number().int());

export const CollectProfile = z.object({
  inputs: z.object({
    resumes: z.array(z.object({ path: z.string(), rows: z.number().int() })),
    jobs: z.array(z.object({ path: z.string(), rows: z.number().int() })),
  }),
  resumes: z.object({
    rowsRead: z.number().int(),
    kept: z.number().int(),
    rejected: z.number().int(),
    byPrimaryLabel: Counts,
    byEncoding: Counts,
    /** Characters of the cleaned text. */
    textLength: Summary,
    labelsPerResume: Summary,
  }),
  jobs: z.object({
    rowsRead: z.number().int(),
    kept: z.number().int(),
    invalid: z.number().int(),
    duplicates: z.number().int(),
    duplicatesByRule: Counts,
    /** The country selection (ISO 3166-1 alpha-2; [] keeps all). */
    countries: z.array(z.string()),
    /** Postings outside the selected countries. */
    filteredByCountry: z.number().int(),
    /** Postings of roles the run did not select. */
    filteredByRole: z.number().int(),
    byRole: Counts,
    roleDecidedBy: Counts,
    /** Kept postings per country code ("(unknown)" when the location does not say). */
    byCountry: Counts,
    /** Valid postings read per country, before the country selection: what the export held. */
    byCountryRead: Counts,
    bySite: Counts,
    remote: Counts,
    /** Characters of the description. */
    descriptionLength: Summary,
    /** Yearly USD salary midpoint ((min+max)/2, or the one bound given) of postings with a known interval. */
    salaryByRole: z.record(z.string(), Summary),
  }),
  rejects: z.object({
    total: z.number().int(),
    byKind: Counts,
    /** `<input>.<field>` → count, e.g. `job.date_posted`. */
    byField: Counts,
  }),
  /** True when every input row is in the output or in rejects (always checked, never assumed). */
  allRowsAccounted: z.boolean(),
});
export type CollectProfile = z.infer<typeof CollectProfile>;
