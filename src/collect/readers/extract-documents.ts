/**
 * Text out of PDF (pdf-parse: the text layer, page by page, in reading order) and DOCX (mammoth:
 * the document as HTML, so headings and lists keep their structure) — synchronously.
 *
 * Why a worker: both libraries are promise-based, while resume reading is synchronous (the
 * collect stage calls it synchronously, like every other reader). The work runs in one worker
 * thread per batch; the caller blocks on `Atomics.wait` and takes each file's answer with
 * `receiveMessageOnPort`. Each file has its own timeout, so a PDF that never finishes is one
 * reject, not a hung collection (the files after it go to a fresh worker). The worker is plain JavaScript given as a string, because it
 * must run the same under tsx, tslab and compiled code; it only calls the two libraries and
 * sends their raw output back; everything else (rejects, cleaning) happens in the caller.
 * Nothing is fetched: pdf-parse and mammoth work on the bytes given.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";

export type DocumentKind = "pdf" | "docx";
export interface DocumentJob {
  kind: DocumentKind;
  bytes: Uint8Array;
}
/** PDF: the text of each page; DOCX: mammoth's HTML. `error` when the library refused the file. */
export type DocumentText = { pages: string[] } | { html: string } | { error: string };

export const DEFAULT_EXTRACT_TIMEOUT_MS = 60_000;

const WORKER_SOURCE = String.raw`
const { workerData } = require("node:worker_threads");
const { jobs, port, progress, modules } = workerData;
let done = 0;
function send(answer) {
  port.postMessage(answer);
  Atomics.store(progress, 0, ++done);
  Atomics.notify(progress, 0);
}
function failRest(error) {
  while (done < jobs.length) send({ error: "the extractor stopped: " + String(error && error.message || error) });
}
process.on("uncaughtException", failRest);
process.on("unhandledRejection", failRest);
async function extract(job) {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  if (job.kind === "pdf") {
    const { PDFParse } = require(modules.pdf);
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      const result = await parser.getText();
      return { pages: result.pages.map((page) => page.text) };
    } finally {
      await parser.destroy();
    }
  }
  const mammoth = require(modules.docx);
  const result = await mammoth.convertToHtml({ buffer: bytes });
  return { html: result.value };
}
(async () => {
  for (const job of jobs) {
    let answer;
    try {
      answer = await extract(job);
    } catch (error) {
      answer = { error: String(error && error.message || error) };
    }
    send(answer);
  }
})().catch(failRest);
`;

/** Extracts every job's text in one worker, in order; blocks until done (or each job's timeout). */
export function extractDocumentsSync(
  jobs: DocumentJob[],
  { timeoutMs = DEFAULT_EXTRACT_TIMEOUT_MS } = {},
): DocumentText[] {
  if (jobs.length === 0) return [];
  const progress = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const modules = { pdf: require.resolve("pdf-parse"), docx: require.resolve("mammoth") };
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { jobs, port: port2, progress, modules },
    transferList: [port2],
    stdout: true, // pdf.js prints font warnings; they are not ours to show
    stderr: true,
  });
  worker.unref();
  const answers: DocumentText[] = [];
  try {
    for (let i = 0; i < jobs.length; i++) {
      while (Atomics.load(progress, 0) <= i) {
        if (Atomics.wait(progress, 0, i, timeoutMs) === "timed-out" && Atomics.load(progress, 0) <= i) {
          // This worker is stuck on job i: give up on it and start a fresh worker for the rest.
          answers.push({
            error: `text extraction took longer than ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`,
          });
          return [...answers, ...extractDocumentsSync(jobs.slice(i + 1), { timeoutMs })];
        }
      }
      const message = receiveMessageOnPort(port1);
      answers.push(message ? (message.message as DocumentText) : { error: "the extractor sent no answer" });
    }
    return answers;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
