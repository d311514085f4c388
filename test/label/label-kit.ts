/** A tiny case for the label tests: what the checker finds in it is listed in label-report.test.ts. */
import type { GroundCase } from "../../src/schemas/claims";

export const CASE: GroundCase = {
  id: "c1",
  source:
    "Data Analyst, Acme Corp, June 2019 to May 2021\nBuilt SQL reports in Python\n" +
    "B.S. in Statistics, Ohio State University, 2018",
  output:
    "Data Analyst, Acme Corp, June 2019 to May 2021\nBuilt SQL reports in Tableau, raising revenue by 25%\n" +
    "B.S. in Statistics, Ohio State University, 2017\nAWS Certified Solutions Architect",
  input: "Persona education: Ohio State University, 2017",
  job: "Tableau, AWS",
  section: "experience",
};

export const HEADER = "row,case,section,type,claim,span,context,label,note";
