/** Notebooks are committed without outputs, on the project kernel, importing only from ./src. */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "../helpers";

const notebookDir = path.join(ROOT, "notebooks");
const notebooks = fs.readdirSync(notebookDir).filter((name) => name.endsWith(".ipynb")).sort();

describe("committed notebooks", () => {
  it("notebooks/ holds the numbered notebooks", () => {
    assert.ok(notebooks.includes("01-collect.ipynb"));
    assert.ok(notebooks.every((name) => /^\d\d-[a-z0-9-]+\.ipynb$/.test(name)), notebooks.join(", "));
  });
  for (const name of notebooks) {
    it(`${name} has no outputs, uses the rpw-tslab kernel and imports only from ./src or packages`, () => {
      const notebook = JSON.parse(fs.readFileSync(path.join(notebookDir, name), "utf8"));
      assert.equal(notebook.metadata.kernelspec.name, "rpw-tslab");
      assert.equal(notebook.cells[0].cell_type, "markdown");
      assert.match([].concat(notebook.cells[0].source).join(""), /^# /, "opens with an H1 title");
      for (const cell of notebook.cells.filter((c: { cell_type: string }) => c.cell_type === "code")) {
        assert.deepEqual(cell.outputs, [], "outputs are cleared");
        assert.equal(cell.execution_count, null);
        const source = [].concat(cell.source).join("");
        for (const match of source.matchAll(/from "([^"]+)"/g)) {
          assert.ok(match[1].startsWith("./src/") || !match[1].startsWith("."), `import ${match[1]} must come from ./src/`);
        }
      }
    });
  }
});
