/**
 * The op table: every primitive and fused routine of the numeric core, keyed by name. Each op
 * lives in its family's file (`core/ops/<family>.ts`: shape rule, kernels, VJP, reference side
 * by side); this module only gathers them.
 *
 * `OpParams` maps each op name to the type of its parameters. It is written out here, apart
 * from the table, so that the `satisfies` check below fails typechecking when an op is declared
 * but missing from `ops`, filed under another name, or typed with other parameters — and the
 * test that walks `ops` (test/ops-table.test.ts) keys its samples by `OpName`, so a new op gets
 * its finite-difference, reference, WebGPU and Wasm checks by being listed.
 *
 * Dispatch never looks ops up here (callers hold their `OpDef` directly): the table costs no
 * time per call. Family files import `OpDef` from op.ts, never this module.
 */
import type { NoParams, OpDef } from '../op.js';
import type { CastParams } from './elementwise.js';
import { binaryOps, castOp, unaryOps } from './elementwise.js';
import type { ArgParams, ReduceParams } from './reduce.js';
import { argOp, reduceOps } from './reduce.js';
import type { CumParams } from './cumulative.js';
import { cumprodOp, cumsumOp } from './cumulative.js';
import type { GatherParams, ScatterAddParams } from './indexing.js';
import { gatherOp, scatterAddOp } from './indexing.js';
import type { TriParams } from './linalg.js';
import { choleskyOp, eighOp, qrOp, slogdetOp, solveOp, triangularSolveOp } from './linalg.js';
import type { MatmulParams } from './matmul.js';
import { matmulOp } from './matmul.js';
import type { ConcatParams, EmbedParams, ShiftParams, SplitParams, StridedParams } from './movement.js';
import { concatOp, shiftOp, splitOp, stridedEmbedOp, stridedSliceOp } from './movement.js';
import type { BroadcastParams, TransposeParams } from './shape-ops.js';
import { broadcastOp, permuteOp } from './shape-ops.js';
import type { ArgsortParams } from './sort.js';
import { argsortOp } from './sort.js';
import type { ScanParams } from './scan.js';
import { complexScanOp, realScanOp } from './scan.js';
import type { DiagStateParams, TraceAdvanceParams } from './rtrl.js';
import { diagStateGradsOp, diagStateUpdateOp, diagTraceAdvanceOp } from './rtrl.js';
import type { MesaOpParams } from './mesa.js';
import { mesaBackwardOp, mesaForwardOp } from './mesa.js';
import type { Conv2dFilterGradParams, Conv2dInputGradParams, Conv2dParams } from './conv.js';
import { conv2dFilterGradOp, conv2dInputGradOp, conv2dOp } from './conv.js';
import type { GlobalPoolParams, MaxPool2dGradParams, Pool2dParams } from './pool.js';
import { avgPool2dOp, globalAvgPoolOp, maxPool2dGradOp, maxPool2dOp } from './pool.js';
import type { BatchNorm2dGradParams, BatchNorm2dParams } from './norm.js';
import { batchNorm2dGradOp, batchNorm2dOp } from './norm.js';

/** The parameters of every op, by name. */
export interface OpParams {
  // elementwise.ts: unary
  neg: NoParams;
  exp: NoParams;
  log: NoParams;
  log1p: NoParams;
  expm1: NoParams;
  sqrt: NoParams;
  rsqrt: NoParams;
  abs: NoParams;
  sign: NoParams;
  sin: NoParams;
  cos: NoParams;
  tanh: NoParams;
  sigmoid: NoParams;
  relu: NoParams;
  square: NoParams;
  erf: NoParams;
  floor: NoParams;
  round: NoParams;
  logicalNot: NoParams;
  isFinite: NoParams;
  // elementwise.ts: broadcasting n-ary, cast
  add: NoParams;
  sub: NoParams;
  mul: NoParams;
  div: NoParams;
  pow: NoParams;
  maximum: NoParams;
  minimum: NoParams;
  atan2: NoParams;
  eq: NoParams;
  ne: NoParams;
  lt: NoParams;
  le: NoParams;
  gt: NoParams;
  ge: NoParams;
  logicalAnd: NoParams;
  logicalOr: NoParams;
  where: NoParams;
  cast: CastParams;
  // reduce.ts
  sum: ReduceParams;
  max: ReduceParams;
  min: ReduceParams;
  prod: ReduceParams;
  argmax: ArgParams;
  // cumulative.ts
  cumsum: CumParams;
  cumprod: CumParams;
  // indexing.ts
  takeAlongAxis: GatherParams;
  scatterAdd: ScatterAddParams;
  // sort.ts
  argsort: ArgsortParams;
  // matmul.ts
  matmul: MatmulParams;
  // linalg.ts
  cholesky: NoParams;
  triangularSolve: TriParams;
  solve: NoParams;
  slogdet: NoParams;
  qr: NoParams;
  eigh: NoParams;
  // movement.ts, shape-ops.ts
  slice: StridedParams;
  embed: EmbedParams;
  concat: ConcatParams;
  split: SplitParams;
  shiftAxis: ShiftParams;
  broadcastTo: BroadcastParams;
  transpose: TransposeParams;
  // scan.ts (fused)
  linearScan: ScanParams;
  linearScanComplex: ScanParams;
  // rtrl.ts (fused)
  diagTraceAdvance: TraceAdvanceParams;
  diagStateUpdate: DiagStateParams;
  diagStateGrads: DiagStateParams;
  // mesa.ts (fused)
  mesaAttend: MesaOpParams;
  mesaAttendBackward: MesaOpParams;
  // conv.ts, pool.ts
  conv2d: Conv2dParams;
  conv2dInputGrad: Conv2dInputGradParams;
  conv2dFilterGrad: Conv2dFilterGradParams;
  maxPool2d: Pool2dParams;
  maxPool2dGrad: MaxPool2dGradParams;
  avgPool2d: Pool2dParams;
  globalAvgPool: GlobalPoolParams;
  // norm.ts (fused)
  batchNorm2d: BatchNorm2dParams;
  batchNorm2dGrad: BatchNorm2dGradParams;
}

/** The name of an op: a key of `ops`. */
export type OpName = keyof OpParams;

/** Every op of the numeric core, keyed by name. */
export const ops = {
  ...unaryOps,
  ...binaryOps,
  cast: castOp,
  ...reduceOps,
  argmax: argOp,
  cumsum: cumsumOp,
  cumprod: cumprodOp,
  takeAlongAxis: gatherOp,
  scatterAdd: scatterAddOp,
  argsort: argsortOp,
  matmul: matmulOp,
  cholesky: choleskyOp,
  triangularSolve: triangularSolveOp,
  solve: solveOp,
  slogdet: slogdetOp,
  qr: qrOp,
  eigh: eighOp,
  slice: stridedSliceOp,
  embed: stridedEmbedOp,
  concat: concatOp,
  split: splitOp,
  shiftAxis: shiftOp,
  broadcastTo: broadcastOp,
  transpose: permuteOp,
  linearScan: realScanOp,
  linearScanComplex: complexScanOp,
  diagTraceAdvance: diagTraceAdvanceOp,
  diagStateUpdate: diagStateUpdateOp,
  diagStateGrads: diagStateGradsOp,
  mesaAttend: mesaForwardOp,
  mesaAttendBackward: mesaBackwardOp,
  conv2d: conv2dOp,
  conv2dInputGrad: conv2dInputGradOp,
  conv2dFilterGrad: conv2dFilterGradOp,
  maxPool2d: maxPool2dOp,
  maxPool2dGrad: maxPool2dGradOp,
  avgPool2d: avgPool2dOp,
  globalAvgPool: globalAvgPoolOp,
  batchNorm2d: batchNorm2dOp,
  batchNorm2dGrad: batchNorm2dGradOp,
} as const satisfies { readonly [K in OpName]: OpDef<K> };
