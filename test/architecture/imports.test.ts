/**
 * The layering DESIGN.md asks for, checked on the import graph of src/: the command line is the
 * outermost layer (nothing imports src/cli except bin/rpw.js), src/run sequences stages without
 * the command line, notebooks' helpers do not reach into the command line either, and folders
 * form no cycles (a cycle means two folders are really one idea, or one of them is misplaced).
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT } from "../helpers";

const SRC = path.join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Relative imports (static, `export … from` and `import type` alike) resolved to src/ folders. */
function importedFolders(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g)].map(
    (match) => match[1],
  );
  return specifiers.map(
    (specifier) => path.relative(SRC, path.resolve(path.dirname(file), specifier)).split(path.sep)[0],
  );
}

const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0];

function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const to of importedFolders(file)) {
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      edges.set(to, [...(edges.get(to) ?? []), path.relative(ROOT, file)]);
      graph.set(from, edges);
    }
  }
  return graph;
}

describe("architecture: the import graph of src/", () => {
  it("only src/cli imports src/cli", () => {
    const offenders = [...folderGraph()].flatMap(([from, edges]) =>
      from !== "cli" && edges.has("cli") ? edges.get("cli")! : [],
    );
    assert.deepEqual(offenders, [], `these files import src/cli: ${offenders.join(", ")}`);
  });

  it("folders form no import cycle", () => {
    const graph = folderGraph();
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (folder: string, trail: string[]) => {
      if (state.get(folder) === "done") return;
      if (state.get(folder) === "open") {
        const cycle = [...trail.slice(trail.indexOf(folder)), folder];
        const files = cycle
          .slice(0, -1)
          .map((from, i) => `${from}→${cycle[i + 1]} (${graph.get(from)?.get(cycle[i + 1])?.[0]})`);
        cycles.push(files.join(", "));
        return;
      }
      state.set(folder, "open");
      for (const to of [...(graph.get(folder)?.keys() ?? [])].sort()) visit(to, [...trail, folder]);
      state.set(folder, "done");
    };
    for (const folder of [...graph.keys()].sort()) visit(folder, []);
    assert.deepEqual(cycles, [], `folder cycles:\n${cycles.join("\n")}`);
  });
});

describe("architecture: the README's Layout section", () => {
  it("lists every src/ folder", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    const layout = readme.slice(readme.indexOf("## Layout"), readme.indexOf("\n## ", readme.indexOf("## Layout") + 1));
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const missing = folders.filter((folder) => !layout.includes(`src/${folder}/`));
    assert.deepEqual(
      missing,
      [],
      `README's Layout does not list: ${missing.map((folder) => `src/${folder}/`).join(", ")}`,
    );
  });
});
