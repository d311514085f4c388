/**
 * Which run a command or a notebook works on: the configuration file (default
 * `workbench.config.json` in the project root when it exists), an optional run name and `--set`
 * overrides, resolved to the typed configuration and its run folder `runs/<name>/`. The shell's
 * flags and a notebook's first cell go through this one function, so both land on the same run.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RunDirs, runDirs, WorkbenchConfig } from "../schemas/run-config";
import { loadWorkbenchConfig } from "./load-config";
import { PROJECT_ROOT } from "./stage-record";

export interface RunSelection {
  /** A configuration file (default: the project's workbench.config.json when it exists). */
  config?: string;
  /** The run's name: the same as `--set name=<run>`. */
  run?: string;
  /** `field.path=value` overrides, applied after the file. */
  set?: readonly string[];
}

export interface SelectedRun {
  config: WorkbenchConfig;
  dirs: RunDirs;
  configFile: string | null;
}

export const DEFAULT_CONFIG_FILE = path.join(PROJECT_ROOT, "workbench.config.json");

/** The configuration and run folder a selection names; `more` are overrides a caller derives from its own options. */
export function selectRun(selection: RunSelection, more: readonly string[] = []): SelectedRun {
  const configFile =
    selection.config ??
    (fs.existsSync(DEFAULT_CONFIG_FILE)
      ? path.relative(process.cwd(), DEFAULT_CONFIG_FILE) || DEFAULT_CONFIG_FILE
      : null);
  const sets = [...(selection.run !== undefined ? [`name=${selection.run}`] : []), ...more, ...(selection.set ?? [])];
  const config = loadWorkbenchConfig(configFile, sets);
  return { config, dirs: runDirs(config), configFile };
}
