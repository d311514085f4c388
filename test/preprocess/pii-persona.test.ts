import { strict as assert } from "node:assert";
import { applyPersona, makePersona } from "../../src/preprocess/persona";
import { detectPii, redactForRemote } from "../../src/preprocess/pii";
import { hashString, mulberry32 } from "../../src/util/random";

describe("detectPii", () => {
  it("detectPii finds e-mails, phone formats, URLs, bare profile addresses, street addresses and placeholders with spans", () => {
    const text = "Call (555) 010-1234 or 555.010.1234 or +1 555 010 1234, Tel: 5550101234, mail a.b@example.com, see https://www.example.com/x. or linkedin.com/in/jane-doe and github.com/jd; 123 Main St, Apt 4B. [EMAIL] [NAME]";
    assert.deepEqual(detectPii(text).map((s) => [s.type, s.kind, s.text, text.slice(s.start, s.end) === s.text]), [
      ["phone", "PHONE", "(555) 010-1234", true], ["phone", "PHONE", "555.010.1234", true], ["phone", "PHONE", "+1 555 010 1234", true],
      ["phone", "PHONE", "5550101234", true], ["email", "EMAIL", "a.b@example.com", true], ["url", "URL", "https://www.example.com/x", true],
      ["url", "URL", "linkedin.com/in/jane-doe", true], ["url", "URL", "github.com/jd", true], ["address", "ADDRESS", "123 Main St, Apt 4B", true],
      ["placeholder", "EMAIL", "[EMAIL]", true], ["placeholder", "NAME", "[NAME]", true],
    ]);
  });

  it("detectPii leaves versions, years, ranges, standards and 401(k) alone", () => {
    assert.deepEqual(detectPii("SQL Server 2008 2012 2014, Oracle 11g 12c, NIST 800-53 Rev 4, 2015-2019, 10.2.0.4 on 192.168.1.1, ASP.NET MVC, node.js, 401(k), 3 Data Pump jobs, a 10-digit id 5550101234"), []);
  });
});

describe("redactForRemote", () => {
  it("redactForRemote replaces each detail with its typed placeholder and lists what it removed", () => {
    const { text, redactions } = redactForRemote("Mail a.b@example.com or call 555.010.1234, see linkedin.com/in/x. [URL] stays");
    assert.equal(text, "Mail [EMAIL] or call [PHONE], see [URL]. [URL] stays");
    assert.deepEqual(redactions.map((r) => r.type), ["email", "phone", "url"]);
  });
});

describe("personas", () => {
  it("hashString is 32-bit FNV-1a and mulberry32 is a fixed sequence", () => {
    assert.deepEqual(["", "a", "foobar"].map(hashString), [0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
    const random = mulberry32(1);
    assert.deepEqual([random(), random()], [0.6270739405881613, 0.002735721180215478]);
  });

  it("makePersona is a pure function of (seed, resume id) with reserved e-mail domains and 555-01xx phones", () => {
    assert.deepEqual(makePersona(7, "resumes/00001"), {
      name: "Omar Campbell", firstName: "Omar", lastName: "Campbell", email: "omar.campbell79@example.com", phone: "(317) 555-0163",
      url: "https://www.example.com/omar-campbell", street: "8538 Chestnut St", city: "Indianapolis", state: "IN", country: "United States",
    });
    assert.deepEqual(makePersona(7, "resumes/00001"), makePersona(7, "resumes/00001"));
    assert.notEqual(makePersona(8, "resumes/00001").name, makePersona(7, "resumes/00001").name);
    for (let i = 0; i < 200; i++) {
      const persona = makePersona("s", `r${i}`);
      assert.match(persona.email, /@example\.(?:com|org)$/);
      assert.match(persona.phone, /^\(\d{3}\) 555-01\d{2}$/);
    }
  });

  it("applyPersona replaces details, placeholders and given names, and returns the mapping apart from the text", () => {
    const text = "Casey Lindqvist · casey.lindqvist@example.com · (216) 555-0119 Links [URL] 12 Oak Street [NAME]";
    const { text: out, persona, mapping } = applyPersona(text, 7, "resumes/00027", ["Casey Lindqvist"]);
    assert.equal(out, "Grace Wright · grace.wright45@example.org · (312) 555-0153 Links https://www.example.com/grace-wright 2008 Willow Way, Chicago, IL Grace Wright");
    assert.equal(persona.city, "Chicago");
    assert.deepEqual(mapping.map((m) => [m.type, m.original, m.replacement]), [
      ["name", "Casey Lindqvist", "Grace Wright"], ["email", "casey.lindqvist@example.com", "grace.wright45@example.org"],
      ["phone", "(216) 555-0119", "(312) 555-0153"], ["placeholder", "[URL]", "https://www.example.com/grace-wright"],
      ["address", "12 Oak Street", "2008 Willow Way, Chicago, IL"], ["placeholder", "[NAME]", "Grace Wright"],
    ]);
    for (const m of mapping) {
      assert.equal(text.slice(m.start, m.end), m.original);
      assert.equal(out.slice(m.newStart, m.newEnd), m.replacement);
    }
    assert.ok(!out.includes("Casey") && !out.includes("216"));
  });

  it("applyPersona leaves text without personal details unchanged", () => {
    const { text, mapping } = applyPersona("Oracle DBA with 9 years of experience.", 1, "r");
    assert.deepEqual([text, mapping], ["Oracle DBA with 9 years of experience.", []]);
  });
});
