/**
 * Notebooks are committed without outputs, on the project kernel, importing only from ./src; they
 * open the run in their first code cell (no hard-coded sample paths, no temporary folders), and no
 * code line is over 120 characters (presentation helpers live in src/notebook/).
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "../helpers";

const notebookDir = path.join(ROOT, "notebooks");
const notebooks = fs
  .readdirSync(notebookDir)
  .filter((name) => name.endsWith(".ipynb"))
  .sort();

describe("committed notebooks", () => {
  it("notebooks/ holds the numbered notebooks", () => {
    assert.ok(notebooks.includes("01-collect.ipynb"));
    assert.ok(
      notebooks.every((name) => /^\d\d-[a-z0-9-]+\.ipynb$/.test(name)),
      notebooks.join(", "),
    );
  });
  for (const name of notebooks) {
    it(`${name} has no outputs, uses the rpw-tslab kernel, opens the run first, keeps lines short and imports only from ./src or packages`, () => {
      const notebook = JSON.parse(fs.readFileSync(path.join(notebookDir, name), "utf8"));
      assert.equal(notebook.metadata.kernelspec.name, "rpw-tslab");
      assert.equal(notebook.cells[0].cell_type, "markdown");
      assert.match([].concat(notebook.cells[0].source).join(""), /^# /, "opens with an H1 title");
      const code = notebook.cells.filter((c: { cell_type: string }) => c.cell_type === "code");
      assert.match([].concat(code[0].source).join(""), /openRun\(/, "the first code cell opens the run");
      for (const cell of code) {
        assert.deepEqual(cell.outputs, [], "outputs are cleared");
        assert.equal(cell.execution_count, null);
        const source = [].concat(cell.source).join("");
        assert.ok(
          !/data\/sample|mkdtemp|os\.tmpdir|\/tmp\//.test(source),
          `no hard-coded sample path or temporary folder:\n${source}`,
        );
        const long = source.split("\n").filter((line) => line.length > 120);
        assert.deepEqual(long, [], "code lines over 120 characters");
        for (const match of source.matchAll(/from "([^"]+)"/g)) {
          assert.ok(
            match[1].startsWith("./src/") || !match[1].startsWith("."),
            `import ${match[1]} must come from ./src/`,
          );
        }
      }
    });
  }
});
