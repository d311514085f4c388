/**
 * A number Python holds as a float. JavaScript cannot tell 1 from 1.0, Python can, and its
 * `json.dumps` and `repr` write them differently ("1" against "1.0"): the Python-literal reader
 * gives floats in this wrapper when asked for Python's own values, and the json.dumps port
 * (evaluate/python-json.ts) writes a wrapped integral value as `1.0`.
 * Leaves out: arithmetic; unwrap `.value` to compute.
 */

/** A number Python holds as a float, so that integral values print as `1.0`. */
export class PyFloat {
  constructor(readonly value: number) {}
}

/** Marks `value` as a Python float. */
export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}
