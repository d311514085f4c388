import { strict as assert } from "node:assert";
import { categorizeRole } from "../../src/collect/roles";
import { inCountries, normalizeCountries, parseLocation } from "../../src/collect/location";
import { InputError } from "../../src/util/input-error";
import { dedupePostings, normalizeDescription } from "../../src/collect/dedupe";
import { JobPosting } from "../../src/schemas/job";

const role = (title: string | null, description = "", searchTerm: string | null = null) =>
  categorizeRole({ title, searchTerm, description }).role;

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
    const decision = categorizeRole({
      title: "Database Administrator",
      searchTerm: null,
      description: "Work with data scientists and data scientists.",
    });
    assert.deepEqual(decision, { role: "other", from: "title", matched: null });
  });
  it("categorizeRole falls back to the search term, then to description phrases counted at least twice", () => {
    assert.deepEqual(categorizeRole({ title: "Statistician", searchTerm: "data scientist", description: "" }), {
      role: "data_scientist",
      from: "search_term",
      matched: "data scientist",
    });
    assert.equal(role(null, "Our software engineers and software developers ship daily."), "software_engineer");
    assert.equal(role(null, "One data analyst mention only."), "other");
  });
});

describe("parseLocation", () => {
  const where = (text: string) => {
    const location = parseLocation(text);
    return location && [location.city, location.state, location.country];
  };
  it("parseLocation reads JobSpy's US forms: City, ST; City, ST, US; state names; ZIPs; Remote, US; the country alone", () => {
    assert.deepEqual(parseLocation("Nashville, TN"), {
      text: "Nashville, TN",
      city: "Nashville",
      state: "TN",
      country: "US",
    });
    assert.deepEqual(where("Chicago, IL, USA"), ["Chicago", "IL", "US"]);
    assert.deepEqual(where("Austin, TX, US"), ["Austin", "TX", "US"]);
    assert.deepEqual(where("Austin, Texas"), ["Austin", "TX", "US"]);
    assert.deepEqual(where("Austin, TX 78701"), ["Austin", "TX", "US"]);
    assert.deepEqual(where("Washington, DC"), ["Washington", "DC", "US"]);
    assert.deepEqual(where("New York, United States"), ["New York", null, "US"]);
    assert.deepEqual(where("Remote, US"), [null, null, "US"]);
    assert.deepEqual(where("United States"), [null, null, "US"]);
    assert.deepEqual(where("Texas"), [null, "TX", "US"]);
    assert.deepEqual(where("Portland, OR"), ["Portland", "OR", "US"]);
    assert.deepEqual(where("Cambridge, MA"), ["Cambridge", "MA", "US"]);
  });
  it("parseLocation reads Canada, the UK, Germany, India and Singapore as JobSpy and the sites print them", () => {
    assert.deepEqual(where("Toronto, ON, CA"), ["Toronto", "ON", "CA"]);
    assert.deepEqual(where("Toronto, ON, Canada"), ["Toronto", "ON", "CA"]);
    assert.deepEqual(where("Toronto, ON"), ["Toronto", "ON", "CA"]);
    assert.deepEqual(where("Montreal, Quebec"), ["Montreal", "QC", "CA"]);
    assert.deepEqual(where("London, ON"), ["London", "ON", "CA"]);
    assert.deepEqual(where("Remote, CA"), [null, null, "CA"]);
    assert.deepEqual(where("London, England, UK"), ["London", "ENG", "GB"]);
    assert.deepEqual(where("London, ENG, GB"), ["London", "ENG", "GB"]);
    assert.deepEqual(where("Manchester, UK"), ["Manchester", null, "GB"]);
    assert.deepEqual(where("Edinburgh, Scotland"), ["Edinburgh", "SCT", "GB"]);
    assert.deepEqual(where("Berlin, BE, DE"), ["Berlin", "BE", "DE"]);
    assert.deepEqual(where("Berlin, BE"), ["Berlin", "BE", "DE"]);
    assert.deepEqual(where("München, Bayern, Deutschland"), ["München", "BY", "DE"]);
    assert.deepEqual(where("Berlin, Germany"), ["Berlin", null, "DE"]);
    assert.deepEqual(where("Brussels, BE"), ["Brussels", null, "BE"]);
    assert.deepEqual(where("Bengaluru, KA, IN"), ["Bengaluru", "KA", "IN"]);
    assert.deepEqual(where("Bengaluru, Karnataka, India"), ["Bengaluru", "KA", "IN"]);
    assert.deepEqual(where("Chennai, TN"), ["Chennai", "TN", "IN"]);
    assert.deepEqual(where("Hyderabad, TG, IN"), ["Hyderabad", "TG", "IN"]);
    assert.deepEqual(where("Indianapolis, IN"), ["Indianapolis", "IN", "US"]);
    assert.deepEqual(where("Singapore, SG"), ["Singapore", null, "SG"]);
    assert.deepEqual(where("Singapore"), [null, null, "SG"]);
    assert.deepEqual(where("Sydney, NSW, AU"), ["Sydney", "NSW", "AU"]);
    assert.deepEqual(where("Paris, Île-de-France, France"), ["Paris", "Île-de-France", "FR"]);
  });
  it("parseLocation leaves the country unknown for Remote, metro areas and unknown places", () => {
    assert.deepEqual(where("Remote"), [null, null, null]);
    assert.deepEqual(where("San Francisco Bay Area"), [null, null, null]);
    assert.deepEqual(where("Springfield, Narnia"), ["Springfield", null, null]);
    assert.equal(parseLocation("  "), null);
  });
  it("inCountries keeps the selected countries and unknown locations, and everything for []", () => {
    assert.equal(inCountries(parseLocation("Austin, Texas"), ["US"]), true);
    assert.equal(inCountries(null, ["US"]), true);
    assert.equal(inCountries(parseLocation("Remote"), ["US"]), true);
    assert.equal(inCountries(parseLocation("Berlin, Germany"), ["US"]), false);
    assert.equal(inCountries(parseLocation("Berlin, BE, DE"), ["DE"]), true);
    assert.equal(inCountries(parseLocation("Austin, TX"), ["DE", "IN"]), false);
    assert.equal(inCountries(parseLocation("Berlin, Germany"), []), true);
  });
  it("normalizeCountries upper-cases known codes and names the fix for anything else", () => {
    assert.deepEqual(normalizeCountries(["us", " DE "]), ["US", "DE"]);
    assert.throws(
      () => normalizeCountries(["UK"]),
      (error: unknown) =>
        error instanceof InputError &&
        error.message ===
          'collect.countries: "UK" is not an ISO 3166-1 alpha-2 code the location parser knows; "UK" is GB',
    );
    assert.throws(() => normalizeCountries(["Germany"]), /"Germany" is DE/);
    assert.throws(() => normalizeCountries(["ZZ"]), /known: AE AR AT AU/);
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
    assert.deepEqual(
      result.kept.map((p) => p.id),
      ["a", "e"],
    );
    assert.deepEqual(result.byRule, { same_url: 1, same_description: 1, same_normalized_description: 1 });
    assert.deepEqual(
      result.duplicates.map((d) => [d.duplicateOf, d.field]),
      [
        ["a", "job_url"],
        ["a", "description"],
        ["a", "description"],
      ],
    );
  });
  it("normalizeDescription undoes markdown escapes, case and spacing", () => {
    assert.equal(normalizeDescription("Full\\-time,\n 3\\+ Years"), "full-time, 3+ years");
  });
});
