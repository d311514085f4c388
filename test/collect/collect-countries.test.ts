import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { assembleCollection, resolveCountries } from "../../src/collect/collect";
import { readJobFile } from "../../src/collect/read-jobs";
import { runCollect } from "../../src/collect/run-collect";
import { loadWorkbenchConfig } from "../../src/run/load-config";
import { runDirs } from "../../src/schemas/run-config";
import { InputError } from "../../src/util/input-error";
import { tempDir } from "../helpers";

// A JobSpy export from several countries, locations as JobSpy prints them.
const LOCATIONS = [
  "Austin, TX",
  "Berlin, BE, DE",
  "München, Bayern, Deutschland",
  "Toronto, ON, CA",
  "Bengaluru, KA, IN",
  "Singapore, SG",
  "London, England, UK",
  "Remote",
];

function read() {
  const file = path.join(tempDir(), "mixed.csv");
  fs.writeFileSync(
    file,
    "location,description\n" + LOCATIONS.map((where, i) => `"${where}","Posting ${i} in ${where}."\n`).join(""),
  );
  return [{ path: file, result: readJobFile(file) }];
}
const kept = (countries?: string[]) => {
  const collection = assembleCollection([], read(), { countries });
  return {
    locations: collection.postings.map((p) => p.location?.text),
    profile: collection.profile,
    rejects: collection.rejects,
  };
};

describe("assembleCollection (countries)", () => {
  it("assembleCollection keeps the study's US postings and unknown locations by default, and reports postings per country", () => {
    const { locations, profile, rejects } = kept();
    assert.deepEqual(locations, ["Austin, TX", "Remote"]);
    assert.deepEqual([profile.jobs.countries, profile.jobs.filteredByCountry], [["US"], 6]);
    assert.deepEqual(profile.jobs.byCountry, { US: 1, "(unknown)": 1 });
    assert.deepEqual(profile.jobs.byCountryRead, { US: 1, DE: 2, CA: 1, IN: 1, SG: 1, GB: 1, "(unknown)": 1 });
    assert.equal(profile.allRowsAccounted, true);
    assert.deepEqual(
      [rejects[0].kind, rejects[0].field, rejects[0].reason],
      ["filtered", "location", "in DE, not among the selected countries (US)"],
    );
  });

  it('assembleCollection with countries ["DE"] keeps the German postings of a JobSpy export', () => {
    const { locations, profile } = kept(["DE"]);
    assert.deepEqual(locations, ["Berlin, BE, DE", "München, Bayern, Deutschland", "Remote"]);
    assert.deepEqual(profile.jobs.byCountry, { DE: 2, "(unknown)": 1 });
  });

  it("assembleCollection with countries [] keeps every posting, and several countries keep each", () => {
    assert.equal(kept([]).locations.length, LOCATIONS.length);
    assert.deepEqual(kept(["in", "SG"]).locations, ["Bengaluru, KA, IN", "Singapore, SG", "Remote"]);
  });

  it("resolveCountries defaults to the study's US, upper-cases codes, keeps [] as every country and rejects unknown codes", () => {
    assert.deepEqual(
      [resolveCountries({}), resolveCountries({ countries: [] }), resolveCountries({ countries: ["gb", " ca "] })],
      [["US"], [], ["GB", "CA"]],
    );
    assert.throws(
      () => kept(["UK"]),
      /countries: "UK" is not an ISO 3166-1 alpha-2 code the location parser knows; "UK" is GB/,
    );
  });

  it('the collect.countries setting is applied by the collect stage: ["DE"] keeps the German postings, the default the US ones', async () => {
    const jobs = read()[0].path;
    const resumes = path.join(tempDir(), "resumes.txt");
    fs.writeFileSync(
      resumes,
      "C:\\x\\1.html#1:::Data Analyst:::Data Analyst with SQL and Tableau. Work Experience Analyst, Acme 2019 to Present\n",
    );
    const collected = async (sets: string[]) => {
      const config = loadWorkbenchConfig(null, [
        `runsDir=${tempDir()}`,
        `data.resumes=${JSON.stringify([resumes])}`,
        `data.jobs=${JSON.stringify([jobs])}`,
        ...sets,
      ]);
      const result = await runCollect(config, runDirs(config), { log: () => undefined });
      return result.collection.postings.map((posting) => posting.location?.country ?? null);
    };
    assert.deepEqual([...new Set(await collected(['collect.countries=["DE"]']))].sort(), [null, "DE"].sort());
    assert.ok((await collected([])).every((country) => country === "US" || country === null));
    assert.throws(
      () => loadWorkbenchConfig(null, ['data.countries=["DE"]']),
      (error: unknown) =>
        error instanceof InputError && /"data\.countries" is now "collect\.countries"/.test(error.message),
    );
  });
});
