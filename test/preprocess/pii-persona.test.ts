import { strict as assert } from "node:assert";
import { applyPersona, makePersona } from "../../src/preprocess/persona";
import { detectPii, redactForRemote } from "../../src/preprocess/pii";
import { hashString, mulberry32 } from "../../src/util/random";

describe("detectPii", () => {
  it("detectPii finds e-mails, phone formats, URLs, bare profile addresses, street addresses and placeholders with spans", () => {
    const text =
      "Call (555) 010-1234 or 555.010.1234 or +1 555 010 1234, Tel: 5550101234, mail a.b@example.com, see https://www.example.com/x. or linkedin.com/in/jane-doe and github.com/jd; 123 Main St, Apt 4B. [EMAIL] [NAME]";
    assert.deepEqual(
      detectPii(text).map((s) => [s.type, s.kind, s.text, text.slice(s.start, s.end) === s.text]),
      [
        ["phone", "PHONE", "(555) 010-1234", true],
        ["phone", "PHONE", "555.010.1234", true],
        ["phone", "PHONE", "+1 555 010 1234", true],
        ["phone", "PHONE", "5550101234", true],
        ["email", "EMAIL", "a.b@example.com", true],
        ["url", "URL", "https://www.example.com/x", true],
        ["url", "URL", "linkedin.com/in/jane-doe", true],
        ["url", "URL", "github.com/jd", true],
        ["address", "ADDRESS", "123 Main St, Apt 4B", true],
        ["placeholder", "EMAIL", "[EMAIL]", true],
        ["placeholder", "NAME", "[NAME]", true],
      ],
    );
  });

  it("detectPii leaves versions, years, ranges, standards and 401(k) alone", () => {
    assert.deepEqual(
      detectPii(
        "SQL Server 2008 2012 2014, Oracle 11g 12c, NIST 800-53 Rev 4, 2015-2019, 10.2.0.4 on 192.168.1.1, ASP.NET MVC, node.js, 401(k), 3 Data Pump jobs, a 10-digit id 5550101234",
      ),
      [],
    );
  });
});

describe("redactForRemote", () => {
  it("redactForRemote replaces each detail with its typed placeholder and lists what it removed", () => {
    const { text, redactions } = redactForRemote(
      "Mail a.b@example.com or call 555.010.1234, see linkedin.com/in/x. [URL] stays",
    );
    assert.equal(text, "Mail [EMAIL] or call [PHONE], see [URL]. [URL] stays");
    assert.deepEqual(
      redactions.map((r) => r.type),
      ["email", "phone", "url"],
    );
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
      name: "Omar Campbell",
      firstName: "Omar",
      lastName: "Campbell",
      email: "omar.campbell79@example.com",
      phone: "(317) 555-0163",
      url: "https://www.example.com/omar-campbell",
      street: "8538 Chestnut St",
      city: "Indianapolis",
      state: "IN",
      country: "United States",
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
    assert.equal(
      out,
      "Grace Wright · grace.wright45@example.org · (312) 555-0153 Links https://www.example.com/grace-wright 2008 Willow Way, Chicago, IL Grace Wright",
    );
    assert.equal(persona.city, "Chicago");
    assert.deepEqual(
      mapping.map((m) => [m.type, m.original, m.replacement]),
      [
        ["name", "Casey Lindqvist", "Grace Wright"],
        ["email", "casey.lindqvist@example.com", "grace.wright45@example.org"],
        ["phone", "(216) 555-0119", "(312) 555-0153"],
        ["placeholder", "[URL]", "https://www.example.com/grace-wright"],
        ["address", "12 Oak Street", "2008 Willow Way, Chicago, IL"],
        ["placeholder", "[NAME]", "Grace Wright"],
      ],
    );
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

describe("detectPii (issue 15: bare, international and national phones, obfuscated e-mails, URLs without a scheme, header names)", () => {
  const found = (text: string) => detectPii(text).map((span) => [span.type, span.text]);

  it("detectPii finds bare 10- and 7-digit numbers, international and national formats", () => {
    assert.deepEqual(
      found(
        "Call 2125550142 or 9876543210, or locally 555-0142 or 555 0199; abroad +91 98765 43210, +44 20 7946 0958, +91-9876543210, +65 6123 4567, +1 (555) 010-1234; in London 020 7946 0958 or 07700 900123. Mobile: 5550142",
      ),
      [
        ["phone", "2125550142"],
        ["phone", "9876543210"],
        ["phone", "555-0142"],
        ["phone", "555 0199"],
        ["phone", "+91 98765 43210"],
        ["phone", "+44 20 7946 0958"],
        ["phone", "+91-9876543210"],
        ["phone", "+65 6123 4567"],
        ["phone", "+1 (555) 010-1234"],
        ["phone", "020 7946 0958"],
        ["phone", "07700 900123"],
        ["phone", "5550142"],
      ],
    );
  });

  it("detectPii cuts an international number at its country's length, so a following year stays", () => {
    assert.deepEqual(found("+44 20 7946 0958 2015 - 2019"), [["phone", "+44 20 7946 0958"]]);
  });

  it("detectPii finds obfuscated e-mails with brackets, parentheses, braces or spelled-out words", () => {
    assert.deepEqual(
      found(
        "priya.raman [at] example [dot] com; p.raman(at)example(dot)org; jd {at} mail {dot} co {dot} uk; JANE AT EXAMPLE DOT COM; jane at example dot com; ravi@example [dot] in",
      ),
      [
        ["email", "priya.raman [at] example [dot] com"],
        ["email", "p.raman(at)example(dot)org"],
        ["email", "jd {at} mail {dot} co {dot} uk"],
        ["email", "JANE AT EXAMPLE DOT COM"],
        ["email", "jane at example dot com"],
        ["email", "ravi@example [dot] in"],
      ],
    );
  });

  it("detectPii finds URLs without a scheme, and bare domains only in the header or after a web label", () => {
    assert.deepEqual(
      found(
        "Priya Raman · priyaraman.dev · linkedin.com/in/priya-raman · github.com/praman · www.praman.com\n\nWorked on sprint.com and salesforce.com. Portfolio: praman.io",
      ),
      [
        ["name", "Priya Raman"],
        ["url", "priyaraman.dev"],
        ["url", "linkedin.com/in/priya-raman"],
        ["url", "github.com/praman"],
        ["url", "www.praman.com"],
        ["url", "praman.io"],
      ],
    );
  });

  it("detectPii finds the person's name in the header line, and its later occurrences", () => {
    assert.deepEqual(
      found("Zoltan Kowalczyk\nData Engineer · Berlin\nzk@example.com\n\nReferences: ask Zoltan Kowalczyk."),
      [
        ["name", "Zoltan Kowalczyk"],
        ["email", "zk@example.com"],
        ["name", "Zoltan Kowalczyk"],
      ],
    );
    assert.deepEqual(found("RESUME\n\nJORDAN A. REYES\nSenior Data Analyst"), [["name", "JORDAN A. REYES"]]);
    assert.deepEqual(found("Name: Tomasz Wielicki, Data Analyst"), [["name", "Tomasz Wielicki"]]);
    assert.deepEqual(found("# Anjali Deshpande\n\nMachine learning engineer"), [["name", "Anjali Deshpande"]]);
    assert.deepEqual(
      found("Priya Raman Data Engineer with 8 years of experience"),
      [["name", "Priya Raman"]],
      "a one-line resume: cut at the first job word",
    );
    assert.deepEqual(
      found("Priya Raman Pune, MH Data Engineer"),
      [["name", "Priya Raman"]],
      "a city before its region is not a surname",
    );
    assert.deepEqual(found("Casey Lindqvist · casey.lindqvist@example.com")[0], ["name", "Casey Lindqvist"]);
  });

  it("detectPii takes no name from headlines, headings, company lines or a lone capitalised line", () => {
    for (const text of [
      "Oracle Database Administrator Oracle Database Administrator - Bramblewood Health Columbus, OH",
      "Senior Data Analyst\nAcme Corp",
      "**About Northwind Analytics**\nWe build dashboards.",
      "Northwind Analytics\nWe build dashboards for hospitals.",
      "Skills * Programming Languages: Python, SQL",
      "Grant Writer\nFundraising since 2012",
    ])
      assert.deepEqual(
        found(text).filter(([type]) => type === "name"),
        [],
        text,
      );
  });

  it("detectPii leaves years, date ranges, versions, salary figures and ZIP codes alone", () => {
    assert.deepEqual(
      found(
        "Worked 2015 - 2019, 2015-2019 and 2019–2023 (Jan 2015 – Dec 2019, 01/2015 - 12/2019, 12.05.2019); Spark 3.4.1, Python 3.10, Oracle 11.2.0.4, v2.3.1, " +
          "release 2024.1; salary $120,000 - $150,000, $95000-$120000, 120000-150000 USD, $1500000, CTC 1850000 INR, 2500000000 in revenue, ₹24,00,000, 250-3000 employees; " +
          "Austin, TX 78701 and 78701-1234, 02139, SW1A 1AA; top 300 2019; ISBN 0306406152; order id 5550101234; 1234567890",
      ),
      [],
    );
  });
});

describe("redactForRemote on a resume with every kind of contact detail", () => {
  // Written for this test: every name, number and address is invented (555 and reserved ranges, example domains).
  const RESUME = [
    "Priya Raman",
    "Data Engineer · 221 Baker Street, Apt 4B · Bengaluru, KA 560001",
    "priya.raman@example.com · priya.raman [at] example [dot] com · p.raman(at)example(dot)org",
    "+91 98765 43210 · +44 20 7946 0958 · (555) 010-1234 · 555.010.1299 · 2125550142 · 555-0142 · 020 7946 0958 · Tel: 5550101234",
    "linkedin.com/in/priya-raman · github.com/praman · www.praman.com · https://praman.example.com/cv · praman.dev",
    "",
    "Summary",
    "Data engineer since 2015 on Spark 3.4.1 and Python 3.10; expects $120,000 - $150,000 (CTC 1850000 INR).",
    "Experience",
    "Senior Data Engineer, Acme Analytics, Austin, TX 78701 — Jan 2019 – Present (2015 - 2019 at Initech, 78701-1234).",
    "References: Priya Raman, on request.",
  ].join("\n");
  const DETAILS = [
    "Priya",
    "Raman",
    "221 Baker Street",
    "priya.raman@example.com",
    "priya.raman [at] example [dot] com",
    "p.raman(at)example(dot)org",
    "98765 43210",
    "7946 0958",
    "010-1234",
    "555.010.1299",
    "2125550142",
    "555-0142",
    "5550101234",
    "linkedin.com",
    "github.com",
    "www.praman.com",
    "praman.example.com",
    "praman.dev",
  ];

  it("redactForRemote leaves none of the contact details and keeps years, versions, salaries and ZIP codes", () => {
    const { text } = redactForRemote(RESUME);
    for (const detail of DETAILS) assert.ok(!text.includes(detail), `${detail} survived:\n${text}`);
    assert.equal((text.match(/\d{7,}/g) ?? []).filter((digits) => digits !== "1850000").length, 0);
    for (const kept of [
      "2015 - 2019",
      "Spark 3.4.1",
      "Python 3.10",
      "$120,000 - $150,000",
      "CTC 1850000 INR",
      "TX 78701",
      "78701-1234",
      "Jan 2019 – Present",
      "KA 560001",
    ]) {
      assert.ok(text.includes(kept), `${kept} was redacted:\n${text}`);
    }
    assert.equal(text.split("\n")[0], "[NAME]");
    assert.equal(
      text.split("\n")[3],
      "[PHONE] · [PHONE] · [PHONE] · [PHONE] · [PHONE] · [PHONE] · [PHONE] · Tel: [PHONE]",
    );
  });
});
