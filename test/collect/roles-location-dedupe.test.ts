import { strict as assert } from "node:assert";
import { categorizeRole } from "../../src/collect/roles";
import { parseLocation, passesUsFilter } from "../../src/collect/location";
import { dedupePostings, normalizeDescription } from "../../src/collect/dedupe";
import { JobPosting } from "../../src/schemas/job";

const role = (title: string | null, description = "", searchTerm: string | null = null) => categorizeRole({ title, searchTerm, description }).role;

describe("categorizeRole", () => {
  it("categorizeRole places common titles into the study's five roles", () => {
    assert.equal(role("Senior Data Analyst"), "data_analyst");
    assert.equal(role("Business Intelligence Analyst"), "data_analyst");
    assert.equal(role("Analytics Engineer"), "data_engineer");
    assert.equal(role("Staff Data Engineer, Platform"), "data_engineer");
    assert.equal(role("Data Scientist II"), "data_scientist");
    assert.equal(role("Applied Scientist"), "data_scientist");
    assert.equal(role("ML Engineer II"), "machine_learning_engineer");
    assert.equal(role("Senior Machine Learning Engineer"), "machine_learning_engineer");
    assert.equal(role("Backend Software Engineer"), "software_engineer");
    assert.equal(role("Full Stack Developer"), "software_engineer");
  });
  it("categorizeRole prefers the more specific role when a title names two", () => {
    assert.equal(role("Machine Learning Software Engineer"), "machine_learning_engineer");
    assert.equal(role("Software Engineer, Data Pipelines"), "data_engineer");
  });
  it("categorizeRole keeps an unmatched title as other even when the description mentions a role", () => {
    const decision = categorizeRole({ title: "Database Administrator", searchTerm: null, description: "Work with data scientists and data scientists." });
    assert.deepEqual(decision, { role: "other", from: "title", matched: null });
  });
  it("categorizeRole falls back to the search term, then to description phrases counted at least twice", () => {
    assert.deepEqual(categorizeRole({ title: "Statistician", searchTerm: "data scientist", description: "" }), { role: "data_scientist", from: "search_term", matched: "data scientist" });
    assert.equal(role(null, "Our software engineers and software developers ship daily."), "software_engineer");
    assert.equal(role(null, "One data analyst mention only."), "other");
  });
});

describe("parseLocation", () => {
  it("parseLocation reads JobSpy's city, state and country forms", () => {
    assert.deepEqual(parseLocation("Nashville, TN"), { text: "Nashville, TN", city: "Nashville", state: "TN", country: "US" });
    assert.deepEqual(parseLocation("Chicago, IL, USA"), { text: "Chicago, IL, USA", city: "Chicago", state: "IL", country: "US" });
    assert.equal(parseLocation("New York, United States")?.country, "US");
    assert.equal(parseLocation("Remote, US")?.country, "US");
    assert.equal(parseLocation("Toronto, ON, CA")?.country, "Canada");
    assert.equal(parseLocation("Toronto, ON")?.country, "Canada");
    assert.equal(parseLocation("London, England, UK")?.country, "United Kingdom");
    assert.equal(parseLocation("Remote")?.country, null);
    assert.equal(parseLocation("  "), null);
  });
  it("passesUsFilter keeps US and unknown locations and drops other countries", () => {
    assert.equal(passesUsFilter(parseLocation("Austin, Texas")), true);
    assert.equal(passesUsFilter(null), true);
    assert.equal(passesUsFilter(parseLocation("Remote")), true);
    assert.equal(passesUsFilter(parseLocation("Berlin, Germany")), false);
  });
});

describe("dedupePostings", () => {
  const posting = (id: string, jobUrl: string | null, description: string) =>
    ({ id, jobUrl, description, source: { file: "f.csv", line: 1, row: 0 } }) as unknown as JobPosting;
  it("dedupePostings keeps the first of each repeat and names the rule and the kept posting", () => {
    const result = dedupePostings([
      posting("a", "u1", "Build pipelines."),
      posting("b", "u1", "Something else."),
      posting("c", "u2", "Build pipelines."),
      posting("d", null, "build   PIPELINES\\."),
      posting("e", null, "New."),
    ]);
    assert.deepEqual(result.kept.map((p) => p.id), ["a", "e"]);
    assert.deepEqual(result.byRule, { same_url: 1, same_description: 1, same_normalized_description: 1 });
    assert.deepEqual(result.duplicates.map((d) => [d.duplicateOf, d.field]), [["a", "job_url"], ["a", "description"], ["a", "description"]]);
  });
  it("normalizeDescription undoes markdown escapes, case and spacing", () => {
    assert.equal(normalizeDescription("Full\\-time,\n 3\\+ Years"), "full-time, 3+ years");
  });
});
