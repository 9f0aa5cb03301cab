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
import type { ArgParams, ReduceParams } from './reduce.js';
import type { CumParams } from './cumulative.js';
import type { GatherParams, ScatterAddParams } from './indexing.js';
import type { TriParams } from './linalg.js';
import type { MatmulParams } from './matmul.js';
import type { ConcatParams, EmbedParams, ShiftParams, SplitParams, StridedParams } from './movement.js';
import type { BroadcastParams, TransposeParams } from './shape-ops.js';
import type { ArgsortParams } from './sort.js';
import type { ScanParams } from './scan.js';
import type { DiagStateParams, TraceAdvanceParams } from './rtrl.js';
import type { MesaOpParams } from './mesa.js';
import type { Conv2dFilterGradParams, Conv2dInputGradParams, Conv2dParams } from './conv.js';
import type { GlobalPoolParams, MaxPool2dGradParams, Pool2dParams } from './pool.js';
/** The parameters of every op, by name. */
export interface OpParams {
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
    sum: ReduceParams;
    max: ReduceParams;
    min: ReduceParams;
    prod: ReduceParams;
    argmax: ArgParams;
    cumsum: CumParams;
    cumprod: CumParams;
    takeAlongAxis: GatherParams;
    scatterAdd: ScatterAddParams;
    argsort: ArgsortParams;
    matmul: MatmulParams;
    cholesky: NoParams;
    triangularSolve: TriParams;
    solve: NoParams;
    slogdet: NoParams;
    qr: NoParams;
    eigh: NoParams;
    slice: StridedParams;
    embed: EmbedParams;
    concat: ConcatParams;
    split: SplitParams;
    shiftAxis: ShiftParams;
    broadcastTo: BroadcastParams;
    transpose: TransposeParams;
    linearScan: ScanParams;
    linearScanComplex: ScanParams;
    diagTraceAdvance: TraceAdvanceParams;
    diagStateUpdate: DiagStateParams;
    diagStateGrads: DiagStateParams;
    mesaAttend: MesaOpParams;
    mesaAttendBackward: MesaOpParams;
    conv2d: Conv2dParams;
    conv2dInputGrad: Conv2dInputGradParams;
    conv2dFilterGrad: Conv2dFilterGradParams;
    maxPool2d: Pool2dParams;
    maxPool2dGrad: MaxPool2dGradParams;
    avgPool2d: Pool2dParams;
    globalAvgPool: GlobalPoolParams;
}
/** The name of an op: a key of `ops`. */
export type OpName = keyof OpParams;
/** Every op of the numeric core, keyed by name. */
export declare const ops: {
    readonly argmax: OpDef<"argmax">;
    readonly cumsum: OpDef<"cumsum">;
    readonly cumprod: OpDef<"cumprod">;
    readonly takeAlongAxis: OpDef<"takeAlongAxis">;
    readonly scatterAdd: OpDef<"scatterAdd">;
    readonly argsort: OpDef<"argsort">;
    readonly matmul: OpDef<"matmul">;
    readonly cholesky: OpDef<"cholesky">;
    readonly triangularSolve: OpDef<"triangularSolve">;
    readonly solve: OpDef<"solve">;
    readonly slogdet: OpDef<"slogdet">;
    readonly qr: OpDef<"qr">;
    readonly eigh: OpDef<"eigh">;
    readonly slice: OpDef<"slice">;
    readonly embed: OpDef<"embed">;
    readonly concat: OpDef<"concat">;
    readonly split: OpDef<"split">;
    readonly shiftAxis: OpDef<"shiftAxis">;
    readonly broadcastTo: OpDef<"broadcastTo">;
    readonly transpose: OpDef<"transpose">;
    readonly linearScan: OpDef<"linearScan">;
    readonly linearScanComplex: OpDef<"linearScanComplex">;
    readonly diagTraceAdvance: OpDef<"diagTraceAdvance">;
    readonly diagStateUpdate: OpDef<"diagStateUpdate">;
    readonly diagStateGrads: OpDef<"diagStateGrads">;
    readonly mesaAttend: OpDef<"mesaAttend">;
    readonly mesaAttendBackward: OpDef<"mesaAttendBackward">;
    readonly conv2d: OpDef<"conv2d">;
    readonly conv2dInputGrad: OpDef<"conv2dInputGrad">;
    readonly conv2dFilterGrad: OpDef<"conv2dFilterGrad">;
    readonly maxPool2d: OpDef<"maxPool2d">;
    readonly maxPool2dGrad: OpDef<"maxPool2dGrad">;
    readonly avgPool2d: OpDef<"avgPool2d">;
    readonly globalAvgPool: OpDef<"globalAvgPool">;
    readonly sum: OpDef<"sum">;
    readonly max: OpDef<"max">;
    readonly min: OpDef<"min">;
    readonly prod: OpDef<"prod">;
    readonly cast: OpDef<"cast">;
    readonly add: OpDef<"add">;
    readonly sub: OpDef<"sub">;
    readonly mul: OpDef<"mul">;
    readonly div: OpDef<"div">;
    readonly pow: OpDef<"pow">;
    readonly maximum: OpDef<"maximum">;
    readonly minimum: OpDef<"minimum">;
    readonly atan2: OpDef<"atan2">;
    readonly eq: OpDef<"eq">;
    readonly ne: OpDef<"ne">;
    readonly lt: OpDef<"lt">;
    readonly le: OpDef<"le">;
    readonly gt: OpDef<"gt">;
    readonly ge: OpDef<"ge">;
    readonly logicalAnd: OpDef<"logicalAnd">;
    readonly logicalOr: OpDef<"logicalOr">;
    readonly where: OpDef<"where">;
    readonly neg: OpDef<"neg">;
    readonly exp: OpDef<"exp">;
    readonly log: OpDef<"log">;
    readonly log1p: OpDef<"log1p">;
    readonly expm1: OpDef<"expm1">;
    readonly sqrt: OpDef<"sqrt">;
    readonly rsqrt: OpDef<"rsqrt">;
    readonly abs: OpDef<"abs">;
    readonly sign: OpDef<"sign">;
    readonly sin: OpDef<"sin">;
    readonly cos: OpDef<"cos">;
    readonly tanh: OpDef<"tanh">;
    readonly sigmoid: OpDef<"sigmoid">;
    readonly relu: OpDef<"relu">;
    readonly square: OpDef<"square">;
    readonly erf: OpDef<"erf">;
    readonly floor: OpDef<"floor">;
    readonly round: OpDef<"round">;
    readonly logicalNot: OpDef<"logicalNot">;
    readonly isFinite: OpDef<"isFinite">;
};
