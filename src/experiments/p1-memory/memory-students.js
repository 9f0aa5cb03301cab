/**
 * Teacher and students of P1's teacher–student task (PAPERS.md P1, "the curse of memory").
 *
 * Teacher: a dense real linear RNN h_t = A h_{t−1} + B x_t, y_t = C h_t + D x_t with hidden
 * size n, A = V diag(λ') V⁻¹ from the eigendecomposition A₀ = V diag(l) V⁻¹ of A₀ ~ N(0, 1/n),
 * arg λ' = arg l and |λ'| = ν₀ + (1 − ν₀) tanh|l| (so every |λ'| ∈ [ν₀, 1)); B, D ~ N(0, 1),
 * C ~ N(0, 1)/√n.
 *
 * Students (x: [B, T, 1] -> y: [B, T, 1]), the ablation ladder of P1 in order:
 *   'rnn'          dense linear RNN, A = Q R Qᵀ (Q random orthogonal, R the ring blocks below)
 *   'blockdiag'    the same with A block-diagonal in 2×2 blocks (a masked dense A), A = R at init
 *   'complexdiag'  diagonal complex recurrence λ = λ_re + i λ_im (nn.lru 'reim', no γ)
 *   'complexdiag-gamma'  + input normalisation γ (nn.lru 'reim', learned γ)
 *   'lru'          + exponential parametrisation: the LRU (nn.lru 'exp', learned γ)
 * R is block-diagonal with blocks r [[cos φ, −sin φ], [sin φ, cos φ]], r² ~ U[ν₀², 1],
 * φ ~ U[0, π]: the real form of the LRU's ring initialisation, so every student starts with its
 * eigenvalues in the same ring |λ| ∈ [ν₀, 1) as the teacher's. The teacher and the dense
 * students run in convolution form (`linearRnnConv`): the same function and gradient as the
 * step-by-step loop, with a backward pass linear in T.
 */
import { add, cast, concat, matmul, mT, mul, nn, optim, random, reshape, scope, sqrt, square, stack, sub, take, tensor, valueAndGrad, zeros, } from '../../index.js';
import { eigReal, fromEigen } from '../../analysis/index.js';
export const STUDENT_KINDS = ['rnn', 'blockdiag', 'complexdiag', 'complexdiag-gamma', 'lru'];
/** Teacher of the module notes; its eigenvalue moduli are returned for the report. */
export function makeTeacher(key, hidden, nu0, dtype) {
    const [ka, kb, kc, kd] = random.split(key, 4);
    const a0 = random.normal(ka, [hidden, hidden], { dtype: 'f64', std: 1 / Math.sqrt(hidden) }).toArray();
    const eig = eigReal(a0);
    const mapped = eig.values.map((l) => {
        const r = Math.hypot(l.re, l.im);
        const r2 = nu0 + (1 - nu0) * Math.tanh(r);
        return r === 0 ? { re: r2, im: 0 } : { re: (l.re / r) * r2, im: (l.im / r) * r2 };
    });
    const { matrix } = fromEigen(eig, mapped);
    const f = (t) => cast(t, dtype);
    return {
        params: {
            kind: 'linearRnn',
            nonlinearity: 'identity',
            a: f(tensor(matrix, { dtype: 'f64' })),
            b: f(random.normal(kb, [hidden, 1], { dtype: 'f64' })),
            c: f(random.normal(kc, [1, hidden], { dtype: 'f64', std: 1 / Math.sqrt(hidden) })),
            d: f(random.normal(kd, [1, 1], { dtype: 'f64' })),
        },
        moduli: mapped.map((l) => Math.hypot(l.re, l.im)),
    };
}
/** Ring blocks R: [n, n] (module notes); n odd gets one real eigenvalue r in the last slot. */
function ringBlocks(key, n, nu0) {
    const blocks = Math.ceil(n / 2);
    const [kr, kp] = random.split(key, 2);
    const r = sqrt(add(mul(random.uniform(kr, [blocks], { dtype: 'f64' }), 1 - nu0 * nu0), nu0 * nu0)).toArray();
    const phi = mul(random.uniform(kp, [blocks], { dtype: 'f64' }), Math.PI).toArray();
    const m = Array.from({ length: n }, () => new Array(n).fill(0));
    for (let k = 0; k < blocks; k++) {
        const i = 2 * k;
        if (i + 1 < n) {
            m[i][i] = r[k] * Math.cos(phi[k]);
            m[i][i + 1] = -r[k] * Math.sin(phi[k]);
            m[i + 1][i] = r[k] * Math.sin(phi[k]);
            m[i + 1][i + 1] = r[k] * Math.cos(phi[k]);
        }
        else
            m[i][i] = r[k];
    }
    return tensor(m, { dtype: 'f64' });
}
/** 1 on the 2×2 diagonal blocks, 0 elsewhere: [n, n]. */
function blockMask(n, dtype) {
    const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (Math.floor(i / 2) === Math.floor(j / 2) ? 1 : 0)));
    return tensor(m, { dtype });
}
/**
 * A student of kind `kind` with `hidden` units (real neurons for 'rnn'/'blockdiag', complex
 * units for the diagonal ones), eigenvalues initialised in the ring [ν₀, 1).
 */
export function makeStudent(kind, key, hidden, nu0, dtype) {
    const [kA, kRest] = random.split(key, 2);
    switch (kind) {
        case 'rnn':
        case 'blockdiag': {
            const base = nn.linearRnn.init(kRest, { dIn: 1, dHidden: hidden, dOut: 1, dtype: 'f64' });
            const [kq, kr] = random.split(kA, 2);
            const ring = ringBlocks(kr, hidden, nu0);
            const a = kind === 'rnn'
                ? (() => {
                    const q = random.orthogonal(kq, hidden, [], { dtype: 'f64' });
                    return matmul(matmul(q, ring), mT(q));
                })()
                : ring;
            const params = { a: cast(a, dtype), b: cast(base.b, dtype), c: cast(base.c, dtype), d: cast(base.d, dtype) };
            if (kind === 'rnn')
                return { kind, params, stateDim: hidden, apply: (p, x) => linearRnnConv(p, x) };
            const mask = blockMask(hidden, dtype);
            return {
                kind,
                params,
                stateDim: hidden,
                apply: (p, x) => linearRnnConv({ ...p, a: mul(p.a, mask) }, x),
            };
        }
        case 'complexdiag':
        case 'complexdiag-gamma':
        case 'lru': {
            const params = nn.lru.init(key, {
                dModel: 1,
                dHidden: hidden,
                rMin: nu0,
                rMax: 1,
                maxPhase: Math.PI,
                gammaNorm: kind !== 'complexdiag',
                parametrization: kind === 'lru' ? 'exp' : 'reim',
                dtype,
            });
            return { kind, params: params, stateDim: 2 * hidden, apply: (p, x) => nn.lru.apply(p, x) };
        }
        default:
            return kind;
    }
}
/**
 * A single-input, single-output linear RNN (h_t = A h_{t−1} + B x_t, y_t = C h_t + D x_t) in
 * convolution form: y_t = Σ_{k≤t} K_k x_{t−k} + D x_t with the kernel K_k = C A^k B. The kernel
 * costs T matrix–vector products and the causal convolution one [B, T] × [T, T] matmul with
 * the Toeplitz matrix of K, so the backward pass is linear in T (the step-by-step loop of
 * `nn.linearRnn.apply` is the reference it is tested against). x: [B, T, 1] -> y: [B, T, 1].
 */
export function linearRnnConv(p, x) {
    const [Bsz, T, H] = x.shape;
    if (x.rank !== 3 || H !== 1 || p.b.shape[1] !== 1 || p.c.shape[0] !== 1) {
        throw new Error(`linearRnnConv: needs x: [B, T, 1] and a one-input, one-output RNN, got x ${JSON.stringify(x.shape)}, b ${JSON.stringify(p.b.shape)}, c ${JSON.stringify(p.c.shape)}`);
    }
    const N = p.a.shape[0];
    const vs = [reshape(p.b, [N])]; // A^k B: [N]
    for (let k = 1; k < T; k++)
        vs.push(reshape(matmul(p.a, reshape(vs[k - 1], [N, 1])), [N]));
    const kernel = reshape(matmul(stack(vs, 0), mT(p.c)), [T]); // K_k = C A^k B: [T]
    const padded = concat([kernel, zeros([1], { dtype: kernel.dtype })], 0); // index T -> 0
    const toeplitz = take(padded, toeplitzIndex(T)); // M[t, s] = K_{t−s} (t ≥ s), else 0: [T, T]
    const y = matmul(reshape(x, [Bsz, T]), mT(toeplitz)); // [B, T]
    return add(reshape(y, [Bsz, T, 1]), mul(x, reshape(p.d, [1, 1, 1])));
}
const toeplitzCache = new Map();
function toeplitzIndex(T) {
    let idx = toeplitzCache.get(T);
    if (idx === undefined) {
        const data = new Int32Array(T * T);
        for (let t = 0; t < T; t++)
            for (let s2 = 0; s2 < T; s2++)
                data[t * T + s2] = t >= s2 ? t - s2 : T;
        idx = tensor(data, { dtype: 'i32', shape: [T, T] });
        toeplitzCache.set(T, idx);
    }
    return idx;
}
/** A batch of i.i.d. N(0, 1) inputs: [B, T, 1]. */
function teacherInputs(key, batch, steps, dtype) {
    return random.normal(key, [batch, steps, 1], { dtype });
}
/** ½ mean over batch and time of (y − y*)². */
function halfMse(student, params, x, y) {
    return mul(square(sub(student.apply(params, x), y)), 0.5).mean();
}
/**
 * Train `student` to imitate `teacher` on fresh N(0, 1) batches (batch t drawn from
 * foldIn(dataKey, t)); returns the final loss, or Infinity when the loss diverged (non-finite).
 * `onStep` is awaited after every step (progress, Ctrl-C).
 */
export async function trainStudent(student, teacher, o, dataKey, onStep) {
    const warmupSteps = Math.floor(o.warmupFraction * o.steps);
    const schedule = optim.schedules.warmupCosine({ peak: o.lr, warmupSteps, totalSteps: Math.max(o.steps, warmupSteps + 1) });
    const opt = optim.adam(schedule);
    let state = { params: student.params, opt: opt.init(student.params) };
    const lossAndGrad = valueAndGrad((p, x, y) => halfMse(student, p, x, y));
    let windowSum = 0;
    let windowCount = 0;
    for (let step = 0; step < o.steps; step++) {
        const prev = state;
        // On a GPU, the step's temporaries and the parameters and moments it replaced are released at once.
        const [value, next] = scope.step(prev, () => {
            const x = teacherInputs(random.foldIn(dataKey, step), o.batchSize, o.seqLen, o.dtype);
            const y = linearRnnConv(teacher, x); // the teacher, in convolution form
            const [v, g] = lossAndGrad(prev.params, x, y);
            const [updates, nextOpt] = opt.update(g, prev.opt, prev.params);
            return [v, { params: optim.applyUpdates(prev.params, updates), opt: nextOpt }];
        });
        state = next;
        const loss = value.item();
        if (!Number.isFinite(loss)) {
            await onStep(o.steps, loss);
            return Infinity;
        }
        if (step >= o.steps - o.finalWindow) {
            windowSum += loss;
            windowCount++;
        }
        await onStep(step + 1, loss);
    }
    return windowSum / windowCount;
}
//# sourceMappingURL=memory-students.js.map