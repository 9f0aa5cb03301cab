/**
 * The linear assignment problem (LAP): for a cost matrix C [n, m] with n ≤ m, the injective map
 * σ: rows → columns minimising Σ_i C[i, σ(i)].
 *
 * Solved exactly by shortest augmenting paths with dual potentials (Jonker & Volgenant 1987, in
 * the rectangular form of Crouse 2016 that scipy's `linear_sum_assignment` uses): rows are added
 * one at a time; for each, a Dijkstra search over reduced costs C[i, j] − u_i − v_j ≥ 0 finds the
 * cheapest alternating path to a free column, the potentials are updated so that reduced costs
 * stay non-negative, and the path is augmented. O(n² m) in the worst case; on dense random
 * matrices far less.
 */
import { Tensor } from '../../core/tensor.js';

/** A cost matrix: a rank-2 tensor, or rows of numbers of equal length. */
export type CostMatrix = Tensor | readonly (readonly number[])[];

function costArray(cost: CostMatrix): { c: Float64Array; n: number; m: number } {
  const where = 'learn.align.linearAssignment';
  if (cost instanceof Tensor) {
    if (cost.rank !== 2) throw new Error(`${where}: cost must be a matrix [n, m], got a tensor of shape [${cost.shape.join(', ')}]`);
    if (cost.dtype === 'bool') throw new Error(`${where}: cost must be numeric, got dtype bool`);
    const [n, m] = cost.shape;
    const d = cost.dataSync();
    // the solver only reads the costs: a float64 buffer is used as it is
    return { c: d instanceof Float64Array ? d : new Float64Array(d as ArrayLike<number>), n, m };
  }
  const rows: unknown = cost;
  if (!Array.isArray(rows)) throw new Error(`${where}: cost must be a tensor [n, m] or an array of rows, got ${typeof cost}`);
  const n = cost.length;
  const m = n === 0 ? 0 : (cost[0]?.length ?? 0);
  const c = new Float64Array(n * m);
  cost.forEach((row, i) => {
    const r: unknown = row;
    if (!Array.isArray(r) || row.length !== m)
      throw new Error(`${where}: cost row ${i} has ${Array.isArray(r) ? row.length : 'no'} entries; every row must have ${m} (as row 0)`);
    row.forEach((v, j) => {
      if (typeof v !== 'number') throw new Error(`${where}: cost[${i}][${j}] is ${typeof v}, must be a number`);
      c[i * m + j] = v;
    });
  });
  return { c, n, m };
}

/**
 * Solve the linear assignment problem exactly (see the module notes).
 *
 * `cost: [n, m]` with n ≤ m (a tensor or nested array); entries may be +∞ (a forbidden pair),
 * never NaN or −∞. Returns `col` of length n: row i is assigned column `col[i]`, all distinct,
 * Σ_i cost[i, col[i]] minimal. Throws when n > m (transpose the matrix) or when no assignment of
 * finite cost exists.
 */
export function linearAssignment(cost: CostMatrix): Int32Array {
  const { c, n, m } = costArray(cost);
  return solveLap(c, n, m);
}

/** {@link linearAssignment} on a row-major Float64Array [n, m]. */
export function solveLap(c: Float64Array, n: number, m: number): Int32Array {
  const where = 'learn.align.linearAssignment';
  if (n > m) throw new Error(`${where}: cost is [${n}, ${m}]; it needs rows ≤ columns (n ≤ m) so that every row gets a column: pass its transpose`);
  for (let k = 0; k < c.length; k++) {
    const v = c[k];
    if (Number.isNaN(v) || v === -Infinity)
      throw new Error(`${where}: cost[${Math.floor(k / m)}, ${k % m}] is ${v}; entries must be finite or +Infinity (a forbidden pair)`);
  }
  const u = new Float64Array(n); // row potentials
  const v = new Float64Array(m); // column potentials
  const dist = new Float64Array(m); // shortest reduced path cost to each column
  const path = new Int32Array(m); // the row preceding each column on its shortest path
  const col4row = new Int32Array(n).fill(-1);
  const row4col = new Int32Array(m).fill(-1);
  const visitedRow = new Uint8Array(n);
  const visitedCol = new Uint8Array(m);
  const remaining = new Int32Array(m);
  for (let cur = 0; cur < n; cur++) {
    let nRemaining = m;
    for (let k = 0; k < m; k++) remaining[k] = m - 1 - k;
    visitedRow.fill(0);
    visitedCol.fill(0);
    dist.fill(Infinity);
    let minVal = 0;
    let i = cur;
    let sink = -1;
    while (sink === -1) {
      visitedRow[i] = 1;
      const base = i * m;
      const offset = minVal - u[i];
      let index = -1;
      let lowest = Infinity;
      for (let k = 0; k < nRemaining; k++) {
        const j = remaining[k];
        const r = offset + c[base + j] - v[j];
        let d = dist[j];
        if (r < d) {
          path[j] = i;
          dist[j] = r;
          d = r;
        }
        // on ties prefer a free column: the path ends there
        if (d < lowest || (d === lowest && row4col[j] === -1)) {
          lowest = d;
          index = k;
        }
      }
      minVal = lowest;
      if (minVal === Infinity) throw new Error(`${where}: no assignment of finite cost exists (row ${cur} cannot be matched: too many +Infinity entries)`);
      const j = remaining[index];
      if (row4col[j] === -1) sink = j;
      else i = row4col[j];
      visitedCol[j] = 1;
      remaining[index] = remaining[--nRemaining];
    }
    // potentials: reduced costs stay ≥ 0 and are 0 along the matching
    u[cur] += minVal;
    for (let r = 0; r < n; r++) if (visitedRow[r] === 1 && r !== cur) u[r] += minVal - dist[col4row[r]];
    for (let j = 0; j < m; j++) if (visitedCol[j] === 1) v[j] -= minVal - dist[j];
    // augment along the path back to the current row
    let j = sink;
    for (;;) {
      const r = path[j];
      row4col[j] = r;
      const prev = col4row[r];
      col4row[r] = j;
      j = prev;
      if (r === cur) break;
    }
  }
  return col4row;
}

/** Σ_i cost[i, col[i]] of an assignment. */
export function assignmentCost(cost: CostMatrix, col: ArrayLike<number>): number {
  const { c, n, m } = costArray(cost);
  if (col.length !== n) throw new Error(`learn.align.assignmentCost: the assignment has ${col.length} entries for ${n} rows`);
  let s = 0;
  for (let i = 0; i < n; i++) s += c[i * m + col[i]];
  return s;
}
