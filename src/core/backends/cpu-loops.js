const NARY_PARAMS = ['ins', 'o', 'outShape', 'strides'];
const NAMES = ['x', 'y', 'z'];
/** `new Function(...params, body)`, with an error that says what to change when a CSP forbids it. */
function compile(params, body) {
    try {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        return new Function(...params, body);
    }
    catch (e) {
        if (!(e instanceof EvalError))
            throw e;
        throw new EvalError("looplab: the CPU kernels are loops generated with new Function, which this page's Content-Security-Policy forbids; " +
            "allow 'unsafe-eval' in script-src (see docs/core.md, Content-Security-Policy)", { cause: e });
    }
}
export function unaryLoop(expr) {
    return compile(['X', 'o', 'n'], `for (let i = 0; i < n; i++) { const x = X[i]; o[i] = ${expr}; }`);
}
/** Same-shape fast path: all operands contiguous with the output's shape, or size-1 (scalars). */
export function contiguousLoop(arity, expr, scalarMask) {
    const reads = NAMES.slice(0, arity)
        .map((nm, k) => ((scalarMask >> k) & 1 ? `` : `const ${nm} = I${k}[i];`))
        .join(' ');
    const pre = NAMES.slice(0, arity)
        .map((nm, k) => `const I${k} = ins[${k}];` + ((scalarMask >> k) & 1 ? ` const ${nm} = I${k}[0];` : ''))
        .join(' ');
    const body = `${pre} const n = o.length; for (let i = 0; i < n; i++) { ${reads} o[i] = ${expr}; }`;
    return compile(NARY_PARAMS, body);
}
/**
 * Strided loop: innermost axis in a tight loop, outer axes walked with an index counter.
 * `inner[k]` specialises operand k's innermost stride: 0 (broadcast), 1 (contiguous) or -1
 * (any stride, read from the strides array).
 */
export function stridedLoop(arity, expr, inner = []) {
    const ks = Array.from({ length: arity }, (_, k) => k);
    const read = (k) => {
        const s = inner[k] ?? -1;
        return s === 0 ? `I${k}[p${k}]` : s === 1 ? `I${k}[p${k} + j]` : `I${k}[p${k} + j * t${k}]`;
    };
    const body = `
    const rank = outShape.length;
    const n = o.length;
    if (n === 0) return;
    ${ks.map((k) => `const I${k} = ins[${k}]; const S${k} = strides[${k}]; const t${k} = rank ? S${k}[rank - 1] : 0; let p${k} = 0;`).join('\n')}
    const inner = rank ? outShape[rank - 1] : 1;
    const outer = n / inner;
    const idx = new Array(rank).fill(0);
    let po = 0;
    for (let r = 0; r < outer; r++) {
      for (let j = 0; j < inner; j++) {
        ${ks.map((k) => `const ${NAMES[k]} = ${read(k)};`).join(' ')}
        o[po++] = ${expr};
      }
      for (let d = rank - 2; d >= 0; d--) {
        idx[d]++;
        ${ks.map((k) => `p${k} += S${k}[d];`).join(' ')}
        if (idx[d] < outShape[d]) break;
        ${ks.map((k) => `p${k} -= S${k}[d] * outShape[d];`).join(' ')}
        idx[d] = 0;
      }
    }`;
    return compile(NARY_PARAMS, body);
}
/** Two nested loops over [rows, cols]; operand k advances by strides[k][0] per row and `inner[k]` (0 or 1) per column. */
function rowsLoop(arity, expr, inner) {
    const ks = Array.from({ length: arity }, (_, k) => k);
    const body = `
    const rows = outShape[0], cols = outShape[1];
    ${ks.map((k) => `const I${k} = ins[${k}]; const R${k} = strides[${k}][0];`).join(' ')}
    let po = 0;
    for (let r = 0; r < rows; r++) {
      ${ks.map((k) => `const b${k} = r * R${k};`).join(' ')}
      for (let j = 0; j < cols; j++) {
        ${ks.map((k) => `const ${NAMES[k]} = I${k}[b${k}${inner[k] === 1 ? ' + j' : ''}];`).join(' ')}
        o[po++] = ${expr};
      }
    }`;
    return compile(NARY_PARAMS, body);
}
/** Lazily built, cached family of loops for one expression. */
export class NaryKernel {
    arity;
    expr;
    fast = new Map();
    strided;
    byInner = new Map();
    rows = new Map();
    constructor(arity, expr) {
        this.arity = arity;
        this.expr = expr;
    }
    /** scalarMask bit k set: operand k has size 1. */
    contiguous(scalarMask) {
        let f = this.fast.get(scalarMask);
        if (!f) {
            f = contiguousLoop(this.arity, this.expr, scalarMask);
            this.fast.set(scalarMask, f);
        }
        return f;
    }
    general() {
        return (this.strided ??= stridedLoop(this.arity, this.expr));
    }
    /** Strided loop specialised for the operands' innermost strides (0, 1, or other). */
    specialised(innerStrides) {
        const cls = innerStrides.map((s) => (s === 0 ? 0 : s === 1 ? 1 : -1));
        const key = cls.join(',');
        let f = this.byInner.get(key);
        if (!f) {
            f = stridedLoop(this.arity, this.expr, cls);
            this.byInner.set(key, f);
        }
        return f;
    }
    /**
     * Run over `outShape` with per-operand strides, after merging adjacent axes that every operand
     * walks contiguously (or broadcasts along) so the inner loop is as long as possible.
     */
    run(ins, o, outShape, strides) {
        const [shape, st] = collapseAxes(outShape, strides);
        if (shape.length === 2 && st.every((s) => s[1] === 0 || s[1] === 1)) {
            // The common broadcast after collapsing ([rows, cols] ⊙ [cols] and the like): two plain loops.
            const key = st.map((s) => s[1]).join(',');
            let f = this.rows.get(key);
            if (!f) {
                f = rowsLoop(this.arity, this.expr, st.map((s) => s[1]));
                this.rows.set(key, f);
            }
            f(ins, o, shape, st);
            return;
        }
        this.specialised(st.map((s) => (s.length ? s[s.length - 1] : 0)))(ins, o, shape, st);
    }
}
/** Merge axis d into d+1 where, for every operand, stride[d] = stride[d+1]·shape[d+1] (or both are 0). */
export function collapseAxes(shape, strides) {
    const outShape = [];
    const outStrides = strides.map(() => []);
    for (let d = 0; d < shape.length; d++) {
        if (shape[d] === 1)
            continue; // size-1 axes never move the pointers
        const last = outShape.length - 1;
        const mergeable = last >= 0 &&
            strides.every((s, k) => {
                const prev = outStrides[k][last];
                return prev === s[d] * shape[d] && (s[d] !== 0 || prev === 0);
            });
        if (mergeable) {
            outShape[last] *= shape[d];
            strides.forEach((s, k) => (outStrides[k][last] = s[d]));
        }
        else {
            outShape.push(shape[d]);
            strides.forEach((s, k) => outStrides[k].push(s[d]));
        }
    }
    return [outShape, outStrides];
}
//# sourceMappingURL=cpu-loops.js.map