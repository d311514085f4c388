/**
 * Reaching an existing job from its id alone: the stored state (if this job was launched or seen
 * from here) says where it lives and which variable holds the key; explicit options win over it
 * (DESIGN.md principle 9). This is what makes monitoring resumable after a restart.
 */
import type OpenAI from "openai";
import { CallContext, checkBaseUrl, FineTuneConnection, fineTuneClient } from "./finetune-client";
import { DEFAULT_STATE_DIR, FineTuneState, readState } from "./job-state";

export interface JobOptions extends CallContext {
  /** Folder of state files (default data/finetune/jobs). */
  stateDir?: string;
  /** Overrides the stored base URL (null: the OpenAI API). */
  baseUrl?: string | null;
  /** Overrides the stored key variable name (default OPENAI_API_KEY). */
  apiKeyEnv?: string;
}

export interface OpenJob {
  state: FineTuneState | null;
  stateDir: string;
  connection: FineTuneConnection;
  client: OpenAI;
}

export function resolveConnection(state: FineTuneState | null, options: JobOptions): FineTuneConnection {
  return {
    baseUrl: checkBaseUrl(options.baseUrl !== undefined ? options.baseUrl : (state?.baseUrl ?? null)),
    apiKeyEnv: options.apiKeyEnv ?? state?.apiKeyEnv ?? "OPENAI_API_KEY",
  };
}

export function openJob(jobId: string, options: JobOptions = {}): OpenJob {
  const stateDir = options.stateDir ?? DEFAULT_STATE_DIR;
  const state = readState(jobId, stateDir);
  const connection = resolveConnection(state, options);
  return { state, stateDir, connection, client: fineTuneClient(connection, options) };
}
