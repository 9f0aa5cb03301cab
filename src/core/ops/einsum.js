/**
 * Einstein summation as a composition of differentiable ops (mul with an identity mask for
 * diagonals, sum, transpose, reshape, matmul, mul), so gradients of every order come from
 * those ops. Operands are contracted pairwise, left to right; each label is summed away as
 * soon as no later operand and not the output needs it.
 *
 * Supported: explicit output (`ij,jk->ik`), implicit output per numpy (labels appearing once,
 * in ASCII order, after the ellipsis dimensions), repeated labels in one operand (diagonal,
 * `ii->i`; trace, `ii`), `...` with numpy broadcasting of the ellipsis dimensions, any
 * number of operands, rank-0 operands (empty terms).
 */
import { eye } from '../creation.js';
import { fmt, sizeOf } from '../shape.js';
import { mul } from './elementwise.js';
import { matmul } from './matmul.js';
import { sum } from './reduce.js';
import { reshape, transpose } from './shape-ops.js';
const LETTER = /^[A-Za-z]$/;
const ell = (k) => `…${k}`;
/** Split one term into letters, with `'...'` kept as a marker; validates characters. */
function tokens(term, where, subscripts) {
    const out = [];
    let seenEllipsis = false;
    for (let i = 0; i < term.length;) {
        if (term.startsWith('...', i)) {
            if (seenEllipsis)
                throw new Error(`einsum: '...' appears twice in ${where} of '${subscripts}'`);
            seenEllipsis = true;
            out.push('...');
            i += 3;
        }
        else if (LETTER.test(term[i])) {
            out.push(term[i]);
            i++;
        }
        else {
            throw new Error(`einsum: invalid character '${term[i]}' in ${where} of '${subscripts}' (allowed: letters a-z, A-Z, '...', ',' and one '->')`);
        }
    }
    return out;
}
function parse(subscripts, operands) {
    if (typeof subscripts !== 'string')
        throw new Error(`einsum: subscripts must be a string, got ${typeof subscripts}`);
    const spec = subscripts.replace(/\s+/g, '');
    const arrow = spec.split('->');
    if (arrow.length > 2)
        throw new Error(`einsum: '->' may appear at most once, in '${subscripts}'`);
    const terms = arrow[0].split(',');
    if (operands.length === 0)
        throw new Error(`einsum: needs at least one operand (subscripts '${subscripts}')`);
    if (terms.length !== operands.length) {
        throw new Error(`einsum: '${subscripts}' names ${terms.length} operand(s) but ${operands.length} were given`);
    }
    // Expand each term against its operand's rank.
    let ellRank = 0;
    const inputs = terms.map((term, n) => {
        const t = operands[n];
        const toks = tokens(term, `operand ${n}`, subscripts);
        const letters = toks.filter((s) => s !== '...').length;
        const hasEll = toks.includes('...');
        if (hasEll ? t.rank < letters : t.rank !== letters) {
            throw new Error(`einsum: operand ${n} has shape ${fmt(t.shape)} (rank ${t.rank}) but its subscripts '${term}' ` + `name ${letters} ${hasEll ? 'or more ' : ''}axes`);
        }
        const k = t.rank - letters;
        ellRank = Math.max(ellRank, k);
        const labels = [];
        for (const s of toks) {
            if (s === '...')
                for (let j = k - 1; j >= 0; j--)
                    labels.push(ell(j));
            else
                labels.push(s);
        }
        return { t, labels };
    });
    const ellLabels = Array.from({ length: ellRank }, (_, j) => ell(ellRank - 1 - j));
    const anyEll = terms.some((term) => term.includes('...'));
    // Sizes agree across operands; ellipsis axes broadcast (numpy rules), letters must match.
    const size = new Map();
    inputs.forEach(({ t, labels }, n) => labels.forEach((l, ax) => {
        const d = t.shape[ax];
        const prev = size.get(l);
        if (prev === undefined)
            size.set(l, { d, n });
        else if (prev.d !== d) {
            if (l.startsWith('…') && (prev.d === 1 || d === 1)) {
                if (prev.d === 1)
                    size.set(l, { d, n });
            }
            else {
                const what = l.startsWith('…') ? `ellipsis axis ${ellRank - 1 - Number(l.slice(1))}` : `index '${l}'`;
                throw new Error(`einsum: ${what} has size ${prev.d} in operand ${prev.n} ${fmt(inputs[prev.n].t.shape)} but ${d} in operand ${n} ${fmt(t.shape)}`);
            }
        }
    }));
    let output;
    if (arrow.length === 2) {
        const toks = tokens(arrow[1], 'the output', subscripts);
        output = [];
        for (const s of toks) {
            if (s === '...')
                output.push(...ellLabels);
            else {
                if (output.includes(s))
                    throw new Error(`einsum: index '${s}' appears more than once in the output of '${subscripts}'`);
                if (!size.has(s))
                    throw new Error(`einsum: output index '${s}' does not appear in any operand of '${subscripts}'`);
                output.push(s);
            }
        }
        if (anyEll && !toks.includes('...') && ellRank > 0) {
            throw new Error(`einsum: the operands use '...' but the output of '${subscripts}' does not; add '...' to the output (or sum explicitly)`);
        }
    }
    else {
        const count = new Map();
        for (const { labels } of inputs)
            for (const l of labels)
                if (!l.startsWith('…'))
                    count.set(l, (count.get(l) ?? 0) + 1);
        const once = [...count].filter(([, c]) => c === 1).map(([l]) => l);
        once.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        output = [...ellLabels, ...once];
    }
    return { inputs, output };
}
/** Take the diagonal over every repeated label: x[.., i, .., i, ..] -> x[.., i, ..]. */
function diagonals(op) {
    let { t, labels } = op;
    for (;;) {
        const q = labels.findIndex((l, i) => labels.indexOf(l) !== i);
        if (q < 0)
            return { t, labels };
        const p = labels.indexOf(labels[q]);
        const n = t.shape[p];
        // x ⊙ I (identity over axes p, q), summed over q: a composition of mul and sum, so the
        // gradient (I ⊙ broadcast of the cotangent) is exact. Off-diagonal NaN/inf would leak in.
        const maskShape = t.shape.map((d, i) => (i === p || i === q ? d : 1));
        const mask = reshape(eye(n, n, { dtype: t.dtype, device: t.device }), maskShape);
        t = sum(mul(t, mask), q);
        labels = labels.filter((_, i) => i !== q);
    }
}
/** Sum away the labels of `op` that are not in `keep`. */
function sumOut(op, keep) {
    const axes = op.labels.map((l, i) => (keep.has(l) ? -1 : i)).filter((i) => i >= 0);
    if (axes.length === 0)
        return op;
    return { t: sum(op.t, axes), labels: op.labels.filter((l) => keep.has(l)) };
}
/** Transpose `op` so that its labels come in the order `order` (a permutation of them). */
function arrange(op, order) {
    return transpose(op.t, order.map((l) => op.labels.indexOf(l)));
}
const sizesOf = (op, ls) => ls.map((l) => op.t.shape[op.labels.indexOf(l)]);
/** Contract two operands whose labels are unique and all needed except the shared ones not in `keep`. */
function contract(a, b, keep) {
    const inB = new Set(b.labels);
    const batch = a.labels.filter((l) => inB.has(l) && keep.has(l));
    const contracted = a.labels.filter((l) => inB.has(l) && !keep.has(l));
    const mOnly = a.labels.filter((l) => !inB.has(l));
    const inA = new Set(a.labels);
    const nOnly = b.labels.filter((l) => !inA.has(l));
    const bsA = sizesOf(a, batch);
    const bsB = sizesOf(b, batch);
    const ms = sizesOf(a, mOnly);
    const ns = sizesOf(b, nOnly);
    const batchOut = bsA.map((d, i) => Math.max(d, bsB[i]));
    const labels = [...batch, ...mOnly, ...nOnly];
    if (contracted.length === 0) {
        // Nothing to sum: a broadcasting product [batch, M, 1..] ⊙ [batch, 1.., N].
        const at = reshape(arrange(a, [...batch, ...mOnly]), [...bsA, ...ms, ...ns.map(() => 1)]);
        const bt = reshape(arrange(b, [...batch, ...nOnly]), [...bsB, ...ms.map(() => 1), ...ns]);
        return { t: mul(at, bt), labels };
    }
    // [batch, M, K] @ [batch, K, N]: batch axes stay separate so size-1 ellipsis axes broadcast.
    const k = sizeOf(sizesOf(a, contracted));
    const at = reshape(arrange(a, [...batch, ...mOnly, ...contracted]), [...bsA, sizeOf(ms), k]);
    const bt = reshape(arrange(b, [...batch, ...contracted, ...nOnly]), [...bsB, k, sizeOf(ns)]);
    const c = matmul(at, bt);
    return { t: reshape(c, [...batchOut, ...ms, ...ns]), labels };
}
/**
 * Einstein summation: multiply the operands elementwise over shared labels and sum over the
 * labels absent from the output, e.g. `einsum('bhtd,bhsd->bhts', q, k)` is
 * s[b,h,t,s] = Σ_d q[b,h,t,d]·k[b,h,s,d].
 *
 * - `subscripts`: comma-separated labels per operand (letters; `...` for broadcast leading
 *   axes), optionally `->` and the output labels. Without `->` the output is the ellipsis
 *   axes followed by the labels that appear exactly once, in ASCII order (numpy's rule).
 * - A label repeated in one operand takes the diagonal (`ii->i`), or the trace if summed (`ii`).
 * - Sizes of a label must agree across operands; ellipsis axes broadcast (numpy rules).
 * - Operands are contracted pairwise from left to right (no path optimisation).
 *
 * Gradients come from the ops it is composed of (transpose, reshape, matmul, mul, sum).
 * Diagonals are taken with an identity mask, so NaN/inf off the diagonal propagate.
 */
export function einsum(subscripts, ...operands) {
    const { inputs, output } = parse(subscripts, operands);
    const outSet = new Set(output);
    // Labels needed by operands i.. and the output.
    const neededFrom = (i) => {
        const s = new Set(outSet);
        for (let j = i; j < inputs.length; j++)
            for (const l of inputs[j].labels)
                s.add(l);
        return s;
    };
    let acc = sumOut(diagonals(inputs[0]), neededFrom(1));
    for (let i = 1; i < inputs.length; i++) {
        const later = neededFrom(i + 1);
        const rhs = diagonals(inputs[i]);
        // Labels private to one side and unused later are summed first (cheaper than carrying them).
        const accLabels = new Set(acc.labels);
        const rhsLabels = new Set(rhs.labels);
        acc = sumOut(acc, new Set([...acc.labels].filter((l) => later.has(l) || rhsLabels.has(l))));
        const rhsSummed = sumOut(rhs, new Set([...rhs.labels].filter((l) => later.has(l) || accLabels.has(l))));
        acc = contract(acc, rhsSummed, later);
    }
    return arrange(sumOut(acc, outSet), output);
}
//# sourceMappingURL=einsum.js.map