/**
 * The cache key of a request: sha256 of the canonical JSON of everything that decides the
 * answer — which kind of provider, the model, the sampling parameters, the messages, and the
 * response schema's name and content hash. Never the API key, the base URL or the purpose tag
 * (the same question asked for two purposes is the same question).
 *
 * Canonical JSON: object keys sorted, no whitespace, undefined members dropped; the same
 * request built in any key order gives the same key (promptfoo's cache does the same).
 */
import { createHash } from "node:crypto";
import { zodResponseFormat } from "openai/helpers/zod";
import type { LlmRequest, ResponseSchema } from "./types";

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new Error(`cannot key a non-finite number (${value})`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(",")}}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The response format a schema is sent as (OpenAI structured outputs, strict JSON Schema). */
export function responseFormatOf(schema: ResponseSchema) {
  return zodResponseFormat(schema.schema as never, schema.name);
}

/** The JSON Schema actually sent for a zod schema, hashed: a schema edit changes the key. */
export function schemaHash(schema: ResponseSchema): string {
  return sha256Hex(canonicalJson(responseFormatOf(schema).json_schema.schema));
}

/** Provider families whose recordings answer each other: a recording of an OpenAI call replays for OpenAI. */
export type KeyedProvider = "openai" | "openai-compatible";

export function requestKeyParts(request: LlmRequest, provider: KeyedProvider): Record<string, unknown> {
  return {
    provider,
    model: request.model,
    params: request.params ?? {},
    messages: request.messages.map(({ role, content }) => ({ role, content })),
    schema: request.schema ? { name: request.schema.name, hash: schemaHash(request.schema) } : null,
  };
}

export function requestKey(request: LlmRequest, provider: KeyedProvider): string {
  return sha256Hex(canonicalJson(requestKeyParts(request, provider)));
}
