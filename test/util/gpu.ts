/**
 * WebGPU test setup. Tests run on whatever adapter Dawn finds; on a machine without a GPU,
 * SwiftShader (Debian's chromium package) provides a Vulkan driver on the CPU:
 *   VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json
 * Without an adapter the WebGPU tests are skipped — except with CI=true, where a missing
 * adapter fails the run: CI must never silently skip them.
 */
import { describe, expect } from 'vitest';
import type { Tensor } from '../../src/index.js';
import { initWebGPU } from '../../src/index.js';
import { expectClose } from './check.js';

const SWIFTSHADER = '/usr/lib/chromium/vk_swiftshader_icd.json';

let status: Promise<string | null> | null = null;

/** Initialise WebGPU once; resolves to the adapter name, or null when unavailable (outside CI). */
export function webgpuReady(): Promise<string | null> {
  if (!status) {
    status = (async () => {
      const { existsSync } = await import('node:fs');
      if (!process.env.VK_ICD_FILENAMES && existsSync(SWIFTSHADER)) process.env.VK_ICD_FILENAMES = SWIFTSHADER;
      try {
        return (await initWebGPU()).adapter;
      } catch (e) {
        if (process.env.CI === 'true') throw new Error(`CI=true and WebGPU is unavailable: ${(e as Error).message}`);
        return null;
      }
    })();
  }
  return status;
}

const adapter = await webgpuReady();

/** `describe` that runs only when a WebGPU adapter exists (fails in CI when none does). */
export function describeGpu(name: string, fn: () => void): void {
  if (adapter === null) describe.skip(name, fn);
  else describe(name, fn);
}

/** Compare a WebGPU tensor with a CPU reference (float32 tolerance by default). */
export async function expectGpuClose(actual: Tensor, expected: Tensor, opts: { rtol?: number; atol?: number; what?: string } = {}): Promise<void> {
  const a = await actual.to('cpu');
  expectClose(a, expected, { rtol: opts.rtol ?? 1e-5, atol: opts.atol ?? 1e-6, what: opts.what ?? '' });
}

/** A WebGPU result equals the CPU result exactly (dtype, shape and every element). */
export async function expectExact(actual: Tensor, expected: Tensor, what = ''): Promise<void> {
  const a = await actual.to('cpu');
  expect(a.dtype, `${what} dtype`).toBe(expected.dtype);
  expect(a.shape, `${what} shape`).toEqual(expected.shape);
  expect(Array.from(a.dataSync()), what).toEqual(Array.from(expected.dataSync()));
}
