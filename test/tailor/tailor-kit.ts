/** Helpers of the tailor tests: run with a private response cache and, unless given, no model configured. */
import * as path from "node:path";
import { tempDir } from "../helpers";

/** A project-written posting (no real company). */
export const JOB_MD = `# Senior Data Analyst

Contoso Retail is hiring a Senior Data Analyst.

## Requirements
- 5+ years of experience with SQL and Python
- Dashboards in Tableau or Power BI
- Bachelor's degree in Statistics or a related field

## Nice to have
- Forecasting, A/B testing, Snowflake
`;

const MODEL_ENV = ["OPENAI_API_KEY", "RPW_LLM_BASE_URL", "OPENAI_BASE_URL", "RPW_LLM_PROVIDER", "RPW_LLM_CACHE"];

/** Runs `body` with a fresh cache and no provider in the environment (plus `extra`), then restores it. */
export async function withOfflineEnv<T>(body: () => Promise<T>, extra: Record<string, string> = {}): Promise<T> {
  const saved = new Map(MODEL_ENV.map((name) => [name, process.env[name]]));
  for (const name of MODEL_ENV) delete process.env[name];
  process.env.RPW_LLM_CACHE = path.join(tempDir("rpw-tailor-cache-"), "llm.sqlite");
  Object.assign(process.env, extra);
  try {
    return await body();
  } finally {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    for (const name of Object.keys(extra)) if (!saved.has(name)) delete process.env[name];
  }
}
