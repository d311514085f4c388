"""Execute notebooks top to bottom in a fresh project-local tslab kernel, as tests.

Usage: run_notebooks.py <project-root> <out-dir> <notebook>...

Each notebook runs in its own kernel (kernel spec `rpw-tslab`, found through JUPYTER_PATH,
started in the project root so `./src/...` imports resolve). tslab reports a failing cell's
error only on stderr and without `ename`/`evalue`, so nbconvert's message is empty; on a
failure we print the cell's number, source and the stderr it wrote. The executed copies go to
<out-dir> (the committed notebooks stay clean). The last line is `notebooks: N passed, N failed`.
"""
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

CELL_TIMEOUT_SECONDS = 600


def cell_stderr(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            parts.append(output.get("text", ""))
        elif output.get("output_type") == "error":
            parts.append("\n".join(output.get("traceback", [])) or f"{output.get('ename')}: {output.get('evalue')}")
    return "".join(parts).strip()


def run_one(root: Path, out_dir: Path, path: Path) -> bool:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="rpw-tslab",
        timeout=CELL_TIMEOUT_SECONDS,
        resources={"metadata": {"path": str(root)}},
    )
    # nbclient's hook tells which cell was running when the error came (tslab leaves
    # execution_count empty, so the notebook itself cannot tell us).
    running = {"index": None, "since": 0.0}
    cell_seconds = {}

    def on_start(cell, cell_index):
        running.update(index=cell_index, since=time.monotonic())

    def on_done(cell, cell_index, **_):
        cell_seconds[cell_index] = time.monotonic() - running["since"]

    client.on_cell_start = on_start
    client.on_cell_executed = on_done
    started = time.monotonic()
    failure = None
    try:
        client.execute()
    except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
        failure = error
    finally:
        out_dir.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, out_dir / path.name)
    elapsed = time.monotonic() - started
    if failure is None:
        slowest = sorted(cell_seconds.items(), key=lambda item: -item[1])[:3]
        where = ", ".join(f"cell {index + 1} {seconds:.1f} s" for index, seconds in slowest)
        print(f"  ok    {path} ({len(notebook.cells)} cells, {elapsed:.1f} s; slowest: {where})", flush=True)
        return True
    print(f"  FAIL  {path} ({elapsed:.1f} s): {type(failure).__name__}", flush=True)
    index = running["index"]
    if index is not None:
        cell = notebook.cells[index]
        print(f"  --- cell {index + 1} source ---")
        print("  " + cell.source.replace("\n", "\n  "))
        print("  --- cell error (stderr) ---")
        print("  " + (cell_stderr(cell) or str(failure).strip()).replace("\n", "\n  "))
    else:
        print("  " + str(failure).strip().replace("\n", "\n  "))
    print(f"  executed copy: {out_dir / path.name}", flush=True)
    return False


def main(argv) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, out_dir = Path(argv[0]).resolve(), Path(argv[1]).resolve()
    notebooks = [Path(p) for p in argv[2:]]
    passed = failed = 0
    started = time.monotonic()
    for path in notebooks:
        if run_one(root, out_dir, path):
            passed += 1
        else:
            failed += 1
    print(f"notebooks: {passed} passed, {failed} failed; suite time {time.monotonic() - started:.1f} s", flush=True)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
