/**
 * The pure parts of `rpw tailor`, pinned: the tailored sections lifted back to the sectioner's
 * shape, the claim marks, the system's name, and the resume page's escaping and headings.
 */
import { strict as assert } from "node:assert";
import { GroundedClaim } from "../../src/evaluate/grounding";
import { buildTailoredJsonResume, tailoredToSections } from "../../src/generate/tailored-json-resume";
import { TailoredSectionRecord } from "../../src/schemas/tailor";
import { markClaims } from "../../src/tailor/diff-html";
import { resumeHtml } from "../../src/tailor/resume-html";
import { systemLabel } from "../../src/tailor/write-tailor";

type Verdict = GroundedClaim["verdict"];
const claim = (text: string, start: number, verdict: Verdict, type: GroundedClaim["type"]): GroundedClaim => ({
  type,
  text,
  span: [start, start + text.length],
  verdict,
  supported: verdict === "supported",
  inJob: false,
  evidence: null,
});

const record = (answeredBy: string | null, model: string | null, cached = false): TailoredSectionRecord => ({
  section: "skills",
  status: answeredBy ? "tailored" : "empty",
  answeredBy,
  model,
  cached,
  promptVersions: null,
  error: null,
  claims: { supported: 0, input_only: 0, unsupported: 0 },
});

describe("tailoredToSections", () => {
  it("tailoredToSections splits written education dates into ISO prefixes and drops bullet glyphs", () => {
    const sections = tailoredToSections({
      education: {
        entries: [
          {
            degree: "MSc",
            field: "Statistics",
            institution: "Millbrook State University",
            location: null,
            dates: "October 2015 to Present",
          },
        ],
      },
      experience: {
        entries: [
          {
            title: "Analyst",
            employer: "Northwind",
            location: null,
            startDate: "2019-03",
            endDate: null,
            bullets: ["• Built reports", "-", "Cut costs"],
          },
        ],
      },
      achievements: { entries: ["• Award 2021"] },
    });
    const [school] = sections.education.entries;
    assert.deepEqual([school.startDate, school.endDate], ["2015-10", null]);
    assert.deepEqual(sections.experience.entries[0].bullets, ["Built reports", "-", "Cut costs"]);
    assert.deepEqual(sections.achievements.entries, ["Award 2021"]);
    assert.deepEqual(sections.skills.entries, []);
  });

  it("buildTailoredJsonResume names the sections not tailored in meta and reports a link the schema refuses", () => {
    const author = { answeredBy: "rules", model: "rules:tailor-skills@1" };
    const { document, check } = buildTailoredJsonResume({ skills: { entries: ["SQL"] } }, { skills: author });
    assert.deepEqual(check, { valid: true, errors: [] });
    assert.deepEqual((document.meta as { rpw: unknown }).rpw, {
      tailored: [{ section: "skills", answeredBy: "rules", model: "rules:tailor-skills@1" }],
      notTailored: ["personal_information", "achievements", "certificates", "education", "projects", "experience"],
    });
    const personal = {
      name: "A B",
      email: null,
      phone: null,
      location: null,
      links: ["https://bad link"],
      headline: null,
      summary: null,
    };
    const bad = buildTailoredJsonResume({ personal_information: personal }, {});
    assert.equal(bad.check.valid, false);
    assert.match(bad.check.errors[0], /^\/basics\/url must match format "uri"/);
  });
});

describe("markClaims", () => {
  it("markClaims marks unsupported and input-only claims apart, with their type, and escapes the rest", () => {
    const text = "Led <team> at Globex, using Snowflake";
    const html = markClaims(text, [
      claim("Globex", 14, "unsupported", "organization"),
      claim("Snowflake", 28, "input_only", "skill"),
      claim("Led", 0, "supported", "title"),
    ]);
    assert.equal(
      html,
      'Led &lt;team&gt; at <mark class="unsupported" title="organization: not in the resume">' +
        "Globex<sup>organization</sup></mark>, using " +
        '<mark class="input-only" title="skill: only in the model&#39;s input (job details)">' +
        "Snowflake<sup>skill</sup></mark>",
    );
  });
});

describe("systemLabel", () => {
  it("systemLabel names the rules baseline, a model at its base URL, recordings, and a mix", () => {
    assert.equal(systemLabel([record("rules", "rules:tailor-skills@1"), record(null, null)], null), "rules (no model)");
    const vllm = "http://127.0.0.1:8000/v1";
    assert.equal(systemLabel([record("openai-compatible", "llama-lora")], vllm), `llama-lora at ${vllm}`);
    assert.equal(systemLabel([record("openai", "gpt-4o", true)], null), "gpt-4o (recorded openai answers)");
    const mixed = [record("openai", "gpt-4o", true), record("rules", "rules:tailor-skills@1")];
    assert.equal(systemLabel(mixed, null), "gpt-4o (recorded openai answers) + rules (no model)");
  });
});

describe("resumeHtml", () => {
  it("resumeHtml escapes every value, fetches nothing and writes the headings of the sections it has", () => {
    const html = resumeHtml(
      {
        basics: { name: "Ada <script>alert(1)</script>", summary: 'Likes "quotes" & ampersands' },
        work: [{ name: "Northwind", position: "Analyst", startDate: "2019-03", highlights: ["<b>bold</b> claim"] }],
        skills: [{ name: "SQL" }, { name: "Python" }],
      },
      "rules (no model)",
    );
    assert.ok(!html.includes("<script>") && html.includes("Ada &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(html.includes("<li>&lt;b&gt;bold&lt;/b&gt; claim</li>"));
    assert.ok(html.includes("Likes &quot;quotes&quot; &amp; ampersands"));
    assert.ok(html.includes('<p class="muted">March 2019 to Present</p>') && html.includes("<p>SQL, Python</p>"));
    assert.deepEqual(
      [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]),
      ["Work Experience", "Skills"],
    );
    assert.ok(!/src=|href=|@import|url\(/.test(html), "nothing is fetched");
  });
});
