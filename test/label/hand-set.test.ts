import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { labelledSet } from "../../src/label/hand-set";
import { tempDir } from "../helpers";

describe("labelledSet", () => {
  it("labelledSet takes the hand sheet with its cases, else says in one line why the run's sheet is used", () => {
    const dir = tempDir();
    const dirs = { root: path.join(dir, "runs", "sample") };
    const hand = path.join(dir, "labels", "claims-hand.csv");
    const none = labelledSet(dirs, hand);
    assert.match(none.note, /^no hand-labelled set .*: showing the run's sheet .*sheet\.csv instead$/);
    fs.mkdirSync(path.dirname(hand), { recursive: true });
    fs.writeFileSync(hand, "row,case,section,type,claim,span,context,label,note\r\n");
    const withoutCases = labelledSet(dirs, hand);
    assert.equal(withoutCases.sheet, path.join(dirs.root, "labels", "sheet.csv"));
    assert.match(withoutCases.note, /claims-hand\.csv is here but its cases .*claims-hand\.cases\.jsonl are not/);
    fs.writeFileSync(path.join(dir, "labels", "claims-hand.cases.jsonl"), "");
    const found = labelledSet(dirs, hand);
    assert.deepEqual([found.sheet, found.cases], [hand, path.join(dir, "labels", "claims-hand.cases.jsonl")]);
  });
});
