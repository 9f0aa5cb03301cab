/**
 * Online learning (PAPERS.md P4) on the CPU: memory against sequence length and cost against
 * inference, for an `nn.seq` LRU model. Its own command (it takes a few minutes):
 *
 *   npx tsx bench/online.ts [--memory] [--cost] [--T 100,1000,10000] [--json FILE]
 *
 * memory  one child process per (mode, T), so that every peak is its own: the process's peak
 *         resident set (maxRSS) above the same process after a warm-up at T = 10, and the live
 *         trace state per layer (e^λ, e^γ, E^B: 2 (2BN + BNH) numbers). Model: B=4, H=N=32,
 *         2 layers, dInput = dOutput = 1, f32, per-step MSE; children run with the same V8 heap
 *         cap (--max-old-space-size=128) so that garbage is collected rather than hoarded.
 * cost    in one process, median of repeated calls on the same batch: forward (`nn.seq.apply`,
 *         fused scan), forward one step at a time (`nn.seq.step` loop: inference as an online
 *         learner runs it), an online training step and a BPTT training step
 *         (`learn.sequenceGradients`), and their ratios.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { learn, nn, random, reshape, sliceAxis } from '../src/index.js';
import { zeroLruTraces, lruTraceSize } from '../src/learn/traces.js';
import { measure } from './harness.js';
function setup(s) {
    const params = nn.seq.init(random.key(0), {
        dInput: s.dInput,
        dModel: s.H,
        dOutput: s.dOutput,
        nLayers: s.L,
        mixer: nn.lru,
        mixerConfig: { dHidden: s.N, rMin: 0.9, rMax: 0.999 },
        pooling: 'none',
    });
    const x = random.normal(random.key(1), [s.B, s.T, s.dInput]);
    const targets = random.normal(random.key(2), [s.B, s.T, s.dOutput]);
    return { params, batch: { x, targets } };
}
// ---------------------------------------------------------------------------------------------
// memory (child)
const MEM = { B: 4, H: 32, N: 32, L: 2, dInput: 1, dOutput: 1 };
function memoryChild(mode, T) {
    const warm = setup({ ...MEM, T: 10 });
    learn.sequenceGradients(nn.seq, warm.params, warm.batch, { mode, loss: 'mse' });
    const { params, batch } = setup({ ...MEM, T });
    const before = process.resourceUsage().maxRSS; // KiB
    const t0 = performance.now();
    const r = learn.sequenceGradients(nn.seq, params, batch, { mode, loss: 'mse' });
    const ms = performance.now() - t0;
    const after = process.resourceUsage().maxRSS;
    const traceNumbers = mode === 'online' ? lruTraceSize(zeroLruTraces(MEM.B, MEM.N, MEM.H, 'f32')) : 0;
    process.stdout.write(JSON.stringify({
        mode,
        T,
        peakRssMiB: after / 1024,
        peakAboveWarmMiB: (after - before) / 1024,
        traceKiBPerLayer: (traceNumbers * 4) / 1024,
        seconds: ms / 1000,
        loss: r.loss,
    }) + '\n');
}
/**
 * The same V8 heap cap for every child: without it V8 lets garbage accumulate up to a limit
 * that depends on the machine, which says nothing about what is live. Tensor data above 8 KiB
 * lives outside the V8 heap and is not capped.
 */
const HEAP_FLAG = '--max-old-space-size=128';
function memory(Ts) {
    const script = fileURLToPath(import.meta.url);
    const rows = [];
    for (const T of Ts) {
        for (const mode of ['online', 'bptt']) {
            const r = spawnSync(process.execPath, [...process.execArgv, HEAP_FLAG, script, '--child', mode, '--T', String(T)], {
                encoding: 'utf8',
                maxBuffer: 1 << 20,
            });
            if (r.status !== 0)
                throw new Error(`child ${mode} T=${T} failed: ${r.stderr}`);
            const row = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
            rows.push(row);
            console.log(`${mode.padEnd(7)} T=${String(T).padStart(6)}  peak RSS ${row.peakRssMiB.toFixed(0).padStart(5)} MiB  (+${row.peakAboveWarmMiB.toFixed(0)} MiB over warm-up)  traces ${row.traceKiBPerLayer.toFixed(1)} KiB/layer  ${row.seconds.toFixed(1)} s`);
        }
    }
    return rows;
}
function stepLoop(params, x) {
    const [B, T, d] = x.shape;
    let s = nn.seq.initialState(params, [B]);
    for (let t = 0; t < T; t++)
        s = nn.seq.step(params, s, reshape(sliceAxis(x, 1, t, t + 1), [B, d]))[0];
}
async function cost() {
    const configs = [
        ['small B8 T200 H=N=32 L2', { B: 8, T: 200, H: 32, N: 32, L: 2, dInput: 8, dOutput: 7 }],
        ['copy-task B50 T48 H128 N64 L4', { B: 50, T: 48, H: 128, N: 64, L: 4, dInput: 8, dOutput: 7 }],
    ];
    const rows = [];
    for (const [name, s] of configs) {
        const { params, batch } = setup(s);
        const opts = { budgetMs: 8000, minReps: 3, maxReps: 7 };
        const fwd = await measure(() => nn.seq.apply(params, batch.x), opts);
        const fstep = await measure(() => stepLoop(params, batch.x), opts);
        const online = await measure(() => learn.sequenceGradients(nn.seq, params, batch, { mode: 'online', loss: 'mse' }), opts);
        const bptt = await measure(() => learn.sequenceGradients(nn.seq, params, batch, { mode: 'bptt', loss: 'mse' }), opts);
        const row = {
            config: name,
            forwardMs: fwd.medianMs,
            forwardStepMs: fstep.medianMs,
            onlineMs: online.medianMs,
            bpttMs: bptt.medianMs,
            onlineOverForwardStep: online.medianMs / fstep.medianMs,
            onlineOverForward: online.medianMs / fwd.medianMs,
            onlineOverBptt: online.medianMs / bptt.medianMs,
        };
        rows.push(row);
        console.log(`${name}: forward ${row.forwardMs.toFixed(1)} ms, forward step loop ${row.forwardStepMs.toFixed(1)} ms, online ${row.onlineMs.toFixed(1)} ms, BPTT ${row.bpttMs.toFixed(1)} ms; ` +
            `online / step loop ${row.onlineOverForwardStep.toFixed(2)}×, online / forward ${row.onlineOverForward.toFixed(1)}×, online / BPTT ${row.onlineOverBptt.toFixed(2)}×`);
    }
    return rows;
}
// ---------------------------------------------------------------------------------------------
const { values } = parseArgs({
    options: {
        child: { type: 'string' },
        T: { type: 'string' },
        memory: { type: 'boolean' },
        cost: { type: 'boolean' },
        json: { type: 'string' },
    },
});
if (values.child !== undefined) {
    memoryChild(values.child === 'bptt' ? 'bptt' : 'online', Number(values.T));
}
else {
    const both = values.memory !== true && values.cost !== true;
    const Ts = (values.T ?? '100,1000,10000').split(',').map(Number);
    const out = {};
    if (both || values.memory === true)
        out.memory = memory(Ts);
    if (both || values.cost === true)
        out.cost = await cost();
    if (values.json !== undefined)
        writeFileSync(values.json, JSON.stringify(out, null, 2));
}
//# sourceMappingURL=online.js.map