import * as random from '../core/random.js';
export const SINUSOID_AMPLITUDES = ['maml', 'p9Code'];
/** The amplitude interval of each convention. */
export const SINUSOID_AMPLITUDE_RANGE = { maml: [0.1, 5], p9Code: [0.1, 0.5] };
export function defaultSinusoidConfig() {
    return { kSupport: 10, kQuery: 10, amplitudes: 'maml', dtype: 'f32' };
}
function checkConfig(c) {
    for (const k of ['kSupport', 'kQuery'])
        if (!Number.isInteger(c[k]) || c[k] < 1)
            throw new Error(`tasks.sinusoid: ${k} must be an integer ≥ 1, got ${c[k]}`);
    if (!SINUSOID_AMPLITUDES.includes(c.amplitudes))
        throw new Error(`tasks.sinusoid: amplitudes must be 'maml' or 'p9Code', got ${JSON.stringify(c.amplitudes)}`);
}
/** `n` tasks drawn from `key` (a pure function of key, n and the config). */
export function sinusoid(key, n, config = {}) {
    const c = { ...defaultSinusoidConfig(), ...config };
    checkConfig(c);
    const [aMin, aMax] = SINUSOID_AMPLITUDE_RANGE[c.amplitudes];
    const o = { dtype: c.dtype };
    const [ka, kp, ks, kq] = random.split(key, 4);
    const amp = random.uniform(ka, [n], { ...o, minval: aMin, maxval: aMax }).dataSync();
    const ph = random.uniform(kp, [n], { ...o, minval: 0, maxval: Math.PI }).dataSync();
    const xs = random.uniform(ks, [n, c.kSupport, 1], { ...o, minval: -5, maxval: 5 });
    const xq = random.uniform(kq, [n, c.kQuery, 1], { ...o, minval: -5, maxval: 5 });
    const tasks = [];
    for (let i = 0; i < n; i++) {
        const batch = (x) => ({ x, y: x.add(ph[i]).sin().mul(amp[i]) });
        tasks.push({
            support: batch(xs.sliceAxis(0, i, i + 1).reshape([c.kSupport, 1])),
            query: batch(xq.sliceAxis(0, i, i + 1).reshape([c.kQuery, 1])),
            amplitude: amp[i],
            phase: ph[i],
        });
    }
    return tasks;
}
//# sourceMappingURL=sinusoid.js.map