/**
 * looplab — learning in loops. The public API: tensors and ops, autodiff, random keys, trees,
 * optimizers. See README.md for a tour.
 */
import './core/backends/cpu.js';
import './core/methods.js';

export { Tensor, isTensor, detach } from './core/tensor.js';
export type { NestedArray } from './core/tensor.js';
export type { DType, FloatDType } from './core/dtype.js';
export type { DeviceName } from './core/backend.js';
export { getDefaultDevice, setDefaultDevice } from './core/backend.js';
export { scope, dispose, toDevice } from './core/device.js';
export { initWebGPU, webgpuStats } from './core/backends/webgpu/backend.js';
export { setCpuKernels, getCpuKernels } from './core/backends/wasm/runtime.js';
export { cpuHeapStats, setCpuHeap } from './core/backends/wasm/heap.js';
export type { CpuKernels } from './core/backends/wasm/runtime.js';
export type { InitWebGPUOptions, WebGpuInfo } from './core/backends/webgpu/backend.js';
export { setStrict, withStrict, getConfig, setDefaultFloat } from './core/config.js';
export { tensor, scalar, zeros, ones, full, zerosLike, onesLike, fullLike, arange, linspace, eye } from './core/creation.js';
export type { TensorData, CreateOptions } from './core/creation.js';
export {
  neg,
  exp,
  log,
  log1p,
  expm1,
  sqrt,
  rsqrt,
  abs,
  sign,
  sin,
  cos,
  tanh,
  sigmoid,
  relu,
  square,
  erf,
  floor,
  round,
  add,
  sub,
  mul,
  div,
  pow,
  maximum,
  minimum,
  atan2,
  eq,
  ne,
  lt,
  le,
  gt,
  ge,
  logicalAnd,
  logicalOr,
  logicalNot,
  where,
  clip,
  cast,
  gelu,
  softplus,
  isFiniteT as isFinite,
} from './core/ops/elementwise.js';
export type { TensorLike } from './core/ops/elementwise.js';
export { sum, mean, max, min, prod, variance, logsumexp, argmax, argmin } from './core/ops/reduce.js';
export type { Axis } from './core/ops/reduce.js';
export { reshape, ravel, broadcastTo, transpose, swapAxes, mT, unsqueeze, expandDims, squeeze } from './core/ops/shape-ops.js';
export { matmul, dot } from './core/ops/matmul.js';
export { slice, sliceAxis, flip, pad, concat, stack, split } from './core/ops/movement.js';
export type { SliceSpec } from './core/ops/movement.js';
export { take, takeAlongAxis, scatterAdd, oneHot } from './core/ops/indexing.js';
export type { IndexLike } from './core/ops/indexing.js';
export { conv2d } from './core/ops/conv.js';
export type { Conv2dOptions, ConvPadding, Pair } from './core/ops/conv.js';
export { maxPool2d, avgPool2d, globalAvgPool } from './core/ops/pool.js';
export type { Pool2dOptions } from './core/ops/pool.js';
export { batchNorm2d } from './core/ops/norm.js';
export type { BatchNorm2dOptions } from './core/ops/norm.js';
export { sort, argsort, topk } from './core/ops/sort.js';
export type { SortOptions } from './core/ops/sort.js';
export { cumsum, cumprod } from './core/ops/cumulative.js';
export type { CumulativeOptions } from './core/ops/cumulative.js';
export { einsum } from './core/ops/einsum.js';
export { grad, valueAndGrad, vjp, jvp, hvp, vdot, stopGradient, customVjp } from './core/autodiff.js';
export type { GradOptions } from './core/autodiff.js';
export * as tree from './core/tree.js';
export type { Tree, TreeDef } from './core/tree.js';
export * as optim from './optim/index.js';
export * as nn from './nn/index.js';
export * as analysis from './analysis/index.js';
export * as learn from './learn/index.js';
export * as tasks from './tasks/index.js';
export { linearScan, linearScanReference } from './core/ops/scan.js';
export type { LinearScanOptions } from './core/ops/scan.js';
export * as complex from './core/complex.js';
export type { Complex, ComplexLike } from './core/complex.js';
export * as linalg from './core/ops/linalg.js';
export * as random from './core/random.js';
export type { Key } from './core/random.js';
export { checkFinite } from './core/check.js';
