/**
 * Scrubbing key-like strings out of text a server sent us before it is logged or written
 * (failures.jsonl, stage reports): a misconfigured gateway or proxy may echo the Authorization
 * header or the key back in its error body, and error text lands on disk.
 *
 * What counts as key-like: the exact secrets we know (the configured key), `sk-`/`sess-`/`rk-`
 * style API keys, `Bearer <token>`, `api_key=<value>` / `"apiKey": "<value>"` pairs, and any
 * other unbroken token of 32 or more letters, digits, `_` or `-` that mixes letters and digits
 * (JWTs, hex secrets). Leaves out: short secrets with no telltale prefix (they cannot be told
 * from words); a request id or a long hash in an error will be scrubbed too, which costs a little
 * diagnosis and never a leak.
 */

export const SCRUBBED = "[redacted]";

const PATTERNS: readonly RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(?:sk|rk|sess|pk)-[A-Za-z0-9_-]{8,}/g,
  /\b((?:api[_-]?key|apikey|access[_-]?token|secret|password|authorization)["']?\s*[:=]\s*["']?)[^\s"',;}]{4,}/gi,
];
const LONG_TOKEN = /[A-Za-z0-9_.-]{32,}/g;

/** `text` with every known secret and every key-like string replaced by "[redacted]". */
export function scrubSecrets(text: string, knownSecrets: readonly (string | undefined)[] = []): string {
  let scrubbed = text;
  for (const secret of knownSecrets) {
    // Very short "keys" (e.g. "x" for a local server) would scrub ordinary words.
    if (secret && secret.length >= 8) scrubbed = scrubbed.split(secret).join(SCRUBBED);
  }
  for (const pattern of PATTERNS) {
    scrubbed = scrubbed.replace(pattern, (match, prefix: unknown) =>
      typeof prefix === "string" && match.startsWith(prefix) ? `${prefix}${SCRUBBED}` : SCRUBBED,
    );
  }
  return scrubbed.replace(LONG_TOKEN, (token) =>
    /[A-Za-z]/.test(token) && /\d/.test(token) && !/^\d+(\.\d+)*$/.test(token) ? SCRUBBED : token,
  );
}

/** A base URL as shown to people: user and password removed (they are credentials too). */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.username && !parsed.password) return url;
    parsed.username = "";
    parsed.password = "";
    return parsed.toString();
  } catch {
    // Not a URL: shown as given, minus anything key-like.
    return scrubSecrets(url);
  }
}
