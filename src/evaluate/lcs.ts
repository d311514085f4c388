// Longest common subsequences of two token sequences, as rouge_score computes them for ROUGE-L
// and ROUGE-Lsum: the dynamic-programming table and one LCS read back from it.
//
// Follows: rouge_score 0.1.2 `rouge_scorer.py`, `_lcs_table` and `_backtrack_norec`. Which of
// several equally long subsequences comes back matters to ROUGE-Lsum (it takes a union of them),
// so the walk back breaks ties exactly as rouge_score does: on a match take it, otherwise step
// left only when the cell to the left is strictly larger than the cell above, else step up.
// Tokens are integer ids (see TokenIds) so the table is a flat typed array, fast at 2,000 x 2,000.
// Leaves out: ROUGE-W (weighted LCS) and the recursive `_backtrack`, neither used by rouge_score.

/** Gives each distinct token a small integer id, so sequences become Int32Arrays. */
export class TokenIds {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  encode(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      let id = this.ids.get(token);
      if (id === undefined) this.ids.set(token, (id = this.ids.size));
      out[i] = id;
    });
    return out;
  }
}

/** Length of a longest common subsequence, keeping only two rows of the table. */
export function lcsLength(ref: Int32Array, can: Int32Array): number {
  const cols = can.length + 1;
  let previous = new Int32Array(cols);
  let current = new Int32Array(cols);
  for (let i = 1; i <= ref.length; i++) {
    const token = ref[i - 1];
    for (let j = 1; j < cols; j++) {
      current[j] = token === can[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[cols - 1];
}

let sharedTable = new Int32Array(1 << 16);

/** Positions in `ref` of the one longest common subsequence rouge_score's backtracking picks. */
export function lcsIndices(ref: Int32Array, can: Int32Array): number[] {
  const rows = ref.length + 1;
  const cols = can.length + 1;
  // table[i * cols + j]: LCS of ref[:i] and can[:j]. One buffer is reused across calls (ROUGE-Lsum
  // makes thousands of small tables); only row 0 and column 0 need zeros, the rest is written.
  if (sharedTable.length < rows * cols) sharedTable = new Int32Array(Math.max(rows * cols, 2 * sharedTable.length));
  const table = sharedTable;
  table.fill(0, 0, cols);
  for (let i = 1; i < rows; i++) table[i * cols] = 0;
  for (let i = 1; i < rows; i++) {
    const token = ref[i - 1];
    for (let j = 1; j < cols; j++) {
      const at = i * cols + j;
      table[at] = token === can[j - 1] ? table[at - cols - 1] + 1 : Math.max(table[at - cols], table[at - 1]);
    }
  }
  const indices: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1] > table[(i - 1) * cols + j]) {
      j--;
    } else {
      i--;
    }
  }
  return indices.reverse();
}
