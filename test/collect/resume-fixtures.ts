/**
 * One project-written resume (fictional: no real person, example.com addresses, a 555 number)
 * and builders that write it, at test time, as JSON Resume, Markdown, HTML, plain text, CSV,
 * DOCX (a zip assembled here: stored entries, CRC-32 from node:zlib) and PDF (Chromium print of
 * the HTML, or a hand-written PDF without a text layer for the scanned case).
 */
import * as zlib from "node:zlib";

/** The resume as JSON Resume: the source the other formats are written from. */
export const RESUME_JSON = {
  basics: {
    name: "Rowan Vale",
    label: "Data Analyst",
    email: "rowan.vale@example.com",
    phone: "(555) 010-0199",
    url: "https://rowanvale.example.com",
    summary: "Data analyst with 8 years of experience in retail and health analytics.",
    location: { city: "Columbus", region: "OH" },
    profiles: [{ network: "GitHub", url: "https://github.com/rowan-vale-example" }],
  },
  work: [
    {
      name: "Northwind Analytics",
      position: "Senior Data Analyst",
      location: "Columbus, OH",
      startDate: "2019-03",
      highlights: [
        "Built weekly sales dashboards in Tableau for 40 stores",
        "Cut report run time by 40% with SQL tuning",
      ],
    },
    {
      name: "Quarrytown Utilities",
      position: "Data Analyst",
      location: "Dayton, OH",
      startDate: "2015-10",
      endDate: "2019-02",
      highlights: ["Forecast monthly demand with Python and ARIMA models"],
    },
  ],
  education: [
    {
      institution: "Millbrook State University",
      area: "Statistics",
      studyType: "Bachelor of Science",
      startDate: "2011",
      endDate: "2015",
    },
  ],
  skills: [
    { name: "Analytics", keywords: ["SQL", "Python", "Tableau"] },
    { name: "Statistics", keywords: ["Regression", "Forecasting"] },
  ],
  awards: [{ title: "Analytics Excellence Award", awarder: "Northwind Analytics", date: "2021" }],
  certificates: [{ name: "Tableau Desktop Specialist", issuer: "Tableau", date: "2020-06" }],
  projects: [{ name: "Store clustering", startDate: "2022", description: "Grouped 230 stores by basket mix." }],
};

type Block = { kind: "title" | "heading" | "line" | "bullet"; text: string };

/** The same resume as blocks, the way a person would lay it out in any editor. */
export const RESUME_BLOCKS: Block[] = [
  { kind: "title", text: "Rowan Vale" },
  { kind: "line", text: "Data Analyst" },
  { kind: "line", text: "rowan.vale@example.com · (555) 010-0199 · https://rowanvale.example.com" },
  { kind: "line", text: "Columbus, OH" },
  { kind: "line", text: "https://github.com/rowan-vale-example" },
  { kind: "line", text: "Data analyst with 8 years of experience in retail and health analytics." },
  { kind: "heading", text: "Work Experience" },
  { kind: "line", text: "Senior Data Analyst" },
  { kind: "line", text: "Northwind Analytics - Columbus, OH" },
  { kind: "line", text: "March 2019 to Present" },
  { kind: "bullet", text: "Built weekly sales dashboards in Tableau for 40 stores" },
  { kind: "bullet", text: "Cut report run time by 40% with SQL tuning" },
  { kind: "line", text: "Data Analyst" },
  { kind: "line", text: "Quarrytown Utilities - Dayton, OH" },
  { kind: "line", text: "October 2015 to February 2019" },
  { kind: "bullet", text: "Forecast monthly demand with Python and ARIMA models" },
  { kind: "heading", text: "Education" },
  { kind: "line", text: "Bachelor of Science in Statistics" },
  { kind: "line", text: "Millbrook State University" },
  { kind: "line", text: "2011 to 2015" },
  { kind: "heading", text: "Skills" },
  { kind: "line", text: "Analytics: SQL, Python, Tableau" },
  { kind: "line", text: "Statistics: Regression, Forecasting" },
  { kind: "heading", text: "Awards" },
  { kind: "line", text: "Analytics Excellence Award, Northwind Analytics 2021" },
  { kind: "heading", text: "Certifications/Licenses" },
  { kind: "line", text: "Tableau Desktop Specialist, Tableau June 2020" },
  { kind: "heading", text: "Projects" },
  { kind: "line", text: "Store clustering (2022): Grouped 230 stores by basket mix." },
];

/** The text every format should read to: one line per block, bullets as "• ". */
export const RESUME_TEXT = RESUME_BLOCKS.map((b) => (b.kind === "bullet" ? `• ${b.text}` : b.text)).join("\n");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const linkify = (text: string) =>
  escapeHtml(text).replace(/https:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);

export function resumeMarkdown(): string {
  return RESUME_BLOCKS.map((b) => {
    if (b.kind === "title") return `# ${b.text}\n`;
    if (b.kind === "heading") return `\n## ${b.text}\n`;
    if (b.kind === "bullet") return `- ${b.text.replace("Tableau", "**Tableau**")}`;
    if (b.text.startsWith("https://github")) return `<${b.text}>  `;
    return `${b.text.replace(/^Senior Data Analyst$/, "*Senior Data Analyst*")}  `; // two spaces: a Markdown line break
  }).join("\n");
}

/** HTML with the bullets drawn as text (`::before`), so that a Chromium print keeps them in the PDF text layer. */
export function resumeHtml(): string {
  let body = "";
  let inList = false;
  for (const b of RESUME_BLOCKS) {
    if (b.kind !== "bullet" && inList) {
      body += "</ul>\n";
      inList = false;
    }
    if (b.kind === "title") body += `<h1>${escapeHtml(b.text)}</h1>\n`;
    else if (b.kind === "heading") body += `<h2>${escapeHtml(b.text)}</h2>\n`;
    else if (b.kind === "line") body += `<p>${linkify(b.text)}</p>\n`;
    else {
      if (!inList) body += "<ul>\n";
      inList = true;
      body += `  <li>${escapeHtml(b.text)}</li>\n`;
    }
  }
  const style =
    "body{font-family:'Liberation Sans',sans-serif;font-size:10pt} h1,h2,p,ul{margin:2px 0} ul{list-style:none;padding-left:12px} li::before{content:'\\2022  '}";
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Rowan Vale</title><style>${style}</style>` +
    `<script>document.title = "not text";</script></head>\n<body>\n<!-- a comment -->\n${body}</body></html>\n`
  );
}

export function resumePlainText(): string {
  return `${RESUME_BLOCKS.map((b) => (b.kind === "bullet" ? `- ${b.text}` : b.text)).join("\r\n")}\r\n`;
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A Kaggle-style dataset: ID, Resume_str, Resume_html, Category; the second resume is short, the third empty. */
export function resumeCsv(): string {
  return [
    "ID,Resume_str,Resume_html,Category",
    `1001,${csvCell(RESUME_TEXT)},${csvCell("<p>ignored</p>")},DATA-ANALYST`,
    `1002,${csvCell("Casey Marsh\nSkills\nExcel, SQL")},,ACCOUNTANT`,
    "1003,,,HR",
  ].join("\r\n");
}

// ---- DOCX: a minimal WordprocessingML package, zipped here ----

const xmlText = (text: string) => escapeHtml(text).replace(/"/g, "&quot;");
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docxParagraph(b: Block): string {
  const run = `<w:r><w:t xml:space="preserve">${xmlText(b.text)}</w:t></w:r>`;
  if (b.kind === "title") return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>${run}</w:p>`;
  if (b.kind === "heading") return `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run}</w:p>`;
  if (b.kind === "bullet")
    return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run}</w:p>`;
  return `<w:p>${run}</w:p>`;
}

export function resumeDocxParts(): Record<string, string> {
  return {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    "word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    "word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
    "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>${RESUME_BLOCKS.map(docxParagraph).join("")}<w:sectPr/></w:body></w:document>`,
  };
}

/** A zip archive of the given files, stored without compression (enough for mammoth's reader). */
export function zipStored(files: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const nameBytes = Buffer.from(name, "utf8");
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A valid one-page PDF that draws a grey rectangle and no text: what a scanner without OCR gives. */
export function pdfWithoutText(): Buffer {
  const content = "0.5 g 72 600 300 100 re f\n";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
