// The kernel module of looplab's CPU backend (see src/core/backends/wasm/runtime.ts). Its exports
// are exactly the kernels declared in scripts/wasm-kernels.mjs (the build checks both ways).
export { gemmScratchElements, gemmTasksF32, gemmTasksF64, gemmTileRows } from './gemm';
export * from './generated/elementwise';
export { scanComplexF32, scanComplexF64, scanRealF32, scanRealF64 } from './scan';
export { sumMidF32, sumMidF64 } from './reduce';
export { rtrlTraceAdvanceF32, rtrlTraceAdvanceF64 } from './rtrl';
export { col2imF32, col2imF64, copy2dF32, copy2dF64, im2colF32, im2colF64, zeroBytes } from './conv';
export { maxPoolF32, maxPoolF64, maxPoolGradF32, maxPoolGradF64 } from './pooling';
export { batchNormF32, batchNormF64, batchNormGradF32, batchNormGradF64 } from './norm';
