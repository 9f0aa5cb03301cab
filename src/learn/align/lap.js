/**
 * The linear assignment problem (LAP): for a cost matrix C [n, m] with n ≤ m, the injective map
 * σ: rows → columns minimising Σ_i C[i, σ(i)].
 *
 * Solved exactly by the npm package `munkres` (Kuhn–Munkres with shortest augmenting paths, O(n²m)
 * time and O(n + m) memory; it reads the rows in place). docs/DEPENDENCIES.md records the choice
 * and its measured speed next to scipy's `linear_sum_assignment`.
 */
import { munkres } from 'munkres';
import { Tensor } from '../../core/tensor.js';
function costArray(cost) {
    const where = 'learn.align.linearAssignment';
    if (cost instanceof Tensor) {
        if (cost.rank !== 2)
            throw new Error(`${where}: cost must be a matrix [n, m], got a tensor of shape [${cost.shape.join(', ')}]`);
        if (cost.dtype === 'bool')
            throw new Error(`${where}: cost must be numeric, got dtype bool`);
        const [n, m] = cost.shape;
        const d = cost.dataSync();
        // the solver only reads the costs: a float64 buffer is used as it is
        return { c: d instanceof Float64Array ? d : new Float64Array(d), n, m };
    }
    const rows = cost;
    if (!Array.isArray(rows))
        throw new Error(`${where}: cost must be a tensor [n, m] or an array of rows, got ${typeof cost}`);
    const n = cost.length;
    const m = n === 0 ? 0 : (cost[0]?.length ?? 0);
    const c = new Float64Array(n * m);
    cost.forEach((row, i) => {
        const r = row;
        if (!Array.isArray(r) || row.length !== m)
            throw new Error(`${where}: cost row ${i} has ${Array.isArray(r) ? row.length : 'no'} entries; every row must have ${m} (as row 0)`);
        row.forEach((v, j) => {
            if (typeof v !== 'number')
                throw new Error(`${where}: cost[${i}][${j}] is ${typeof v}, must be a number`);
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
export function linearAssignment(cost) {
    const { c, n, m } = costArray(cost);
    return solveLap(c, n, m);
}
/** {@link linearAssignment} on a row-major Float64Array [n, m]. */
export function solveLap(c, n, m) {
    const where = 'learn.align.linearAssignment';
    if (n > m)
        throw new Error(`${where}: cost is [${n}, ${m}]; it needs rows ≤ columns (n ≤ m) so that every row gets a column: pass its transpose`);
    for (let k = 0; k < c.length; k++) {
        const v = c[k];
        if (Number.isNaN(v) || v === -Infinity)
            throw new Error(`${where}: cost[${Math.floor(k / m)}, ${k % m}] is ${v}; entries must be finite or +Infinity (a forbidden pair)`);
    }
    const col = new Int32Array(n).fill(-1);
    if (n === 0)
        return col;
    // rows as views of the one buffer: the solver reads them in place
    const rows = Array.from({ length: n }, (_, i) => c.subarray(i * m, (i + 1) * m));
    for (const [i, j] of munkres(rows))
        col[i] = j;
    for (let i = 0; i < n; i++) {
        if (col[i] === -1 || c[i * m + col[i]] === Infinity)
            throw new Error(`${where}: no assignment of finite cost exists (row ${i} cannot be matched: too many +Infinity entries)`);
    }
    return col;
}
/** Σ_i cost[i, col[i]] of an assignment. */
export function assignmentCost(cost, col) {
    const { c, n, m } = costArray(cost);
    if (col.length !== n)
        throw new Error(`learn.align.assignmentCost: the assignment has ${col.length} entries for ${n} rows`);
    let s = 0;
    for (let i = 0; i < n; i++)
        s += c[i * m + col[i]];
    return s;
}
//# sourceMappingURL=lap.js.map