/**
 * `memory-deep` (PAPERS.md P1, "the curse of memory", deep signal propagation): at
 * initialisation, how large is the gradient of each parameter group of a deep recurrent
 * network as its memory grows?
 *
 * Network: `nn.seq` with `layers` residual blocks (mixer -> GELU -> GLU, no normalisation),
 * width H = dModel and N = dHidden recurrent units, dense encoder and decoder. Mixers:
 *   'diag'  plain complex diagonal RNN: nn.lru with λ = ν e^{iθ} ('polar'), no γ
 *   'lru'   the LRU: λ = exp(−e^νlog + i e^θlog) and γ = √(1−|λ|²) ('exp', learned γ)
 *   'gru'   a GRU whose update-gate biases are set as in chrono initialisation so that the
 *           gate λ = σ(b_z) lies in the same range (P1: a GRU with constant gates is a diagonal
 *           RNN with λ = σ(b_z) and input factor 1 − λ, so it is normalised as well)
 * The memory scale t sets |λ| ∈ [1 − 1/t, 1 − 1/(2t)] (ring initialisation), t ∈ {1, √10, 10,
 * 10^1.5, 100}. Inputs: stationary AR(1) sequences with correlation `inputRho` per channel
 * (strongly autocorrelated, like the paper's text embeddings); loss ½ mean (y − z)² against
 * N(0, 1) targets z. For each mixer and t the run records E[g²], the mean over the group's
 * entries (all layers) of the squared loss gradient. P1: the diagonal RNN's λ-gradient grows
 * by orders of magnitude as t grows (~1e-6 to ~1e10 for t = 1 … 100 at H = N = 256 with text
 * inputs), while the LRU's stays flat (~1e-7 to 1e-6).
 */
import { cast, concat, log, mul, nn, random, reshape, sliceAxis, square, sub, transpose, tree, valueAndGrad } from '../../index.js';
import { signalPropagation } from '../../analysis/index.js';
export const DEEP_MIXERS = ['diag', 'lru', 'gru'];
export function defaultMemoryDeepConfig() {
    return {
        layers: 4,
        dModel: 256,
        dHidden: 256,
        dInput: 16,
        seqLen: 512,
        batchSize: 4,
        memoryScales: [1, Math.sqrt(10), 10, 10 ** 1.5, 100],
        mixers: ['diag', 'lru', 'gru'],
        inputRho: 0.9,
        repeats: 2,
        dtype: 'f32',
    };
}
/** Allowed values of every setting. */
export const memoryDeepRanges = {
    // Maxima far beyond anything one machine computes: larger values can only be typos.
    layers: { integer: true, min: 1, max: 1000 },
    dModel: { integer: true, min: 1, max: 1_000_000 },
    dHidden: { integer: true, min: 1, max: 1_000_000 },
    dInput: { integer: true, min: 1, max: 1_000_000 },
    seqLen: { integer: true, min: 1, max: 100_000_000 },
    batchSize: { integer: true, min: 1, max: 1_000_000 },
    memoryScales: { min: 1, minLength: 1 },
    mixers: { oneOf: DEEP_MIXERS, minLength: 1 },
    inputRho: { min: 0, max: 1 },
    repeats: { integer: true, min: 1 },
    dtype: { oneOf: ['f32', 'f64'] },
};
/** Seconds: narrow network, short sequences. */
export function smokeMemoryDeepConfig() {
    return { ...defaultMemoryDeepConfig(), dModel: 16, dHidden: 16, dInput: 4, seqLen: 256, batchSize: 2, memoryScales: [1, 10, 100], repeats: 1 };
}
/** Parameter groups: the recurrence λ (modulus), its phase, γ, B, C, and the rest. */
export const GROUPS = ['lambda', 'phase', 'gamma', 'B', 'C', 'other'];
function groupOf(path, mixer) {
    const m = /\.mixer\.(\w+)$/.exec(path);
    if (!m)
        return 'other';
    const name = m[1];
    if (mixer === 'gru')
        return name === 'b' ? null : name === 'w' ? 'B' : name === 'u' ? 'C' : 'other'; // b is split below
    if (name === 'nu' || name === 'nuLog')
        return 'lambda';
    if (name === 'theta' || name === 'thetaLog')
        return 'phase';
    if (name === 'gammaLog')
        return 'gamma';
    if (name === 'bRe' || name === 'bIm')
        return 'B';
    if (name === 'cRe' || name === 'cIm')
        return 'C';
    return 'other';
}
/**
 * Peak bytes of one gradient at initialisation: parameters and their gradient (LRU B, C complex
 * [N, H], the GRU's gates, the GLU [H, 2H] per layer), the activations of every layer and step
 * kept for the backward pass, and the inputs and targets [B, T, dInput].
 */
export function estimateMemoryDeepBytes(c) {
    const { layers: L, dModel: H, dHidden: N } = c;
    const mixer = c.mixers.includes('gru') ? Math.max(6 * H * H, 4 * N * H) : 4 * N * H;
    const params = L * (mixer + 2 * H * H + 6 * H) + 2 * H * c.dInput;
    const activations = c.batchSize * c.seqLen * L * (16 * H + 16 * N);
    const data = 4 * c.batchSize * c.seqLen * c.dInput;
    return (c.dtype === 'f64' ? 8 : 4) * (3 * params + activations + data);
}
/** Checks across settings. */
function validate(c) {
    if (c.mixers.includes('gru') && c.dHidden !== c.dModel)
        return [`config.dHidden must equal config.dModel with the 'gru' mixer (its output is its state), got ${c.dHidden} and ${c.dModel}`];
    return [];
}
/** The network for one mixer at memory scale t (see the module notes). */
export function initDeep(key, c, mixer, t) {
    const rMin = 1 - 1 / t;
    const rMax = 1 - 1 / (2 * t);
    const base = { dInput: c.dInput, dModel: c.dModel, dOutput: c.dInput, nLayers: c.layers, norm: 'none', pooling: 'none', dtype: c.dtype };
    if (mixer !== 'gru') {
        return nn.seq.init(key, {
            ...base,
            mixer: nn.lru,
            mixerConfig: { dHidden: c.dHidden, rMin, rMax, maxPhase: 2 * Math.PI, gammaNorm: mixer === 'lru', parametrization: mixer === 'lru' ? 'exp' : 'polar' },
        });
    }
    const [kNet, kGate] = random.split(key, 2);
    const p = nn.seq.init(kNet, { ...base, mixer: nn.gru, mixerConfig: { dIn: c.dModel, dHidden: c.dHidden } });
    const N = c.dHidden;
    const blocks = p.blocks.map((b, l) => {
        const g = b.mixer;
        const lam = random.uniform(random.foldIn(kGate, l), [N], { dtype: 'f64', minval: rMin, maxval: rMax }); // σ(b_z) = λ
        const bz = cast(sub(log(lam), log(sub(1, lam))), c.dtype); // logit λ
        const bNew = concat([sliceAxis(g.b, 0, 0, N), bz, sliceAxis(g.b, 0, 2 * N, 3 * N)], 0);
        return { ...b, mixer: { ...g, b: bNew } };
    });
    return { ...p, blocks };
}
/** Inputs [B, T, dInput]: independent stationary AR(1) channels. */
export function deepInputs(key, c) {
    const x = signalPropagation.ar1Inputs(key, c.seqLen, c.batchSize * c.dInput, c.inputRho, c.dtype); // [T, B·D]
    return transpose(reshape(x, [c.seqLen, c.batchSize, c.dInput]), [1, 0, 2]);
}
/** E[g²] per group at initialisation, for loss ½ mean (y − z)². */
export function meanSquaredGradients(params, mixer, x, z) {
    const loss = (p) => mul(square(sub(nn.seq.apply(p, x), z)), 0.5).mean();
    const [, g] = valueAndGrad(loss)(params);
    const paths = tree.paths(g);
    const leaves = tree.leaves(g);
    const sums = { lambda: 0, phase: 0, gamma: 0, B: 0, C: 0, other: 0 };
    const counts = { lambda: 0, phase: 0, gamma: 0, B: 0, C: 0, other: 0 };
    leaves.forEach((leaf, i) => {
        const v = leaf.dataSync();
        const grp = groupOf(paths[i], mixer);
        if (grp === null) {
            // GRU biases [b_r; b_z; b_n]: b_z is the memory (λ = σ(b_z)); the others go to 'other'.
            const N = v.length / 3;
            for (let j = 0; j < v.length; j++) {
                const gname = j >= N && j < 2 * N ? 'lambda' : 'other';
                sums[gname] += v[j] * v[j];
                counts[gname]++;
            }
            return;
        }
        for (let j = 0; j < v.length; j++)
            sums[grp] += v[j] * v[j];
        counts[grp] += v.length;
    });
    const out = { ...sums };
    for (const k of GROUPS)
        out[k] = counts[k] > 0 ? sums[k] / counts[k] : NaN;
    return out;
}
async function run(c, ctx) {
    const [initKey, dataKey] = random.split(ctx.key, 2);
    const total = c.mixers.length * c.memoryScales.length * c.repeats;
    const restored = await ctx.checkpoint.load();
    if (restored !== undefined && restored.state.points === undefined)
        throw new Error('memory-deep: this checkpoint holds no results (an earlier looplab wrote it); start a new run');
    const out = { ...restored?.state.out };
    const pointsDone = restored?.state.points ?? 0;
    let point = 0;
    let step = 0;
    for (const mixer of c.mixers) {
        for (const t of c.memoryScales) {
            if (point < pointsDone) {
                point++;
                step += c.repeats;
                continue;
            }
            const acc = { lambda: 0, phase: 0, gamma: 0, B: 0, C: 0, other: 0 };
            for (let r = 0; r < c.repeats; r++) {
                if (ctx.shouldStop())
                    return ctx.interrupt(point * c.repeats, { points: point, out });
                const [kx, kz] = random.split(random.foldIn(dataKey, r), 2);
                const x = deepInputs(kx, c);
                const z = random.normal(kz, [c.batchSize, c.seqLen, c.dInput], { dtype: c.dtype });
                // The same init key for every mixer and t: only the recurrence differs between points.
                const g = meanSquaredGradients(initDeep(random.foldIn(initKey, r), c, mixer, t), mixer, x, z);
                for (const k of GROUPS)
                    acc[k] += g[k] / c.repeats;
                await ctx.progress(++step, total, { lambda: g.lambda });
            }
            ctx.log(step, { mixer: DEEP_MIXERS.indexOf(mixer), t, nuMin: 1 - 1 / t, nuMax: 1 - 1 / (2 * t), ...acc });
            out[`${mixer}_lambda_t=${Number(t.toPrecision(4))}`] = acc.lambda;
            point++;
        }
        const first = out[`${mixer}_lambda_t=${Number(c.memoryScales[0].toPrecision(4))}`];
        const last = out[`${mixer}_lambda_t=${Number(c.memoryScales[c.memoryScales.length - 1].toPrecision(4))}`];
        out[`${mixer}_lambdaGrowth`] = last / first;
    }
    return out;
}
function report(r) {
    const c = r.config;
    const rows = r.metrics.filter((m) => typeof m.mixer === 'number');
    const byMixer = (mi) => rows.filter((m) => m.mixer === mi);
    const groupsShown = GROUPS.filter((g) => rows.some((m) => typeof m[g] === 'number' && m[g] > 0));
    const figures = groupsShown.map((g) => ({
        name: `grad-${g}`,
        figure: {
            kind: 'line',
            title: `Mean squared gradient of group '${g}' at initialisation`,
            x: { label: 'memory scale t (|λ| ∈ [1 − 1/t, 1 − 1/(2t)])', log: true },
            y: { label: 'E[g²]', log: true },
            series: c.mixers
                .map((name) => {
                const rs = byMixer(DEEP_MIXERS.indexOf(name)).filter((m) => (m[g] ?? 0) > 0);
                return { name, x: rs.map((m) => m.t ?? NaN), y: rs.map((m) => m[g]) };
            })
                .filter((s) => s.x.length > 0), // a GRU has no phase or γ
        },
    }));
    const fmt = (v) => (typeof v === 'number' ? Number(v.toPrecision(4)) : null);
    return {
        text: `Mean squared loss gradient per parameter group of a ${c.layers}-layer network (H = ${c.dModel}, N = ${c.dHidden}, no normalisation) at initialisation, ` +
            `as the memory scale t of the recurrence grows. Inputs: ${c.dInput} independent stationary AR(1) channels with ρ = ${c.inputRho} (strongly autocorrelated; ` +
            `the paper uses BERT embeddings of Wikipedia), T = ${c.seqLen}, batch ${c.batchSize}, ${c.repeats} initialisation(s) per point; loss ½ mean (y − z)² with N(0, 1) targets z. ` +
            "'diag': complex diagonal RNN (polar λ, no γ); 'lru': exp parametrisation + γ; 'gru': GRU with update-gate biases σ(b_z) = λ in the same range (group 'lambda' = b_z).",
        figures,
        tables: [
            {
                title: "Group 'lambda': E[g²] per mixer and memory scale",
                columns: ['mixer', ...c.memoryScales.map((t) => `t = ${Number(t.toPrecision(3))}`)],
                rows: c.mixers.map((name) => {
                    const rs = byMixer(DEEP_MIXERS.indexOf(name));
                    return [name, ...c.memoryScales.map((t) => fmt(rs.find((m) => Math.abs((m.t ?? NaN) - t) < 1e-9 * t)?.lambda))];
                }),
                note: "Paper (P1, H = N = 256, text inputs): the complex diagonal RNN's λ-gradient grows from ~1e-6 to ~1e10 from t = 1 to t = 100; the LRU's stays ~1e-7–1e-6.",
            },
        ],
    };
}
export const memoryDeep = {
    name: 'memory-deep',
    description: 'P1: gradient magnitude per parameter group of a 4-layer diagonal RNN / LRU / GRU network as memory grows',
    defaultConfig: defaultMemoryDeepConfig,
    smokeConfig: smokeMemoryDeepConfig,
    ranges: memoryDeepRanges,
    validate,
    estimateBytes: estimateMemoryDeepBytes,
    metric: { name: 'lru_lambdaGrowth', mode: 'min' },
    summaryKeys: DEEP_MIXERS.map((m) => `${m}_lambdaGrowth`),
    webgpu: {
        reason: 'it initialises its networks in float64 (gate biases and recurrences set from λ) and reads every gradient synchronously for its per-group statistics (WebGPU has no float64 and only asynchronous reads)',
    },
    run,
    report,
};
//# sourceMappingURL=memory-deep.js.map