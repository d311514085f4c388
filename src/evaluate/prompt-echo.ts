// Prompt echo: the share of an output's word n-grams copied from the prompt's instructions or
// from the job ad. The study's tuned model was trained with loss on the prompt and seems to have
// "aligned" to jobs by echoing them, which its JA metric rewarded; this makes copying visible.
//
// Words are lowercase runs of letters and digits (punctuation and case ignored); n = 5 by default,
// long enough that shared phrasing ("experience in data analysis and") is rare by chance. Every
// n-gram position of the output counts (a copied sentence repeated twice counts twice). Shares
// are reported for the instructions, the job ad, and both combined (an n-gram in either).
// Leaves out: near copies (one changed word breaks n n-grams), and which span was copied.

export interface EchoSources {
  /** The prompt's instruction text (template without the inserted section and job ad). */
  instructions: string;
  /** The job ad text the prompt carried. */
  jobAd: string;
}

export interface PromptEcho {
  n: number;
  /** How many word n-grams the output has. */
  ngrams: number;
  /** Share of them found in the instructions, the job ad, either; null when the output has fewer than n words. */
  instructions: number | null;
  jobAd: number | null;
  combined: number | null;
}

/** Lowercase word tokens, as echo measures them. */
export function echoWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Shares of the output's word n-grams copied from the instructions, the job ad, or either. */
export function measurePromptEcho(output: string, sources: EchoSources, { n = 5 }: { n?: number } = {}): PromptEcho {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive whole number, got ${n}`);
  const grams = ngramsOf(echoWords(output), n);
  const inInstructions = new Set(ngramsOf(echoWords(sources.instructions), n));
  const inJobAd = new Set(ngramsOf(echoWords(sources.jobAd), n));
  const share = (test: (gram: string) => boolean) =>
    grams.length === 0 ? null : grams.filter(test).length / grams.length;
  return {
    n,
    ngrams: grams.length,
    instructions: share((gram) => inInstructions.has(gram)),
    jobAd: share((gram) => inJobAd.has(gram)),
    combined: share((gram) => inInstructions.has(gram) || inJobAd.has(gram)),
  };
}

function ngramsOf(words: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(" "));
  return grams;
}
