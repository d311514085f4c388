// Mocha's spec reporter, closed by the plain line CI reads: "N passed, N failed, N skipped".
// When RPW_MOCHA_SUMMARY names a file, the counts are also written there as JSON so
// `npm test` can add them to the notebook results for one overall summary line.
"use strict";
const fs = require("node:fs");
const Mocha = require("mocha");
const { EVENT_RUN_END } = Mocha.Runner.constants;

class PassFailReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      const line = `${passes} passed, ${failures} failed` + (pending ? `, ${pending} skipped` : "");
      process.stdout.write(`mocha: ${line}\n`);
      if (process.env.RPW_MOCHA_SUMMARY) {
        fs.writeFileSync(process.env.RPW_MOCHA_SUMMARY, JSON.stringify({ passes, failures, pending }));
      }
    });
  }
}
module.exports = PassFailReporter;
