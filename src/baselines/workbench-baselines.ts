/**
 * The one place the workbench's rules baselines are composed: job-details extraction and
 * sectioning (src/preprocess) and section tailoring (src/generate). Every client a run, a command
 * or a notebook builds gets this set explicitly, so the `auto` provider's offline fallback is the
 * same wherever it is used.
 */
import { tailorRulesEntries } from "../generate/rules-tailor";
import { RulesBaselines } from "../llm/rules-registry";
import { preprocessRulesEntries } from "../preprocess/llm-extractors";

export function workbenchRulesBaselines(): RulesBaselines {
  return new RulesBaselines([...preprocessRulesEntries(), ...tailorRulesEntries()]);
}
