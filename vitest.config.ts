import { defineConfig } from 'vitest/config';

// WebGPU tests load Dawn (a native addon): each test file gets its own process (forks) rather
// than a worker thread, so native GPU state is never shared between files. The memory test also
// needs `global.gc` (to check that FinalizationRegistry frees buffers of unreachable tensors):
// `--expose-gc` is a V8 flag worker threads cannot take.
const GC_TESTS = ['test/webgpu/memory.test.ts'];
const GPU_TESTS = ['test/webgpu/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // A private XDG_RUNTIME_DIR when none is set (see the file).
    globalSetup: ['test/setup/runtime-dir.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: GPU_TESTS, pool: 'threads' } },
      { extends: true, test: { name: 'webgpu', include: GPU_TESTS, exclude: GC_TESTS, pool: 'forks' } },
      { extends: true, test: { name: 'gc', include: GC_TESTS, pool: 'forks', execArgv: ['--expose-gc'] } },
    ],
  },
});
