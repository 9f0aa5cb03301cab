/**
 * The lab's training worker: runs one experiment in a Web Worker, so the page never freezes,
 * with a {@link RunContext} like the CLI runner's — metrics and progress go to the page as
 * messages, checkpoints stay in memory (Pause keeps the state; Resume continues it exactly).
 *
 * Messages in:  { type: 'start', experiment, config, seed, device } | { type: 'pause' } | { type: 'resume' } | { type: 'stop' }
 * Messages out: see {@link WorkerMessage}.
 */
import { getDefaultDevice, initWebGPU, random, setCpuKernels, setDefaultDevice } from '../index.js';
import { setFashionMnistReader } from '../tasks/fashion-mnist.js';
import { setMnistReader } from '../tasks/mnist.js';
import { deviceProblem } from '../experiments/runner/devices.js';
import { configProblems } from '../experiments/runner/ranges.js';
import { findExperiment } from '../experiments/runner/registry.js';
import { RunInterrupted } from '../experiments/runner/types.js';
/**
 * MNIST files come from the lab's server (`looplab lab` serves the installed package's files
 * under data/mnist/), read synchronously as the Node reader does — allowed in a worker.
 */
setMnistReader((name) => {
    const url = new URL(`./data/mnist/${name}`, self.location.href).href;
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.responseType = 'arraybuffer';
    xhr.send();
    if (xhr.status !== 200)
        throw new Error(`tasks.mnist: ${url} answered ${xhr.status}; the lab serves MNIST under data/mnist/ (\`looplab lab\` does)`);
    return new Uint8Array(xhr.response);
});
/** Fashion-MNIST's class files, served by `looplab lab` under data/fashion-mnist/. */
setFashionMnistReader((name) => {
    const url = new URL(`./data/fashion-mnist/${name}`, self.location.href).href;
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.send();
    if (xhr.status !== 200)
        throw new Error(`tasks.fashionMnist: ${url} answered ${xhr.status}; the lab serves Fashion-MNIST under data/fashion-mnist/ (\`looplab lab\` does)`);
    return xhr.responseText;
});
const post = (m) => self.postMessage(m);
/** Pick and set the device; returns its description. */
async function chooseDevice(experiment, wanted) {
    const gpuOk = deviceProblem(experiment, 'webgpu') === undefined;
    if (wanted === 'webgpu' || (wanted === 'auto' && gpuOk && typeof navigator !== 'undefined' && 'gpu' in navigator)) {
        if (!gpuOk)
            throw new Error(deviceProblem(experiment, 'webgpu'));
        try {
            const info = await initWebGPU();
            setDefaultDevice('webgpu');
            return `WebGPU (${info.adapter})`;
        }
        catch (e) {
            if (wanted === 'webgpu')
                throw new Error(`WebGPU is not available here: ${e.message}`);
        }
    }
    setDefaultDevice('cpu');
    setCpuKernels(wanted === 'ts' ? 'ts' : 'wasm');
    if (wanted === 'ts')
        return 'CPU, TypeScript kernels';
    return globalThis.crossOriginIsolated ? 'CPU, WebAssembly on worker threads' : 'CPU, WebAssembly on one thread (the page is not cross-origin isolated)';
}
let session;
async function run(s) {
    const base = s.restored?.elapsed ?? 0;
    const t0 = performance.now();
    const elapsed = () => base + (performance.now() - t0) / 1000;
    let lastYield = performance.now();
    const keep = async (step, state) => {
        s.restored = { step, state, elapsed: elapsed() };
        return Promise.resolve();
    };
    const ctx = {
        seed: s.seed,
        key: random.key(s.seed),
        device: getDefaultDevice(),
        log(step, values) {
            if (!(step > s.lastStep))
                throw new Error(`ctx.log: steps must increase, got ${step} after ${s.lastStep}`);
            s.lastStep = step;
            const row = { step, time_s: Math.round(elapsed() * 1e4) / 1e4 };
            for (const [k, v] of Object.entries(values))
                row[k] = Number.isFinite(v) ? v : null;
            post({ type: 'log', row });
        },
        async progress(step, total, latest) {
            const now = performance.now();
            if (now - lastYield >= 50) {
                post({ type: 'progress', step, total, elapsed: elapsed(), ...(latest && { latest }) });
                // Let pause/stop messages in.
                await new Promise((r) => setTimeout(r, 0));
                lastYield = performance.now();
            }
        },
        checkpoint: {
            save: keep,
            load() {
                return Promise.resolve(s.restored && { step: s.restored.step, state: s.restored.state });
            },
        },
        shouldStop: () => s.controller.signal.aborted,
        signal: s.controller.signal,
        async interrupt(step, state) {
            await keep(step, state);
            throw new RunInterrupted(step);
        },
    };
    try {
        const summary = await s.experiment.run(s.config, ctx);
        const final = {};
        for (const [k, v] of Object.entries(summary))
            final[k] = Number.isFinite(v) ? v : null;
        post({ type: 'done', summary: final, seconds: elapsed() });
        session = undefined;
    }
    catch (e) {
        if (e instanceof RunInterrupted)
            post({ type: 'paused', step: e.step });
        else {
            post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
            session = undefined;
        }
    }
}
async function onMessage(m) {
    switch (m.type) {
        case 'start': {
            const experiment = findExperiment(m.experiment);
            if (!experiment)
                return post({ type: 'failed', message: `no experiment '${m.experiment}'` });
            const problems = configProblems(experiment, m.config);
            if (problems.length > 0)
                return post({ type: 'failed', message: problems.join('; ') });
            try {
                post({ type: 'device', device: await chooseDevice(experiment, m.device) });
            }
            catch (e) {
                return post({ type: 'failed', message: e.message });
            }
            session = { experiment, config: m.config, seed: m.seed, lastStep: -Infinity, controller: new AbortController() };
            return run(session);
        }
        case 'pause':
            session?.controller.abort();
            return;
        case 'resume':
            if (!session)
                return;
            session.controller = new AbortController();
            return run(session);
        case 'stop':
            session?.controller.abort();
            session = undefined;
            return;
        default:
            return m;
    }
}
self.addEventListener('message', (e) => void onMessage(e.data));
//# sourceMappingURL=worker.js.map