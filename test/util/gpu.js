/**
 * WebGPU test setup. Tests run on whatever adapter Dawn finds; on a machine without a GPU,
 * SwiftShader (Debian's chromium package) provides a Vulkan driver on the CPU:
 *   VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json
 * Without an adapter the WebGPU tests are skipped — except with CI=true, where a missing
 * adapter fails the run: CI must never silently skip them.
 */
import { describe, expect } from 'vitest';
import { initWebGPU } from '../../src/index.js';
import { expectClose } from './check.js';
const SWIFTSHADER = '/usr/lib/chromium/vk_swiftshader_icd.json';
let status = null;
/** Initialise WebGPU once; resolves to the adapter name, or null when unavailable (outside CI). */
export function webgpuReady() {
    if (!status) {
        status = (async () => {
            const { existsSync } = await import('node:fs');
            if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER))
                process.env.VK_ICD_FILENAMES = SWIFTSHADER;
            try {
                return (await initWebGPU()).adapter;
            }
            catch (e) {
                if (process.env.CI === 'true')
                    throw new Error(`CI=true and WebGPU is unavailable: ${e.message}`);
                return null;
            }
        })();
    }
    return status;
}
const adapter = await webgpuReady();
/** `describe` that runs only when a WebGPU adapter exists (fails in CI when none does). */
export function describeGpu(name, fn) {
    if (adapter === null)
        describe.skip(name, fn);
    else
        describe(name, fn);
}
/** Compare a WebGPU tensor with a CPU reference (float32 tolerance by default). */
export async function expectGpuClose(actual, expected, opts = {}) {
    const a = await actual.to('cpu');
    expectClose(a, expected, { rtol: opts.rtol ?? 1e-5, atol: opts.atol ?? 1e-6, what: opts.what ?? '' });
}
/** A WebGPU result equals the CPU result exactly (dtype, shape and every element). */
export async function expectExact(actual, expected, what = '') {
    const a = await actual.to('cpu');
    expect(a.dtype, `${what} dtype`).toBe(expected.dtype);
    expect(a.shape, `${what} shape`).toEqual(expected.shape);
    expect(Array.from(a.dataSync()), what).toEqual(Array.from(expected.dataSync()));
}
//# sourceMappingURL=gpu.js.map