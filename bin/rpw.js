#!/usr/bin/env node
// The `rpw` command: runs the TypeScript CLI through tsx (no build step to forget).
"use strict";
process.env.DOTENV_CONFIG_QUIET ??= "true"; // natural loads dotenv on import; keep it quiet
require("tsx/cjs");
// `rpw ... | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
require("../src/cli/main")
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; })
  .catch((error) => { console.error(error); process.exitCode = 70; });
